using System.Text;

namespace Coop.Domain.Text;

/// <summary>UTF-8 formatting shared by the value types' <see cref="IUtf8SpanFormattable"/> implementations.</summary>
internal static class Utf8Text
{
    /// <summary>The longest text any of the value types formats (a custom period in Persian display form is the longest).</summary>
    private const int MaxChars = 128;

    /// <summary>Formats <paramref name="value"/> as characters on the stack and transcodes them; allocates nothing.</summary>
    public static bool TryFormat<T>(T value, Span<byte> destination, out int bytesWritten, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[MaxChars];
        if (!value.TryFormat(chars, out int length, format, null))
        {
            // Only a form longer than MaxChars gets here (none of the library's does); format it on the heap.
            return Encoding.UTF8.TryGetBytes(value.ToString(format.IsEmpty ? null : format.ToString(), null), destination, out bytesWritten);
        }

        return Encoding.UTF8.TryGetBytes(chars[..length], destination, out bytesWritten);
    }

    /// <summary>Copies a string into a character span when it fits.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
