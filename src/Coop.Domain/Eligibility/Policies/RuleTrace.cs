using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>The trace of one rule: every sub-expression value of its <c>when</c>, <c>check</c>, <c>observed</c> and <c>required</c> expressions, and every parameter value used.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Entries">The sub-expression values in evaluation order.</param>
/// <param name="Parameters">The parameter values used, each with the date it took effect.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<RuleTrace>))]
public sealed record RuleTrace(string RuleId, IReadOnlyList<TraceEntry> Entries, IReadOnlyList<ParameterUse> Parameters);
