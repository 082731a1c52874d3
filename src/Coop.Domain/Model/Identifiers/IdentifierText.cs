using Coop.Domain.Text;

namespace Coop.Domain.Model.Identifiers;

/// <summary>Shared input handling for the digit-only identifiers.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Normalises Persian and Arabic-Indic digits, drops spaces and hyphens, and checks that only ASCII
    /// digits remain. Writes the digits to <paramref name="digits"/> (which must hold at least
    /// <paramref name="maxLength"/> characters) and returns their count, or -1 with an error.
    /// </summary>
    internal static int ReadDigits(ReadOnlySpan<char> input, Span<char> digits, int maxLength, string what, out IdentifierError error, int positionOffset = 0)
    {
        int count = 0;
        for (int i = 0; i < input.Length; i++)
        {
            char c = PersianText.NormalizeChar(input[i]);
            if (c is ' ' or '-' or '\u00A0' or '\t')
            {
                continue;
            }

            if (c is < '0' or > '9')
            {
                error = new IdentifierError(IdentifierRule.InvalidCharacter, $"{what} may contain only digits; '{input[i]}' at position {i + 1 + positionOffset} is not a digit.");
                return -1;
            }

            if (count == maxLength)
            {
                error = new IdentifierError(IdentifierRule.Length, $"{what} has more than {maxLength} digits.");
                return -1;
            }

            digits[count++] = c;
        }

        if (count == 0)
        {
            error = new IdentifierError(IdentifierRule.Empty, $"{what} is empty.");
            return -1;
        }

        error = default;
        return count;
    }

    internal static bool AllSame(ReadOnlySpan<char> digits)
    {
        for (int i = 1; i < digits.Length; i++)
        {
            if (digits[i] != digits[0])
            {
                return false;
            }
        }

        return true;
    }

    internal static FormatException ToException(IdentifierError error) => new(error.Message);
}
