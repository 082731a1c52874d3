namespace Coop.Domain.Model.Identifiers;

/// <summary>
/// The national ID of an Iranian legal entity (شناسه ملی اشخاص حقوقی), such as a cooperative: 11 digits,
/// the last a check digit.
/// </summary>
/// <remarks>
/// <para>
/// Check: with digits d0…d10, k = d9 + 2, weights w = 29, 27, 23, 19, 17, 29, 27, 23, 19, 17;
/// s = Σ (d[i] + k)·w[i] for i = 0…9; r = s mod 11, and 0 when r = 10; valid when d10 = r.
/// IDs whose 4th to 9th digits are all zero are rejected as
/// structurally impossible, as common validators do.
/// </para>
/// <para>Persian and Arabic-Indic digits are accepted; spaces and hyphens are ignored. No padding: exactly 11 digits.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.LegalEntityIdJsonConverter))]
public readonly record struct LegalEntityId : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<LegalEntityId>
{
    private const string What = "A legal-entity national ID";
    private static readonly int[] s_weights = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
    private readonly string? _value;

    private LegalEntityId(string value) => _value = value;

    /// <summary>The 11 ASCII digits, e.g. <c>14005893875</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(LegalEntityId)</c>, which holds no ID.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and validates a legal-entity ID.</summary>
    /// <param name="text">The ID as typed.</param>
    /// <returns>The ID.</returns>
    /// <exception cref="FormatException">The ID is invalid; the message names the rule that failed.</exception>
    public static LegalEntityId Parse(string text) =>
        TryParse(text, out LegalEntityId id, out IdentifierError error) ? id : throw IdentifierText.ToException(error);

    /// <summary>Parses and validates a legal-entity ID without throwing.</summary>
    /// <param name="text">The ID as typed.</param>
    /// <param name="id">The ID when valid.</param>
    /// <returns>Whether the ID is valid.</returns>
    public static bool TryParse(string? text, out LegalEntityId id) => TryParse(text, out id, out _);

    /// <summary>Parses and validates a legal-entity ID, saying which rule failed.</summary>
    /// <param name="text">The ID as typed.</param>
    /// <param name="id">The ID when valid.</param>
    /// <param name="error">The failed rule and a message when invalid.</param>
    /// <returns>Whether the ID is valid.</returns>
    public static bool TryParse(string? text, out LegalEntityId id, out IdentifierError error)
    {
        id = default;
        Span<char> d = stackalloc char[11];
        int count = IdentifierText.ReadDigits(text, d, out IdentifierRule failure, out int position);
        if (count < 0)
        {
            error = IdentifierText.DescribeReadFailure(failure, position, text, 11, What);
            return false;
        }

        error = default;

        if (count != 11)
        {
            error = new IdentifierError(IdentifierRule.Length, $"{What} has exactly 11 digits; got {count}.");
            return false;
        }

        if (d[3..9].IndexOfAnyExcept('0') < 0)
        {
            error = new IdentifierError(IdentifierRule.Format, $"{What} cannot have zeros in all of digits 4–9.");
            return false;
        }

        int k = d[9] - '0' + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            sum += (d[i] - '0' + k) * s_weights[i];
        }

        int r = sum % 11;
        if (r == 10)
        {
            r = 0;
        }

        if (d[10] - '0' != r)
        {
            error = new IdentifierError(IdentifierRule.CheckDigit, $"{What}'s check digit (the 11th) should be {r}, not {d[10]}.");
            return false;
        }

        id = new LegalEntityId(new string(d));
        return true;
    }

    // Generic parsing and formatting (minimal-API binding, IParsable<T> constraints, interpolation, Utf8JsonWriter): the
    // provider is ignored because identifiers are culture-invariant; the one format is the digits (G).
    static LegalEntityId IParsable<LegalEntityId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<LegalEntityId>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out LegalEntityId result) => TryParse(s, out result);

    static LegalEntityId ISpanParsable<LegalEntityId>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<LegalEntityId>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out LegalEntityId result) => TryParse(s.ToString(), out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.Format(Value, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, utf8Destination, out bytesWritten, format);

    /// <summary>The 11 digits.</summary>
    public override string ToString() => Value;
}
