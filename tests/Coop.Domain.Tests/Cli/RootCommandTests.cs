using Coop.Domain.Cli;

namespace Coop.Domain.Tests.Cli;

public class RootCommandTests
{
    [Fact]
    public void Version_prints_the_package_version()
    {
        var (code, output, _) = CliTestHost.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var (code, output, _) = CliTestHost.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("convert", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error_with_exit_code_2()
    {
        var (code, _, error) = CliTestHost.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_verb_in_the_table()
    {
        var (_, output, _) = CliTestHost.Run("--help");
        Assert.All(CoopCli.VerbNames, verb => Assert.Contains("  " + verb + " ", output, StringComparison.Ordinal));
    }

    [Fact]
    public void A_command_line_that_starts_with_a_verb_builds_only_that_verb()
    {
        foreach (string verb in CoopCli.VerbNames)
        {
            var context = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null);
            var only = Assert.Single(CoopCli.CreateRoot(context, verb).Subcommands);
            Assert.Equal(verb, only.Name);
        }

        Assert.Equal(CoopCli.VerbNames.Count(), CoopCli.CreateRoot(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)).Subcommands.Count);
    }

    // Parsing with only the verb's command must answer exactly as parsing with the whole tree, errors and help included.
    [Theory]
    [InlineData("convert", "1404/08/25")]
    [InlineData("convert", "1404/13/01", "--from", "gregorian")]
    [InlineData("convert", "--fro", "sh", "1404/01/01")]
    [InlineData("holidays", "1404")]
    [InlineData("holidays", "1404", "--weekend", "thursday")]
    [InlineData("period", "1404-Q3")]
    [InlineData("id", "national-code", "0010350828")]
    [InlineData("id", "nationl-code", "0010350828")]
    [InlineData("registry")]
    [InlineData("schema", "decision")]
    [InlineData("test")]
    [InlineData("evaluate", "--policy")]
    [InlineData("convert", "--version")]
    [InlineData("convert", "holidays", "1404")]
    public void A_verb_alone_answers_as_the_whole_tree(params string[] args)
    {
        Assert.Equal(RunWholeTree(args), CliTestHost.Run(args));
    }

    [Fact]
    public void Every_verbs_help_and_usage_errors_are_those_of_the_whole_tree()
    {
        foreach (string verb in CoopCli.VerbNames)
        {
            foreach (string[] args in new[] { new[] { verb, "--help" }, new[] { verb }, new[] { verb, "--no-such-option" } })
            {
                Assert.Equal(RunWholeTree(args), CliTestHost.Run(args));
            }
        }
    }

    private static (int Code, string Output, string Error) RunWholeTree(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(string.Empty), output, error);
        int code = CoopCli.Run(CoopCli.CreateRoot(context), args, context);
        return (code, output.ToString(), error.ToString());
    }
}
