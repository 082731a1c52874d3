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

    [Fact]
    public void Standard_input_mixes_with_arguments_in_order_and_a_blank_line_is_reported_as_invalid()
    {
        var (code, output, _) = CliTestHost.RunWithInput("۲۵ آبان ۱۴۰۴\r\n\r\n2025/3/21\r\n", "convert", "1403/12/30", "-", "2025-03-20");
        Assert.Equal(2, code);
        Assert.Equal(
            ["2025-03-20", "2025-11-16", "invalid: the input is empty", "1404/01/01", "1403/12/30"],
            output.Split('\n')[..^1].Select(l => l.TrimEnd('\r')).ToArray());
    }

    [Theory]
    [InlineData("25 آبان 1404")]
    [InlineData("۲۵ آبان ۱۴۰۴")]
    [InlineData("٢٥ آبان ١٤٠٤")]
    [InlineData("Aban 25, 1404")]
    [InlineData("1404-8-25")]
    public void Accepts_every_form_of_a_Solar_Hijri_date(string input)
    {
        var (code, output, _) = CliTestHost.Run("convert", input);
        Assert.Equal(0, code);
        Assert.Equal("2025-11-16\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void From_sh_reads_years_from_1700_as_Solar_Hijri()
    {
        var (code, output, _) = CliTestHost.Run("convert", "--from", "sh", "2025/01/01", "1404/08/25");
        Assert.Equal(0, code);
        Assert.Equal(["2646-03-21", "2025-11-16"], CliTestHost.Lines(output));
    }

    [Fact]
    public void From_gregorian_reads_years_below_1700_as_Gregorian()
    {
        var (code, output, _) = CliTestHost.Run("convert", "--from", "gregorian", "1404/08/25", "۲۰۲۵/۱۱/۱۶");
        Assert.Equal(0, code);
        Assert.Equal(["0783/06/03", "1404/08/25"], CliTestHost.Lines(output));
    }

    [Fact]
    public void No_input_is_a_usage_error()
    {
        var (code, _, error) = CliTestHost.Run("convert");
        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void An_unknown_calendar_is_a_usage_error()
    {
        var (code, _, error) = CliTestHost.Run("convert", "--from", "julian", "1404/01/01");
        Assert.Equal(2, code);
        Assert.Contains("julian", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1404/13/01", "invalid: month 13 is not in 1–12")]
    [InlineData("1404/12/30", "invalid: 1404/12/30: day 30 does not exist in Esfand 1404, which has 29 days because 1404 is not a leap year")]
    [InlineData("2025-02-29", "invalid: 2025-02-29: day 29 does not exist in February 2025, which has 28 days")]
    [InlineData("1404/0x/25", "invalid: unexpected character 'x' at position 6")]
    [InlineData("04/08/25", "invalid: year '04' has 2 digits: write the full year (e.g. 1404); short years are not guessed")]
    [InlineData("25/08/1404", "invalid: a numeric date is written year first (yyyy/MM/dd): did you mean 1404/08/25?")]
    [InlineData("25 Abann 1404", "invalid: 'Abann' at position 3 is not a month name (Farvardin … Esfand, فروردین … اسفند)")]
    [InlineData("25 Aban 2025", "invalid: the year 2025 is read as Gregorian (years from 1700), but the month name is Solar Hijri; a Gregorian date is written yyyy-MM-dd or yyyy/MM/dd")]
    [InlineData("9999-12-31", "invalid: 9999-12-31 is outside the range of the Solar Hijri calendar, 0622-03-22 to 9999-03-17")]
    [InlineData("", "invalid: the input is empty")]
    public void Each_kind_of_invalid_input_prints_its_reason_and_exits_2(string input, string line)
    {
        var (code, output, _) = CliTestHost.Run("convert", input);
        Assert.Equal(2, code);
        Assert.Equal(line + "\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Help_describes_the_year_rule_and_the_from_option()
    {
        var (code, output, _) = CliTestHost.Run("convert", "--help");
        Assert.Equal(0, code);
        Assert.Contains("1700", output, StringComparison.Ordinal);
        Assert.Contains("--from", output, StringComparison.Ordinal);
    }
}
