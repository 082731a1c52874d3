using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Serialization;

/// <summary>
/// Base of the identifier converters: an identifier is a JSON string, validated when read; an invalid
/// one is a <see cref="JsonException"/> carrying the rule that failed (System.Text.Json adds the path).
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
public abstract class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private protected delegate bool TryParser(string? text, out T value, out IdentifierError error);

    private protected abstract TryParser Parser { get; }

    private protected abstract string Describe(T value);

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw CodedJson.Create($"{typeof(T).Name} must be a JSON string, not {reader.TokenType}.", JsonLineErrorCode.IdentifierNotString, typeof(T).Name, reader.TokenType.ToString());
        }

        string? text = reader.GetString();
        return Parser(text, out T value, out IdentifierError error)
            ? value
            : throw CodedJson.Create($"Invalid {typeof(T).Name} \"{text}\": {error.Message}", JsonLineErrorCode.InvalidIdentifier, typeof(T).Name, text ?? string.Empty, error.Rule.ToString());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Describe(value));
    }
}

/// <summary>Reads and writes a <see cref="NationalCode"/> as a JSON string of 10 digits.</summary>
public sealed class NationalCodeJsonConverter : IdentifierJsonConverter<NationalCode>
{
    private protected override TryParser Parser { get; } = NationalCode.TryParse;

    private protected override string Describe(NationalCode value) => value.Value;
}

/// <summary>Reads and writes a <see cref="LegalEntityId"/> as a JSON string of 11 digits.</summary>
public sealed class LegalEntityIdJsonConverter : IdentifierJsonConverter<LegalEntityId>
{
    private protected override TryParser Parser { get; } = LegalEntityId.TryParse;

    private protected override string Describe(LegalEntityId value) => value.Value;
}

/// <summary>Reads and writes a <see cref="Sheba"/> as a JSON string such as <c>"IR820540102680020817909002"</c>.</summary>
public sealed class ShebaJsonConverter : IdentifierJsonConverter<Sheba>
{
    private protected override TryParser Parser { get; } = Sheba.TryParse;

    private protected override string Describe(Sheba value) => value.Value;
}

/// <summary>Reads and writes a <see cref="PostalCode"/> as a JSON string of 10 digits.</summary>
public sealed class PostalCodeJsonConverter : IdentifierJsonConverter<PostalCode>
{
    private protected override TryParser Parser { get; } = PostalCode.TryParse;

    private protected override string Describe(PostalCode value) => value.Value;
}

/// <summary>Reads and writes a <see cref="RegistrationNumber"/> as a JSON string of digits.</summary>
public sealed class RegistrationNumberJsonConverter : IdentifierJsonConverter<RegistrationNumber>
{
    private protected override TryParser Parser { get; } = RegistrationNumber.TryParse;

    private protected override string Describe(RegistrationNumber value) => value.Value;
}
