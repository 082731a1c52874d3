using System.Text;
using Coop.Domain.Cli;

namespace Coop.Domain.Tests.Cli;

/// <summary>A failure no command expected ends with one plain line on stderr and exit 70, never a stack trace.</summary>
public sealed class UnexpectedErrorTests
{
    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void WriteLine(string? value) => throw failure;
    }

    [Fact]
    public void Output_that_cannot_be_written_says_so_in_one_line_and_exits_70()
    {
        using var error = new StringWriter();
        using var output = new FailingWriter(new IOException("Broken pipe"));

        int code = CoopCli.Run(["convert", "1404/01/01"], TextReader.Null, output, error);

        Assert.Equal(CoopCli.InternalError, code);
        Assert.Equal("coop: cannot write the output: Broken pipe", error.ToString().TrimEnd());
    }

    [Fact]
    public void An_unexpected_exception_is_reported_as_a_bug_without_a_stack_trace()
    {
        using var error = new StringWriter();
        using var output = new FailingWriter(new InvalidOperationException("the writer broke"));

        int code = CoopCli.Run(["convert", "1404/01/01"], TextReader.Null, output, error);

        Assert.Equal(CoopCli.InternalError, code);
        string text = error.ToString();
        Assert.StartsWith("coop: unexpected error (InvalidOperationException): the writer broke", text, StringComparison.Ordinal);
        Assert.Contains("bug in coop", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Single(CliTestHost.Lines(text));
    }
}
