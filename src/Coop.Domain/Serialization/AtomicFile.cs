namespace Coop.Domain.Serialization;

/// <summary>
/// Writes a file so that it is either wholly replaced or left as it was: the content goes to a temporary file beside
/// the target, is flushed to disk, and is renamed over the target only when complete. On a full disk, an error of
/// the writer or a crash, an existing file survives and no partial file is left under its name.
/// </summary>
/// <remarks>
/// The temporary file is named <c>.{name}.{random}.tmp</c> in the target's folder (so the rename stays on one file
/// system) and is deleted when writing fails. A symbolic link at the target is replaced by the file, not followed.
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes the file at <paramref name="path"/> with <paramref name="write"/>, replacing it only when complete.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="write">Writes the whole content to the stream it is given; it must not dispose it.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written (the target is unchanged).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written (the target is unchanged).</exception>
    /// <remarks>An exception thrown by <paramref name="write"/> leaves the target unchanged and is rethrown.</remarks>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? throw new IOException($"{path}: not a file path.");
        string temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The original failure is the one to report; a leftover .tmp file is harmless and named as such.
            }

            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, replacing the file only when complete.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written (the target is unchanged).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written (the target is unchanged).</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
            writer.Write(text);
        });
    }
}
