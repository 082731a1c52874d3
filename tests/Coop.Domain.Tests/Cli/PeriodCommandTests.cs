namespace Coop.Domain.Tests.Cli;

public class PeriodCommandTests
{
    [Fact]
    public void Prints_the_forms_the_dates_in_both_calendars_and_the_length()
    {
        var (code, output, _) = CliTestHost.Run("period", "1404-Q3");
        Assert.Equal(0, code);
        Assert.Equal(
            [
                "period: 1404-Q3",
                "display: پاییز ۱۴۰۴",
                "unit: season",
                "start: 1404/07/01",
                "end: 1404/09/30",
                "start-gregorian: 2025-09-23",
                "end-gregorian: 2025-12-21",
                "days: 90",
            ],
            CliTestHost.Lines(output));
    }

    [Fact]
    public void A_fiscal_start_by_name_or_number_makes_a_fiscal_year()
    {
        foreach (string start in new[] { "7", "مهر", "Mehr", "۰۷" })
        {
            var (code, output, _) = CliTestHost.Run("period", "1404", "--fiscal-start", start);
            Assert.Equal(0, code);
            string[] lines = CliTestHost.Lines(output);
            Assert.Contains("period: 1404@07", lines);
            Assert.Contains("display: سال مالی ۱۴۰۴ (از مهر)", lines);
            Assert.Contains("start: 1404/07/01", lines);
            Assert.Contains("end: 1405/06/31", lines);
            Assert.Contains("days: 365", lines);
        }
    }

    [Fact]
    public void A_display_form_may_be_given_as_several_words()
    {
        var (code, output, _) = CliTestHost.Run("period", "آبان", "۱۴۰۴");
        Assert.Equal(0, code);
        Assert.Contains("period: 1404-08", CliTestHost.Lines(output));
        Assert.Contains("days: 30", CliTestHost.Lines(output));
    }

    [Fact]
    public void A_custom_range_prints_both_ends()
    {
        var (code, output, _) = CliTestHost.Run("period", "1404/08/25..1404/09/10");
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains("unit: custom", lines);
        Assert.Contains("start-gregorian: 2025-11-16", lines);
        Assert.Contains("end-gregorian: 2025-12-01", lines);
        Assert.Contains("days: 16", lines);
    }

    [Theory]
    [InlineData("1404-Q5", "A season is numbered Q1 to Q4")]
    [InlineData("1404-13", "Month 13 does not exist")]
    [InlineData("1404/09/10..1404/08/25", "before it starts")]
    [InlineData("1404/07/31", "Mehr (7) has 30 days")]
    public void A_bad_spec_prints_invalid_with_the_reason_and_exits_2(string spec, string reason)
    {
        var (code, output, _) = CliTestHost.Run("period", spec);
        Assert.Equal(2, code);
        string line = Assert.Single(CliTestHost.Lines(output));
        Assert.StartsWith("invalid: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_fiscal_start_prints_invalid_and_exits_2()
    {
        var (code, output, _) = CliTestHost.Run("period", "1404", "--fiscal-start", "13");
        Assert.Equal(2, code);
        Assert.StartsWith("invalid: --fiscal-start: Month 13 does not exist", Assert.Single(CliTestHost.Lines(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_spec_is_a_usage_error()
    {
        var (code, _, error) = CliTestHost.Run("period");
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Help_describes_the_verb_and_its_option()
    {
        var (code, output, _) = CliTestHost.Run("period", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--fiscal-start", output, StringComparison.Ordinal);
        Assert.Contains("period", CliTestHost.Run("--help").Output, StringComparison.Ordinal);
    }
}
