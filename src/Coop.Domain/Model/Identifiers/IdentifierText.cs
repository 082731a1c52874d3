using Coop.Domain.Text;
using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>An identifier's text for <see cref="IFormattable"/>: its digits for the only format, G (or none).</summary>
    internal static string Format(string value, ReadOnlySpan<char> format)
    {
        CheckFormat(format);
        return value;
    }

    /// <summary>Copies an identifier's characters for <see cref="ISpanFormattable"/>; allocates nothing.</summary>
    internal static bool TryFormat(string value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format)
    {
        CheckFormat(format);
        return Utf8Text.TryCopy(value, destination, out charsWritten);
    }

    /// <summary>Writes an identifier's ASCII characters as UTF-8 for <see cref="IUtf8SpanFormattable"/>; allocates nothing.</summary>
    internal static bool TryFormat(string value, Span<byte> destination, out int bytesWritten, ReadOnlySpan<char> format)
    {
        CheckFormat(format);
        return System.Text.Encoding.UTF8.TryGetBytes(value, destination, out bytesWritten);
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (format is not ("" or "G"))
        {
            throw new FormatException($"'{format}' is not an identifier format; identifiers have one form, G (the digits as stored).");
        }
    }
}
