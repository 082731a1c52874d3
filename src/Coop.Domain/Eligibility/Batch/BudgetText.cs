using System.Text.RegularExpressions;
using Coop.Domain.Model;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Parses a budget (an amount of money) as people write it: everything <see cref="Money.TryParse(string?, out Money, out string?)"/>
/// accepts (<c>9,400,000,000,000 IRR</c>, <c>۵۰۰ میلیارد ریال</c>, <c>940 میلیارد تومان</c>) and the English scale words of the
/// expression language: <c>500 billion rial</c>, <c>50 billion toman</c>, <c>1.5 million rials</c>, <c>2 trillion rial</c>.
/// </summary>
public static partial class BudgetText
{
    /// <summary>Parses an amount of money; the result is whole rials and may be zero but not negative.</summary>
    /// <param name="text">The text, Persian or ASCII digits.</param>
    /// <param name="budget">The amount, in rials; zero when parsing fails.</param>
    /// <param name="error">Why the text is not an amount; null on success.</param>
    /// <returns>Whether the text is an amount of zero or more.</returns>
    public static bool TryParse(string? text, out Money budget, out string? error)
    {
        budget = Money.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the budget is empty; write e.g. '500 billion rial' or '۵۰ میلیارد تومان'";
            return false;
        }

        string normalized = PersianText.Normalize(text).Trim();
        string persian = Words().Replace(normalized, m => m.Value.ToUpperInvariant() switch
        {
            "TRILLION" => "هزار میلیارد",
            "BILLION" => "میلیارد",
            "MILLION" => "میلیون",
            "THOUSAND" => "هزار",
            "TOMANS" => "toman",
            _ => m.Value,
        });
        if (!Money.TryParse(persian, out Money value, out string? moneyError))
        {
            // The money parser quotes what it was given: show the user's words, not their Persian translation. Where
            // it quotes a part of the translation, no part of the user's text matches: say what is expected instead.
            string message = moneyError!.Replace($"'{persian}'", $"'{text}'", StringComparison.Ordinal);
            error = message;
            if (!string.Equals(persian, normalized, StringComparison.Ordinal) && s_scaleWords.Any(w => message.Contains(w, StringComparison.Ordinal) && !normalized.Contains(w, StringComparison.Ordinal)))
            {
                error = $"'{text}' is not an amount of money: write a number, an optional scale word (thousand, million, billion, trillion) and a unit (rial, toman or IRR), e.g. '500 billion rial'";
            }
            return false;
        }

        if (value.IsNegative)
        {
            error = $"'{text}' is negative; a budget is zero or more";
            return false;
        }

        budget = value;
        error = null;
        return true;
    }

    private static readonly string[] s_scaleWords = ["هزار", "میلیون", "میلیارد"];

    [GeneratedRegex("\\b(trillion|billion|million|thousand|tomans)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
