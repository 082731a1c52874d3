using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// An official holiday table: the holidays of one or more Solar Hijri years as published, read from a
/// tab-separated file (docs/work-calendar.md, "Holiday table files"). <see cref="Shipped"/> is the table the
/// package embeds (1395–1405); an application loads newer official calendars with <see cref="Load(string)"/> and
/// gives them to <see cref="WorkCalendar.WithHolidayTable"/>, without waiting for a release.
/// </summary>
/// <remarks>
/// <para>
/// A table <b>covers</b> each year it has a row in. For a covered year the work calendar takes the table's lunar and
/// one-off (<c>adhoc</c>) rows as that year's lunar and one-off holidays, and 30 Esfand of a leap year is a holiday
/// exactly when the table lists it; the other fixed solar holidays come from their rule, and a table's <c>solar</c>
/// rows are checked against it (a <c>solar</c> row on a day that is not a fixed holiday is an error).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class HolidayTable
{
    /// <summary>The header line of the current format, version 2 (version 1 had the first five columns only).</summary>
    public const string Header = "solar_hijri_date\tgregorian_date\tkind\tname_fa\tname_en\tstanding\tsource";

    internal const string ResourceName = "Coop.Domain.Resources.iran-holidays.tsv";

    // The shipped table's first and last year, written out so that asking for them (WorkCalendar.FirstTableYear, the
    // CLI's help text) does not read and parse the table: a process that only converts a date should not pay for it.
    // HolidayTableTests keeps them equal to the years of the parsed table.
    internal const int ShippedFirstYear = 1395;
    internal const int ShippedLastYear = 1405;

    private static readonly string[] s_required = ["solar_hijri_date", "kind", "name_fa", "name_en"];
    private static readonly string[] s_known = ["solar_hijri_date", "gregorian_date", "kind", "name_fa", "name_en", "standing", "source"];

    private static readonly Lazy<HolidayTable> s_shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private HolidayTable(string sourceName, ImmutableArray<HolidayTableRow> rows)
    {
        SourceName = sourceName;
        Rows = rows;
        Holidays = [.. rows.Select(r => r.Holiday)];
        Years = [.. rows.Select(r => r.Holiday.Date.Year).Distinct().Order()];
        Esfand30Years = rows
            .Where(r => r.Holiday.Kind == HolidayKind.Solar && r.Holiday.Date.Month == 12 && r.Holiday.Date.Day == 30)
            .Select(r => r.Holiday.Date.Year)
            .ToFrozenSet();
        LunarAndAdHoc = [.. rows.Select(r => r.Holiday).Where(h => h.Kind is HolidayKind.Lunar or HolidayKind.AdHoc)];
    }

    /// <summary>
    /// The table embedded in the package (source: <c>seeds/holidays/iran-holidays-1395-1405.tsv</c>): official
    /// holidays of 1395–1405 with their sources. Parsed once, on first use.
    /// </summary>
    public static HolidayTable Shipped => s_shipped.Value;

    /// <summary>Where the table was read from: a file path, a stream name, or <c>Coop.Domain (embedded)</c>.</summary>
    public string SourceName { get; }

    /// <summary>Every row's holiday, in date order (on one day, in file order).</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>The years the table covers (has a row in), ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Every row with the Gregorian date as written in the file (when the file has that column).</summary>
    internal ImmutableArray<HolidayTableRow> Rows { get; }

    /// <summary>The years in which the table lists 30 Esfand as a holiday.</summary>
    internal FrozenSet<int> Esfand30Years { get; }

    /// <summary>The lunar and one-off holidays, in date order.</summary>
    internal ImmutableArray<Holiday> LunarAndAdHoc { get; }

    /// <summary>Whether the table has a row in <paramref name="year"/>.</summary>
    /// <param name="year">A Solar Hijri year.</param>
    public bool Covers(int year) => Years.Contains(year);

    /// <summary>Reads a table file (UTF-8).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="HolidayTableException">The file cannot be read, or has bad lines (every one is listed with its line and column).</exception>
    public static HolidayTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new HolidayTableException($"The holiday table {path} cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a table file (UTF-8) asynchronously.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="HolidayTableException">The file cannot be read, or has bad lines.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<HolidayTable> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new HolidayTableException($"The holiday table {path} cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Reads a table from a stream (UTF-8) to its end; the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">A name for messages, e.g. the URL it came from.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="HolidayTableException">The text has bad lines.</exception>
    public static HolidayTable Load(Stream stream, string sourceName = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader.ReadToEnd(), sourceName);
    }

    /// <summary>Reads a table from a stream (UTF-8) to its end asynchronously; the stream is left open.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="HolidayTableException">The text has bad lines.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<HolidayTable> LoadAsync(Stream stream, string sourceName = "stream", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        string text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return Parse(text, sourceName);
    }

    /// <summary>Reads a table from its text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="HolidayTableException">The text has bad lines; every one is listed with its line number and column.</exception>
    public static HolidayTable Parse(string text, string sourceName = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<HolidayTableError>();
        var rows = new List<HolidayTableRow>();
        string[]? columns = null;
        int headerLine = 0;
        var seen = new Dictionary<(SolarHijriDate, string), int>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNumber = i + 1;
            string line = lines[i].TrimEnd('\r');
            if (i == 0)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (columns is null)
            {
                columns = ReadHeader(line, lineNumber, errors);
                headerLine = lineNumber;
                if (columns is null)
                {
                    break;
                }

                continue;
            }

            if (ReadRow(line, lineNumber, columns, errors) is { } row)
            {
                var key = (row.Holiday.Date, row.Holiday.NameEn);
                if (seen.TryGetValue(key, out int first))
                {
                    errors.Add(new HolidayTableError(lineNumber, null, string.Create(
                        CultureInfo.InvariantCulture, $"{row.Holiday.Date} '{row.Holiday.NameEn}' repeats line {first}"))
                        .With(HolidayTableErrorCode.RepeatedHoliday, row.Holiday.Date.ToString(), row.Holiday.NameEn, first.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    seen.Add(key, lineNumber);
                    rows.Add(row);
                }
            }
        }

        if (columns is null && errors.Count == 0)
        {
            errors.Add(new HolidayTableError(Math.Max(1, lines.Length), null, "the table has no header line (expected: " + Header.Replace('\t', ' ') + ")")
                .With(HolidayTableErrorCode.NoHeader, Header.Replace('\t', ' ')));
        }
        else if (columns is not null && rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new HolidayTableError(headerLine, null, "the table has a header but no holiday rows").With(HolidayTableErrorCode.NoRows));
        }

        if (errors.Count > 0)
        {
            throw new HolidayTableException(sourceName, errors);
        }

        // Date order; on one day, file order (OrderBy is stable).
        return new HolidayTable(sourceName, [.. rows.OrderBy(r => r.Holiday.Date)]);
    }

    private static string[]? ReadHeader(string line, int lineNumber, List<HolidayTableError> errors)
    {
        string[] columns = [.. line.Split('\t').Select(c => c.Trim())];
        int before = errors.Count;
        foreach (string column in columns)
        {
            if (!s_known.Contains(column))
            {
                errors.Add(new HolidayTableError(lineNumber, column.Length == 0 ? "(empty)" : column, string.Create(
                    CultureInfo.InvariantCulture, $"unknown column '{column}'; the columns are {string.Join(", ", s_known)} (the header is the first line that is not blank or a # comment)"))
                    .With(HolidayTableErrorCode.UnknownColumn, column, string.Join(", ", s_known)));
            }
        }

        foreach (string column in columns.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(new HolidayTableError(lineNumber, column, "the column appears twice").With(HolidayTableErrorCode.DuplicateColumn));
        }

        foreach (string column in s_required.Where(r => !columns.Contains(r)))
        {
            errors.Add(new HolidayTableError(lineNumber, column, "the required column is missing from the header").With(HolidayTableErrorCode.MissingColumn));
        }

        return errors.Count == before ? columns : null;
    }

    private static HolidayTableRow? ReadRow(string line, int lineNumber, string[] columns, List<HolidayTableError> errors)
    {
        string[] cells = line.Split('\t');
        if (cells.Length != columns.Length)
        {
            errors.Add(new HolidayTableError(lineNumber, null, string.Create(
                CultureInfo.InvariantCulture, $"expected {columns.Length} tab-separated columns as in the header, found {cells.Length}"))
                .With(HolidayTableErrorCode.ColumnCount, columns.Length.ToString(CultureInfo.InvariantCulture), cells.Length.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        int before = errors.Count;
        string Cell(string name) => Array.IndexOf(columns, name) is int index and >= 0 ? cells[index].Trim() : string.Empty;
        void Bad(string column, string message, HolidayTableErrorCode code, params string[] arguments) =>
            errors.Add(new HolidayTableError(lineNumber, column, message).With(code, arguments));

        string dateText = Cell("solar_hijri_date");
        ParseResult<SolarHijriDate> parsed = SolarHijriDate.ParseDetailed(dateText);
        SolarHijriDate date = parsed.IsSuccess ? parsed.Value : default;
        if (!parsed.IsSuccess)
        {
            errors.Add(new HolidayTableError(lineNumber, "solar_hijri_date", $"'{dateText}' is not a Solar Hijri date yyyy/mm/dd: {parsed.Error?.Message}")
                .With(HolidayTableErrorCode.InvalidSolarDate, dateText) with { DateError = parsed.Error });
        }

        HolidayKind kind = HolidayKind.Lunar;
        string kindText = Cell("kind");
        switch (kindText.ToUpperInvariant())
        {
            case "SOLAR":
                kind = HolidayKind.Solar;
                break;
            case "LUNAR":
                kind = HolidayKind.Lunar;
                break;
            case "ADHOC":
                kind = HolidayKind.AdHoc;
                break;
            default:
                Bad("kind", $"kind '{kindText}' is not solar, lunar or adhoc", HolidayTableErrorCode.InvalidKind, kindText);
                break;
        }

        HolidayStanding standing = HolidayStanding.Official;
        string standingText = Cell("standing");
        switch (standingText.ToUpperInvariant())
        {
            case "" or "OFFICIAL":
                break;
            case "PROJECTED":
                standing = HolidayStanding.Projected;
                break;
            default:
                Bad("standing", $"standing '{standingText}' is not official or projected", HolidayTableErrorCode.InvalidStanding, standingText);
                break;
        }

        // Normalised (Arabic letters, digits) for matching, then written with Persian digits, as Persian text reads.
        string nameFa = PersianText.ToPersianDigits(PersianText.Normalize(Cell("name_fa")));
        string nameEn = Cell("name_en");
        if (nameFa.Length == 0)
        {
            Bad("name_fa", "the Persian name is empty", HolidayTableErrorCode.EmptyPersianName);
        }

        if (nameEn.Length == 0)
        {
            Bad("name_en", "the English name is empty", HolidayTableErrorCode.EmptyEnglishName);
        }

        DateOnly? gregorian = null;
        string gregorianText = PersianText.Normalize(Cell("gregorian_date"));
        if (Array.IndexOf(columns, "gregorian_date") >= 0)
        {
            if (!DateOnly.TryParseExact(gregorianText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly g))
            {
                Bad("gregorian_date", $"'{gregorianText}' is not a Gregorian date yyyy-mm-dd", HolidayTableErrorCode.InvalidGregorianDate, gregorianText);
            }
            else if (parsed.IsSuccess && g != date.ToDateOnly())
            {
                Bad("gregorian_date", string.Create(
                    CultureInfo.InvariantCulture, $"{g:yyyy-MM-dd} is not the Gregorian date of {date} ({date.ToDateOnly():yyyy-MM-dd})"),
                    HolidayTableErrorCode.GregorianMismatch,
                    g.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString(), date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                gregorian = g;
            }
        }

        if (parsed.IsSuccess && kind == HolidayKind.Solar && !IsSolarHolidayDate(date))
        {
            Bad("kind", string.Create(
                CultureInfo.InvariantCulture, $"{date} is not one of the fixed solar holidays of {date.Year} (see docs/work-calendar.md); list a one-off closure as adhoc"),
                HolidayTableErrorCode.NotASolarHoliday, date.ToString(), date.Year.ToString(CultureInfo.InvariantCulture));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new HolidayTableRow(new Holiday(date, kind, nameFa, nameEn, standing, Cell("source")), gregorian ?? date.ToDateOnly());
    }

    private static bool IsSolarHolidayDate(SolarHijriDate date)
    {
        var (year, month, day) = date;
        return FixedHolidays.IsFixedExceptEsfand30(year, month, day) || (month == 12 && day == 30);
    }

    private static HolidayTable LoadShipped()
    {
        using Stream stream = typeof(HolidayTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(HolidayTable).Assembly.GetName().Name}.");
        return Load(stream, "Coop.Domain (embedded)");
    }
}

/// <summary>One row of a holiday table: the holiday and the Gregorian date the file gives for it (or the conversion when the file has none).</summary>
internal sealed record HolidayTableRow(Holiday Holiday, DateOnly Gregorian);
