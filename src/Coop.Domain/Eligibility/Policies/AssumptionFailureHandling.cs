namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What a failed rule that rests on an unverified assumption does to the outcome: a rule whose <c>when</c> or
/// <c>check</c> uses a parameter whose value in force names no source or rests on a source of standing
/// <c>assumption</c>, or a rule that itself cites only such a source (<see cref="RuleResult.RestsOnAssumption"/>).
/// A policy sets it with <c>"assumptionFailures"</c> (docs/policies.md); it is part of its <see cref="OutcomeMapping"/>.
/// </summary>
public enum AssumptionFailureHandling
{
    /// <summary>
    /// The default: where the outcome mapping line such a failure matches says <see cref="PolicyOutcome.Ineligible"/>, it
    /// says <see cref="PolicyOutcome.NeedsReview"/> instead, unless a failure that does not rest on an assumption also
    /// matches that line. Nobody is refused on a number nobody sourced.
    /// </summary>
    NeedsReview,

    /// <summary>Such a failure counts as any other: the outcome is the mapping's. The rule result still says it rests on an assumption.</summary>
    AsMapped,
}
