using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Serialization;

/// <summary>
/// The JSON contract of a <see cref="Decision"/> and its parts (docs/decision-json.md): what
/// <c>JsonSerializer.Serialize(decision)</c> writes with any options, and what <c>coop evaluate --format json</c> prints
/// for each decision. Its JSON Schema ships in the package (<see cref="Schema"/>) and in the repository as
/// <c>seeds/decisions/decision.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Stable and additive.</b> Property names are fixed (they do not follow a naming policy of the options), every
/// property of the contract is always written (<c>null</c> when it does not apply), enums are kebab-case strings, dates
/// <c>"1404/08/25"</c>. Later versions may <i>add</i> properties; they never remove, rename or change the type or meaning of
/// one. Consumers should ignore properties they do not know.
/// </para>
/// <para>
/// The contract is written, not read: a decision refers to its compiled policy, which JSON cannot carry. Read it with
/// <see cref="JsonDocument"/> or types of your own that follow the schema.
/// </para>
/// </remarks>
public static class DecisionJson
{
    /// <summary>The logical name of the embedded JSON Schema resource.</summary>
    public const string SchemaResourceName = "Coop.Domain.Schemas.decision.schema.json";

    private static readonly Lazy<string> s_schema = new(() =>
    {
        using Stream stream = typeof(DecisionJson).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The resource {SchemaResourceName} is missing from Coop.Domain.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    private static readonly JsonWriterOptions s_indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NewLine = "\n",
    };

    /// <summary>The JSON Schema (draft 2020-12) of the decision contract, as shipped in the package.</summary>
    public static string Schema => s_schema.Value;

    /// <summary>The decision as indented JSON text (UTF-8 safe; Persian letters written as they are).</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is null.</exception>
    public static string ToJson(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_indented))
        {
            Write(writer, decision);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a decision as one JSON value (an object), e.g. as a property of a larger document.</summary>
    /// <param name="writer">The destination, positioned where a value may be written.</param>
    /// <param name="decision">The decision.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteStartObject();
        writer.WriteStartObject("policy");
        writer.WriteString("id", decision.Policy.Id);
        writer.WriteNumber("version", decision.Policy.Version);
        writer.WritePropertyName("title");
        Write(writer, decision.Policy.Title);
        writer.WriteEndObject();
        WriteDate(writer, "asOf", decision.AsOf);
        writer.WriteString("outcome", KebabCaseEnumConverter<PolicyOutcome>.Name(decision.Outcome));
        writer.WriteNumber("score", decision.Score);
        writer.WriteStartArray("rules");
        foreach (RuleResult rule in decision.Rules)
        {
            Write(writer, rule);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("trace");
        WriteArray(writer, decision.Trace, Write);
        writer.WritePropertyName("scoreTrace");
        WriteArray(writer, decision.ScoringTrace, Write);
        writer.WriteEndObject();
    }

    /// <summary>Writes one rule's result: <c>{ "id", "code", "severity", "citation", "status", "message", "observed", "required", "missingFact", "error" }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="rule">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, RuleResult rule)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("code", rule.Code);
        writer.WriteString("severity", KebabCaseEnumConverter<RuleSeverity>.Name(rule.Severity));
        writer.WriteString("citation", rule.Citation);
        writer.WriteString("status", KebabCaseEnumConverter<RuleStatus>.Name(rule.Status));
        writer.WritePropertyName("message");
        if (rule.Message is { } message)
        {
            Write(writer, message);
        }
        else
        {
            writer.WriteNullValue();
        }

        WriteOptional(writer, "observed", rule.Observed);
        WriteOptional(writer, "required", rule.Required);
        writer.WriteString("missingFact", rule.MissingFact);
        writer.WriteString("error", rule.Error);
        writer.WriteEndObject();
    }

    /// <summary>Writes a text in both languages: <c>{ "fa", "en" }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, PolicyText text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteStartObject();
        writer.WriteString("fa", text.Fa);
        writer.WriteString("en", text.En);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a value of the expression language: <c>{ "type": "money", "value": 500000000 }</c>. Booleans, integers,
    /// decimals and money (rials, exact, possibly with a fraction) are JSON literals and numbers, strings strings, dates
    /// <c>"1404/08/25"</c>, durations <c>{ "months": 4, "days": 0 }</c>.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, FactValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("type", KebabCaseEnumConverter<FactTypeKind>.Name(value.Kind));
        switch (value.Kind)
        {
            case FactTypeKind.Boolean:
                writer.WriteBoolean("value", value.AsBoolean());
                break;
            case FactTypeKind.Integer:
                writer.WriteNumber("value", value.AsInteger());
                break;
            case FactTypeKind.Decimal or FactTypeKind.Money:
                writer.WriteNumber("value", value.AsDecimal());
                break;
            case FactTypeKind.String:
                writer.WriteString("value", value.AsString());
                break;
            case FactTypeKind.Date:
                WriteDate(writer, "value", value.AsDate());
                break;
            default:
                CalendarDuration duration = value.AsDuration();
                writer.WriteStartObject("value");
                writer.WriteNumber("months", duration.Months);
                writer.WriteNumber("days", duration.Days);
                writer.WriteEndObject();
                break;
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a sub-expression's result: a value as <see cref="Write(Utf8JsonWriter, FactValue)"/> writes it, or <c>{ "missing": path }</c>, or <c>{ "error": message }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, ExpressionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (result.HasValue)
        {
            Write(writer, result.Value);
            return;
        }

        writer.WriteStartObject();
        if (result.Error is not null)
        {
            writer.WriteString("error", result.Error);
        }
        else
        {
            writer.WriteString("missing", result.MissingFact);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a rule's trace: <c>{ "rule", "values": [{ "expression", "column", "result" }], "parameters": [{ "name", "key", "value", "from" }] }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="trace">The trace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, RuleTrace trace)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trace);
        writer.WriteStartObject();
        writer.WriteString("rule", trace.RuleId);
        WriteTraceValues(writer, trace.Entries, trace.Parameters);
        writer.WriteEndObject();
    }

    /// <summary>Writes a scoring term's trace: <c>{ "term", "condition", "missingFact", "error", "points", "values", "parameters" }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="trace">The trace.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ScoringTrace trace)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trace);
        writer.WriteStartObject();
        writer.WriteString("term", trace.TermId);
        writer.WriteString("condition", KebabCaseEnumConverter<ConditionState>.Name(trace.Condition.State));
        writer.WriteString("missingFact", trace.Condition.MissingFact);
        writer.WriteString("error", trace.Condition.Error);
        writer.WriteNumber("points", trace.Points);
        WriteTraceValues(writer, trace.Entries, trace.Parameters);
        writer.WriteEndObject();
    }

    /// <summary>Writes a sub-expression's value in a trace: <c>{ "expression", "column", "result" }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, TraceEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteStartObject();
        writer.WriteString("expression", entry.Text);
        writer.WriteNumber("column", entry.Column);
        writer.WritePropertyName("result");
        Write(writer, entry.Result);
        writer.WriteEndObject();
    }

    /// <summary>Writes a parameter value used: <c>{ "name", "key", "value", "from" }</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="use">The parameter use.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ParameterUse use)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(use);
        writer.WriteStartObject();
        writer.WriteString("name", use.Name);
        writer.WriteString("key", use.Key);
        writer.WritePropertyName("value");
        Write(writer, use.Value);
        WriteDate(writer, "from", use.EffectiveFrom);
        writer.WriteEndObject();
    }

    private static void WriteTraceValues(Utf8JsonWriter writer, IReadOnlyList<TraceEntry> entries, IReadOnlyList<ParameterUse> parameters)
    {
        writer.WritePropertyName("values");
        WriteArray(writer, entries, Write);
        writer.WritePropertyName("parameters");
        WriteArray(writer, parameters, Write);
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (T item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, FactValue? value)
    {
        writer.WritePropertyName(name);
        if (value is { } v)
        {
            Write(writer, v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, SolarHijriDate date)
    {
        Span<char> text = stackalloc char[10];
        date.WriteCanonical(text);
        writer.WriteString(name, text);
    }
}
