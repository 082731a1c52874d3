using System.Text;

namespace Coop.Domain.Reporting.Output;

/// <summary>Label text for charts and pages: bidi isolation of Latin runs and the magnitude of an axis.</summary>
internal static class ChartText
{
    /// <summary>LEFT-TO-RIGHT ISOLATE (U+2066).</summary>
    public const char LeftToRightIsolate = '\u2066';

    /// <summary>POP DIRECTIONAL ISOLATE (U+2069).</summary>
    public const char PopIsolate = '\u2069';

    /// <summary>Whether <paramref name="text"/> holds a letter of the Arabic script (Persian, Arabic): it is then set right to left.</summary>
    public static bool HasArabicScript(string text)
    {
        foreach (char c in text)
        {
            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with every run of Latin text (letters and digits with <c>- _ . / : + #</c> between them, words
    /// joined by single spaces) that holds a Latin letter wrapped in U+2066 … U+2069, so that in a right-to-left line it reads
    /// as written: <c>1404-Q3</c> stays <c>1404-Q3</c> instead of being turned into <c>Q3-1404</c>. Text without Arabic-script
    /// letters is returned as is (it is set left to right).
    /// </summary>
    public static string IsolateLatin(string text)
    {
        if (!HasArabicScript(text))
        {
            return text;
        }

        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsLatinWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int end = i;
            bool latin = false;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsLatinWordChar(c) || (IsJoiner(c) && i + 1 < text.Length && IsLatinWordChar(text[i + 1])))
                {
                    latin |= IsLatinLetter(c);
                    i++;
                    end = i;
                }
                else if (c == ' ' && i + 1 < text.Length && IsLatinLetter(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (!latin)
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8);
            builder.Append(text, copied, start - copied).Append(LeftToRightIsolate).Append(text, start, end - start).Append(PopIsolate);
            copied = end;
            i = end;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// The power of ten (10³, 10⁶, 10⁹ or 10¹²) that axis labels of a scale reaching <paramref name="magnitude"/> are divided
    /// by, and its word; 1 and an empty word below 100,000. A unit is chosen from ten of it up (thousands from 100,000), so
    /// labels keep at least two digits: 1,400,000,000,000 is ۱٬۴۰۰ میلیارد, not ۱٫۴ هزار میلیارد.
    /// </summary>
    public static (decimal Divisor, string Word) Magnitude(decimal magnitude, bool persian)
    {
        magnitude = Math.Abs(magnitude);
        return magnitude switch
        {
            >= 10_000_000_000_000m => (1_000_000_000_000m, persian ? "هزار میلیارد" : "trillion"),
            >= 10_000_000_000m => (1_000_000_000m, persian ? "میلیارد" : "billion"),
            >= 10_000_000m => (1_000_000m, persian ? "میلیون" : "million"),
            >= 100_000m => (1_000m, persian ? "هزار" : "thousand"),
            _ => (1m, string.Empty),
        };
    }

    /// <summary>
    /// A number in the unit of <see cref="Magnitude"/> with one decimal at most, e.g. 12,345,000,000 as <c>۱۲٫۳ میلیارد</c>
    /// (<c>12.3 billion</c> with Latin digits); numbers below 100,000 in full (<c>۹۹٬۹۹۹</c>).
    /// </summary>
    public static string Compact(decimal value, bool persian)
    {
        (decimal divisor, string word) = Magnitude(value, persian);
        decimal scaled = value / divisor;
        string number = OutputText.FormatGrouped(scaled, divisor == 1m ? 0 : Math.Min(1, OutputText.SignificantScale(Math.Round(scaled, 1, MidpointRounding.AwayFromZero))), persian);
        return word.Length == 0 ? number : number + " " + word;
    }

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and < '\u0250' && char.IsLetter(c));

    private static bool IsLatinWordChar(char c) => IsLatinLetter(c) || char.IsAsciiDigit(c);

    private static bool IsJoiner(char c) => c is '-' or '_' or '.' or '/' or ':' or '+' or '#';
}
