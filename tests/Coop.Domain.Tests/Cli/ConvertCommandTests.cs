namespace Coop.Domain.Tests.Cli;

public class ConvertCommandTests
{
    [Fact]
    public void Converts_each_input_to_the_other_calendar_one_line_each_in_order()
    {
        var (code, output, _) = CliTestHost.Run("convert", "1404/08/25", "2025-03-20", "۱۴۰۴/۰۱/۰۱");
        Assert.Equal(0, code);
        Assert.Equal(["2025-11-16", "1403/12/30", "2025-03-21"], CliTestHost.Lines(output));
    }

    [Fact]
    public void An_impossible_date_prints_invalid_with_a_reason_and_exits_2()
    {
        var (code, output, _) = CliTestHost.Run("convert", "1404/07/31", "1404/08/25");
        Assert.Equal(2, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.StartsWith("invalid: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("30 days", lines[0], StringComparison.Ordinal);
        Assert.Equal("2025-11-16", lines[1]);
    }

    [Fact]
    public void A_dash_reads_dates_from_standard_input()
    {
        var (code, output, _) = CliTestHost.RunWithInput("1404/01/01\n2025-11-16\n", "convert", "-");
        Assert.Equal(0, code);
        Assert.Equal(["2025-03-21", "1404/08/25"], CliTestHost.Lines(output));
    }
}
