namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// How rule results map to a decision's outcome: an ordered list of <see cref="OutcomeRule"/>s, the first
/// that matches any rule result wins; when none matches, the outcome is <see cref="PolicyOutcome.Eligible"/>.
/// </summary>
/// <remarks>
/// <see cref="Default"/>: a blocking rule failed → ineligible; else a blocking rule incomplete → incomplete;
/// else a blocking rule in error → needs review; else a warning failed → needs review; else eligible. A failed rule
/// that rests on an unverified assumption makes the outcome needs review, not ineligible, unless
/// <see cref="AssumptionFailures"/> says <see cref="AssumptionFailureHandling.AsMapped"/>.
/// </remarks>
public sealed class OutcomeMapping
{
    /// <summary>Creates a mapping from its lines, in priority order.</summary>
    /// <param name="rules">The lines; the first that matches wins. May be empty (everything is eligible).</param>
    /// <param name="assumptionFailures">What a failure resting on an unverified assumption does (by default: never ineligible, needs review).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assumptionFailures"/> is not defined.</exception>
    public OutcomeMapping(IEnumerable<OutcomeRule> rules, AssumptionFailureHandling assumptionFailures = AssumptionFailureHandling.NeedsReview)
    {
        if (!Enum.IsDefined(assumptionFailures))
        {
            throw new ArgumentOutOfRangeException(nameof(assumptionFailures), assumptionFailures, "Not a defined handling.");
        }

        ArgumentNullException.ThrowIfNull(rules);
        OutcomeRule[] lines = [.. rules];
        foreach (OutcomeRule line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(rules));
        }

        Rules = lines;
        AssumptionFailures = assumptionFailures;
    }

    /// <summary>The documented default mapping (see the remarks of <see cref="OutcomeMapping"/>).</summary>
    public static OutcomeMapping Default { get; } = new(
    [
        new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Ineligible),
        new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Incomplete, PolicyOutcome.Incomplete),
        new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Error, PolicyOutcome.NeedsReview),
        new OutcomeRule(RuleSeverity.Warning, RuleStatus.Failed, PolicyOutcome.NeedsReview),
    ]);

    /// <summary>The lines in priority order.</summary>
    public IReadOnlyList<OutcomeRule> Rules { get; }

    /// <summary>What a failed rule resting on an unverified assumption (<see cref="RuleResult.RestsOnAssumption"/>) does to the outcome.</summary>
    public AssumptionFailureHandling AssumptionFailures { get; }

    /// <summary>
    /// The outcome for a set of rule results: the outcome of the first line that matches a result. Under
    /// <see cref="AssumptionFailureHandling.NeedsReview"/>, a line matched only by failures that rest on an unverified
    /// assumption gives <see cref="PolicyOutcome.NeedsReview"/> where it says <see cref="PolicyOutcome.Ineligible"/>.
    /// </summary>
    /// <param name="results">The rule results of one evaluation.</param>
    /// <returns>The outcome; <see cref="PolicyOutcome.Eligible"/> when no line matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public PolicyOutcome Map(IReadOnlyList<RuleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (OutcomeRule line in Rules)
        {
            bool soft = false;
            for (int i = 0; i < results.Count; i++)
            {
                RuleResult r = results[i];
                if (r.Status == line.Status && r.Rule.Severity == line.Severity)
                {
                    if (!IsSoft(r))
                    {
                        return line.Outcome;
                    }

                    soft = true;
                }
            }

            if (soft)
            {
                return Softened(line.Outcome);
            }
        }

        return PolicyOutcome.Eligible;
    }

    /// <summary>The outcome a line gives when only failures resting on an assumption match it.</summary>
    internal static PolicyOutcome Softened(PolicyOutcome outcome) =>
        outcome == PolicyOutcome.Ineligible ? PolicyOutcome.NeedsReview : outcome;

    private bool IsSoft(RuleResult r) =>
        AssumptionFailures == AssumptionFailureHandling.NeedsReview && r.Status == RuleStatus.Failed && r.RestsOnAssumption;
}
