namespace Coop.Domain.Model.Identifiers;

/// <summary>
/// A company registration number (شماره ثبت) given by the registry office, e.g. <c>391130</c>: 1 to 12
/// digits, not all zero. It has no check digit and is unique only within its registry office.
/// </summary>
/// <remarks>Persian and Arabic-Indic digits are accepted; spaces and hyphens are ignored; leading zeros are kept.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.RegistrationNumberJsonConverter))]
public readonly record struct RegistrationNumber : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<RegistrationNumber>
{
    private const string What = "A registration number";
    private readonly string? _value;

    private RegistrationNumber(string value) => _value = value;

    /// <summary>The ASCII digits; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(RegistrationNumber)</c>, which holds no number.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and validates a registration number.</summary>
    /// <param name="text">The number as typed.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The number is invalid; the message names the rule that failed.</exception>
    public static RegistrationNumber Parse(string text) =>
        TryParse(text, out RegistrationNumber number, out IdentifierError error) ? number : throw IdentifierText.ToException(error);

    /// <summary>Parses and validates a registration number without throwing.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="number">The number when valid.</param>
    /// <returns>Whether the number is valid.</returns>
    public static bool TryParse(string? text, out RegistrationNumber number) => TryParse(text, out number, out _);

    /// <summary>Parses and validates a registration number, saying which rule failed.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="number">The number when valid.</param>
    /// <param name="error">The failed rule and a message when invalid.</param>
    /// <returns>Whether the number is valid.</returns>
    public static bool TryParse(string? text, out RegistrationNumber number, out IdentifierError error)
    {
        number = default;
        Span<char> d = stackalloc char[12];
        int count = IdentifierText.ReadDigits(text, d, out IdentifierRule failure, out int position);
        if (count < 0)
        {
            error = IdentifierText.DescribeReadFailure(failure, position, text, 12, What);
            return false;
        }

        error = default;

        if (d[..count].IndexOfAnyExcept('0') < 0)
        {
            error = new IdentifierError(IdentifierRule.Format, $"{What} cannot be all zeros.");
            return false;
        }

        number = new RegistrationNumber(new string(d[..count]));
        return true;
    }

    // Generic parsing and formatting (minimal-API binding, IParsable<T> constraints, interpolation, Utf8JsonWriter): the
    // provider is ignored because identifiers are culture-invariant; the one format is the digits (G).
    static RegistrationNumber IParsable<RegistrationNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<RegistrationNumber>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out RegistrationNumber result) => TryParse(s, out result);

    static RegistrationNumber ISpanParsable<RegistrationNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<RegistrationNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegistrationNumber result) => TryParse(s.ToString(), out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.Format(Value, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, utf8Destination, out bytesWritten, format);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;
}
