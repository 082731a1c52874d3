using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>The result of evaluating a policy for one applicant on one date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<Decision>))]
public sealed class Decision
{
    internal Decision(Policy policy, SolarHijriDate asOf, PolicyOutcome outcome, decimal score, RuleResult[] rules, IReadOnlyList<RuleTrace>? trace, IReadOnlyList<ScoringTrace>? scoringTrace = null)
    {
        Policy = policy;
        AsOf = asOf;
        Outcome = outcome;
        Score = score;
        Rules = rules;
        Trace = trace;
        ScoringTrace = scoringTrace;
    }

    /// <summary>The policy version that decided.</summary>
    public Policy Policy { get; }

    /// <summary>The as-of date of the evaluation.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The outcome, by the policy's <see cref="OutcomeMapping"/>.</summary>
    public PolicyOutcome Outcome { get; }

    /// <summary>The sum of points × weight of the scoring terms whose condition held.</summary>
    public decimal Score { get; }

    /// <summary>One result per rule, in the policy's rule order.</summary>
    public IReadOnlyList<RuleResult> Rules { get; }

    /// <summary>The trace, one entry per rule, when it was asked for; otherwise null.</summary>
    public IReadOnlyList<RuleTrace>? Trace { get; }

    /// <summary>
    /// The trace of the score, one entry per scoring term in the policy's order, when a trace was asked for;
    /// otherwise null. The <see cref="ScoringTrace.Points"/> of the entries add up to <see cref="Score"/>.
    /// </summary>
    public IReadOnlyList<ScoringTrace>? ScoringTrace { get; }

    /// <summary>The result of the rule with an id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public RuleResult this[string ruleId]
    {
        get
        {
            foreach (RuleResult r in Rules)
            {
                if (string.Equals(r.Id, ruleId, StringComparison.Ordinal))
                {
                    return r;
                }
            }

            throw new KeyNotFoundException($"The policy '{Policy.Id}' has no rule '{ruleId}'.");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Outcome + " (score " + Score.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
