using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>The trace of one scoring term: whether its condition held, the points it added, every sub-expression value of the condition and every parameter value it used.</summary>
/// <param name="TermId">The scoring term's id.</param>
/// <param name="Condition">The condition's result: true adds the points; false, missing or an error adds nothing.</param>
/// <param name="Points">What the term added to the score: its points × weight when the condition held, otherwise 0.</param>
/// <param name="Entries">The condition's sub-expression values in evaluation order.</param>
/// <param name="Parameters">The parameter values used, each with the date it took effect.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<ScoringTrace>))]
public sealed record ScoringTrace(string TermId, ConditionResult Condition, decimal Points, IReadOnlyList<TraceEntry> Entries, IReadOnlyList<ParameterUse> Parameters);
