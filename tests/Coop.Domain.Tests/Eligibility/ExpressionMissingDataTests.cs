using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionMissingDataTests
{
    [Fact]
    public void A_missing_nested_fact_makes_the_condition_missing_and_names_its_path()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.LastAssembly!.HeldOn = null;
        ConditionResult result = Condition("cooperative.lastAssembly.heldOn >= @1404/01/01", facts);
        Assert.Equal(ConditionState.Missing, result.State);
        Assert.Equal("cooperative.lastAssembly.heldOn", result.MissingFact);
        Assert.False(result.IsTrue);
        Assert.False(result.IsFalse);
    }

    [Fact]
    public void A_missing_record_is_named_rather_than_its_field()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.LastAssembly = null;
        Assert.Equal("cooperative.lastAssembly", Condition("cooperative.lastAssembly.heldOn >= @1404/01/01", facts).MissingFact);
        facts.Cooperative = null;
        Assert.Equal("cooperative", Condition("cooperative.memberCount > 0", facts).MissingFact);
    }

    [Fact]
    public void A_missing_fact_inside_a_collection_names_the_element_index()
    {
        TestFacts facts = Sample();
        ((TestMember)facts.Cooperative!.Members![1]!).Age = null;
        ConditionResult result = Condition("all(m in cooperative.members: m.age >= 18)", facts);
        // Reza (index 2) is 17, which decides 'all' as false even though Zahra's age is unknown.
        Assert.Equal(ConditionState.False, result.State);
        result = Condition("all(m in cooperative.members where m.employed: m.age >= 18)", facts);
        Assert.Equal(ConditionState.Missing, result.State);
        Assert.Equal("cooperative.members[1].age", result.MissingFact);
        Assert.Equal("cooperative.members[1].age", Value("sum(m in cooperative.members: m.age)", facts).MissingFact);
    }

    [Fact]
    public void A_null_element_of_a_collection_is_missing()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.Members = [facts.Cooperative.Members![0], null!];
        Assert.Equal("cooperative.members[1]", Value("count(m in cooperative.members where m.employed)", facts).MissingFact);
        Assert.Equal(FactValue.Integer(2), Value("count(cooperative.members)", facts).Value);
    }

    [Fact]
    public void A_missing_collection_is_missing_not_empty()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.Members = null;
        Assert.Equal("cooperative.members", Value("count(cooperative.members)", facts).MissingFact);
        facts.Cooperative.Members = [];
        Assert.Equal(FactValue.Integer(0), Value("count(cooperative.members)", facts).Value);
        Assert.True(Condition("all(m in cooperative.members: m.employed)", facts).IsTrue);
        Assert.True(Condition("any(m in cooperative.members: m.employed)", facts).IsFalse);
    }

    [Fact]
    public void And_or_not_follow_three_valued_logic()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.MemberCount = null;
        Assert.Equal(ConditionState.False, Condition("cooperative.memberCount > 7 and false", facts).State);
        Assert.Equal(ConditionState.False, Condition("false and cooperative.memberCount > 7", facts).State);
        Assert.Equal(ConditionState.True, Condition("cooperative.memberCount > 7 or true", facts).State);
        Assert.Equal(ConditionState.Missing, Condition("cooperative.memberCount > 7 and true", facts).State);
        Assert.Equal(ConditionState.Missing, Condition("cooperative.memberCount > 7 or false", facts).State);
        Assert.Equal(ConditionState.Missing, Condition("not (cooperative.memberCount > 7)", facts).State);
        Assert.Equal("cooperative.memberCount", Condition("true and cooperative.memberCount > 7", facts).MissingFact);
    }

    [Fact]
    public void Any_is_true_when_one_known_element_satisfies_it_even_if_others_are_unknown()
    {
        TestFacts facts = Sample();
        ((TestMember)facts.Cooperative!.Members![0]!).Age = null;
        Assert.True(Condition("any(m in cooperative.members: m.age < 18)", facts).IsTrue);
        Assert.Equal(ConditionState.Missing, Condition("any(m in cooperative.members: m.age > 50)", facts).State);
    }

    [Fact]
    public void A_parameter_without_a_value_at_the_as_of_date_is_missing_with_its_key()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.Kind = "agricultural";
        ConditionResult result = Condition("cooperative.memberCount >= $minimumMembers[cooperative.kind]", facts);
        Assert.Equal(ConditionState.Missing, result.State);
        Assert.Equal("$minimumMembers[agricultural]", result.MissingFact);

        CompiledCondition<TestFacts> c = Compiler.CompileCondition("application.amount <= $maximumAmount");
        Assert.Equal("$maximumAmount", c.Evaluate(Sample(), new Coop.Domain.Calendar.SolarHijriDate(1402, 1, 1), Params()).MissingFact);
        Assert.Equal("$maximumAmount", c.Evaluate(Sample(), AsOf).MissingFact);
    }

    [Fact]
    public void A_parameter_value_of_the_wrong_kind_is_an_error_not_a_guess()
    {
        var parameters = new TestParameters().Add("maximumAmount", null, FactValue.Decimal(5m), AsOf);
        ConditionResult result = Compiler.CompileCondition("application.amount <= $maximumAmount").Evaluate(Sample(), AsOf, parameters);
        Assert.Equal(ConditionState.Error, result.State);
        Assert.Contains("declared Money", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_by_zero_is_an_error_naming_the_sub_expression_and_column()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.Capital = 0m;
        ConditionResult result = Condition("true and application.amount / cooperative.capital <= 0.5", facts);
        Assert.Equal(ConditionState.Error, result.State);
        Assert.Equal("division by zero in `application.amount / cooperative.capital` (column 10)", result.Error);
    }

    [Fact]
    public void Integer_overflow_is_an_error_not_a_wrapped_value()
    {
        ExpressionResult result = Value("9223372036854775807 + 1");
        Assert.False(result.HasValue);
        Assert.StartsWith("arithmetic overflow", result.Error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void A_date_pushed_out_of_the_calendar_is_an_error()
    {
        Assert.StartsWith("date outside the supported range", Value("@9377/12/01 + 2 months").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void In_between_and_comparisons_are_missing_when_their_operand_is()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.Kind = null;
        facts.Cooperative.MemberCount = null;
        Assert.Equal("cooperative.kind", Condition("cooperative.kind not in ['housing']", facts).MissingFact);
        Assert.Equal("cooperative.memberCount", Condition("cooperative.memberCount not between 1 and 5", facts).MissingFact);
        Assert.Equal("cooperative.memberCount", Condition("cooperative.memberCount + 1 != 3", facts).MissingFact);
    }

    [Fact]
    public void Known_does_not_hide_an_evaluation_error()
    {
        ConditionResult result = Condition("known(1 / 0)");
        Assert.Equal(ConditionState.Error, result.State);
        Assert.StartsWith("division by zero in `1 / 0`", result.Error, StringComparison.Ordinal);
    }
}
