namespace Coop.Domain.Tests;

/// <summary>
/// A stream that, like ASP.NET Core's request and response bodies, throws on every synchronous read, write and flush
/// and allows only the asynchronous ones. Written bytes are kept (<see cref="ToArray"/>); readable content is given
/// to the constructor. <see cref="OnAsyncWrite"/> runs after each asynchronous write (e.g. to cancel a token mid-way).
/// </summary>
internal sealed class AsyncOnlyStream : Stream
{
    private readonly MemoryStream _inner;

    public AsyncOnlyStream() => _inner = new MemoryStream();

    public AsyncOnlyStream(byte[] content) => _inner = new MemoryStream(content, writable: false);

    /// <summary>Runs after each asynchronous write with the number of writes so far.</summary>
    public Action<int>? OnAsyncWrite { get; set; }

    public int AsyncWrites { get; private set; }

    public int AsyncFlushes { get; private set; }

    public override bool CanRead => _inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => _inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => _inner.ToArray();

    public override void Flush() => throw Sync(nameof(Flush));

    public override int Read(byte[] buffer, int offset, int count) => throw Sync(nameof(Read));

    public override int Read(Span<byte> buffer) => throw Sync(nameof(Read));

    public override int ReadByte() => throw Sync(nameof(ReadByte));

    public override void Write(byte[] buffer, int offset, int count) => throw Sync(nameof(Write));

    public override void Write(ReadOnlySpan<byte> buffer) => throw Sync(nameof(Write));

    public override void WriteByte(byte value) => throw Sync(nameof(WriteByte));

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        AsyncFlushes++;
        return Task.CompletedTask;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        return _inner.Read(buffer.Span);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Task.Yield();
        _inner.Write(buffer.Span);
        AsyncWrites++;
        OnAsyncWrite?.Invoke(AsyncWrites);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static InvalidOperationException Sync(string member) =>
        new($"Synchronous operations are disallowed ({member}); call the asynchronous form instead.");
}
