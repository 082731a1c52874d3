using System.Globalization;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Turns C# values into the JSON a policy file uses for a parameter value (money as <c>"N rial"</c>, durations as
/// <c>"4 months"</c>, dates as <c>"1404/01/01"</c>), so that <see cref="PolicyBuilder"/> and <see cref="PolicyWriter"/>
/// share one format with <see cref="PolicyFile"/> and the reader's checks apply to built policies unchanged.
/// </summary>
internal static class PolicyJsonValues
{
    public static JsonElement Null { get; } = Write(w => w.WriteNullValue());

    public static JsonElement Of(FactValue value) => value.Kind switch
    {
        FactTypeKind.Boolean => Boolean(value.AsBoolean()),
        FactTypeKind.Integer => Integer(value.AsInteger()),
        FactTypeKind.Decimal => Number(value.AsDecimal()),
        FactTypeKind.Money => Text(Rials(value.AsDecimal())),
        FactTypeKind.String => Text(value.AsString()),
        FactTypeKind.Date => Text(value.AsDate().ToString()),
        FactTypeKind.Duration => Text(value.AsDuration().ToString()),
        _ => throw new ArgumentException($"A parameter value must be a scalar, not a {value.Kind}.", nameof(value)),
    };

    public static JsonElement Of(FactValue? value) => value is { } v ? Of(v) : Null;

    public static JsonElement Table(IEnumerable<KeyValuePair<string, JsonElement>> table) => Write(w =>
    {
        w.WriteStartObject();
        foreach (KeyValuePair<string, JsonElement> pair in table)
        {
            w.WritePropertyName(pair.Key);
            pair.Value.WriteTo(w);
        }

        w.WriteEndObject();
    });

    public static JsonElement Boolean(bool value) => Write(w => w.WriteBooleanValue(value));

    public static JsonElement Integer(long value) => Write(w => w.WriteNumberValue(value));

    public static JsonElement Number(decimal value) => Write(w => w.WriteNumberValue(value));

    public static JsonElement Text(string value) => Write(w => w.WriteStringValue(value));

    /// <summary>The type's name in a policy file (<c>integer</c>, <c>money</c>, …); a non-scalar type's display name, which the reader rejects.</summary>
    public static string TypeName(FactType type) => type.Kind switch
    {
        FactTypeKind.Boolean => "boolean",
        FactTypeKind.Integer => "integer",
        FactTypeKind.Decimal => "decimal",
        FactTypeKind.Money => "money",
        FactTypeKind.String => "string",
        FactTypeKind.Date => "date",
        FactTypeKind.Duration => "duration",
        _ => type.ToString(),
    };

    /// <summary>An enum value's name in a policy file: camelCase (<c>needsReview</c>, <c>notApplicable</c>).</summary>
    public static string EnumName<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return string.Concat(name[..1].ToLower(CultureInfo.InvariantCulture), name[1..]);
    }

    public static string Rials(decimal rials) => rials.ToString(CultureInfo.InvariantCulture) + " rial";

    /// <summary>The JSON for a C# number given to a parameter of <paramref name="kind"/>: money as <c>"N rial"</c>.</summary>
    public static JsonElement Number(decimal value, FactTypeKind? kind) =>
        kind == FactTypeKind.Money ? Text(Rials(value)) : Number(value);

    /// <summary>The JSON for a C# whole number given to a parameter of <paramref name="kind"/>: money as <c>"N rial"</c>.</summary>
    public static JsonElement Integer(long value, FactTypeKind? kind) =>
        kind == FactTypeKind.Money ? Text(Rials(value)) : Integer(value);

    public static JsonElement Date(SolarHijriDate value) => Text(value.ToString());

    private static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        using JsonDocument document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
