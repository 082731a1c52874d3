using System.Text;

namespace Coop.Domain.Cli;

/// <summary>
/// Standard output for a verb that writes much, line by line: the console's writer flushes at every write, so the real
/// console gets a buffered UTF-8 writer of its own (flushed when disposed); any other writer (a test's) is used as it is.
/// </summary>
internal sealed class BufferedOutput : IDisposable
{
    private readonly StreamWriter? _own;

    private BufferedOutput(TextWriter writer, StreamWriter? own)
    {
        Writer = writer;
        _own = own;
    }

    /// <summary>Where to write.</summary>
    public TextWriter Writer { get; }

    /// <summary>A buffered writer onto standard output when <paramref name="context"/> writes to the console, else its own writer.</summary>
    public static BufferedOutput For(CliContext context)
    {
        if (!ReferenceEquals(context.Output, Console.Out))
        {
            return new BufferedOutput(context.Output, null);
        }

        // The same bytes as Console.Out (UTF-8 without a byte-order mark, Program sets it), the same line ends.
        var own = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
        {
            AutoFlush = false,
            NewLine = Console.Out.NewLine,
        };
        return new BufferedOutput(own, own);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_own is not null)
        {
            _own.Dispose();
        }
        else
        {
            Writer.Flush();
        }
    }
}
