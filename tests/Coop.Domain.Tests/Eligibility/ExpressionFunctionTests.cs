using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionFunctionTests
{
    [Fact]
    public void Adding_a_month_to_31_Shahrivar_gives_30_Mehr()
    {
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 7, 30)), Value("@1404/06/31 + 1 month").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 12, 29)), Value("@1403/12/30 + 1 year").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 6, 31)), Value("@1404/07/30 - 30 days").Value);
    }

    [Fact]
    public void A_mixed_duration_adds_months_first_then_days()
    {
        // Months first: 1404/06/31 + 1 month = 1404/07/30, then + 1 day = 1404/08/01.
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 8, 1)), Value("@1404/06/31 + (1 month + 1 day)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 10, 15)), Value("application.submittedOn + $gracePeriod + 14 days").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 2, 1)), Value("4 months + @1403/10/01").Value);
    }

    [Fact]
    public void Date_differences_count_days_whole_months_and_whole_years()
    {
        Assert.Equal(FactValue.Integer(14), Value("daysBetween(application.submittedOn, asOf)").Value);
        Assert.Equal(FactValue.Integer(-14), Value("daysBetween(asOf, application.submittedOn)").Value);
        Assert.Equal(FactValue.Integer(1), Value("monthsBetween(@1404/06/31, @1404/07/30)").Value);
        Assert.Equal(FactValue.Integer(0), Value("monthsBetween(@1404/06/15, @1404/07/14)").Value);
        Assert.Equal(FactValue.Integer(-1), Value("monthsBetween(@1404/07/15, @1404/06/15)").Value);
        Assert.Equal(FactValue.Integer(6), Value("yearsBetween(cooperative.registeredOn, asOf)").Value);
    }

    [Fact]
    public void Month_and_fiscal_year_helpers_find_period_boundaries()
    {
        Assert.Equal(FactValue.Date(new SolarHijriDate(1403, 12, 30)), Value("endOfMonth(@1403/12/01)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 12, 29)), Value("endOfMonth(@1404/12/10)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 6, 1)), Value("startOfMonth(asOf)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 12, 29)), Value("endOfFiscalYear(asOf)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 1, 1)), Value("startOfFiscalYear(asOf)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 3, 31)), Value("endOfFiscalYear(@1404/02/10, 4)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1403, 4, 1)), Value("startOfFiscalYear(@1404/02/10, 4)").Value);
        Assert.Equal(FactValue.Integer(1403), Value("fiscalYear(@1404/02/10, 4)").Value);
        Assert.Equal(FactValue.Integer(1404), Value("fiscalYear(@1404/05/01, 4)").Value);
    }

    [Fact]
    public void An_assembly_is_due_within_four_months_of_the_fiscal_year_end()
    {
        Assert.True(Condition("cooperative.lastAssembly.heldOn <= endOfFiscalYear(@1402/06/01) + 4 months").IsFalse);
        Assert.True(Condition("cooperative.lastAssembly.heldOn <= endOfFiscalYear(@1403/06/01) + $gracePeriod").IsTrue);
    }

    [Fact]
    public void Count_counts_all_elements_or_those_matching_the_filter()
    {
        Assert.Equal(FactValue.Integer(3), Value("count(cooperative.members)").Value);
        Assert.Equal(FactValue.Integer(2), Value("count(m in cooperative.members where m.employed)").Value);
        Assert.Equal(FactValue.Integer(2), Value("count(m in cooperative.members where m.age < 18 or m.name = 'Ali')").Value);
        Assert.True(Condition("count(m in cooperative.members where m.employed) * 3 >= count(cooperative.members) * 2").IsTrue);
    }

    [Fact]
    public void Sum_min_and_max_aggregate_values_with_an_optional_filter()
    {
        Assert.Equal(FactValue.Money(400_000_000m), Value("sum(m in cooperative.members: m.shares)").Value);
        Assert.Equal(FactValue.Money(350_000_000m), Value("sum(m in cooperative.members where m.employed: m.shares)").Value);
        Assert.Equal(FactValue.Integer(92), Value("sum(m in cooperative.members: m.age)").Value);
        Assert.Equal(FactValue.Integer(17), Value("min(m in cooperative.members: m.age)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1402, 11, 30)), Value("max(m in cooperative.members: m.joinedOn)").Value);
        Assert.Equal(FactValue.Money(50_000_000m), Value("min(m in cooperative.members: m.shares)").Value);
    }

    [Fact]
    public void Sum_of_no_elements_is_zero_but_min_of_no_elements_is_missing()
    {
        Assert.Equal(FactValue.Integer(0), Value("sum(m in cooperative.members where m.age > 100: m.age)").Value);
        ExpressionResult min = Value("min(m in cooperative.members where m.age > 100: m.age)");
        Assert.False(min.HasValue);
        Assert.Equal("cooperative.members (no elements match)", min.MissingFact);
    }

    [Fact]
    public void Any_and_all_test_a_condition_over_the_elements()
    {
        Assert.True(Condition("any(m in cooperative.members: m.age < 18)").IsTrue);
        Assert.True(Condition("all(m in cooperative.members: m.age >= 18)").IsFalse);
        Assert.True(Condition("all(m in cooperative.members where m.employed: m.age >= 18)").IsTrue);
        Assert.True(Condition("any(m in cooperative.members where m.employed: m.name = 'Reza')").IsFalse);
    }

    [Fact]
    public void Collection_functions_nest_with_distinct_element_names()
    {
        Assert.True(Condition("all(m in cooperative.members: count(o in cooperative.members where o.age > m.age) < 3)").IsTrue);
    }

    [Fact]
    public void Scalar_min_max_and_abs_work_on_numbers_money_and_dates()
    {
        Assert.Equal(FactValue.Integer(3), Value("min(7, 3, 5)").Value);
        Assert.Equal(FactValue.Decimal(7.5m), Value("max(7, 7.5)").Value);
        Assert.Equal(FactValue.Money(1_200_000_000m), Value("min(application.amount, $maximumAmount)").Value);
        Assert.Equal(FactValue.Date(new SolarHijriDate(1404, 6, 15)), Value("max(asOf, application.submittedOn)").Value);
        Assert.Equal(FactValue.Integer(4), Value("abs(3 - 7)").Value);
    }

    [Fact]
    public void Known_tells_whether_a_fact_is_present()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.LastAssembly = null;
        Assert.True(Condition("known(cooperative.lastAssembly.heldOn)", facts).IsFalse);
        Assert.True(Condition("not known(cooperative.lastAssembly) or cooperative.lastAssembly.heldOn > @1400/01/01", facts).IsTrue);
        Assert.True(Condition("known(cooperative.members)").IsTrue);
    }
}
