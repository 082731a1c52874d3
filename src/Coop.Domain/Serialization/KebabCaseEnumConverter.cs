using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coop.Domain.Serialization;

/// <summary>
/// Writes an enum as a kebab-case string (<c>employment-generating</c>, <c>in-liquidation</c>, <c>needs-review</c>;
/// flags as <c>"board, inspectors"</c>) and reads only such names: a number is rejected, so a file never depends on the
/// order of enum members. The library's enums carry it as their <see cref="JsonConverterAttribute"/>, so every
/// <see cref="JsonSerializerOptions"/> (default, web, a consumer's source-generated context) uses these forms.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>
/// Reading ignores letter case and also accepts the member's C# name (<c>NeedsReview</c>). Anything else is a
/// <see cref="JsonException"/> that names the type and lists the accepted names; System.Text.Json adds the JSON path.
/// Writing a value that is not a member (or, for flags, a combination of members) is a <see cref="JsonException"/>.
/// Also used for dictionary keys (<see cref="ReadAsPropertyName"/>).
/// </remarks>
public sealed class KebabCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly bool s_flags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), inherit: false);
    private static readonly FrozenDictionary<TEnum, string> s_names = Enum.GetValues<TEnum>()
        .DistinctBy(v => v)
        .ToFrozenDictionary(v => v, v => Kebab(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> s_values = Enum.GetValues<TEnum>()
        .SelectMany(v => new[] { (Name: Kebab(v.ToString()), Value: v), (Name: v.ToString(), Value: v) })
        .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);

    // The kebab-case name of every member, in declaration order: what the error messages list.
    private static readonly string s_list = string.Join(", ", Enum.GetValues<TEnum>().Select(v => s_names[v]).Distinct());

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw CodedJson.Create($"A {typeof(TEnum).Name} must be a JSON string, one of {List()}; not {Describe(reader.TokenType)}.", JsonLineErrorCode.EnumNotString, typeof(TEnum).Name, reader.TokenType.ToString());
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Name(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Name(value));
    }

    /// <summary>The name this converter writes for <paramref name="value"/> (for writers that build JSON by hand).</summary>
    internal static string Name(TEnum value)
    {
        if (s_names.TryGetValue(value, out string? name))
        {
            return name;
        }

        // A combination of flags: Enum.ToString lists the members ("Board, Inspectors"); a number means it is not one.
        string text = value.ToString();
        if (s_flags && !char.IsAsciiDigit(text[0]) && text[0] != '-')
        {
            return string.Join(", ", text.Split(", ").Select(Kebab));
        }

        throw new JsonException($"{text} is not a {typeof(TEnum).Name}: the value has no name to write (one of {List()}).");
    }

    private static TEnum Parse(string text)
    {
        if (s_values.TryGetValue(text.Trim(), out TEnum value))
        {
            return value;
        }

        if (s_flags && text.Contains(',', StringComparison.Ordinal))
        {
            ulong bits = 0;
            foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!s_values.TryGetValue(part, out TEnum flag))
                {
                    throw Unknown(part);
                }

                bits |= Convert.ToUInt64(flag, CultureInfo.InvariantCulture);
            }

            return (TEnum)Enum.ToObject(typeof(TEnum), bits);
        }

        throw Unknown(text);
    }

    private static JsonException Unknown(string text) =>
        CodedJson.Create($"'{text}' is not a name of {typeof(TEnum).Name}: expected {(s_flags ? "one or more, separated by commas, of" : "one of")} {List()}.", JsonLineErrorCode.UnknownEnumValue, typeof(TEnum).Name, text, List());

    private static string List() => s_list;

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number (numbers are not accepted: the order of members is not a contract)",
        JsonTokenType.Null => "null",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
