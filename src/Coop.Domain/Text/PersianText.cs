namespace Coop.Domain.Text;

/// <summary>
/// Normalisation of Persian text typed by people or exported by older systems: digits and the Arabic
/// forms of Yeh and Kaf. Apply it before parsing, comparing, hashing or storing identifiers and keys.
/// </summary>
/// <remarks>
/// Extended Arabic-Indic digits (U+06F0–U+06F9, ۰–۹, used in Persian) and Arabic-Indic digits
/// (U+0660–U+0669, ٠–٩) both become ASCII digits. Arabic Yeh (ي, U+064A) and Alef Maksura (ى, U+0649)
/// become Farsi Yeh (ی, U+06CC); Arabic Kaf (ك, U+0643) becomes Keheh (ک, U+06A9). Everything else,
/// including ZWNJ (U+200C, the half-space), is kept.
/// </remarks>
public static class PersianText
{
    /// <summary>Returns <paramref name="text"/> with Persian and Arabic-Indic digits as ASCII and ي/ى/ك as ی/ک.</summary>
    /// <param name="text">Any text; <see langword="null"/> is returned as an empty string.</param>
    /// <returns>The normalised text; the same instance when nothing needed to change.</returns>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        int first = IndexOfNonNormal(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = NormalizeChar(span[i]);
            }
        });
    }

    /// <summary>Normalises one character as <see cref="Normalize(string?)"/> does.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The ASCII digit, Farsi Yeh or Keheh it stands for; otherwise <paramref name="c"/>.</returns>
    public static char NormalizeChar(char c) => c switch
    {
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        _ => c,
    };

    /// <summary>Replaces ASCII digits with Persian digits (۰–۹) for display.</summary>
    /// <param name="text">Any text; <see langword="null"/> is returned as an empty string.</param>
    /// <returns>The text with every ASCII digit replaced.</returns>
    public static string ToPersianDigits(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u06F0' + (c - '0')) : c;
            }
        });
    }

    private static int IndexOfNonNormal(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (NormalizeChar(text[i]) != text[i])
            {
                return i;
            }
        }

        return -1;
    }
}
