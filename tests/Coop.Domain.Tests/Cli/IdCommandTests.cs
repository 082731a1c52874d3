namespace Coop.Domain.Tests.Cli;

public class IdCommandTests
{
    [Fact]
    public void Prints_valid_or_invalid_per_value_and_exits_1_when_any_is_invalid()
    {
        var (code, output, _) = CliTestHost.Run("id", "national-code", "0010350829", "0010350828", "1111111111");
        Assert.Equal(1, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("valid", lines[0]);
        Assert.StartsWith("invalid: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("check digit", lines[1], StringComparison.Ordinal);
        Assert.Contains("repeated", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("legal-id", "14005893875")]
    [InlineData("sheba", "IR820540102680020817909002")]
    [InlineData("postal-code", "1619735744")]
    [InlineData("registration-number", "391130")]
    public void Each_kind_validates_its_identifier_and_exits_0_when_all_are_valid(string kind, string value)
    {
        var (code, output, _) = CliTestHost.Run("id", kind, value);
        Assert.Equal(0, code);
        Assert.Equal(["valid"], CliTestHost.Lines(output));
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error()
    {
        var (code, _, error) = CliTestHost.Run("id", "passport", "123");
        Assert.Equal(2, code);
        Assert.Contains("passport", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_reads_values_from_standard_input()
    {
        var (code, output, _) = CliTestHost.RunWithInput("0010350829\n۰۰۷۶۲۲۹۶۴۵\n", "id", "national-code", "-");
        Assert.Equal(0, code);
        Assert.Equal(["valid", "valid"], CliTestHost.Lines(output));
    }
}
