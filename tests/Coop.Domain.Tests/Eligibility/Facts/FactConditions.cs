using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;

namespace Coop.Domain.Tests.Eligibility.Facts;

/// <summary>Conditions over the standard fact schema, compiled and evaluated at the facts' as-of date, for the fact tests.</summary>
internal static class FactConditions
{
    internal static readonly ExpressionCompiler<EligibilityFacts> Compiler = new(CoopFactSchema.Instance);

    internal static ConditionResult Eval(string condition, EligibilityFacts facts) =>
        Compiler.CompileCondition(condition).Evaluate(facts, facts.AsOf);

    internal static void True(string condition, EligibilityFacts facts)
    {
        ConditionResult r = Eval(condition, facts);
        Assert.True(r.IsTrue, condition + " → " + r);
    }

    internal static void MissingNaming(string condition, EligibilityFacts facts, string path)
    {
        ConditionResult r = Eval(condition, facts);
        Assert.Equal(ConditionState.Missing, r.State);
        Assert.Equal(path, r.MissingFact);
    }
}
