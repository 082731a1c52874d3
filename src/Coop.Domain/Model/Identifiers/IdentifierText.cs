using Coop.Domain.Text;

namespace Coop.Domain.Model.Identifiers;

/// <summary>Shared input handling for the digit-only identifiers.</summary>
internal static class IdentifierText
{
    /// <summary>
    /// Normalises Persian and Arabic-Indic digits, drops spaces and hyphens, and checks that only ASCII
    /// digits remain, writing them to <paramref name="digits"/>. Returns their count, or -1 with the
    /// failed rule and the 0-based input position of the offending character. Builds no message, so
    /// the allocation-free checks can use it; <see cref="DescribeReadFailure"/> makes the message.
    /// </summary>
    internal static int ReadDigits(ReadOnlySpan<char> input, Span<char> digits, out IdentifierRule failure, out int position)
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
                (failure, position) = (IdentifierRule.InvalidCharacter, i);
                return -1;
            }

            if (count == digits.Length)
            {
                (failure, position) = (IdentifierRule.Length, i);
                return -1;
            }

            digits[count++] = c;
        }

        (failure, position) = count == 0 ? (IdentifierRule.Empty, 0) : (default, -1);
        return count == 0 ? -1 : count;
    }

    /// <summary>The message for a failure reported by <see cref="ReadDigits"/>.</summary>
    internal static IdentifierError DescribeReadFailure(
        IdentifierRule failure, int position, ReadOnlySpan<char> input, int maxLength, string what, int positionOffset = 0) =>
        failure switch
        {
            IdentifierRule.InvalidCharacter => new(failure, $"{what} may contain only digits; '{input[position]}' at position {position + 1 + positionOffset} is not a digit."),
            IdentifierRule.Length => new(failure, $"{what} has more than {maxLength} digits."),
            _ => new(IdentifierRule.Empty, $"{what} is empty."),
        };

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
