using System.Text.Encodings.Web;
using System.Text.Json;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Writes a registry file (docs/registry-format.md): the header line, then one cooperative per line, UTF-8
/// without a byte-order mark, LF line endings, no indentation. Persian text is written as is, not as
/// <c>\uXXXX</c> escapes.
/// </summary>
/// <remarks>Not thread-safe. Dispose (or <see cref="Flush"/>) to push the last bytes to the stream; the stream itself is left open.</remarks>
public sealed class RegistryWriter : IDisposable, IAsyncDisposable
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private long _count;
    private bool _disposed;

    /// <summary>Starts a registry on <paramref name="stream"/> and writes <paramref name="header"/> as line 1.</summary>
    /// <param name="stream">A writable stream; not disposed by the writer.</param>
    /// <param name="header">The header.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable, or the header's format or version is not the one this library writes.</exception>
    public RegistryWriter(Stream stream, RegistryHeader header)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The registry stream must be writable.", nameof(stream));
        }

        if (!string.Equals(header.Format, RegistryHeader.FormatName, StringComparison.Ordinal) || header.Version != RegistryHeader.CurrentVersion)
        {
            throw new ArgumentException(
                $"The header must have format \"{RegistryHeader.FormatName}\" and version {RegistryHeader.CurrentVersion}, not \"{header.Format}\" version {header.Version}.",
                nameof(header));
        }

        _stream = stream;
        _writer = new Utf8JsonWriter(stream, s_writerOptions);
        JsonSerializer.Serialize(_writer, header, CoopJsonContext.Default.RegistryHeader);
        EndLine();
    }

    /// <summary>How many cooperative lines (including raw ones) have been written after the header.</summary>
    public long Count => _count;

    /// <summary>Writes <paramref name="cooperative"/> as the next line.</summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void Write(Cooperative cooperative)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        JsonSerializer.Serialize(_writer, cooperative, CoopJsonContext.Default.Cooperative);
        EndLine();
        _count++;
    }

    /// <summary>
    /// Writes a line as it is, without checking it against the model (the generator uses it for records
    /// that are invalid on purpose). It must be one JSON value on one line.
    /// </summary>
    /// <param name="json">The line's JSON text, without a line ending.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is blank or contains a line break.</exception>
    internal void WriteRaw(string json)
    {
        if (string.IsNullOrWhiteSpace(json) || json.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("A raw registry line must be non-blank JSON on one line.", nameof(json));
        }

        _writer.Flush();
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(json);
        _stream.Write(bytes);
        _stream.WriteByte((byte)'\n');
        _count++;
    }

    /// <summary>Pushes buffered bytes to the stream.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.Flush();
        _writer.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writer.FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    private void EndLine()
    {
        _writer.Flush();
        _stream.WriteByte((byte)'\n');
        _writer.Reset();
    }
}
