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
public readonly record struct NationalCode
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
    public static bool TryParse(string? text, out NationalCode code, out IdentifierError error)
    {
        code = default;
        Span<char> digits = stackalloc char[10];
        if (!TryValidate(text, digits, out error))
        {
            return false;
        }

        code = new NationalCode(new string(digits));
        return true;
    }

    /// <summary>Checks a national code without allocating.</summary>
    /// <param name="text">The code as typed.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[10];
        return TryValidate(text, digits, out _);
    }

    private static bool TryValidate(ReadOnlySpan<char> text, Span<char> digits, out IdentifierError error)
    {
        int count = IdentifierText.ReadDigits(text, digits, 10, What, out error);
        if (count < 0)
        {
            return false;
        }

        if (count < 8)
        {
            error = new IdentifierError(IdentifierRule.Length, $"{What} has 10 digits (8 or 9 are padded with leading zeros); got {count}.");
            return false;
        }

        if (count < 10)
        {
            int pad = 10 - count;
            digits[..count].CopyTo(digits[pad..]);
            digits[..pad].Fill('0');
        }

        if (IdentifierText.AllSame(digits))
        {
            error = new IdentifierError(IdentifierRule.RepeatedDigits, $"{What} cannot be one digit repeated ({digits[0]}×10).");
            return false;
        }

        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        int r = sum % 11;
        int expected = r < 2 ? r : 11 - r;
        if (digits[9] - '0' != expected)
        {
            error = new IdentifierError(IdentifierRule.CheckDigit, $"{What}'s check digit (the 10th) should be {expected}, not {digits[9]}.");
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>The 10 digits.</summary>
    public override string ToString() => Value;
}
