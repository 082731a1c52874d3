namespace Coop.Domain.Model.Identifiers;

/// <summary>An Iranian postal code (کد پستی): 10 digits.</summary>
/// <remarks>
/// Iran Post publishes no check digit, so validation is structural, using the rule common Iranian
/// validators share: the first five digits never contain 0 or 2, and the code does not start with four
/// equal digits. Persian and Arabic-Indic digits are accepted; spaces and hyphens (as in
/// <c>16197-35744</c>) are ignored. Treat a valid result as "well-formed", not "exists".
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.PostalCodeJsonConverter))]
public readonly record struct PostalCode : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<PostalCode>
{
    private const string What = "A postal code";
    private readonly string? _value;

    private PostalCode(string value) => _value = value;

    /// <summary>The 10 ASCII digits; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(PostalCode)</c>, which holds no code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and validates a postal code.</summary>
    /// <param name="text">The code as typed.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The code is invalid; the message names the rule that failed.</exception>
    public static PostalCode Parse(string text) =>
        TryParse(text, out PostalCode code, out IdentifierError error) ? code : throw IdentifierText.ToException(error);

    /// <summary>Parses and validates a postal code without throwing.</summary>
    /// <param name="text">The code as typed.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? text, out PostalCode code) => TryParse(text, out code, out _);

    /// <summary>Parses and validates a postal code, saying which rule failed.</summary>
    /// <param name="text">The code as typed.</param>
    /// <param name="code">The code when valid.</param>
    /// <param name="error">The failed rule and a message when invalid.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? text, out PostalCode code, out IdentifierError error)
    {
        code = default;
        Span<char> d = stackalloc char[10];
        int count = IdentifierText.ReadDigits(text, d, out IdentifierRule failure, out int position);
        if (count < 0)
        {
            error = IdentifierText.DescribeReadFailure(failure, position, text, 10, What);
            return false;
        }

        error = default;

        if (count != 10)
        {
            error = new IdentifierError(IdentifierRule.Length, $"{What} has exactly 10 digits; got {count}.");
            return false;
        }

        int bad = d[..5].IndexOfAny('0', '2');
        if (bad >= 0)
        {
            error = new IdentifierError(IdentifierRule.Format, $"{What}'s first five digits never contain 0 or 2; digit {bad + 1} is {d[bad]}.");
            return false;
        }

        if (IdentifierText.AllSame(d[..4]))
        {
            error = new IdentifierError(IdentifierRule.RepeatedDigits, $"{What} cannot start with four equal digits.");
            return false;
        }

        code = new PostalCode(new string(d));
        return true;
    }

    // Generic parsing and formatting (minimal-API binding, IParsable<T> constraints, interpolation, Utf8JsonWriter): the
    // provider is ignored because identifiers are culture-invariant; the one format is the digits (G).
    static PostalCode IParsable<PostalCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<PostalCode>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out PostalCode result) => TryParse(s, out result);

    static PostalCode ISpanParsable<PostalCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<PostalCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PostalCode result) => TryParse(s.ToString(), out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.Format(Value, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, utf8Destination, out bytesWritten, format);

    /// <summary>The 10 digits.</summary>
    public override string ToString() => Value;
}
