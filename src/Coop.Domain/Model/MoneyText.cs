using System.Globalization;
using System.Text.RegularExpressions;
using Coop.Domain.Text;

namespace Coop.Domain.Model;

/// <summary>
/// Formatting and parsing of <see cref="Money"/>.
/// </summary>
/// <remarks>
/// Accepted input (after Persian/Arabic digits become ASCII, ٫ becomes '.', ٬ becomes ',', and ZWNJ or
/// no-break spaces become spaces): an optional sign (<c>-</c> or U+2212), one or more terms joined by
/// <c> و </c>, and a unit at the end: <c>IRR</c>, <c>rial(s)</c> or <c>ریال</c> for rials, <c>toman</c>
/// or <c>تومان</c> for toman. A term is a number (digits, optionally grouped by commas in threes, optionally
/// with a decimal fraction) followed by an optional scale word: هزار (10³), میلیون (10⁶), میلیارد (10⁹),
/// هزار میلیارد (10¹²). The total must be a whole number of rials.
/// </remarks>
internal static partial class MoneyText
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
        string sign = rials < 0 ? "-" : string.Empty;
        return word.Length == 0
            ? $"{sign}{PersianText.ToPersianDigits(digits)} تومان"
            : $"{sign}{PersianText.ToPersianDigits(digits)} {word} تومان";
    }

    internal static bool TryParse(string? text, out Money value, out string? error)
    {
        value = Money.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "An amount of money is empty; write e.g. '9,400,000,000,000 IRR' or '940 میلیارد تومان'.";
            return false;
        }

        string s = Clean(text);
        if (!TryStripUnit(s, out string body, out long unitRials))
        {
            error = $"'{text}' has no currency unit at the end; end it with IRR, ریال (rial) or تومان (toman).";
            return false;
        }

        bool negative = false;
        if (body.StartsWith('-'))
        {
            negative = true;
            body = body[1..].TrimStart();
        }

        if (body.Length == 0)
        {
            error = $"'{text}' has a unit but no number.";
            return false;
        }

        decimal total = 0m;
        try
        {
            foreach (string term in body.Split(" و ", StringSplitOptions.TrimEntries))
            {
                if (!TryParseTerm(term, out decimal termValue))
                {
                    error = $"'{text}': '{term}' is not a number (digits grouped by commas in threes, optional decimals) with an optional scale word (هزار, میلیون, میلیارد, هزار میلیارد).";
                    return false;
                }

                total += termValue;
            }

            total *= unitRials;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is too large for Money (at most 9,223,372,036,854,775,807 IRR).";
            return false;
        }

        if (decimal.Truncate(total) != total)
        {
            error = $"'{text}' is not a whole number of rials.";
            return false;
        }

        if (total > long.MaxValue)
        {
            error = $"'{text}' is too large for Money (at most 9,223,372,036,854,775,807 IRR).";
            return false;
        }

        long rials = (long)total;
        value = Money.FromRials(negative ? -rials : rials);
        error = null;
        return true;
    }

    private static string Clean(string text)
    {
        string s = PersianText.Normalize(text)
            .Replace('\u066B', '.')
            .Replace('\u066C', ',')
            .Replace('\u2212', '-')
            .Replace('\u200C', ' ')
            .Replace('\u00A0', ' ')
            .Replace('\u202F', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    private static bool TryStripUnit(string s, out string body, out long unitRials)
    {
        ReadOnlySpan<(string Unit, long Rials)> units =
        [
            ("IRR", 1), ("rials", 1), ("rial", 1), ("ریال", 1), ("toman", 10), ("تومان", 10),
        ];
        foreach ((string unit, long rials) in units)
        {
            if (s.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                body = s[..^unit.Length].TrimEnd();
                unitRials = rials;
                return true;
            }
        }

        body = s;
        unitRials = 0;
        return false;
    }

    private static bool TryParseTerm(string term, out decimal value)
    {
        value = 0m;
        Match match = Term().Match(term);
        if (!match.Success)
        {
            return false;
        }

        string number = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        decimal scale = 1m;
        string word = match.Groups["scale"].Value;
        foreach ((decimal candidate, string candidateWord) in s_scales)
        {
            if (word.Length > 0 && string.Equals(word.Replace(" ", string.Empty, StringComparison.Ordinal), candidateWord.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal))
            {
                scale = candidate;
            }
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
        {
            // The pattern matched, so the digits are well formed: only their size can be wrong.
            throw new OverflowException();
        }

        value = parsed * scale;
        return true;
    }

    [GeneratedRegex("\\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(
        "^(?<number>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?)(?: ?(?<scale>هزار ?میلیارد|میلیارد|میلیون|هزار))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
