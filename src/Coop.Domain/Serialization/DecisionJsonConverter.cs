using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Serialization;

/// <summary>
/// Writes a <see cref="Decision"/> or one of its parts (<see cref="RuleResult"/>, <see cref="RuleTrace"/>,
/// <see cref="ScoringTrace"/>, <see cref="TraceEntry"/>, <see cref="ParameterUse"/>, <see cref="FactValue"/>,
/// <see cref="ExpressionResult"/>, <see cref="PolicyText"/>) in the decision JSON contract of <see cref="DecisionJson"/>.
/// The types carry it as their <see cref="JsonConverterAttribute"/>, so any <see cref="JsonSerializerOptions"/> write the
/// contract (ASP.NET Core's <c>Results.Ok(decision)</c> included); the options' naming policy does not apply.
/// </summary>
/// <typeparam name="T">The part: one of the types above.</typeparam>
/// <remarks>Reading is not supported (<see cref="NotSupportedException"/>): see <see cref="DecisionJson"/>.</remarks>
public sealed class DecisionJsonConverter<T> : JsonConverter<T>
{
    private static readonly Action<Utf8JsonWriter, T> s_write = WriterFor();

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: the decision contract is an output.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException(
            $"{typeof(T).Name} is written as JSON, not read: the decision contract (docs/decision-json.md, decision.schema.json) is an output. "
            + "Read it with JsonDocument or types of your own that follow the schema.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => s_write(writer, value);

    private static Action<Utf8JsonWriter, T> WriterFor()
    {
        Delegate write = typeof(T) switch
        {
            Type t when t == typeof(Decision) => (Action<Utf8JsonWriter, Decision>)DecisionJson.Write,
            Type t when t == typeof(RuleResult) => (Action<Utf8JsonWriter, RuleResult>)DecisionJson.Write,
            Type t when t == typeof(RuleTrace) => (Action<Utf8JsonWriter, RuleTrace>)DecisionJson.Write,
            Type t when t == typeof(ScoringTrace) => (Action<Utf8JsonWriter, ScoringTrace>)DecisionJson.Write,
            Type t when t == typeof(TraceEntry) => (Action<Utf8JsonWriter, TraceEntry>)DecisionJson.Write,
            Type t when t == typeof(ParameterUse) => (Action<Utf8JsonWriter, ParameterUse>)DecisionJson.Write,
            Type t when t == typeof(FactValue) => (Action<Utf8JsonWriter, FactValue>)DecisionJson.Write,
            Type t when t == typeof(ExpressionResult) => (Action<Utf8JsonWriter, ExpressionResult>)DecisionJson.Write,
            Type t when t == typeof(PolicyText) => (Action<Utf8JsonWriter, PolicyText>)DecisionJson.Write,
            _ => throw new InvalidOperationException($"{typeof(T).Name} is not part of the decision contract."),
        };
        return (Action<Utf8JsonWriter, T>)write;
    }
}
