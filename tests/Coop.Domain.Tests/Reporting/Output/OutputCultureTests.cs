using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.Reporting.Output;

/// <summary>Every writer gives the same bytes whatever the current culture.</summary>
public class OutputCultureTests
{
    public static TheoryData<string> Cultures => ["fa-IR", "ar-SA", "tr-TR", "de-DE", ""];

    private static string[] WriteAll()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 20, 12, 0));
        IcsEvent[] events = [new IcsEvent(new SolarHijriDate(1404, 12, 29), "پایان سال مالی", key: "k")];
        var decimals = new SvgChartOptions { PersianDigits = false, ValueDecimals = 2 };
        return
        [
            SvgChartWriter.ToSvg(Samples.Credits()),
            SvgChartWriter.ToSvg(Samples.Credits(), decimals),
            SvgChartWriter.ToSvg(Samples.Credits(), decimals with { Kind = ChartKind.Line }),
            IcsWriter.ToIcs(events, clock),
            TextTableWriter.ToText(Samples.Disbursements()),
            TextTableWriter.ToText(Samples.Disbursements(), new TextTableOptions { PersianDigits = true }),
            CsvTableWriter.ToCsv(Samples.Disbursements()),
            JsonTableWriter.ToJson(Samples.Disbursements()),
        ];
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Output_under_any_culture_equals_the_invariant_output(string culture)
    {
        string[] invariant;
        using (new CultureScope(string.Empty))
        {
            invariant = WriteAll();
        }

        string[] local;
        using (new CultureScope(culture))
        {
            local = WriteAll();
        }

        Assert.Equal(invariant, local);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Machine_formats_never_use_local_digits_or_separators(string culture)
    {
        using var scope = new CultureScope(culture);
        var table = new Table([new TableColumn("n", "n"), new TableColumn("d", "d")], [[1234L, 1234.5m]]);
        string csv = CsvTableWriter.ToCsv(table);
        string json = JsonTableWriter.ToJson(table, new JsonTableOptions { Indented = false });
        Assert.Equal("n,d\r\n1234,1234.5\r\n", csv);
        Assert.Contains("{\"n\":1234,\"d\":1234.5}", json, StringComparison.Ordinal);
        string ics = IcsWriter.ToIcs([new IcsEvent(new SolarHijriDate(1404, 1, 1), "x")], new FakeClock(Instant.FromUtc(2025, 3, 21, 0, 0)));
        Assert.Contains("DTSTART;VALUE=DATE:20250321\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20250321T000000Z\r\n", ics, StringComparison.Ordinal);

        // The chart's Latin-digit mode groups with ',' and uses '.', never ٬ or a comma decimal.
        string svg = SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { PersianDigits = false });
        Assert.Contains("رشت — زمستان ۱۴۰۴: 1,234.50</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("٬", svg, StringComparison.Ordinal);
    }
}
