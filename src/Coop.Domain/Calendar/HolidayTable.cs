using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace Coop.Domain.Calendar;

/// <summary>
/// The holiday table embedded in the assembly (source: <c>seeds/holidays/iran-holidays-1395-1405.tsv</c>),
/// parsed once on first use. Solar rows are kept for the integrity tests; the work calendar computes the fixed
/// solar holidays by rule and takes only lunar and one-off rows from here, plus the years that list 30 Esfand.
/// </summary>
internal static class HolidayTable
{
    /// <summary>The first Solar Hijri year the table covers.</summary>
    internal const int FirstYear = 1395;

    /// <summary>The last Solar Hijri year the table covers.</summary>
    internal const int LastYear = 1405;

    internal const string ResourceName = "Coop.Domain.Resources.iran-holidays.tsv";

    private static readonly Lazy<Data> s_data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every row in file order, with the Gregorian date as written in the file.</summary>
    internal static ImmutableArray<HolidayTableRow> Rows => s_data.Value.Rows;

    /// <summary>The years in which the table lists 30 Esfand as a holiday.</summary>
    internal static FrozenSet<int> Esfand30Years => s_data.Value.Esfand30Years;

    /// <summary>The lunar and one-off holidays, in file order.</summary>
    internal static ImmutableArray<Holiday> LunarAndAdHoc => s_data.Value.LunarAndAdHoc;

    internal static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    private static Data Load()
    {
        using Stream stream = typeof(HolidayTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(HolidayTable).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        string text = reader.ReadToEnd();
        return Parse(text);
    }

    /// <summary>Parses the TSV text; a malformed line throws <see cref="FormatException"/> naming its line number.</summary>
    internal static Data Parse(string text)
    {
        var rows = ImmutableArray.CreateBuilder<HolidayTableRow>();
        string[] lines = text.Split('\n');
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            rows.Add(ParseRow(line, i + 1));
        }

        ImmutableArray<HolidayTableRow> all = rows.ToImmutable();
        return new Data(
            all,
            all.Where(r => r.Holiday.Kind == HolidayKind.Solar && r.Holiday.Date.Month == 12 && r.Holiday.Date.Day == 30)
                .Select(r => r.Holiday.Date.Year)
                .ToFrozenSet(),
            [.. all.Where(r => r.Holiday.Kind != HolidayKind.Solar).Select(r => r.Holiday)]);
    }

    private static HolidayTableRow ParseRow(string line, int lineNumber)
    {
        string[] cells = line.Split('\t');
        if (cells.Length != 5)
        {
            throw Bad(lineNumber, $"expected 5 tab-separated columns, found {cells.Length}");
        }

        string[] sh = cells[0].Split('/');
        if (sh.Length != 3
            || !int.TryParse(sh[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(sh[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(sh[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !SolarHijriDate.TryCreate(y, m, d, out SolarHijriDate date))
        {
            throw Bad(lineNumber, $"'{cells[0]}' is not a Solar Hijri date yyyy/mm/dd");
        }

        if (!DateOnly.TryParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly gregorian))
        {
            throw Bad(lineNumber, $"'{cells[1]}' is not a Gregorian date yyyy-mm-dd");
        }

        HolidayKind kind = cells[2] switch
        {
            "solar" => HolidayKind.Solar,
            "lunar" => HolidayKind.Lunar,
            "adhoc" => HolidayKind.AdHoc,
            _ => throw Bad(lineNumber, $"kind '{cells[2]}' is not solar, lunar or adhoc"),
        };

        if (string.IsNullOrWhiteSpace(cells[3]) || string.IsNullOrWhiteSpace(cells[4]))
        {
            throw Bad(lineNumber, "a holiday name is empty");
        }

        return new HolidayTableRow(new Holiday(date, kind, cells[3], cells[4]), gregorian);
    }

    private static FormatException Bad(int lineNumber, string why) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Holiday table line {lineNumber}: {why}."));

    internal sealed record Data(
        ImmutableArray<HolidayTableRow> Rows,
        FrozenSet<int> Esfand30Years,
        ImmutableArray<Holiday> LunarAndAdHoc);
}

/// <summary>One row of the holiday table: the holiday and the Gregorian date the file gives for it.</summary>
internal sealed record HolidayTableRow(Holiday Holiday, DateOnly Gregorian);
