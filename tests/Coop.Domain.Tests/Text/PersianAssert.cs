using System.Text.RegularExpressions;

namespace Coop.Domain.Tests.Text;

/// <summary>
/// The checks every Persian-text test shares: Latin letters and ASCII digits belong only inside a left-to-right isolate
/// (U+2066 … U+2069), the way ids, paths and English values are embedded in Persian sentences.
/// </summary>
internal static partial class PersianAssert
{
    /// <summary>The text with every isolate (and what it holds) removed.</summary>
    internal static string OutsideIsolates(string text) => Isolate().Replace(text, string.Empty);

    /// <summary>No Latin letter or ASCII digit outside an isolate, isolates balanced, and some Persian text.</summary>
    internal static void AssertPersianOutsideIsolates(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            depth += c == '\u2066' ? 1 : c == '\u2069' ? -1 : 0;
            Assert.False(depth == 0 && (char.IsAsciiLetter(c) || char.IsAsciiDigit(c)), $"'{c}' outside an isolate in: {text}");
        }

        Assert.Equal(0, depth);
        Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
    }

    [GeneratedRegex("\u2066[^\u2069]*\u2069")]
    private static partial Regex Isolate();
}
