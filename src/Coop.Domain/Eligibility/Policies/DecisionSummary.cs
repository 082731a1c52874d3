namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The outcome and score of one evaluation without per-rule detail: what
/// <see cref="CompiledPolicy{TRoot}.EvaluateOutcome(TRoot, Calendar.SolarHijriDate, Span{RuleStatus})"/> returns.
/// A small value; producing it allocates nothing.
/// </summary>
/// <param name="Outcome">The outcome, by the policy's <see cref="OutcomeMapping"/> (the same as <see cref="Decision.Outcome"/>).</param>
/// <param name="Score">The sum of points × weight of the scoring terms whose condition held (the same as <see cref="Decision.Score"/>).</param>
public readonly record struct DecisionSummary(PolicyOutcome Outcome, decimal Score);
