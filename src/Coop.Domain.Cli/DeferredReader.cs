namespace Coop.Domain.Cli;

/// <summary>
/// A reader that opens the one it reads from on first use. <see cref="Console.In"/> costs a few milliseconds to set
/// up (the console's encoding, the terminal), which a process that never reads standard input, such as
/// <c>coop convert 1404/08/25</c> called once per row by a script, should not pay.
/// </summary>
internal sealed class DeferredReader(Func<TextReader> open) : TextReader
{
    private TextReader? _reader;

    private TextReader Reader => _reader ??= open();

    public override int Peek() => Reader.Peek();

    public override int Read() => Reader.Read();

    public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Reader.Read(buffer);

    public override string? ReadLine() => Reader.ReadLine();

    public override string ReadToEnd() => Reader.ReadToEnd();

    public override Task<string?> ReadLineAsync() => Reader.ReadLineAsync();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => Reader.ReadLineAsync(cancellationToken);

    public override Task<string> ReadToEndAsync() => Reader.ReadToEndAsync();

    public override Task<string> ReadToEndAsync(CancellationToken cancellationToken) => Reader.ReadToEndAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
        }

        base.Dispose(disposing);
    }
}
