using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionLiteralTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("500_000_000", 500_000_000L)]
    [InlineData("۱۲", 12L)]
    [InlineData("-7", -7L)]
    [InlineData("2 + 3 * 4", 14L)]
    [InlineData("(2 + 3) * 4", 20L)]
    [InlineData("10 - 4 - 3", 3L)]
    public void Integer_literals_and_arithmetic_follow_the_usual_precedence(string text, long expected) =>
        Assert.Equal(FactValue.Integer(expected), Value(text).Value);

    [Fact]
    public void Decimal_literals_are_exact()
    {
        Assert.Equal(FactValue.Decimal(0.3m), Value("0.1 + 0.2").Value);
        Assert.Equal(FactType.Decimal, Compiler.Compile("1.5").Type);
    }

    [Fact]
    public void Dividing_two_integers_is_exact_decimal_division()
    {
        Assert.Equal(FactValue.Decimal(3.5m), Value("7 / 2").Value);
    }

    [Theory]
    [InlineData("'consumer'", "consumer")]
    [InlineData("\"consumer\"", "consumer")]
    [InlineData("'Ali''s'", "Ali's")]
    [InlineData("'تعاونی مصرف'", "تعاونی مصرف")]
    public void Strings_take_single_or_double_quotes_and_a_doubled_quote_escapes(string text, string expected) =>
        Assert.Equal(FactValue.String(expected), Value(text).Value);

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("not true", false)]
    [InlineData("true and false or true", true)]
    [InlineData("true and (false or false)", false)]
    [InlineData("NOT false AND true", true)]
    public void Booleans_and_logic_follow_not_over_and_over_or(string text, bool expected) =>
        Assert.Equal(expected, Condition(text).IsTrue);

    [Fact]
    public void Date_literals_are_solar_hijri_days()
    {
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 1, 1)), Value("@1404/01/01").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1403, 12, 30)), Value("@1403-12-30").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 8, 25)), Value("@۱۴۰۴/۰۸/۲۵").Value);
    }

    [Theory]
    [InlineData("4 months", 4, 0)]
    [InlineData("1 month", 1, 0)]
    [InlineData("30 days", 0, 30)]
    [InlineData("1 year", 12, 0)]
    [InlineData("2 years", 24, 0)]
    [InlineData("1 month + 2 days", 1, 2)]
    [InlineData("3 ماه", 3, 0)]
    public void Durations_keep_months_and_days_apart(string text, int months, int days) =>
        Assert.Equal(FactValue.Duration(new CalendarDuration(months, days)), Value(text).Value);

    [Theory]
    [InlineData("500_000_000 rial", "500000000")]
    [InlineData("50 million toman", "500000000")]
    [InlineData("1.5 billion rial", "1500000000")]
    [InlineData("20 thousand tomans", "200000")]
    [InlineData("100 ریال", "100")]
    [InlineData("0.1 rial + 0.2 rial", "0.3")]
    public void Money_literals_are_exact_amounts_in_rials(string text, string rials) =>
        Assert.Equal(FactValue.Money(decimal.Parse(rials, System.Globalization.CultureInfo.InvariantCulture)), Value(text).Value);

    [Fact]
    public void Money_arithmetic_stays_exact_where_double_would_drift()
    {
        // In double, 0.1 + 0.2 != 0.3; money must never be double.
        Assert.True(Condition("0.1 rial + 0.2 rial = 0.3 rial").IsTrue);
        Assert.Equal(FactValue.Money(600_000_000m), Value("application.amount * 0.5").Value);
        Assert.Equal(FactValue.Money(600_000_000m), Value("application.amount / 2").Value);
        Assert.Equal(FactValue.Decimal(0.48m), Value("application.amount / cooperative.capital").Value);
        Assert.True(Condition("cooperative.capital - application.amount = 1.3 billion rial").IsTrue);
        Assert.True(Condition("50 million toman = 500_000_000 rial").IsTrue);
    }

    [Fact]
    public void Comparisons_cover_every_operator()
    {
        Assert.True(Condition("cooperative.memberCount = 12").IsTrue);
        Assert.True(Condition("cooperative.memberCount == 12").IsTrue);
        Assert.True(Condition("cooperative.memberCount != 11").IsTrue);
        Assert.True(Condition("cooperative.memberCount <> 11").IsTrue);
        Assert.True(Condition("cooperative.memberCount < 13").IsTrue);
        Assert.True(Condition("cooperative.memberCount <= 12").IsTrue);
        Assert.True(Condition("cooperative.memberCount > 11").IsTrue);
        Assert.True(Condition("cooperative.memberCount >= 12").IsTrue);
        Assert.True(Condition("cooperative.debtRatio <= 3").IsTrue);
        Assert.True(Condition("2 < cooperative.debtRatio").IsFalse);
        Assert.True(Condition("cooperative.registeredOn < @1400/01/01").IsTrue);
        Assert.True(Condition("cooperative.kind = 'consumer'").IsTrue);
        Assert.True(Condition("cooperative.active = true").IsTrue);
        Assert.True(Condition("application.term = 3 years").IsTrue);
    }

    [Fact]
    public void String_equality_is_ordinal_under_any_culture()
    {
        Assert.True(Condition("cooperative.kind != 'Consumer'").IsTrue);
    }

    [Fact]
    public void In_tests_membership_of_a_list()
    {
        Assert.True(Condition("cooperative.kind in ['housing', 'consumer']").IsTrue);
        Assert.True(Condition("cooperative.kind not in ['housing', 'producer']").IsTrue);
        Assert.True(Condition("cooperative.memberCount in [7, 12.0]").IsTrue);
        Assert.True(Condition("cooperative.memberCount in [cooperative.memberCount + 1, 3]").IsFalse);
        Assert.True(Condition("application.submittedOn in [@1404/06/01]").IsTrue);
    }

    [Fact]
    public void Between_includes_both_bounds()
    {
        Assert.True(Condition("cooperative.memberCount between 12 and 20").IsTrue);
        Assert.True(Condition("cooperative.memberCount between 7 and 12").IsTrue);
        Assert.True(Condition("cooperative.memberCount between 13 and 20").IsFalse);
        Assert.True(Condition("cooperative.memberCount not between 13 and 20").IsTrue);
        Assert.True(Condition("cooperative.debtRatio between 1 and 1.5 and true").IsTrue);
        Assert.True(Condition("application.amount between 1 billion rial and $maximumAmount").IsTrue);
        Assert.True(Condition("asOf between @1404/01/01 and @1404/12/29").IsTrue);
    }

    [Fact]
    public void Parameters_are_looked_up_by_name_and_key_at_the_as_of_date()
    {
        Assert.True(Condition("cooperative.memberCount >= $minimumMembers[cooperative.kind]").IsTrue);
        Assert.True(Condition("cooperative.memberCount >= $minimumMembers['housing']").IsFalse);
        Assert.True(Condition("cooperative.memberCount >= param('minimumMembers', 'consumer')").IsTrue);
        Assert.True(Condition("application.amount <= param('maximumAmount')").IsTrue);
        Assert.True(Condition("asOf <= application.submittedOn + $gracePeriod").IsTrue);
    }

    [Fact]
    public void Keywords_are_case_insensitive_but_field_names_are_not()
    {
        Assert.True(Condition("cooperative.memberCount BETWEEN 1 AND 20 And NOT false").IsTrue);
        Assert.Equal(ExpressionErrorKind.UnknownField, Error("cooperative.membercount").Kind);
    }
}
