using System.Globalization;
using Coop.Domain.Model;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Parses a budget (an amount of money) as people write it: the library's one money grammar, that of
/// <see cref="Money.ParseDetailed(ReadOnlySpan{char})"/> (<c>9,400,000,000,000 IRR</c>, <c>۵۰۰ میلیارد ریال</c>,
/// <c>940 میلیارد تومان</c>, <c>500 billion rial</c>, <c>50 billion toman</c>, <c>1.5 million rials</c>, <c>2 trillion rial</c>),
/// with the one rule a budget adds: it is not negative.
/// </summary>
public static class BudgetText
{
    /// <summary>Parses an amount of money; the result is whole rials and may be zero but not negative.</summary>
    /// <param name="text">The text, Persian or ASCII digits.</param>
    /// <param name="budget">The amount, in rials; zero when parsing fails.</param>
    /// <param name="error">Why the text is not an amount, in English; null on success.</param>
    /// <returns>Whether the text is an amount of zero or more.</returns>
    public static bool TryParse(string? text, out Money budget, out string? error)
    {
        ParseResult<Money> parsed = ParseDetailed(text);
        budget = parsed.TryGetValue(out Money value) ? value : Money.Zero;
        error = parsed.Error?.Message;
        return parsed.IsSuccess;
    }

    /// <summary>
    /// Parses an amount of money of zero or more, saying why not with a coded <see cref="ParseError"/> (its
    /// <see cref="ParseError.MessageFa"/> says it in Persian): the codes of <see cref="Money.ParseDetailed(ReadOnlySpan{char})"/>,
    /// and <see cref="ParseErrorCode.NegativeAmount"/> for an amount below zero.
    /// </summary>
    /// <param name="text">The text, Persian or ASCII digits.</param>
    /// <returns>The amount in whole rials, or the error.</returns>
    public static ParseResult<Money> ParseDetailed(string? text)
    {
        ParseResult<Money> parsed = Money.ParseDetailed(text);
        if (parsed.TryGetValue(out Money value) && value.IsNegative)
        {
            int sign = text!.AsSpan().IndexOfAny('-', '\u2212');
            return ParseResult.Failure<Money>(new ParseError(
                Math.Max(sign, 0),
                $"'{text}' is negative; a budget is zero or more",
                ParseErrorCode.NegativeAmount,
                value.Rials.ToString(CultureInfo.InvariantCulture)));
        }

        return parsed;
    }
}
