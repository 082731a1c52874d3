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
}
