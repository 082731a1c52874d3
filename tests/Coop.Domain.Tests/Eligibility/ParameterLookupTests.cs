using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility;

public sealed class ParameterLookupTests
{
    [Fact]
    public void A_mutable_parameter_source_is_asked_on_every_evaluation()
    {
        CompiledCondition<TestFacts> condition = TestSchema.Compiler.CompileCondition("cooperative.memberCount >= $minimumMembers[cooperative.kind]");
        TestFacts facts = TestSchema.Sample();
        facts.Cooperative!.Kind = "consumer";
        facts.Cooperative.MemberCount = 10;
        TestParameters parameters = TestSchema.Params();
        Assert.True(condition.Evaluate(facts, TestSchema.AsOf, parameters).IsTrue);

        parameters.Add("minimumMembers", "consumer", FactValue.Integer(12), new SolarHijriDate(1400, 1, 1));
        Assert.True(condition.Evaluate(facts, TestSchema.AsOf, parameters).IsFalse);
    }

    [Fact]
    public void A_policy_parameter_source_gives_each_key_and_date_its_own_value_when_lookups_alternate()
    {
        CompiledPolicy<TestFacts> policy = Policies.PolicyTestData.Compiled();
        TestFacts facts = Policies.PolicyTestData.Passing();
        facts.Cooperative!.MemberCount = 12;
        SolarHijriDate in1403 = new(1403, 6, 1);
        SolarHijriDate in1404 = new(1404, 6, 1);
        for (int i = 0; i < 3; i++)
        {
            // housing needs 15 in 1403 and 20 in 1404; consumer 7 and 10.
            facts.Cooperative.Kind = "housing";
            Assert.Equal(RuleStatus.Failed, policy.Evaluate(facts, in1403)["members"].Status);
            Assert.Equal(FactValue.Integer(20), policy.Evaluate(facts, in1404)["members"].Required);
            facts.Cooperative.Kind = "consumer";
            Assert.Equal(RuleStatus.Passed, policy.Evaluate(facts, in1404)["members"].Status);
            facts.Cooperative.Kind = "services";
            Assert.Equal("$minimumMembers[services]", policy.Evaluate(facts, in1403)["members"].MissingFact);
        }
    }

    [Fact]
    public void A_key_equal_by_value_but_not_the_same_string_finds_the_remembered_value()
    {
        CompiledPolicy<TestFacts> policy = Policies.PolicyTestData.Compiled();
        TestFacts facts = Policies.PolicyTestData.Passing();
        facts.Cooperative!.MemberCount = 5; // fails for both kinds, so each decision reports the required value
        SolarHijriDate in1404 = new(1404, 6, 1);
        foreach (string kind in new[] { "housing", "consumer", "housing", "consumer" })
        {
            // A fresh string instance each time: the lookup must compare by value when the reference differs.
            facts.Cooperative!.Kind = new string(kind.AsSpan());
            Assert.Equal(FactValue.Integer(kind == "housing" ? 20 : 10), policy.Evaluate(facts, in1404)["members"].Required);
        }
    }

    [Fact]
    public void A_parameter_whose_value_has_the_wrong_type_is_an_error_naming_it()
    {
        CompiledCondition<TestFacts> condition = TestSchema.Compiler.CompileCondition("application.amount <= $maximumAmount");
        TestParameters parameters = TestSchema.Params().Add("maximumAmount", null, FactValue.Integer(5), new SolarHijriDate(1390, 1, 1));
        for (int i = 0; i < 2; i++)
        {
            ConditionResult result = condition.Evaluate(TestSchema.Sample(), TestSchema.AsOf, parameters);
            Assert.Equal(ConditionState.Error, result.State);
            Assert.Contains("$maximumAmount is declared Money", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_a_parameter_source_a_lookup_is_missing_and_names_the_parameter_and_key()
    {
        ConditionResult plain = TestSchema.Compiler.CompileCondition("application.amount <= $maximumAmount").Evaluate(TestSchema.Sample(), TestSchema.AsOf);
        Assert.Equal(ConditionState.Missing, plain.State);
        Assert.Equal("$maximumAmount", plain.MissingFact);

        ConditionResult keyed = TestSchema.Compiler.CompileCondition("cooperative.memberCount >= $minimumMembers[cooperative.kind]").Evaluate(TestSchema.Sample(), TestSchema.AsOf);
        Assert.Equal(ConditionState.Missing, keyed.State);
        Assert.Equal("$minimumMembers[consumer]", keyed.MissingFact);
    }

    [Fact]
    public void A_remembered_parameter_value_is_still_traced_with_its_effective_date()
    {
        CompiledPolicy<TestFacts> policy = Policies.PolicyTestData.Compiled();
        TestFacts facts = Policies.PolicyTestData.Passing();
        SolarHijriDate in1404 = new(1404, 6, 1);
        policy.EvaluateOutcome(facts, in1404);
        for (int i = 0; i < 2; i++)
        {
            Decision d = policy.Evaluate(facts, in1404, trace: true);
            ParameterUse use = Assert.Single(Assert.Single(d.Trace!, t => t.RuleId == "members").Parameters.Distinct());
            Assert.Equal(new ParameterUse("minimumMembers", "consumer", FactValue.Integer(10), new SolarHijriDate(1404, 1, 1)), use);
        }
    }
}
