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
}
