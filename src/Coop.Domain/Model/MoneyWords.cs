namespace Coop.Domain.Model;

/// <summary>
/// The words of the one money grammar: scale words and currency units, in English and Persian. <see cref="Money.Parse(string)"/>
/// (and through it <c>--budget</c>) and the expression language's money literals (and through them policy files) read
/// amounts with these tables, so every door of the library accepts the same words.
/// </summary>
internal static class MoneyWords
{
    /// <summary>Thousand, the Persian word that also starts هزار میلیارد (10¹²).</summary>
    internal const string PersianThousand = "هزار";

    /// <summary>Billion in Persian (میلیارد); after هزار it makes 10¹².</summary>
    internal const string PersianBillion = "میلیارد";

    /// <summary>How the words are listed in error messages.</summary>
    internal const string ScaleList = "thousand, million, billion, trillion; هزار, میلیون, میلیارد, هزار میلیارد";

    /// <summary>How the units are listed in error messages.</summary>
    internal const string UnitList = "IRR, rial, rials, ریال (rials); toman, tomans, تومان (10 rials)";

    /// <summary>The multiplier of a scale word (case-insensitive for English; Persian after Yeh/Kaf normalisation), or 0.</summary>
    internal static long Scale(ReadOnlySpan<char> word)
    {
        if (word.Equals("thousand", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual(PersianThousand))
        {
            return 1_000;
        }

        if (word.Equals("million", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("میلیون"))
        {
            return 1_000_000;
        }

        if (word.Equals("billion", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual(PersianBillion))
        {
            return 1_000_000_000;
        }

        return word.Equals("trillion", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("هزارمیلیارد") ? 1_000_000_000_000 : 0;
    }

    /// <summary>
    /// The scale of two scale words in a row, or 0 when they do not combine: only هزار میلیارد (a thousand billion, 10¹²),
    /// the Persian for a trillion, does.
    /// </summary>
    internal static long Combine(long first, long second) => first == 1_000 && second == 1_000_000_000 ? 1_000_000_000_000 : 0;

    /// <summary>The rials in one unit of a currency word (1 for rials, 10 for toman), or 0 when it is not one.</summary>
    internal static long Unit(ReadOnlySpan<char> word)
    {
        if (word.Equals("IRR", StringComparison.OrdinalIgnoreCase) || word.Equals("rial", StringComparison.OrdinalIgnoreCase)
            || word.Equals("rials", StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("ریال"))
        {
            return 1;
        }

        return word.Equals("toman", StringComparison.OrdinalIgnoreCase) || word.Equals("tomans", StringComparison.OrdinalIgnoreCase)
            || word.SequenceEqual("تومان")
            ? 10
            : 0;
    }
}
