using System.Text;
using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class HolidayTableTests
{
    private static HolidayTable Shipped => HolidayTable.Shipped;

    // seeds/holidays/iran-holidays-1395-1405.tsv has 306 data rows: 112 solar, 192 lunar, 2 adhoc.
    [Fact]
    public void The_embedded_table_loads_every_row_of_the_source_file()
    {
        Assert.Equal(306, Shipped.Rows.Length);
        Assert.Equal(112, Shipped.Rows.Count(r => r.Holiday.Kind == HolidayKind.Solar));
        Assert.Equal(192, Shipped.Rows.Count(r => r.Holiday.Kind == HolidayKind.Lunar));
        Assert.Equal(2, Shipped.Rows.Count(r => r.Holiday.Kind == HolidayKind.AdHoc));
        Assert.Equal(194, Shipped.LunarAndAdHoc.Length);
        Assert.Equal(306, Shipped.Holidays.Count);
        Assert.Equal("Coop.Domain (embedded)", Shipped.SourceName);
    }

    // WorkCalendar.FirstTableYear/LastTableYear are constants so that asking for them does not parse the table.
    [Fact]
    public void The_first_and_last_table_year_constants_are_the_years_of_the_parsed_embedded_table()
    {
        Assert.Equal(Shipped.Years[0], WorkCalendar.FirstTableYear);
        Assert.Equal(Shipped.Years[^1], WorkCalendar.LastTableYear);
    }

    [Fact]
    public void Every_shipped_row_is_official_and_names_its_source()
    {
        Assert.All(Shipped.Holidays, h =>
        {
            Assert.Equal(HolidayStanding.Official, h.Standing);
            Assert.False(string.IsNullOrWhiteSpace(h.Source), $"{h} has no source");
        });
    }

    [Fact]
    public void Every_rows_gregorian_date_is_the_official_conversion_of_its_solar_hijri_date()
    {
        foreach (HolidayTableRow row in Shipped.Rows)
        {
            Assert.True(row.Gregorian == row.Holiday.Date.ToDateOnly(), $"{row.Holiday}: file says {row.Gregorian:O}, conversion gives {row.Holiday.Date.ToDateOnly():O}");
        }
    }

    [Fact]
    public void Rows_are_in_date_order_and_cover_1395_to_1405()
    {
        SolarHijriDate[] dates = [.. Shipped.Rows.Select(r => r.Holiday.Date)];
        Assert.Equal(dates.Order(), dates);
        Assert.Equal(Enumerable.Range(1395, 11), Shipped.Years);
        Assert.True(Shipped.Covers(1400));
        Assert.False(Shipped.Covers(1406));
    }

    [Fact]
    public void The_fixed_solar_rule_gives_exactly_the_tables_solar_rows_with_30_Esfand_as_published()
    {
        (SolarHijriDate, string, string)[] table = [.. Shipped.Holidays.Where(h => h.Kind == HolidayKind.Solar).Select(h => (h.Date, h.NameFa, h.NameEn))];
        var calendar = WorkCalendar.Default;
        (SolarHijriDate, string, string)[] computed = [.. Enumerable.Range(1395, 11).SelectMany(calendar.HolidaysIn).Where(h => h.Kind == HolidayKind.Solar).Select(h => (h.Date, h.NameFa, h.NameEn))];
        Assert.Equal(table, computed);
    }

    [Fact]
    public void With_30_Esfand_always_on_the_rule_adds_only_1395s_30_Esfand()
    {
        SolarHijriDate[] table = [.. Shipped.Holidays.Where(h => h.Kind == HolidayKind.Solar).Select(h => h.Date)];
        var always = WorkCalendar.Default.WithEsfand30(Esfand30Rule.Always);
        SolarHijriDate[] computed = [.. Enumerable.Range(1395, 11).SelectMany(always.HolidaysIn).Where(h => h.Kind == HolidayKind.Solar).Select(h => h.Date)];
        Assert.Equal([new SolarHijriDate(1395, 12, 30)], computed.Except(table));
        Assert.Empty(table.Except(computed));
    }

    [Fact]
    public void Thirty_Esfand_is_listed_for_1399_and_1403_but_not_1395()
    {
        Assert.Equal([1399, 1403], Shipped.Esfand30Years.Order());
        Assert.True(SolarHijriCalendar.IsLeapYear(1395));
    }

    [Fact]
    public void Each_year_has_the_number_of_rows_of_the_source_file()
    {
        // A snapshot of the file: an accidental deletion or duplication in a yearly update fails here.
        int[] expected = [27, 27, 28, 27, 29, 28, 27, 27, 29, 28, 29];
        Assert.Equal(expected, Shipped.Rows.GroupBy(r => r.Holiday.Date.Year).Select(g => g.Count()));
    }

    [Fact]
    public void Year_1405_has_Eid_al_Fitr_on_Nowruz_as_the_official_calendar_published_it()
    {
        Holiday[] first = [.. Shipped.Holidays.Where(h => h.Kind == HolidayKind.Lunar && h.Date.Year == 1405 && h.Date.Month == 1 && h.Date.Day <= 2)];
        Assert.Equal(["Eid al-Fitr", "Eid al-Fitr holiday (second day)"], first.Select(h => h.NameEn));
        Assert.All(first, h => Assert.Contains("ILNA 1707051", h.Source, StringComparison.Ordinal));
        Holiday sadiq = Assert.Single(Shipped.Holidays, h => h.Date == new SolarHijriDate(1405, 1, 25));
        Assert.Contains("NOT in ILNA 1707051", sadiq.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_1_file_of_five_columns_reads_as_official_rows_without_a_source()
    {
        HolidayTable table = HolidayTable.Parse(
            "solar_hijri_date\tgregorian_date\tkind\tname_fa\tname_en\n1406/01/01\t2027-03-21\tsolar\tنوروز\tNowruz\n1406/01/10\t2027-03-30\tlunar\tعید فطر\tEid al-Fitr\n",
            "v1.tsv");
        Assert.Equal([1406], table.Years);
        Assert.All(table.Holidays, h => Assert.Equal(HolidayStanding.Official, h.Standing));
        Assert.All(table.Holidays, h => Assert.Equal(string.Empty, h.Source));
    }

    [Fact]
    public void Columns_are_found_by_header_name_comments_and_blank_lines_are_skipped_and_Persian_digits_read()
    {
        HolidayTable table = HolidayTable.Parse(
            "# official 1406 calendar, as published\n\nkind\tsolar_hijri_date\tname_en\tname_fa\tsource\nlunar\t۱۴۰۶/۰۱/۱۰\tEid al-Fitr\tعيد فطر\tIRNA\n",
            "reordered.tsv");
        Holiday eid = Assert.Single(table.Holidays);
        Assert.Equal(new SolarHijriDate(1406, 1, 10), eid.Date);
        Assert.Equal("عید فطر", eid.NameFa); // Arabic Yeh normalised
        Assert.Equal("IRNA", eid.Source);
    }

    [Theory]
    [InlineData("1404/01/01\t2025-03-21\tsolar\tنوروز", 2, null, "expected 7 tab-separated columns")]
    [InlineData("1404/12/30\t2026-03-21\tsolar\tx\ty\tofficial\ts", 2, "solar_hijri_date", "'1404/12/30' is not a Solar Hijri date")]
    [InlineData("1404/01/01\t2025-3-21\tsolar\tx\ty\tofficial\ts", 2, "gregorian_date", "not a Gregorian date")]
    [InlineData("1404/01/02\t2025-03-21\tsolar\tx\ty\tofficial\ts", 2, "gregorian_date", "2025-03-21 is not the Gregorian date of 1404/01/02 (2025-03-22)")]
    [InlineData("\n1404/01/01\t2025-03-21\tholiday\tx\ty\tofficial\ts", 3, "kind", "kind 'holiday'")]
    [InlineData("1404/01/01\t2025-03-21\tsolar\t \ty\tofficial\ts", 2, "name_fa", "Persian name is empty")]
    [InlineData("1404/01/01\t2025-03-21\tsolar\tx\ty\tmaybe\ts", 2, "standing", "standing 'maybe'")]
    [InlineData("1404/05/05\t2025-07-27\tsolar\tx\ty\tofficial\ts", 2, "kind", "not one of the fixed solar holidays of 1404")]
    [InlineData("1357/03/14\t1978-06-04\tsolar\tx\ty\tofficial\ts", 2, "kind", "not one of the fixed solar holidays of 1357")]
    public void A_bad_line_is_rejected_with_its_line_number_column_and_reason(string body, int line, string? column, string reason)
    {
        var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Parse(HolidayTable.Header + "\n" + body, "bad.tsv"));
        HolidayTableError error = Assert.Single(e.Errors);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("bad.tsv", e.SourceName);
        Assert.Contains("bad.tsv", e.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(e, exactMatch: false);
    }

    [Fact]
    public void Every_bad_line_is_reported_not_only_the_first()
    {
        string text = HolidayTable.Header + "\n"
            + "1406/01/10\t2027-03-30\tlunar\tعید فطر\tEid al-Fitr\tofficial\tIRNA\n"
            + "1406/13/01\t2027-03-30\tlunar\tx\ty\tofficial\tIRNA\n"
            + "1406/01/10\t2027-03-30\tlunar\tعید فطر\tEid al-Fitr\tofficial\tIRNA\n"
            + "1406/02/01\t2027-04-21\tsometimes\tx\ty\tofficial\tIRNA\n";
        var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Parse(text, "many.tsv"));
        Assert.Equal([3, 4, 5], e.Errors.Select(x => x.Line));
        Assert.Contains("repeats line 2", e.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("line 5, column kind:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date\tkind\tname_fa\tname_en\n", "unknown column 'date'")]
    [InlineData("solar_hijri_date\tkind\tname_fa\n", "required column is missing")]
    [InlineData("solar_hijri_date\tkind\tkind\tname_fa\tname_en\n", "appears twice")]
    [InlineData("# only a comment\n", "no header line")]
    [InlineData(HolidayTable.Header + "\n\n", "no holiday rows")]
    public void A_bad_header_or_an_empty_table_is_rejected(string text, string reason)
    {
        var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Parse(text, "h.tsv"));
        Assert.Contains(e.Errors, x => x.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_table_is_loaded_from_a_file_a_stream_and_asynchronously_alike()
    {
        string text = HolidayTable.Header + "\n1406/01/10\t2027-03-30\tlunar\tعید فطر\tEid al-Fitr\tofficial\tIRNA\n";
        string path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(false));
        try
        {
            HolidayTable fromFile = HolidayTable.Load(path);
            HolidayTable fromFileAsync = await HolidayTable.LoadAsync(path, TestContext.Current.CancellationToken);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
            HolidayTable fromStream = HolidayTable.Load(stream, "mem");
            using var stream2 = new MemoryStream(Encoding.UTF8.GetBytes(text));
            HolidayTable fromStreamAsync = await HolidayTable.LoadAsync(stream2, "mem", TestContext.Current.CancellationToken);
            Assert.Equal(fromFile.Holidays, fromStream.Holidays);
            Assert.Equal(fromFile.Holidays, fromFileAsync.Holidays);
            Assert.Equal(fromFile.Holidays, fromStreamAsync.Holidays);
            Assert.Equal(path, fromFile.SourceName);
            Assert.True(stream.CanRead, "the stream is left open");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_a_typed_error_naming_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.tsv");
        var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Load(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.IsType<FileNotFoundException>(e.InnerException);
    }
}
