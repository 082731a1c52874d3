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
                "working-days: 76", // 90 days, 13 Fridays, and the Martyrdom of Fatimah on Monday 1404/09/03
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
    [InlineData("1404/07/31", "Mehr (7), which has 30 days")]
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

public class PeriodCommandWorkingDayTests
{
    [Fact]
    public void The_working_day_count_of_Farvardin_1404_skips_Fridays_and_the_Nowruz_holidays()
    {
        var (code, output, _) = CliTestHost.Run("period", "1404-01");
        Assert.Equal(0, code);

        // 31 days; Fridays 1404/01/01, 08, 15, 22, 29; holidays 1–4, 12, 13 Farvardin and the lunar ones from the table.
        int expected = Coop.Domain.Calendar.WorkCalendar.Default.CountWorkingDays(
            new Coop.Domain.Calendar.SolarHijriDate(1404, 1, 1), new Coop.Domain.Calendar.SolarHijriDate(1404, 1, 31));
        Assert.InRange(expected, 15, 24);
        Assert.Contains($"working-days: {expected}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Thursday_Friday_weekend_gives_fewer_working_days()
    {
        string Line(string output) => CliTestHost.Lines(output).Single(l => l.StartsWith("working-days:", StringComparison.Ordinal));
        int friday = int.Parse(Line(CliTestHost.Run("period", "1404-08").Output)["working-days: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        int thursdayFriday = int.Parse(Line(CliTestHost.Run("period", "1404-08", "--weekend", "thursday-friday").Output)["working-days: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(thursdayFriday < friday);
    }

    [Fact]
    public void A_year_with_projected_holidays_counts_them_and_says_so()
    {
        var (code, output, _) = CliTestHost.Run("period", "1410");
        Assert.Equal(0, code);
        Assert.Contains("working-days: 2", output, StringComparison.Ordinal);
        Assert.Contains("(rests on projected holidays of 1410;", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_outside_the_projection_gives_an_upper_bound_and_says_why()
    {
        var (code, output, _) = CliTestHost.Run("period", "1600");
        Assert.Equal(0, code);
        Assert.Contains("working-days: at most", output, StringComparison.Ordinal);
        Assert.Contains("lunar holidays of 1600 are not known", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Official_only_refuses_a_projected_year_with_exit_2_and_a_clear_message()
    {
        var (code, output, _) = CliTestHost.Run("period", "1406-Q1", "--official-only");
        Assert.Equal(2, code);
        Assert.Contains("invalid: the official holidays of 1406 are not known", output, StringComparison.Ordinal);
        var (okCode, okOutput, _) = CliTestHost.Run("period", "1404", "--official-only");
        Assert.Equal(0, okCode);
        Assert.Contains("working-days: 290", okOutput, StringComparison.Ordinal);
    }
}
