using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class HolidayTableTests
{
    // seeds/holidays/iran-holidays-1395-1405.tsv has 302 data rows: 111 solar, 190 lunar, 1 adhoc.
    [Fact]
    public void The_embedded_table_loads_every_row_of_the_source_file()
    {
        Assert.Equal(302, HolidayTable.Rows.Length);
        Assert.Equal(111, HolidayTable.Rows.Count(r => r.Holiday.Kind == HolidayKind.Solar));
        Assert.Equal(190, HolidayTable.Rows.Count(r => r.Holiday.Kind == HolidayKind.Lunar));
        Assert.Equal(1, HolidayTable.Rows.Count(r => r.Holiday.Kind == HolidayKind.AdHoc));
        Assert.Equal(191, HolidayTable.LunarAndAdHoc.Length);
    }

    [Fact]
    public void Every_rows_gregorian_date_is_the_official_conversion_of_its_solar_hijri_date()
    {
        foreach (HolidayTableRow row in HolidayTable.Rows)
        {
            Assert.True(row.Gregorian == row.Holiday.Date.ToDateOnly(), $"{row.Holiday}: file says {row.Gregorian:O}, conversion gives {row.Holiday.Date.ToDateOnly():O}");
        }
    }

    [Fact]
    public void Rows_are_in_date_order_and_cover_1395_to_1405()
    {
        SolarHijriDate[] dates = [.. HolidayTable.Rows.Select(r => r.Holiday.Date)];
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(1395, dates[0].Year);
        Assert.Equal(1405, dates[^1].Year);
        Assert.Equal(Enumerable.Range(1395, 11), dates.Select(d => d.Year).Distinct());
    }

    [Fact]
    public void The_fixed_solar_rule_gives_exactly_the_tables_solar_rows_with_30_Esfand_as_published()
    {
        Holiday[] table = [.. HolidayTable.Rows.Select(r => r.Holiday).Where(h => h.Kind == HolidayKind.Solar)];
        var calendar = WorkCalendar.Default;
        Holiday[] computed = [.. Enumerable.Range(1395, 11).SelectMany(calendar.HolidaysIn).Where(h => h.Kind == HolidayKind.Solar)];
        Assert.Equal(table, computed);
    }

    [Fact]
    public void With_30_Esfand_always_on_the_rule_adds_only_the_other_leap_years_30_Esfand()
    {
        Holiday[] table = [.. HolidayTable.Rows.Select(r => r.Holiday).Where(h => h.Kind == HolidayKind.Solar)];
        var always = WorkCalendar.Default.WithEsfand30(Esfand30Rule.Always);
        Holiday[] computed = [.. Enumerable.Range(1395, 11).SelectMany(always.HolidaysIn).Where(h => h.Kind == HolidayKind.Solar)];
        Assert.Equal(
            [new SolarHijriDate(1395, 12, 30), new SolarHijriDate(1399, 12, 30)],
            computed.Except(table).Select(h => h.Date));
        Assert.Empty(table.Except(computed));
    }

    [Fact]
    public void Thirty_Esfand_is_listed_only_for_1403_while_1395_and_1399_are_also_leap_years()
    {
        Assert.Equal([1403], HolidayTable.Esfand30Years.Order());
        Assert.True(SolarHijriCalendar.IsLeapYear(1395));
        Assert.True(SolarHijriCalendar.IsLeapYear(1399));
    }

    [Fact]
    public void Each_year_has_the_number_of_rows_of_the_source_file()
    {
        // A snapshot of the file: an accidental deletion or duplication in a yearly update fails here.
        int[] expected = [26, 27, 28, 27, 28, 28, 27, 27, 29, 28, 27];
        Assert.Equal(expected, HolidayTable.Rows.GroupBy(r => r.Holiday.Date.Year).Select(g => g.Count()));
    }

    [Theory]
    [InlineData("h\n1404/01/01\t2025-03-21\tsolar\tنوروز", 2, "5 tab-separated columns")]
    [InlineData("h\n1404/12/30\t2026-03-21\tsolar\tx\ty", 2, "not a Solar Hijri date")]
    [InlineData("h\n1404/01/01\t2025-3-21\tsolar\tx\ty", 2, "not a Gregorian date")]
    [InlineData("h\n\n1404/01/01\t2025-03-21\tholiday\tx\ty", 3, "kind 'holiday'")]
    [InlineData("h\n1404/01/01\t2025-03-21\tsolar\t \ty", 2, "name is empty")]
    public void A_malformed_line_is_rejected_with_its_line_number_and_reason(string text, int line, string reason)
    {
        var e = Assert.Throws<FormatException>(() => HolidayTable.Parse(text));
        Assert.Contains($"line {line}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
