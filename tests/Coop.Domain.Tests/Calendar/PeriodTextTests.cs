using Coop.Domain.Calendar;
using Coop.Domain.Text;
using CsCheck;

namespace Coop.Domain.Tests.Calendar;

public class PeriodTextTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string, string, string> Forms => new()
    {
        // canonical, display, a description
        { "1404", "سال ۱۴۰۴", "year" },
        { "1404-H1", "نیمه اول ۱۴۰۴", "half" },
        { "1404-H2", "نیمه دوم ۱۴۰۴", "half" },
        { "1404-Q1", "بهار ۱۴۰۴", "season" },
        { "1404-Q2", "تابستان ۱۴۰۴", "season" },
        { "1404-Q3", "پاییز ۱۴۰۴", "season" },
        { "1404-Q4", "زمستان ۱۴۰۴", "season" },
        { "1404-08", "آبان ۱۴۰۴", "month" },
        { "1404/08/25", "۲۵ آبان ۱۴۰۴", "day" },
        { "1404/08/25..1404/09/10", "۱۴۰۴/۰۸/۲۵ تا ۱۴۰۴/۰۹/۱۰", "custom" },
        { "1404@07", "سال مالی ۱۴۰۴ (از مهر)", "fiscal year" },
        { "1404@07-H2", "نیمه دوم سال مالی ۱۴۰۴ (از مهر)", "fiscal half" },
        { "1404@07-Q1", "فصل اول سال مالی ۱۴۰۴ (از مهر)", "fiscal season" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_unit_has_a_canonical_and_a_display_form_that_both_parse_back(string canonical, string display, string what)
    {
        ReportingPeriod p = ReportingPeriod.Parse(canonical);
        Assert.Equal(canonical, p.ToString());
        Assert.Equal(display, p.ToDisplayString());
        Assert.Equal(p, ReportingPeriod.Parse(display));
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void Canonical_forms_denote_the_expected_periods()
    {
        Assert.Equal(ReportingPeriod.Year(1404), ReportingPeriod.Parse("1404"));
        Assert.Equal(ReportingPeriod.HalfYear(1404, 1), ReportingPeriod.Parse("1404-H1"));
        Assert.Equal(ReportingPeriod.Season(1404, 3), ReportingPeriod.Parse("1404-Q3"));
        Assert.Equal(ReportingPeriod.Month(1404, 8), ReportingPeriod.Parse("1404-08"));
        Assert.Equal(ReportingPeriod.Day(D(1404, 8, 25)), ReportingPeriod.Parse("1404/08/25"));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 9, 10)), ReportingPeriod.Parse("1404/08/25..1404/09/10"));
        Assert.Equal(ReportingPeriod.FiscalYear(1404, 7), ReportingPeriod.Parse("1404@07"));
        Assert.Equal(ReportingPeriod.Season(1404, 3, 7), ReportingPeriod.Parse("1404@07-Q3"));
    }

    [Theory]
    [InlineData("۱۴۰۴-Q۳", "1404-Q3")]
    [InlineData("١٤٠٤-Q٣", "1404-Q3")]
    [InlineData("1404/Q3", "1404-Q3")]
    [InlineData("1404 q3", "1404-Q3")]
    [InlineData("1404Q3", "1404-Q3")]
    [InlineData("  1404-h2  ", "1404-H2")]
    [InlineData("Q3 1404", "1404-Q3")]
    [InlineData("پاییز 1404", "1404-Q3")]
    [InlineData("پائیز ۱۴۰۴", "1404-Q3")]
    [InlineData("autumn 1404", "1404-Q3")]
    [InlineData("Fall 1404", "1404-Q3")]
    [InlineData("spring 1404", "1404-Q1")]
    [InlineData("SUMMER 1404", "1404-Q2")]
    [InlineData("winter 1403", "1403-Q4")]
    [InlineData("1404/08", "1404-08")]
    [InlineData("1404-8", "1404-08")]
    [InlineData("۱۴۰۴/۰۸", "1404-08")]
    [InlineData("آبان 1404", "1404-08")]
    [InlineData("Aban 1404", "1404-08")]
    [InlineData("aban ۱۴۰۴", "1404-08")]
    [InlineData("دي 1404", "1404-10")]
    [InlineData("امرداد 1404", "1404-05")]
    [InlineData("1404-08-25", "1404/08/25")]
    [InlineData("1404/8/5", "1404/08/05")]
    [InlineData("۱۴۰۴/۰۸/۲۵", "1404/08/25")]
    [InlineData("25 Aban 1404", "1404/08/25")]
    [InlineData("1404/08/25 .. 1404/09/10", "1404/08/25..1404/09/10")]
    [InlineData("1404/08/25-1404/09/10", "1404/08/25..1404/09/10")]
    [InlineData("1404/08/25 – 1404/09/10", "1404/08/25..1404/09/10")]
    [InlineData("1404/08/25 to 1404/09/10", "1404/08/25..1404/09/10")]
    [InlineData("از ۲۵ آبان ۱۴۰۴ تا ۱۰ آذر ۱۴۰۴", "1404/08/25..1404/09/10")]
    [InlineData("1403/12/30", "1403/12/30")]
    [InlineData("سال مالی 1404", "1404")]
    [InlineData("نیمه اول سال 1404", "1404-H1")]
    [InlineData("فصل چهارم ۱۴۰۴", "1404-Q4")]
    [InlineData("1404@7", "1404@07")]
    [InlineData("1404@01", "1404")]
    public void Parse_accepts_what_people_type(string text, string canonical)
    {
        ParseResult<ReportingPeriod> result = PeriodText.Parse(text);
        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(canonical, result.Value.ToString());
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("1404", "1404@07")]
    [InlineData("1404-H2", "1404@07-H2")]
    [InlineData("1404-Q1", "1404@07-Q1")]
    [InlineData("نیمه اول 1404", "1404@07-H1")]
    [InlineData("1404@01", "1404")]
    [InlineData("1404@04-Q1", "1404@04-Q1")]
    [InlineData("سال ۱۴۰۴ (از تیر)", "1404@04")]
    [InlineData("پاییز 1404", "1404-Q3")]
    [InlineData("1404-08", "1404-08")]
    [InlineData("1404/08/25", "1404/08/25")]
    public void The_fiscal_start_applies_to_years_halves_and_numbered_seasons_that_do_not_state_one(string text, string canonical)
    {
        Assert.Equal(canonical, ReportingPeriod.Parse(text, fiscalStartMonth: 7).ToString());
    }

    [Theory]
    [InlineData("1404-Q5", 6, "A season is numbered Q1 to Q4")]
    [InlineData("1404-Q0", 6, "found Q0")]
    [InlineData("1404-H3", 6, "A half-year is H1 or H2; found H3")]
    [InlineData("1404-13", 5, "Month 13 does not exist")]
    [InlineData("1404-00", 5, "Month 00 does not exist")]
    [InlineData("1404/13/01", 5, "Month 13 does not exist")]
    [InlineData("1404/07/31", 8, "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days")]
    [InlineData("1404/12/30", 8, "Esfand 1404, which has 29 days because 1404 is not a leap year")]
    [InlineData("1404/08/00", 8, "A day of the month is a number from 1 to 31")]
    [InlineData("1404/09/10..1404/08/25", 12, "The range ends (1404/08/25) before it starts (1404/09/10)")]
    [InlineData("1404/08/25..1404/08/32", 20, "Aban (8), which has 30 days")]
    [InlineData("1404/08/25..", 12, "Expected a four-digit year")]
    [InlineData("", 0, "The text is empty")]
    [InlineData("   ", 0, "The text is empty")]
    [InlineData("04-Q3", 0, "A year has four digits")]
    [InlineData("14040", 0, "A year has four digits")]
    [InlineData("0000", 0, "Year 0000 is outside the supported range 1–9377")]
    [InlineData("1404-Q", 6, "Expected the number after Q")]
    [InlineData("1404-", 5, "Expected a month (1404-08), a half (1404-H1) or a season (1404-Q3)")]
    [InlineData("1404-X1", 5, "Expected a month")]
    [InlineData("1404-Q3 extra", 8, "Unexpected 'extra' after the period 1404-Q3")]
    [InlineData("1404#", 4, "Unexpected character '#'")]
    [InlineData("Brumaire 1404", 0, "Unknown word 'Brumaire'")]
    [InlineData("آبان", 4, "Expected a four-digit year")]
    [InlineData("نیمه سوم 1404", 5, "Expected which half: نیمه اول, نیمه دوم")]
    [InlineData("1404@13", 5, "A fiscal year starts in a month numbered 1 to 12")]
    [InlineData("1404@07-08", 4, "A fiscal start (@MM) applies to years, halves and seasons")]
    [InlineData("9377@07", 0, "The fiscal year 9377 starting in Mehr reaches outside the supported years")]
    [InlineData("سال 1404 (از", 12, "Expected the name of the fiscal year's first month")]
    [InlineData("از 1404/08/25", 13, "Expected 'تا' or '..'")]
    [InlineData("25 Brumaire 1404", 3, "Expected a month name after the day")]
    [InlineData("۱۴۰۴-Q۵", 6, "A season is numbered Q1 to Q4")]
    [InlineData("  1404-Q5", 8, "A season is numbered Q1 to Q4")]
    public void Bad_input_gives_the_position_and_the_reason(string text, int position, string reason)
    {
        ParseResult<ReportingPeriod> result = PeriodText.Parse(text);
        Assert.False(result.IsSuccess);
        ParseError error = Assert.NotNull(result.Error);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(position, error.Position);
        Assert.False(ReportingPeriod.TryParse(text, out _));
    }

    [Fact]
    public void A_range_of_months_is_rejected_with_a_hint_to_use_dates()
    {
        ParseError error = Assert.NotNull(PeriodText.Parse("1404-08..1404-09").Error);
        Assert.Equal(7, error.Position);
        Assert.Contains("A range is written between two dates", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_gives_a_period_or_an_error_never_an_exception()
    {
        Gen<string> text = Gen.String[Gen.Char[" 0123456789۰۱۴٤/-.@()QHqhxآبانپاییزسالمیفصلولدتاز"], 0, 24];
        text.Sample(t =>
        {
            ParseResult<ReportingPeriod> result = PeriodText.Parse(t);
            if (result.Error is { } error)
            {
                Assert.InRange(error.Position, 0, t.Length);
            }
            else
            {
                Assert.Equal(result.Value, ReportingPeriod.Parse(result.Value.ToString()));
            }
        }, iter: 5000);
    }

    [Fact]
    public void TryParse_takes_a_fiscal_start()
    {
        Assert.True(ReportingPeriod.TryParse("1404-Q1", 7, out ReportingPeriod p));
        Assert.Equal(ReportingPeriod.Season(1404, 1, 7), p);
        Assert.False(ReportingPeriod.TryParse("1404-Q9", 7, out _));
    }

    [Fact]
    public void Null_is_an_empty_text()
    {
        Assert.Equal(0, PeriodText.Parse(null).Error?.Position);
    }

    [Fact]
    public void The_throwing_parse_raises_a_FormatException_with_the_reason_and_the_column()
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("1404-Q5"));
        Assert.Equal("A season is numbered Q1 to Q4 (بهار، تابستان، پاییز، زمستان); found Q5. (column 7)", e.Message);
        Assert.Throws<FormatException>(() => PeriodText.Parse("1404-13").Value);
        Assert.Equal("fiscalStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodText.Parse("1404", 0)).ParamName);
    }

    [Fact]
    public void Every_period_survives_a_round_trip_through_its_canonical_and_display_text()
    {
        PeriodGen.Any.Sample(p =>
        {
            Assert.Equal(p, ReportingPeriod.Parse(p.ToString()));
            Assert.Equal(p, ReportingPeriod.Parse(p.ToDisplayString()));
            Assert.Equal(p, ReportingPeriod.Parse(PersianText.ToPersianDigits(p.ToString())));
        });
    }

    [Fact]
    public void A_fiscal_year_not_starting_in_Farvardin_states_its_start_so_another_default_does_not_change_it()
    {
        Gen.Select(PeriodGen.Any, Gen.Int[1, 12]).Sample((p, defaultStart) =>
        {
            Assert.Equal(p, ReportingPeriod.Parse(p.ToString(), p.FiscalStartMonth));
            if (p.FiscalStartMonth != 1)
            {
                Assert.Equal(p, ReportingPeriod.Parse(p.ToString(), defaultStart));
            }
        });
    }

    [Fact]
    public void A_plain_year_takes_the_readers_fiscal_start_and_1404_at_01_pins_Farvardin()
    {
        Assert.Equal(ReportingPeriod.FiscalYear(1404, 7), ReportingPeriod.Parse("1404", 7));
        Assert.Equal(ReportingPeriod.Year(1404), ReportingPeriod.Parse("1404@01", 7));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("07")]
    [InlineData("۷")]
    [InlineData(" مهر ")]
    [InlineData("Mehr")]
    [InlineData("MEHR")]
    public void A_month_of_the_year_parses_from_a_number_or_a_name(string text)
    {
        Assert.Equal(SolarHijriMonth.Mehr, PeriodText.ParseMonthOfYear(text).Value);
    }

    [Theory]
    [InlineData("13", 0, "Month 13 does not exist")]
    [InlineData("0", 0, "Month 0 does not exist")]
    [InlineData("Brumaire", 0, "'Brumaire' is not a month")]
    [InlineData("", 0, "The text is empty")]
    [InlineData("7 8", 2, "Unexpected '8' after the month")]
    [InlineData("7!", 1, "Unexpected character '!'")]
    public void A_bad_month_of_the_year_gives_the_position_and_the_reason(string text, int position, string reason)
    {
        ParseError error = Assert.NotNull(PeriodText.ParseMonthOfYear(text).Error);
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parse_error_is_a_value_showing_a_one_based_column()
    {
        var error = new ParseError(6, "A season is numbered Q1 to Q4.");
        Assert.Equal("A season is numbered Q1 to Q4. (column 7)", error.ToString());
        Assert.Equal(error, new ParseError(6, "A season is numbered Q1 to Q4."));
        Assert.True(error != new ParseError(5, "A season is numbered Q1 to Q4."));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseError(-1, "x"));
        Assert.Throws<ArgumentException>(() => new ParseError(0, ""));
        Assert.False(string.IsNullOrEmpty(default(ParseError).Message));
    }

    [Fact]
    public void A_parse_result_holds_either_a_value_or_an_error()
    {
        ParseResult<int> ok = ParseResult.Success(42);
        Assert.True(ok.IsSuccess);
        Assert.Equal(42, ok.Value);
        Assert.True(ok.TryGetValue(out int value) && value == 42);
        Assert.Equal("OK: 42", ok.ToString());

        ParseResult<int> failed = ParseResult.Failure<int>(3, "Bad.");
        Assert.False(failed.IsSuccess);
        Assert.False(failed.TryGetValue(out _));
        Assert.Equal(new ParseError(3, "Bad."), failed.Error);
        Assert.Equal("Bad. (column 4)", Assert.Throws<FormatException>(() => failed.Value).Message);
    }
}
