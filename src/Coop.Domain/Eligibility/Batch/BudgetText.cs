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
    /// <param name="error">Why the text is not an amount; null on success.</param>
    /// <returns>Whether the text is an amount of zero or more.</returns>
    public static bool TryParse(string? text, out Money budget, out string? error)
    {
        ParseResult<Money> parsed = Money.ParseDetailed(text);
        budget = Money.Zero;
        if (!parsed.TryGetValue(out Money value))
        {
            error = parsed.Error?.Message;
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
}
