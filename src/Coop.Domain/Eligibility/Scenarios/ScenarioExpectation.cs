using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// What a case expects of the decision. Rules are named by their code or their id; a reference that matches a
/// rule id means that rule, otherwise it means every rule with that code (the expectation holds when any of
/// them has the expected status). Unset parts are not checked.
/// </summary>
public sealed class ScenarioExpectation
{
    internal ScenarioExpectation(
        PolicyOutcome? outcome,
        IReadOnlyList<string> fails,
        IReadOnlyList<string> passes,
        IReadOnlyList<string> incomplete,
        IReadOnlyList<string> notApplicable,
        decimal? scoreMin,
        decimal? scoreMax,
        IReadOnlyList<string>? restsOnAssumption = null)
    {
        RestsOnAssumption = restsOnAssumption ?? [];
        Outcome = outcome;
        Fails = fails;
        Passes = passes;
        Incomplete = incomplete;
        NotApplicable = notApplicable;
        ScoreMin = scoreMin;
        ScoreMax = scoreMax;
    }

    /// <summary>The expected outcome, or null when not checked.</summary>
    public PolicyOutcome? Outcome { get; }

    /// <summary>Rules (code or id) that must be <see cref="RuleStatus.Failed"/>.</summary>
    public IReadOnlyList<string> Fails { get; }

    /// <summary>Rules (code or id) that must be <see cref="RuleStatus.Passed"/>.</summary>
    public IReadOnlyList<string> Passes { get; }

    /// <summary>Rules (code or id) that must be <see cref="RuleStatus.Incomplete"/>.</summary>
    public IReadOnlyList<string> Incomplete { get; }

    /// <summary>Rules (code or id) that must be <see cref="RuleStatus.NotApplicable"/>.</summary>
    public IReadOnlyList<string> NotApplicable { get; }

    /// <summary>
    /// Rules (code or id) that must be <see cref="RuleStatus.Failed"/> resting on an unverified assumption
    /// (<see cref="RuleResult.RestsOnAssumption"/>); a rule may also be listed in <see cref="Fails"/>.
    /// </summary>
    public IReadOnlyList<string> RestsOnAssumption { get; }

    /// <summary>The smallest score accepted (inclusive), or null.</summary>
    public decimal? ScoreMin { get; }

    /// <summary>The largest score accepted (inclusive), or null.</summary>
    public decimal? ScoreMax { get; }
}
