using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Tests.Calendar;

public class SolarHijriDateTextTests
{
    private static readonly SolarHijriDate s_aban25 = new(1404, 8, 25);

    [Theory]
    [InlineData("1404/08/25")]
    [InlineData("1404-08-25")]
    [InlineData("1404/8/25")]
    [InlineData("  1404/08/25 \t")]
    [InlineData("1404 / 08 / 25")]
    [InlineData("۱۴۰۴/۰۸/۲۵")]
    [InlineData("١٤٠٤/٠٨/٢٥")]
    [InlineData("۱۴۰۴-8-25")]
    [InlineData("25 آبان 1404")]
    [InlineData("۲۵ آبان ۱۴۰۴")]
    [InlineData("۲۵ آبان‌ماه ۱۴۰۴")]
    [InlineData("۲۵ آبان ماه ۱۴۰۴")]
    [InlineData("25 ابان 1404")]
    [InlineData("1404 آبان 25")]
    [InlineData("آبان ۲۵، ۱۴۰۴")]
    [InlineData("25 Aban 1404")]
    [InlineData("25 ABAN 1404")]
    [InlineData("25 abaan 1404")]
    [InlineData("Aban 25, 1404")]
    [InlineData("aban 25 1404")]
    [InlineData("1404 Aban 25")]
    [InlineData("\u200F۱۴۰۴/۰۸/۲۵\u200F")]
    [InlineData("\uFEFF1404/08/25")]
    public void Accepts_what_people_type(string text)
    {
        ParseResult<SolarHijriDate> result = SolarHijriDate.ParseDetailed(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(s_aban25, result.Value);
        Assert.Null(result.Error);
        Assert.Equal(s_aban25, SolarHijriDate.Parse(text));
        Assert.True(SolarHijriDate.TryParse(text, out SolarHijriDate parsed));
        Assert.Equal(s_aban25, parsed);
    }

    [Theory]
    [InlineData("1 فروردین 1404", 1)]
    [InlineData("1 اردیبهشت 1404", 2)]
    [InlineData("1 خرداد 1404", 3)]
    [InlineData("1 تیر 1404", 4)]
    [InlineData("1 مرداد 1404", 5)]
    [InlineData("1 امرداد 1404", 5)]
    [InlineData("1 شهریور 1404", 6)]
    [InlineData("1 مهر 1404", 7)]
    [InlineData("1 آذر 1404", 9)]
    [InlineData("1 اذر 1404", 9)]
    [InlineData("1 دی 1404", 10)]
    [InlineData("1 دي 1404", 10)] // Arabic Yeh, as old systems type it
    [InlineData("1 بهمن 1404", 11)]
    [InlineData("1 اسفند 1404", 12)]
    [InlineData("1 Farvardin 1404", 1)]
    [InlineData("1 Ordibehesht 1404", 2)]
    [InlineData("1 Khordad 1404", 3)]
    [InlineData("1 Tir 1404", 4)]
    [InlineData("1 Mordad 1404", 5)]
    [InlineData("1 Amordad 1404", 5)]
    [InlineData("1 Shahrivar 1404", 6)]
    [InlineData("1 Mehr 1404", 7)]
    [InlineData("1 Azar 1404", 9)]
    [InlineData("1 Dey 1404", 10)]
    [InlineData("1 Dei 1404", 10)]
    [InlineData("1 Bahman 1404", 11)]
    [InlineData("1 Esfand 1404", 12)]
    public void Knows_every_month_name_in_Persian_and_transliterated(string text, int month)
    {
        Assert.Equal(new SolarHijriDate(1404, month, 1), SolarHijriDate.Parse(text));
    }

    [Theory]
    [InlineData("1404/07/31", 8, "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days")]
    [InlineData("31 مهر 1404", 0, "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days")]
    [InlineData("1404/12/30", 8, "1404/12/30: day 30 does not exist in Esfand 1404, which has 29 days because 1404 is not a leap year")]
    [InlineData("1404/01/32", 8, "1404/01/32: day 32 does not exist in Farvardin (1), which has 31 days")]
    [InlineData("1404/08/0", 8, "day 0 does not exist: days of the month start at 1")]
    [InlineData("1404/13/01", 5, "month 13 is not in 1–12")]
    [InlineData("1404/00/01", 5, "month 0 is not in 1–12")]
    [InlineData("0000/01/01", 0, "year 0 is outside the supported range 1–9377")]
    [InlineData("9378/01/01", 0, "year 9378 is outside the supported range 1–9377")]
    [InlineData("1404/0x/25", 6, "unexpected character 'x' at position 6")]
    [InlineData("1404.08.25", 4, "unexpected character '.' at position 4")]
    [InlineData("1404/08/25 x", 11, "unexpected character 'x' at position 11")]
    [InlineData("x1404/08/25", 0, "'x' at position 0 is not a month name (Farvardin … Esfand, فروردین … اسفند)")]
    [InlineData("25 Abann 1404", 3, "'Abann' at position 3 is not a month name (Farvardin … Esfand, فروردین … اسفند)")]
    [InlineData("1404/08-25", 7, "separator '-' at position 7 differs from the first separator '/'")]
    [InlineData("1404/08", 7, "the date ends at position 7: expected '/' and the day")]
    [InlineData("1404", 4, "the date ends at position 4: expected '/' and the month")]
    [InlineData("25 آبان", 7, "the date ends at position 7: expected the year")]
    [InlineData("", 0, "the input is empty")]
    [InlineData("   ", 0, "the input is empty")]
    [InlineData("04/08/25", 0, "year '04' has 2 digits: write the full year (e.g. 1404); short years are not guessed")]
    [InlineData("۲۵ آبان ۰۴", 8, "year '۰۴' has 2 digits: write the full year (e.g. 1404); short years are not guessed")]
    [InlineData("404/08/25", 0, "year '404' has 3 digits: write the full year (e.g. 1404); short years are not guessed")]
    [InlineData("14040/08/25", 0, "year '14040' has more than four digits")]
    [InlineData("1404/008/25", 5, "month '008' has more than two digits")]
    [InlineData("1404/08/025", 8, "day '025' has more than two digits")]
    [InlineData("25/08/1404", 0, "a numeric date is written year first (yyyy/MM/dd): did you mean 1404/08/25?")]
    public void Rejects_bad_input_with_the_reason_and_the_position_in_the_original_text(string text, int position, string error)
    {
        ParseResult<SolarHijriDate> result = SolarHijriDate.ParseDetailed(text);
        Assert.False(result.IsSuccess);
        Assert.Equal(new ParseError(position, error), result.Error);
        Assert.Equal($"Error: {error} (column {position + 1})", result.ToString());
        FormatException e = Assert.Throws<FormatException>(() => SolarHijriDate.Parse(text));
        Assert.Equal($"{error} (column {position + 1})", e.Message);
        Assert.False(SolarHijriDate.TryParse(text, out SolarHijriDate date));
        Assert.Equal(default, date);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Positions_refer_to_the_original_text_even_with_Persian_digits_and_marks_before_them()
    {
        // The RLM at 0 and the Persian digits keep their indexes: the bad day is at 9.
        ParseResult<SolarHijriDate> result = SolarHijriDate.ParseDetailed("\u200F۱۴۰۴/۰۷/۳۱");
        Assert.Equal(9, result.Error?.Position);
        Assert.StartsWith("1404/07/31: day 31", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirtieth_of_Esfand_parses_in_a_leap_year()
    {
        Assert.Equal(new SolarHijriDate(1403, 12, 30), SolarHijriDate.Parse("۳۰ اسفند ۱۴۰۳"));
    }

    [Fact]
    public void Null_is_rejected_by_Parse_and_is_not_a_date_for_TryParse()
    {
        Assert.Throws<ArgumentNullException>(() => SolarHijriDate.Parse((string)null!));
        Assert.False(SolarHijriDate.TryParse((string?)null, out _));
    }

    [Fact]
    public void A_successful_result_prints_the_canonical_date()
    {
        Assert.Equal("OK: 1404/08/25", SolarHijriDate.ParseDetailed("۲۵ آبان ۱۴۰۴").ToString());
        Assert.Equal(s_aban25, SolarHijriDate.ParseDetailed("1404-08-25").Value);
    }

    [Fact]
    public void A_default_result_is_unsuccessful()
    {
        ParseResult<SolarHijriDate> result = default;
        Assert.False(result.IsSuccess);
        Assert.NotNull(result.Error);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Theory]
    [InlineData(null, "1404/08/25")]
    [InlineData("", "1404/08/25")]
    [InlineData("d", "1404/08/25")]
    [InlineData("d-", "1404-08-25")]
    [InlineData("fa", "۱۴۰۴/۰۸/۲۵")]
    [InlineData("fa-long", "۲۵ آبان ۱۴۰۴")]
    [InlineData("en-long", "25 Aban 1404")]
    public void Formats_in_the_standard_formats(string? format, string expected)
    {
        Assert.Equal(expected, s_aban25.ToString(format));
        Assert.Equal(expected, ((IFormattable)s_aban25).ToString(format, CultureInfo.GetCultureInfo("fa-IR")));
        Span<char> buffer = stackalloc char[32];
        Assert.True(s_aban25.TryFormat(buffer, out int written, format));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void Long_forms_do_not_pad_the_day_but_always_write_four_year_digits()
    {
        var date = new SolarHijriDate(5, 2, 3);
        Assert.Equal("3 Ordibehesht 0005", date.ToString("en-long"));
        Assert.Equal("۳ اردیبهشت ۰۰۰۵", date.ToString("fa-long"));
        Assert.Equal("0005/02/03", date.ToString("d"));
        Assert.Equal("25 Ordibehesht 1404", new SolarHijriDate(1404, 2, 25).ToString("en-long"));
    }

    [Fact]
    public void Interpolation_uses_the_format_and_ignores_the_culture()
    {
        Assert.Equal("on ۲۵ آبان ۱۴۰۴", string.Create(CultureInfo.GetCultureInfo("ar-SA"), $"on {s_aban25:fa-long}"));
        Assert.Equal("1404-08-25", string.Create(CultureInfo.InvariantCulture, $"{s_aban25:d-}"));
    }

    [Fact]
    public void An_unknown_format_is_a_FormatException_that_lists_the_formats()
    {
        FormatException e = Assert.Throws<FormatException>(() => s_aban25.ToString("yyyy"));
        Assert.Contains("fa-long", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => s_aban25.TryFormat(new char[32], out _, "D"));
    }

    [Fact]
    public void TryFormat_reports_a_short_destination_without_writing_a_count()
    {
        Assert.False(s_aban25.TryFormat(new char[9], out int written));
        Assert.Equal(0, written);
        Assert.False(s_aban25.TryFormat(new char[11], out written, "fa-long"));
        Assert.Equal(0, written);
        Assert.True(s_aban25.TryFormat(new char[12], out written, "fa-long"));
        Assert.Equal(12, written);
    }

    [Fact]
    public void Canonical_TryFormat_allocates_nothing()
    {
        Span<char> buffer = stackalloc char[16];
        s_aban25.TryFormat(buffer, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            s_aban25.TryFormat(buffer, out _);
            s_aban25.TryFormat(buffer, out _, "fa-long");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Parsing_a_valid_date_allocates_nothing()
    {
        SolarHijriDate.ParseDetailed("۲۵ آبان ۱۴۰۴");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            SolarHijriDate.ParseDetailed("1404/08/25");
            SolarHijriDate.ParseDetailed("۲۵ آبان ۱۴۰۴");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Generic_code_can_parse_and_format_through_the_interfaces()
    {
        Assert.Equal(s_aban25, ParseAs<SolarHijriDate>("۱۴۰۴/۰۸/۲۵"));
        Assert.Equal(s_aban25, SpanParseAs<SolarHijriDate>("25 Aban 1404"));
        Assert.False(SolarHijriDateTryParseAs("1404/07/31"));
    }

    [Theory]
    [InlineData(DayOfWeek.Saturday, "شنبه")]
    [InlineData(DayOfWeek.Sunday, "یکشنبه")]
    [InlineData(DayOfWeek.Tuesday, "سه\u200Cشنبه")]
    [InlineData(DayOfWeek.Thursday, "پنج\u200Cشنبه")]
    [InlineData(DayOfWeek.Friday, "جمعه")]
    public void Persian_weekday_names_keep_their_half_space(DayOfWeek day, string name)
    {
        Assert.Equal(name, SolarHijriDayNames.Persian(day));
    }

    [Fact]
    public void The_Persian_weekday_of_a_date()
    {
        Assert.Equal("یکشنبه", SolarHijriDayNames.Persian(s_aban25.DayOfWeek));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijriDayNames.Persian((DayOfWeek)7));
    }

    private static T ParseAs<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static T SpanParseAs<T>(string text)
        where T : ISpanParsable<T> => T.Parse(text.AsSpan(), CultureInfo.InvariantCulture);

    private static bool SolarHijriDateTryParseAs(string text) => TryParseAs<SolarHijriDate>(text);

    private static bool TryParseAs<T>(string text)
        where T : ISpanParsable<T> =>
        T.TryParse(text, null, out _) && T.TryParse(text.AsSpan(), null, out _);
}
