using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Model;
using Coop.Domain.Text;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Text;

// Every coded parse error of periods, dates and amounts is said in Persian from its code and arguments (issue 19):
// Persian digits, what was typed quoted, Latin only inside a left-to-right isolate.
public sealed class ParseErrorPersianTests
{
    // "none" for a code without arguments; an empty argument is written as nothing between the bars.
    private static string[] Expected(string arguments) => arguments == "none" ? [] : arguments.Split('|');

    public static TheoryData<ParseErrorCode> Codes() => [.. Enum.GetValues<ParseErrorCode>().Where(c => c != ParseErrorCode.Unspecified)];

    // Arguments as each code documents them; the variants (empty, the other letter or form) are below.
    private static string[] SampleArguments(ParseErrorCode code) => code switch
    {
        ParseErrorCode.Syntax => ["x"],
        ParseErrorCode.YearOutOfRange => ["9999", "1", "9377"],
        ParseErrorCode.MonthOutOfRange => ["13"],
        ParseErrorCode.DayNotInMonth => ["1404", "7", "31", "30"],
        ParseErrorCode.GregorianYear => ["2025", "1404"],
        ParseErrorCode.UnexpectedCharacter => ["!", "0021"],
        ParseErrorCode.ExpectedPeriod => ["Qx"],
        ParseErrorCode.TrailingText => ["x", "1404-Q3"],
        ParseErrorCode.RangeOfPeriods => ["..", "1404-Q1"],
        ParseErrorCode.ExpectedPeriodPart => ["X"],
        ParseErrorCode.ExpectedOrdinal => ["نیمه", "2"],
        ParseErrorCode.UnknownWord => ["foo"],
        ParseErrorCode.ExpectedFiscalStart => ["@"],
        ParseErrorCode.PartNumber => ["Q", "9"],
        ParseErrorCode.PeriodOutOfRange => ["Season", "9377", "4", "7", "1", "9377"],
        ParseErrorCode.ExpectedYear => ["14045"],
        ParseErrorCode.ExpectedMonth => ["Mehrr"],
        ParseErrorCode.ExpectedDatePart => ["month"],
        ParseErrorCode.RangeReversed => ["1404/08/01", "1404/09/01"],
        ParseErrorCode.AmountWithoutNumber => ["rial"],
        ParseErrorCode.NotANumber => ["lots"],
        ParseErrorCode.AmountTooLarge => ["9223372036854775807"],
        ParseErrorCode.UnknownCurrencyUnit => ["dollars"],
        ParseErrorCode.TextAfterCurrencyUnit => ["extra 5"],
        ParseErrorCode.NegativeAmount => ["-5000"],
        ParseErrorCode.GregorianMonthName => ["2025", "1700"],
        ParseErrorCode.GregorianDayNotInMonth => ["2025", "2", "30", "28"],
        ParseErrorCode.GregorianOutOfRange => ["0500-01-01", "0622-03-22", "9999-03-17"],
        _ => ["12", "1404/01/01", "7", "3", "5"],
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_said_in_Persian_with_Latin_only_inside_isolates(ParseErrorCode code)
    {
        var error = new ParseError(0, "english", code, SampleArguments(code));

        AssertPersianOutsideIsolates(error.MessageFa);
        Assert.DoesNotContain("english", error.MessageFa, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParseErrorCode.ExpectedPeriod, "")]
    [InlineData(ParseErrorCode.TrailingText, "x|")]
    [InlineData(ParseErrorCode.ExpectedPeriodPart, "")]
    [InlineData(ParseErrorCode.ExpectedOrdinal, "فصل|4")]
    [InlineData(ParseErrorCode.ExpectedFiscalStart, "(")]
    [InlineData(ParseErrorCode.PartNumber, "H|")]
    [InlineData(ParseErrorCode.PartNumber, "H|7")]
    [InlineData(ParseErrorCode.PartNumber, "Q|")]
    [InlineData(ParseErrorCode.PeriodOutOfRange, "Year|9378|1|1|1|9377")]
    [InlineData(ParseErrorCode.PeriodOutOfRange, "HalfYear|9377|2|7|1|9377")]
    [InlineData(ParseErrorCode.ExpectedYear, "")]
    [InlineData(ParseErrorCode.ExpectedMonth, "")]
    [InlineData(ParseErrorCode.ExpectedDatePart, "day")]
    [InlineData(ParseErrorCode.ExpectedDatePart, "month-name")]
    [InlineData(ParseErrorCode.NotANumber, "")]
    [InlineData(ParseErrorCode.DayNotInMonth, "1404|7|00|30")]
    [InlineData(ParseErrorCode.GregorianMonthName, "2025|")]
    [InlineData(ParseErrorCode.GregorianDayNotInMonth, "2025|2|0|28")]
    public void The_variants_of_a_code_are_said_in_Persian_too(ParseErrorCode code, string arguments)
    {
        var error = new ParseError(0, "english", code, arguments.Split('|'));

        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Theory]
    [InlineData("", 1, ParseErrorCode.ExpectedPeriod, "")]
    [InlineData("1404!", 1, ParseErrorCode.UnexpectedCharacter, "!|0021")]
    [InlineData("(1404", 1, ParseErrorCode.ExpectedPeriod, "(")]
    [InlineData("1404-Q3 x", 1, ParseErrorCode.TrailingText, "x|1404-Q3")]
    [InlineData("1404-Q1..1404-Q2", 1, ParseErrorCode.RangeOfPeriods, "..|1404-Q1")]
    [InlineData("1404@07-08", 1, ParseErrorCode.FiscalStartOnMonth, "none")]
    [InlineData("1404-", 1, ParseErrorCode.ExpectedPeriodPart, "")]
    [InlineData("1404-X", 1, ParseErrorCode.ExpectedPeriodPart, "X")]
    [InlineData("نیمه سوم 1404", 1, ParseErrorCode.ExpectedOrdinal, "نیمه|2")]
    [InlineData("فصل 1404", 1, ParseErrorCode.ExpectedOrdinal, "فصل|4")]
    [InlineData("foo 1404", 1, ParseErrorCode.UnknownWord, "foo")]
    [InlineData("فصل اول 1404 (مهر)", 1, ParseErrorCode.ExpectedFiscalStart, "(")]
    [InlineData("فصل اول 1404 (از x)", 1, ParseErrorCode.ExpectedFiscalStart, "(")]
    [InlineData("1404@", 1, ParseErrorCode.ExpectedFiscalStart, "@")]
    [InlineData("فصل اول 1404 (از مهر", 1, ParseErrorCode.ExpectedClosingParenthesis, "none")]
    [InlineData("1404-Q", 1, ParseErrorCode.PartNumber, "Q|")]
    [InlineData("1404-Q9", 1, ParseErrorCode.PartNumber, "Q|9")]
    [InlineData("1404-H3", 1, ParseErrorCode.PartNumber, "H|3")]
    [InlineData("9377-Q4", 7, ParseErrorCode.PeriodOutOfRange, "Season|9377|4|7|1|9377")]
    [InlineData("سال", 1, ParseErrorCode.ExpectedYear, "")]
    [InlineData("140", 1, ParseErrorCode.ExpectedYear, "140")]
    [InlineData("9999", 1, ParseErrorCode.YearOutOfRange, "9999|1|9377")]
    [InlineData("1404-13", 1, ParseErrorCode.MonthOutOfRange, "13")]
    [InlineData("1404@13", 1, ParseErrorCode.MonthOutOfRange, "13")]
    [InlineData("از 1404/", 1, ParseErrorCode.ExpectedMonth, "")]
    [InlineData("25 x 1404", 1, ParseErrorCode.ExpectedDatePart, "month-name")]
    [InlineData("از 1404", 1, ParseErrorCode.ExpectedDatePart, "month")]
    [InlineData("از 1404/08", 1, ParseErrorCode.ExpectedDatePart, "day")]
    [InlineData("1404/08/", 1, ParseErrorCode.ExpectedDatePart, "day")]
    [InlineData("1404/07/00", 1, ParseErrorCode.DayNotInMonth, "1404|7|00|30")]
    [InlineData("1404/07/31", 1, ParseErrorCode.DayNotInMonth, "1404|7|31|30")]
    [InlineData("از 1404/08/25", 1, ParseErrorCode.ExpectedRangeEnd, "none")]
    [InlineData("1404/09/01..1404/08/01", 1, ParseErrorCode.RangeReversed, "1404/08/01|1404/09/01")]
    public void Each_period_error_carries_its_code_and_arguments(string text, int fiscalStart, ParseErrorCode code, string arguments)
    {
        ParseError error = PeriodText.Parse(text, fiscalStart).Error!.Value;

        Assert.Equal(code, error.Code);
        Assert.Equal(Expected(arguments), error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Theory]
    [InlineData("", ParseErrorCode.ExpectedMonth, "")]
    [InlineData("13", ParseErrorCode.MonthOutOfRange, "13")]
    [InlineData("Mehrr", ParseErrorCode.ExpectedMonth, "Mehrr")]
    [InlineData("/", ParseErrorCode.ExpectedMonth, "/")]
    [InlineData("مهر 7", ParseErrorCode.TrailingText, "7|")]
    public void Each_month_of_year_error_carries_its_code_and_arguments(string text, ParseErrorCode code, string arguments)
    {
        ParseError error = PeriodText.ParseMonthOfYear(text).Error!.Value;

        Assert.Equal(code, error.Code);
        Assert.Equal(Expected(arguments), error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void A_fiscal_start_of_13_is_a_month_that_does_not_exist_in_Persian_digits()
    {
        ParseError error = PeriodText.ParseMonthOfYear("13").Error!.Value;

        Assert.Equal("ماه ۱۳ وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ شماره می‌خورند", error.MessageFa);
    }

    [Fact]
    public void A_season_out_of_range_quotes_what_was_typed_isolated()
    {
        ParseError error = PeriodText.Parse("1404-Q9").Error!.Value;

        Assert.Equal("فصل‌ها از \u2066Q1\u2069 تا \u2066Q4\u2069 شماره می‌خورند (بهار، تابستان، پاییز، زمستان)، نه «\u2066Q9\u2069»", error.MessageFa);
    }

    [Fact]
    public void A_fiscal_season_beyond_the_calendar_names_its_fiscal_year_in_Persian()
    {
        ParseError error = PeriodText.Parse("9377-Q4", 7).Error!.Value;

        Assert.Equal("فصل چهارم سال مالی ۹۳۷۷ (از مهر) از سال‌های پشتیبانی‌شدهٔ ۱ تا ۹۳۷۷ بیرون می‌رود", error.MessageFa);
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, "none")]
    [InlineData("rial", ParseErrorCode.AmountWithoutNumber, "rial")]
    [InlineData("lots of rial", ParseErrorCode.NotANumber, "lots")]
    [InlineData("99999999999999999999 rial", ParseErrorCode.AmountTooLarge, "9223372036854775807")]
    [InlineData("500 billion", ParseErrorCode.MissingCurrencyUnit, "none")]
    [InlineData("500 dollars", ParseErrorCode.UnknownCurrencyUnit, "dollars")]
    [InlineData("500 rial extra", ParseErrorCode.TextAfterCurrencyUnit, "extra")]
    [InlineData("1.5 rial", ParseErrorCode.FractionOfRial, "none")]
    public void Each_money_error_carries_its_code_and_arguments(string text, ParseErrorCode code, string arguments)
    {
        ParseError error = Money.ParseDetailed(text).Error!.Value;

        Assert.Equal(code, error.Code);
        Assert.Equal(Expected(arguments), error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void A_negative_budget_is_coded_with_its_amount_and_said_with_a_minus_sign()
    {
        ParseError error = BudgetText.ParseDetailed("-5 toman").Error!.Value;

        Assert.Equal(ParseErrorCode.NegativeAmount, error.Code);
        Assert.Equal(["-50"], error.Arguments);
        Assert.Equal(0, error.Position);
        Assert.Equal("'-5 toman' is negative; a budget is zero or more", error.Message);
        Assert.Equal("مبلغ منفی است (\u2212۵۰ ریال)؛ باید صفر یا بیشتر باشد", error.MessageFa);
        Assert.False(BudgetText.TryParse("-5 toman", out _, out string? english));
        Assert.Equal(error.Message, english);
    }

    [Fact]
    public void Negative_numbers_in_Persian_messages_take_the_minus_sign()
    {
        Assert.Equal("\u2212۵", PersianMessages.N(-5));
        Assert.Equal("\u2212۱٬۵۰۰ ریال", PersianMessages.Rials("-1500"));
        Assert.Equal("۱۴۰۴-۰۸", PersianMessages.N("1404-08"));
        Assert.Equal("\u2212۲٫۵ میلیارد تومان", Money.FromRials(-25_000_000_000L).ToPersianString());
        Assert.Equal("\u2212۱۲٬۵۰۰", FactValue.Integer(-12_500).ToDisplayString(Language.Fa));
        Assert.Equal("-12,500", FactValue.Integer(-12_500).ToDisplayString(Language.En));
    }

    [Fact]
    public void A_fact_value_is_displayed_in_Persian_or_English()
    {
        Assert.Equal("۵۰۰٬۰۰۰٬۰۰۰ ریال", FactValue.Money(500_000_000m).ToDisplayString(Language.Fa));
        Assert.Equal("500,000,000 rials", FactValue.Money(500_000_000m).ToDisplayString(Language.En));
        Assert.Equal("بله", FactValue.Boolean(true).ToDisplayString(Language.Fa));
        Assert.Equal("۱۴۰۴/۰۱/۰۱", FactValue.Date(new SolarHijriDate(1404, 1, 1)).ToDisplayString(Language.Fa));
        Assert.Equal("۱۴۰۳", FactValue.Integer(1403).ToDisplayString(Language.Fa));
    }

    [Theory]
    [InlineData("25 آبان 2025", ParseErrorCode.GregorianMonthName, "2025|1700")]
    [InlineData("2025-13-01", ParseErrorCode.MonthOutOfRange, "13")]
    [InlineData("2025-02-00", ParseErrorCode.GregorianDayNotInMonth, "2025|2|0|28")]
    [InlineData("2025-02-30", ParseErrorCode.GregorianDayNotInMonth, "2025|2|30|28")]
    public void Each_Gregorian_date_error_carries_its_code_and_arguments(string text, ParseErrorCode code, string arguments)
    {
        ParseError error = CalendarConversion.Convert(text).Error!.Value;

        Assert.Equal(code, error.Code);
        Assert.Equal(Expected(arguments), error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void A_Gregorian_day_that_does_not_exist_is_said_with_the_Persian_name_of_the_month()
    {
        ParseError error = CalendarConversion.Convert("2025-02-30").Error!.Value;

        Assert.Equal("فوریه ۲۰۲۵ ۲۸ روز دارد؛ روز ۳۰ فوریه ۲۰۲۵ وجود ندارد", error.MessageFa);
    }

    [Fact]
    public void A_Gregorian_date_before_the_calendar_is_coded_with_its_range()
    {
        ParseError error = CalendarConversion.Convert("0500-01-01", DateInputCalendar.Gregorian).Error!.Value;

        Assert.Equal(ParseErrorCode.GregorianOutOfRange, error.Code);
        Assert.Equal(["0500-01-01", "0622-03-22", "9999-03-17"], error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }
}
