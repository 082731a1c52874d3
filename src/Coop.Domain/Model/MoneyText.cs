using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Model;

/// <summary>
/// Formatting and parsing of <see cref="Money"/>.
/// </summary>
/// <remarks>
/// The library's one money grammar (<see cref="MoneyWords"/> holds its words, shared with the expression language).
/// Accepted input (after Persian/Arabic digits become ASCII, ٫ becomes '.', ٬ becomes ',', and ZWNJ, direction
/// marks or no-break spaces become spaces): an optional sign (<c>-</c> or U+2212), one or more terms joined by
/// <c> و </c>, and a unit at the end: <c>IRR</c>, <c>rial(s)</c> or <c>ریال</c> for rials, <c>toman(s)</c>
/// or <c>تومان</c> for toman (any letter case). A term is a number (digits, optionally grouped by commas in threes or
/// by underscores as in <c>500_000_000</c>, optionally with a decimal fraction) followed by an optional scale word:
/// thousand or هزار (10³), million or میلیون (10⁶), billion or میلیارد (10⁹), trillion or هزار میلیارد (10¹²).
/// The total must be a whole number of rials.
/// </remarks>
internal static class MoneyText
{
    private static readonly (decimal Scale, string Word)[] s_scales =
    [
        (1_000_000_000_000m, "هزار میلیارد"),
        (1_000_000_000m, "میلیارد"),
        (1_000_000m, "میلیون"),
        (1_000m, "هزار"),
        (1m, ""),
    ];

    internal static string FormatPersian(long rials)
    {
        decimal toman = Math.Abs((decimal)rials) / 10m;
        int index = s_scales.Length - 1;
        for (int i = 0; i < s_scales.Length; i++)
        {
            if (toman >= s_scales[i].Scale)
            {
                index = i;
                break;
            }
        }

        decimal number = decimal.Round(toman / s_scales[index].Scale, 2, MidpointRounding.AwayFromZero);
        if (number >= 1000m && index > 0)
        {
            index--;
            number = decimal.Round(toman / s_scales[index].Scale, 2, MidpointRounding.AwayFromZero);
        }

        string digits = number.ToString("#,0.##", CultureInfo.InvariantCulture)
            .Replace(',', '\u066C')
            .Replace('.', '\u066B');
        string word = s_scales[index].Word;
        string sign = rials < 0 ? "\u2212" : string.Empty; // the minus sign, as Persian numbers are written
        return word.Length == 0
            ? $"{sign}{PersianText.ToPersianDigits(digits)} تومان"
            : $"{sign}{PersianText.ToPersianDigits(digits)} {word} تومان";
    }

    /// <summary>Reads an amount in the grammar of the type remarks; never throws.</summary>
    internal static ParseResult<Money> Parse(ReadOnlySpan<char> input)
    {
        // Every mapping is one character for one, so positions in the cleaned text are positions in the input.
        string s = Clean(input);
        int i = SkipSpaces(s, 0);
        if (i == s.Length)
        {
            return ParseResult.Failure<Money>(new ParseError(
                0, "An amount of money is empty; write e.g. '9,400,000,000,000 IRR', '940 میلیارد تومان' or '500 billion rial'.", ParseErrorCode.Empty));
        }

        bool negative = s[i] == '-';
        if (negative)
        {
            i = SkipSpaces(s, i + 1);
        }

        decimal total = 0m;
        int terms = 0;
        while (true)
        {
            int start = i;
            ReadOnlySpan<char> token = Token(s, i, out int end);
            if (token.IsEmpty || !char.IsAsciiDigit(token[0]))
            {
                return terms == 0 && !token.IsEmpty && MoneyWords.Unit(token) != 0
                    ? ParseResult.Failure<Money>(new ParseError(start, $"'{input}' has a unit but no number.", ParseErrorCode.AmountWithoutNumber, input.ToString()))
                    : NotANumber(input, token.IsEmpty ? "" : token.ToString(), start);
            }

            if (!TryNumber(token, out decimal number, out bool tooLarge))
            {
                return tooLarge ? TooLarge(input, start) : NotANumber(input, token.ToString(), start);
            }

            i = SkipSpaces(s, end);
            long scale = MoneyWords.Scale(Token(s, i, out end));
            if (scale != 0)
            {
                i = SkipSpaces(s, end);
                long combined = MoneyWords.Combine(scale, MoneyWords.Scale(Token(s, i, out end)));
                if (combined != 0)
                {
                    (scale, i) = (combined, SkipSpaces(s, end));
                }
            }
            else
            {
                scale = 1;
            }

            try
            {
                total += number * scale;
            }
            catch (OverflowException)
            {
                return TooLarge(input, start);
            }

            terms++;
            if (Token(s, i, out end) is "و")
            {
                i = SkipSpaces(s, end);
                continue;
            }

            break;
        }

        if (i == s.Length)
        {
            return ParseResult.Failure<Money>(new ParseError(
                s.Length, $"'{input}' has no currency unit at the end; end it with {MoneyWords.UnitList}.", ParseErrorCode.MissingCurrencyUnit));
        }

        ReadOnlySpan<char> unitWord = Token(s, i, out int unitEnd);
        long unit = MoneyWords.Unit(unitWord);
        if (unit == 0)
        {
            return ParseResult.Failure<Money>(new ParseError(
                i,
                $"'{input}' is not an amount of money: '{unitWord}' is neither a scale word ({MoneyWords.ScaleList}) nor a currency unit ({MoneyWords.UnitList}).",
                ParseErrorCode.UnknownCurrencyUnit,
                unitWord.ToString()));
        }

        int after = SkipSpaces(s, unitEnd);
        if (after < s.Length)
        {
            string rest = s.AsSpan(after).TrimEnd().ToString();
            return ParseResult.Failure<Money>(new ParseError(
                after, $"'{input}': '{rest}' follows the unit; the unit ends an amount.", ParseErrorCode.TextAfterCurrencyUnit, rest));
        }

        try
        {
            total *= unit;
        }
        catch (OverflowException)
        {
            return TooLarge(input, 0);
        }

        if (decimal.Truncate(total) != total)
        {
            return ParseResult.Failure<Money>(new ParseError(0, $"'{input}' is not a whole number of rials.", ParseErrorCode.FractionOfRial));
        }

        if (total > long.MaxValue)
        {
            return TooLarge(input, 0);
        }

        long rials = (long)total;
        return ParseResult.Success(Money.FromRials(negative ? -rials : rials));
    }

    private static ParseResult<Money> NotANumber(ReadOnlySpan<char> input, string token, int position) => ParseResult.Failure<Money>(new ParseError(
        position,
        $"'{input}' is not an amount of money: '{token}' is not a number. Write a number (digits, grouped by commas in threes or by _, "
        + $"optionally with decimals), an optional scale word ({MoneyWords.ScaleList}) and a unit ({MoneyWords.UnitList}), e.g. '500 billion rial' or '۹۴۰ میلیارد تومان'.",
        ParseErrorCode.NotANumber,
        token));

    private static ParseResult<Money> TooLarge(ReadOnlySpan<char> input, int position) => ParseResult.Failure<Money>(new ParseError(
        position,
        $"'{input}' is too large for Money (at most 9,223,372,036,854,775,807 IRR).",
        ParseErrorCode.AmountTooLarge,
        long.MaxValue.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Reads digits grouped by commas in threes (<c>9,400,000</c>) or by underscores (<c>500_000_000</c>, as in the
    /// expression language), or not grouped, with an optional decimal fraction.
    /// </summary>
    private static bool TryNumber(ReadOnlySpan<char> token, out decimal value, out bool tooLarge)
    {
        value = 0m;
        tooLarge = false;
        Span<char> digits = stackalloc char[64];
        int count = 0;
        char separator = '\0';
        int group = 0;
        bool firstGroup = true;
        bool fraction = false;
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    tooLarge = true;
                    return false;
                }

                digits[count++] = c;
                group++;
                continue;
            }

            bool between = k > 0 && char.IsAsciiDigit(token[k - 1]) && k + 1 < token.Length && char.IsAsciiDigit(token[k + 1]);
            if (c == '.' && !fraction && between)
            {
                if (separator == ',' && group != 3 && !firstGroup)
                {
                    return false;
                }

                fraction = true;
                digits[count++] = '.';
                group = 0;
                continue;
            }

            if (c is not (',' or '_') || fraction || !between || (separator != '\0' && separator != c))
            {
                return false;
            }

            // Commas group in threes: 1 to 3 digits first, then exactly 3 each.
            if (c == ',' && (firstGroup ? group > 3 : group != 3))
            {
                return false;
            }

            separator = c;
            firstGroup = false;
            group = 0;
        }

        if (separator == ',' && !fraction && group != 3)
        {
            return false;
        }

        if (!decimal.TryParse(digits[..count], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            tooLarge = true;
            return false;
        }

        return true;
    }

    /// <summary>The run of non-space characters at <paramref name="start"/> (empty at the end) and where it ends.</summary>
    private static ReadOnlySpan<char> Token(string s, int start, out int end)
    {
        end = start;
        while (end < s.Length && s[end] != ' ')
        {
            end++;
        }

        return s.AsSpan(start, end - start);
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Digits to ASCII, ي/ك to ی/ک, ٫ to '.', ٬ to ',', U+2212 to '-', and every kind of space, ZWNJ and direction mark to ' '.</summary>
    private static string Clean(ReadOnlySpan<char> input)
    {
        var s = new string(input);
        return string.Create(s.Length, s, static (span, text) =>
        {
            for (int k = 0; k < span.Length; k++)
            {
                char c = PersianText.NormalizeChar(text[k]);
                span[k] = c switch
                {
                    '\u066B' => '.',
                    '\u066C' => ',',
                    '\u2212' => '-',
                    '\u200C' or '\u200E' or '\u200F' or '\uFEFF' => ' ',
                    _ when char.IsWhiteSpace(c) => ' ',
                    _ => c,
                };
            }
        });
    }
}
