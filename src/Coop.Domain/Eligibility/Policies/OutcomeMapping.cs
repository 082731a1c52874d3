namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// How rule results map to a decision's outcome: an ordered list of <see cref="OutcomeRule"/>s, the first
/// that matches any rule result wins; when none matches, the outcome is <see cref="PolicyOutcome.Eligible"/>.
/// </summary>
/// <remarks>
/// <see cref="Default"/>: a blocking rule failed → ineligible; else a blocking rule incomplete → incomplete;
/// else a blocking rule in error → needs review; else a warning failed → needs review; else eligible.
/// </remarks>
public sealed class OutcomeMapping
{
    /// <summary>Creates a mapping from its lines, in priority order.</summary>
    /// <param name="rules">The lines; the first that matches wins. May be empty (everything is eligible).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its items is null.</exception>
    public OutcomeMapping(IEnumerable<OutcomeRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        OutcomeRule[] lines = [.. rules];
        foreach (OutcomeRule line in lines)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(rules));
        }

        Rules = lines;
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

    /// <summary>The outcome for a set of rule results.</summary>
    /// <param name="results">The rule results of one evaluation.</param>
    /// <returns>The outcome of the first line that matches a result; <see cref="PolicyOutcome.Eligible"/> when none does.</returns>
    public PolicyOutcome Map(IReadOnlyList<RuleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (OutcomeRule line in Rules)
        {
            for (int i = 0; i < results.Count; i++)
            {
                RuleResult r = results[i];
                if (r.Status == line.Status && r.Rule.Severity == line.Severity)
                {
                    return line.Outcome;
                }
            }
        }

        return PolicyOutcome.Eligible;
    }
}
