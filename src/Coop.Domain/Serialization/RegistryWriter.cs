using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Writes a registry file (docs/registry-format.md): the header line, then one cooperative per line, UTF-8
/// without a byte-order mark, LF line endings, no indentation. Persian text is written as is, not as
/// <c>\uXXXX</c> escapes.
/// </summary>
/// <remarks>
/// Not thread-safe. Lines are collected in memory and pushed to the stream 64 KiB at a time: by <see cref="Write"/> and
/// <see cref="Flush"/> synchronously, by <see cref="WriteAsync"/>, <see cref="FlushAsync"/> and <see cref="DisposeAsync"/>
/// with asynchronous I/O only (what ASP.NET Core's response body requires; the constructor writes nothing to the stream).
/// Dispose (or flush) to push the last bytes; the stream itself is left open.
/// </remarks>
public sealed class RegistryWriter : IDisposable, IAsyncDisposable
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    private const int PushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(PushThreshold + 4096);
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
        _writer = new Utf8JsonWriter(_buffer, s_writerOptions);
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
        Append(cooperative);
        if (_buffer.WrittenCount >= PushThreshold)
        {
            Push();
        }
    }

    /// <summary>Writes <paramref name="cooperative"/> as the next line, with asynchronous I/O only.</summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="cancellationToken">Stops the write with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the line is buffered (and, every 64 KiB, written).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public ValueTask WriteAsync(Cooperative cooperative, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Append(cooperative);
        return _buffer.WrittenCount >= PushThreshold ? PushAsync(cancellationToken) : ValueTask.CompletedTask;
    }

    private void Append(Cooperative cooperative)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        ObjectDisposedException.ThrowIf(_disposed, this);
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

        System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, json.AsSpan(), _buffer);
        _buffer.Write("\n"u8);
        _count++;
    }

    /// <summary>Pushes the lines written so far to the stream (synchronous I/O).</summary>
    public void Flush() => Push();

    /// <summary>Pushes the lines written so far to the stream and flushes it, with asynchronous I/O only.</summary>
    /// <param name="cancellationToken">Stops the write with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        await PushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Push();
        _disposed = true;
        _writer.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await FlushAsync().ConfigureAwait(false);
        _disposed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the buffered lines with one synchronous write.</summary>
    private void Push()
    {
        if (_buffer.WrittenCount > 0)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Writes the buffered lines with one asynchronous write.</summary>
    private async ValueTask PushAsync(CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount > 0)
        {
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }

    private void EndLine()
    {
        // The JSON writer's output is the buffer: ending a line moves no bytes to the stream.
        _writer.Flush();
        _buffer.Write("\n"u8);
        _writer.Reset();
    }
}
