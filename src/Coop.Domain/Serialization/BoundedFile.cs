namespace Coop.Domain.Serialization;

/// <summary>
/// Reads a whole file, but never more than a limit: the size a file system reports is not trusted (a device such
/// as <c>/dev/zero</c>, or a pipe, reports 0 and never ends), so the read itself stops one byte past the limit.
/// </summary>
internal static class BoundedFile
{
    /// <summary>Reads <paramref name="path"/> if it holds at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The limit, in bytes.</param>
    /// <param name="limitText">How the limit is written in the message, e.g. <c>4 MiB</c>.</param>
    /// <param name="bytes">The content, when it could be read within the limit.</param>
    /// <returns>Null when <paramref name="bytes"/> holds the content; otherwise what is wrong (missing, a folder, too large).</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static string? TryRead(string path, int maxBytes, string limitText, out byte[]? bytes)
    {
        bytes = null;
        if (Directory.Exists(path))
        {
            return "this is a folder, not a file";
        }

        if (!File.Exists(path))
        {
            return "the file does not exist";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        long reported = stream.CanSeek ? stream.Length : 0;
        if (reported > maxBytes)
        {
            return $"the file is {reported} bytes; the limit is {maxBytes} bytes ({limitText})";
        }

        // Grow the buffer as the data arrives, up to one byte past the limit.
        byte[] buffer = new byte[Math.Min(maxBytes + 1L, Math.Max(reported + 1, 64 * 1024))];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return $"the file is larger than the limit of {maxBytes} bytes ({limitText})";
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            }

            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            return $"the file is larger than the limit of {maxBytes} bytes ({limitText})";
        }

        Array.Resize(ref buffer, length);
        bytes = buffer;
        return null;
    }
    /// <summary>Reads <paramref name="path"/> asynchronously if it holds at most <paramref name="maxBytes"/> bytes (see <see cref="TryRead"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The limit, in bytes.</param>
    /// <param name="limitText">How the limit is written in the message, e.g. <c>4 MiB</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What is wrong (missing, a folder, too large) and null bytes, or null and the content.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<(string? Problem, byte[]? Bytes)> TryReadAsync(string path, int maxBytes, string limitText, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(path))
        {
            return ("this is a folder, not a file", null);
        }

        if (!File.Exists(path))
        {
            return ("the file does not exist", null);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        long reported = stream.CanSeek ? stream.Length : 0;
        if (reported > maxBytes)
        {
            return ($"the file is {reported} bytes; the limit is {maxBytes} bytes ({limitText})", null);
        }

        return await TryReadAsync(stream, reported, maxBytes, limitText, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a stream to its end asynchronously if it holds at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="expected">The expected length, to size the first buffer (0 when unknown).</param>
    /// <param name="maxBytes">The limit, in bytes.</param>
    /// <param name="limitText">How the limit is written in the message, e.g. <c>4 MiB</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>What is wrong (too large) and null bytes, or null and the content.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<(string? Problem, byte[]? Bytes)> TryReadAsync(Stream stream, long expected, int maxBytes, string limitText, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        byte[] buffer = new byte[Math.Min(maxBytes + 1L, Math.Max(expected + 1, 64 * 1024))];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return ($"the file is larger than the limit of {maxBytes} bytes ({limitText})", null);
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1L, buffer.Length * 2L));
            }

            int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (length > maxBytes)
        {
            return ($"the file is larger than the limit of {maxBytes} bytes ({limitText})", null);
        }

        Array.Resize(ref buffer, length);
        return (null, buffer);
    }
}
