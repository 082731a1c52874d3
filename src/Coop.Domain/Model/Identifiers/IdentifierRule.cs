namespace Coop.Domain.Model.Identifiers;

/// <summary>The validation rule an identifier failed; see <see cref="IdentifierError"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<IdentifierRule>))]
public enum IdentifierRule
{
    /// <summary>The input was null, empty or only separators.</summary>
    Empty,

    /// <summary>The input contains a character that is not a digit (or, for Sheba, not the country code).</summary>
    InvalidCharacter,

    /// <summary>The input has the wrong number of digits.</summary>
    Length,

    /// <summary>The input is one digit repeated (e.g. 1111111111), which passes the checksum but is never issued.</summary>
    RepeatedDigits,

    /// <summary>The check digit (or the ISO 13616 mod-97 check) does not match.</summary>
    CheckDigit,

    /// <summary>The input breaks a structural rule of the format (e.g. a postal code starting with 0 or 2).</summary>
    Format,

    /// <summary>A Sheba number does not start with the country code IR.</summary>
    CountryCode,
}

/// <summary>Why an identifier is invalid: the rule that failed and a message for people.</summary>
/// <param name="Rule">The rule that failed.</param>
/// <param name="Message">An English sentence naming the rule and, where it helps, the position or the expected value.</param>
public readonly record struct IdentifierError(IdentifierRule Rule, string Message)
{
    /// <summary>Why the identifier is invalid, in Persian, from <see cref="Rule"/>, naming the identifier: e.g. «رقم کنترل کد ملی نمی‌خواند».</summary>
    /// <param name="identifier">
    /// The identifier's type: <see cref="NationalCode"/>, <see cref="LegalEntityId"/>, <see cref="Sheba"/>, <see cref="PostalCode"/>
    /// or <see cref="RegistrationNumber"/>; any other is named as a registration number.
    /// </param>
    /// <returns>The Persian sentence, without a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public string MessageFa(Type identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return Coop.Domain.Text.PersianMessages.Identifier(identifier.Name, Rule);
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
