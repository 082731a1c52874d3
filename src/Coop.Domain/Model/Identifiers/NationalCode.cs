using System.Runtime.CompilerServices;

namespace Coop.Domain.Model.Identifiers;

/// <summary>
/// An Iranian national code (کد ملی) of a natural person: 10 digits, the last a check digit.
/// </summary>
/// <remarks>
/// <para>
/// Check: with digits d0…d9, s = Σ d[i]·(10 − i) for i = 0…8 and r = s mod 11; valid when d9 = r for
/// r &lt; 2, otherwise d9 = 11 − r. The ten repeated-digit codes (0000000000 … 9999999999) pass this
/// check but are never issued, so they are rejected.
/// </para>
/// <para>
/// Input: Persian (۰–۹) and Arabic-Indic (٠–٩) digits are accepted, spaces and hyphens are ignored.
/// <b>Inputs of 8 or 9 digits are padded with leading zeros</b> to 10, because spreadsheets routinely
/// drop the leading zeros of codes such as 0010350829; fewer than 8 digits is a length error.
/// </para>
/// <para><c>default(NationalCode)</c> is not a valid code; <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.NationalCodeJsonConverter))]
public readonly record struct NationalCode : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<NationalCode>
{
    private const string What = "A national code";
    private readonly string? _value;

    private NationalCode(string value) => _value = value;

    /// <summary>The 10 ASCII digits, e.g. <c>0010350829</c>; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is <c>default(NationalCode)</c>, which holds no code.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Parses and validates a national code.</summary>
    /// <param name="text">The code as typed; see the remarks for what is accepted.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The code is invalid; the message names the rule that failed.</exception>
    public static NationalCode Parse(string text) =>
        TryParse(text, out NationalCode code, out IdentifierError error) ? code : throw IdentifierText.ToException(error);

    /// <summary>Parses and validates a national code without throwing.</summary>
    /// <param name="text">The code as typed.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? text, out NationalCode code) => TryParse(text, out code, out _);

    /// <summary>Parses and validates a national code, saying which rule failed.</summary>
    /// <param name="text">The code as typed.</param>
    /// <param name="code">The code when valid.</param>
    /// <param name="error">The failed rule and a message when invalid.</param>
    /// <returns>Whether the code is valid.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string? text, out NationalCode code, out IdentifierError error)
    {
        code = default;
        Span<char> digits = stackalloc char[10];
        IdentifierRule? failure = Check(text, digits, out int detail);
        if (failure is { } rule)
        {
            error = Describe(rule, detail, text, digits);
            return false;
        }

        error = default;
        code = new NationalCode(new string(digits));
        return true;
    }

    /// <summary>Checks a national code without allocating.</summary>
    /// <param name="text">The code as typed.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[10];
        return Check(text, digits, out _) is null;
    }

    /// <summary>The failed rule, or null when valid; <paramref name="detail"/> is what the message needs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IdentifierRule? Check(ReadOnlySpan<char> text, Span<char> digits, out int detail)
    {
        int count = IdentifierText.ReadDigits(text, digits, out IdentifierRule failure, out detail);
        if (count < 0)
        {
            return failure;
        }

        if (count < 8)
        {
            detail = count;
            return IdentifierRule.Length;
        }

        if (count < 10)
        {
            int pad = 10 - count;
            digits[..count].CopyTo(digits[pad..]);
            digits[..pad].Fill('0');
        }

        if (IdentifierText.AllSame(digits))
        {
            return IdentifierRule.RepeatedDigits;
        }

        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        int r = sum % 11;
        detail = r < 2 ? r : 11 - r;
        return digits[9] - '0' == detail ? null : IdentifierRule.CheckDigit;
    }

    private static IdentifierError Describe(IdentifierRule rule, int detail, ReadOnlySpan<char> text, ReadOnlySpan<char> digits) => rule switch
    {
        IdentifierRule.Length when detail < 8 =>
            new(rule, $"{What} has 10 digits (8 or 9 are padded with leading zeros); got {detail}."),
        IdentifierRule.RepeatedDigits => new(rule, $"{What} cannot be one digit repeated ({digits[0]}×10)."),
        IdentifierRule.CheckDigit => new(rule, $"{What}'s check digit (the 10th) should be {detail}, not {digits[9]}."),
        _ => IdentifierText.DescribeReadFailure(rule, detail, text, 10, What),
    };

    // Generic parsing and formatting (minimal-API binding, IParsable<T> constraints, interpolation, Utf8JsonWriter): the
    // provider is ignored because identifiers are culture-invariant; the one format is the digits (G).
    static NationalCode IParsable<NationalCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<NationalCode>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out NationalCode result) => TryParse(s, out result);

    static NationalCode ISpanParsable<NationalCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<NationalCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out NationalCode result) => TryParse(s.ToString(), out result);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => IdentifierText.Format(Value, format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        IdentifierText.TryFormat(Value, utf8Destination, out bytesWritten, format);

    /// <summary>The 10 digits.</summary>
    public override string ToString() => Value;
}
