using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

// Field-by-field equality of two policies (the model types are not records all the way down).
internal static class PolicyAssert
{
    public static void Equal(Policy expected, Policy actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.EffectiveFrom, actual.EffectiveFrom);
        Assert.Equal(expected.EffectiveTo, actual.EffectiveTo);
        Assert.Equal(expected.Parameters.Count, actual.Parameters.Count);
        for (int i = 0; i < expected.Parameters.Count; i++)
        {
            PolicyParameter e = expected.Parameters[i], a = actual.Parameters[i];
            Assert.Equal(e.Name, a.Name);
            Assert.Equal(e.Type, a.Type);
            Assert.Equal(e.IsKeyed, a.IsKeyed);
            Assert.Equal(e.Unit, a.Unit);
            Assert.Equal(e.Description, a.Description);
            Assert.Equal(e.Source, a.Source);
            Assert.Equal(e.Sources, a.Sources);
            Assert.Equal(e.Values.Count, a.Values.Count);
            for (int j = 0; j < e.Values.Count; j++)
            {
                DatedParameterValue ev = e.Values[j], av = a.Values[j];
                Assert.Equal(ev.EffectiveFrom, av.EffectiveFrom);
                Assert.Equal(ev.Value, av.Value);
                Assert.Equal(ev.Reference, av.Reference);
                Assert.Equal(ev.Sources, av.Sources);
                Assert.Equal(ev.ByKey is null, av.ByKey is null);
                if (ev.ByKey is not null)
                {
                    Assert.Equal(
                        ev.ByKey.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
                        av.ByKey!.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
                }
            }
        }

        Assert.Equal(expected.Rules, actual.Rules);
        Assert.Equal(expected.Scoring, actual.Scoring);
        Assert.Equal(expected.Outcomes.Rules, actual.Outcomes.Rules);
        Assert.Equal(expected.Outcomes.AssumptionFailures, actual.Outcomes.AssumptionFailures);
    }

    public static void SameDecision(Decision expected, Decision actual)
    {
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.AsOf, actual.AsOf);
        Assert.Equal(expected.Rules.Count, actual.Rules.Count);
        for (int i = 0; i < expected.Rules.Count; i++)
        {
            RuleResult e = expected.Rules[i], a = actual.Rules[i];
            Assert.Equal(e.Rule, a.Rule);
            Assert.Equal(e.Status, a.Status);
            Assert.Equal(e.MissingFact, a.MissingFact);
            Assert.Equal(e.Error, a.Error);
            Assert.Equal(e.Observed, a.Observed);
            Assert.Equal(e.Required, a.Required);
            Assert.Equal(e.Message, a.Message);
        }
    }

    public static FactValue Int(long n) => FactValue.Integer(n);
}
