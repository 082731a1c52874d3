using Coop.Domain.Cli;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

public sealed class ProgressReporterTests
{
    [Fact]
    public void The_progress_line_gives_records_rate_and_percentage_invariantly()
    {
        Assert.Equal("coop report: 12,345 records read, 6,172/s, 50%", ProgressReporter.Format("report", 12_345, TimeSpan.FromSeconds(2), 0.5));
        Assert.Equal("coop registry check: 7 records read, 0/s", ProgressReporter.Format("registry check", 7, TimeSpan.Zero, null));
        Assert.Equal("coop evaluate: 1,000,000 records read, 100,000/s, 100%", ProgressReporter.Format("evaluate", 1_000_000, TimeSpan.FromSeconds(10), 1.2));
        Assert.Equal("coop generate: done, 100,001 records in 12.5 s", ProgressReporter.FormatDone("generate", 100_001, TimeSpan.FromSeconds(12.46)));
    }

    public static TheoryData<string> LongVerbs => ["report", "registry check", "compliance", "whatif", "evaluate", "generate"];

    private static string[] Arguments(string verb)
    {
        string policy = BatchFixtures.File("test-cooperative.json");
        return verb switch
        {
            "report" => ["report", "--registry", BatchFixtures.Registry],
            "registry check" => ["registry", "check", BatchFixtures.Registry],
            "compliance" => ["compliance", "--registry", BatchFixtures.Registry, "--cooperative", "00000000000", "--fiscal-year", "1403", "--as-of", "1404/08/01"],
            "whatif" => ["whatif", "--current", policy, "--draft", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15"],
            "evaluate" => ["evaluate", "--policy", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15"],
            _ => ["generate", "--count", "50", "--out", "-"],
        };
    }

    [Theory]
    [MemberData(nameof(LongVerbs))]
    public void Every_long_verb_draws_progress_on_a_terminal_stderr_only(string verb)
    {
        string[] args = Arguments(verb);
        var (_, output, error) = Run(args, terminal: true);
        Assert.Contains("records read", error, StringComparison.Ordinal);
        Assert.Contains(": done, ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("records read", output, StringComparison.Ordinal);

        var (_, quietOutput, quiet) = Run([.. args, "--quiet"], terminal: true);
        Assert.DoesNotContain("records read", quiet, StringComparison.Ordinal);
        Assert.Equal(output, quietOutput);

        var (_, redirectedOutput, redirected) = Run(args, terminal: false);
        Assert.DoesNotContain("records read", redirected, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', redirected);
        Assert.Equal(output, redirectedOutput);
    }

    private static (int Code, string Output, string Error) Run(string[] args, bool terminal)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CoopCli.Run(args, new CliContext(TextReader.Null, output, error, ErrorIsTerminal: terminal, ProgressIntervalMs: 0));
        return (code, output.ToString(), error.ToString());
    }
}
