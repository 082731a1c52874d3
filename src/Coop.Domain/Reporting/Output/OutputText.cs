using System.Globalization;
using System.Text;
using Coop.Domain.Text;

namespace Coop.Domain.Reporting.Output;

/// <summary>Checks and number forms shared by the output writers.</summary>
internal static class OutputText
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What <paramref name="write"/> writes, as a string (writers format invariantly themselves).</summary>
    public static string Capture(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    /// <summary>Runs <paramref name="write"/> on a UTF-8 (no BOM) writer over <paramref name="stream"/>, leaving the stream open.</summary>
    public static void ToStream(Stream stream, string paramName, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(stream, paramName);
        using var writer = new StreamWriter(stream, s_utf8, 4096, leaveOpen: true);
        write(writer);
    }

    /// <summary>
    /// Runs <paramref name="write"/> into memory (UTF-8, no BOM) and then copies the bytes to <paramref name="stream"/>
    /// with asynchronous writes of at most 64 KiB and an asynchronous flush: no synchronous I/O on the stream, so it
    /// suits ASP.NET Core's response body. The stream is left open. Cancellation is checked before composing and between
    /// chunks.
    /// </summary>
    public static async Task ToStreamAsync(Stream stream, string paramName, Action<TextWriter> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream, paramName);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, s_utf8, 4096, leaveOpen: true))
        {
            write(writer);
        }

        await CopyAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies what <paramref name="buffer"/> holds to <paramref name="stream"/> in asynchronous chunks, then flushes it asynchronously.</summary>
    public static async Task CopyAsync(MemoryStream buffer, Stream stream, CancellationToken cancellationToken)
    {
        const int Chunk = 64 * 1024;
        ReadOnlyMemory<byte> bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        for (int at = 0; at < bytes.Length; at += Chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await stream.WriteAsync(bytes.Slice(at, Math.Min(Chunk, bytes.Length - at)), cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Throws when <paramref name="value"/> is null or holds a character no output format can carry:
    /// a control character (line breaks only where <paramref name="allowLineBreaks"/>) or a lone surrogate.
    /// </summary>
    public static string Check(string? value, string paramName, string what, bool allowLineBreaks = false)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"The {what} is null.");
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            bool lineBreak = c is '\n' or '\r';
            if (char.IsSurrogate(c) || (char.IsControl(c) && c != '\t' && !(allowLineBreaks && lineBreak)))
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The {what} has the character U+{(int)c:X4} at index {i}, which cannot be written: control characters{(allowLineBreaks ? " other than line breaks and tab" : " other than tab")} and unpaired surrogates are not allowed."),
                    paramName);
            }
        }

        return value;
    }

    /// <summary>
    /// <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> places, with
    /// thousands grouping; Persian digits use ٬ (U+066C) and ٫ (U+066B) as separators.
    /// </summary>
    public static string FormatGrouped(decimal value, int decimals, bool persianDigits)
    {
        decimal rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m)
        {
            rounded = 0m; // no "-0"
        }

        string text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (!persianDigits)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c switch
            {
                ',' => '\u066C',
                '.' => '\u066B',
                '-' => '\u2212',
                _ => c,
            });
        }

        return PersianText.ToPersianDigits(builder.ToString());
    }

    /// <summary>The number of decimal places <paramref name="value"/> needs (trailing zeros dropped).</summary>
    public static int SignificantScale(decimal value)
    {
        // 2.50m carries scale 2 but needs one place: drop trailing zeros while the value is unchanged.
        int scale = value.Scale;
        while (scale > 0 && value == Math.Round(value, scale - 1))
        {
            scale--;
        }

        return scale;
    }
}
