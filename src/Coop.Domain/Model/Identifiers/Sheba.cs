namespace Coop.Domain.Model.Identifiers;

/// <summary>An Iranian bank account number in IBAN form (شبا, Sheba): <c>IR</c>, two check digits and 22 more digits.</summary>
/// <remarks>
/// <para>
/// Check: ISO 13616 / ISO 7064 MOD 97-10 — move <c>IRkk</c> to the end, replace I with 18 and R with 27,
/// and the resulting number mod 97 must be 1. Structure: <c>IR kk BBB NNNNNNNNNNNNNNNNNNN</c> where
/// <c>BBB</c> (digits 5–7 of the number) is the bank code, e.g. 017 for Bank Melli, 012 for Mellat.
/// </para>
/// <para>
/// Input: spaces and hyphens are ignored, lower-case <c>ir</c> is accepted, Persian and Arabic-Indic
/// digits are normalised. The country code may be omitted when 24 digits are given.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.ShebaJsonConverter))]
public readonly record struct Sheba : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<Sheba>
{
    private const string What = "A Sheba number";
    private readonly string? _value;

    private Sheba(string value) => _value = value;

    /// <summary>The normalised 26-character form, e.g. <c>IR820540102680020817909002</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(Sheba)</c>, which holds no number.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The two ISO 13616 check digits (characters 3–4).</summary>
    public string CheckDigits => Value.Length == 26 ? Value.Substring(2, 2) : string.Empty;

    /// <summary>The 3-digit bank code (characters 5–7), e.g. <c>054</c>.</summary>
    public string BankCode => Value.Length == 26 ? Value.Substring(4, 3) : string.Empty;

    /// <summary>Parses and validates a Sheba number.</summary>
    /// <param name="text">The number as typed.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The number is invalid; the message names the rule that failed.</exception>
    public static Sheba Parse(string text) =>
        TryParse(text, out Sheba sheba, out IdentifierError error) ? sheba : throw IdentifierText.ToException(error);

    /// <summary>Parses and validates a Sheba number without throwing.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="sheba">The number when valid.</param>
    /// <returns>Whether the number is valid.</returns>
    public static bool TryParse(string? text, out Sheba sheba) => TryParse(text, out sheba, out _);

    /// <summary>Parses and validates a Sheba number, saying which rule failed.</summary>
    /// <param name="text">The number as typed.</param>
    /// <param name="sheba">The number when valid.</param>
    /// <param name="error">The failed rule and a message when invalid.</param>
    /// <returns>Whether the number is valid.</returns>
    public static bool TryParse(string? text, out Sheba sheba, out IdentifierError error)
    {
        sheba = default;
        ReadOnlySpan<char> input = (text ?? string.Empty).AsSpan().Trim();
        int start = 0;
        if (input.Length >= 2 && char.IsAsciiLetter(input[0]))
        {
            if ((input[0] | 0x20) != 'i' || (input[1] | 0x20) != 'r')
            {
                error = new IdentifierError(IdentifierRule.CountryCode, $"{What} starts with IR; got '{input[..2].ToString()}'.");
                return false;
            }

            start = 2;
        }

        Span<char> digits = stackalloc char[24];
        int count = IdentifierText.ReadDigits(input[start..], digits, out IdentifierRule failure, out int position);
        if (count < 0)
        {
            error = IdentifierText.DescribeReadFailure(failure, position, input[start..], 24, What, positionOffset: start);
            return false;
        }

        error = default;

        if (count != 24)
        {
            error = new IdentifierError(IdentifierRule.Length, $"{What} is IR followed by 24 digits; got {count} digits.");
            return false;
        }

        // Rearranged: BBAN (digits 2..23) + "1827" (I=18, R=27) + check digits (digits 0..1), mod 97, computed in chunks.
        int remainder = 0;
        for (int i = 2; i < 24; i++)
        {
            remainder = ((remainder * 10) + (digits[i] - '0')) % 97;
        }

        foreach (int d in (ReadOnlySpan<int>)[1, 8, 2, 7])
        {
            remainder = ((remainder * 10) + d) % 97;
        }

        remainder = ((remainder * 10) + (digits[0] - '0')) % 97;
        remainder = ((remainder * 10) + (digits[1] - '0')) % 97;
        if (remainder != 1)
        {
            error = new IdentifierError(IdentifierRule.CheckDigit, $"{What} fails the ISO 13616 mod-97 check (remainder {remainder}, expected 1).");
            return false;
        }

        sheba = new Sheba(string.Concat("IR", digits));
        return true;
    }

    /// <summary>The number in groups of four for display: <c>IR82 0540 1026 8002 0817 9090 02</c>.</summary>
    /// <returns>The grouped form; empty for <c>default</c>.</returns>
    public string ToGroupedString()
    {
        string value = Value;
        var builder = new System.Text.StringBuilder(value.Length + 7);
        for (int i = 0; i < value.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append(' ');
            }

            builder.Append(value[i]);
        }

        return builder.ToString();
    }

    // Generic parsing and formatting (minimal-API binding, IParsable<T> constraints, interpolation, Utf8JsonWriter): the
    // provider is ignored because identifiers are culture-invariant; the one format is the digits (G).
    static Sheba IParsable<Sheba>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Sheba>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out Sheba result) => TryParse(s, out result);

    static Sheba ISpanParsable<Sheba>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<Sheba>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Sheba result) => TryParse(s.ToString(), out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.Format(Value, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, utf8Destination, out bytesWritten, format);

    /// <summary>The 26-character form.</summary>
    public override string ToString() => Value;
}
