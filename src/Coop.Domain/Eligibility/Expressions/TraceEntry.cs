namespace Coop.Domain.Eligibility.Expressions;

/// <summary>One sub-expression's value as recorded by an <see cref="ExpressionTrace"/>.</summary>
/// <param name="Text">The sub-expression's source text.</param>
/// <param name="Column">Its 1-based column in the expression.</param>
/// <param name="Result">Its value, or why it had none.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<TraceEntry>))]
public sealed record TraceEntry(string Text, int Column, ExpressionResult Result);
