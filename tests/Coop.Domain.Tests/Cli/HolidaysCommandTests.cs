namespace Coop.Domain.Tests.Cli;

public class HolidaysCommandTests
{
    [Fact]
    public void Lists_each_holiday_of_the_year_as_six_tab_separated_columns_then_a_count_line()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1404");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(29, lines.Length);
        Assert.Equal("1404/01/01\t2025-03-21\tFriday\tsolar\tجشن نوروز/جشن سال نو\tNowruz (New Year's Day)", lines[0]);
        Assert.Equal("1404/01/02\t2025-03-22\tSaturday\tlunar\tشهادت حضرت علی علیه السلام\tMartyrdom of Imam Ali", lines[2]);
        Assert.All(lines[..^1], l => Assert.Equal(6, l.Split('\t').Length));
        Assert.Equal("28 holidays on 26 days in 1404; 290 working days (weekend: Friday)", lines[^1]);
    }

    [Fact]
    public void The_weekend_option_changes_the_working_day_count()
    {
        var (code, output, _) = CliTestHost.Run("holidays", "1404", "--weekend", "thursday-friday");
        Assert.Equal(0, code);
        Assert.Equal("28 holidays on 26 days in 1404; 241 working days (weekend: Thursday+Friday)", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void Thirty_Esfand_is_listed_as_published_and_the_switches_add_or_remove_it()
    {
        Assert.DoesNotContain("1399/12/30", CliTestHost.Run("holidays", "1399").Output, StringComparison.Ordinal);
        Assert.Contains(
            "1399/12/30\t2021-03-20\tSaturday\tsolar\tآخرین روز سال\tLast day of the year (30 Esfand)",
            CliTestHost.Run("holidays", "1399", "--include-esfand-30").Output,
            StringComparison.Ordinal);
        Assert.Contains("1403/12/30", CliTestHost.Run("holidays", "1403").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1403/12/30", CliTestHost.Run("holidays", "1403", "--exclude-esfand-30").Output, StringComparison.Ordinal);
        Assert.Equal(2, CliTestHost.Run("holidays", "1403", "--exclude-esfand-30", "--include-esfand-30").Code);
    }

    [Fact]
    public void A_year_beyond_the_table_lists_the_solar_holidays_and_warns_on_standard_error()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1406");
        Assert.Equal(0, code);
        Assert.StartsWith("warning: the lunar and one-off holidays of 1406 are not known", error, StringComparison.Ordinal);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(11, lines.Length);
        Assert.All(lines[..^1], l => Assert.Equal("solar", l.Split('\t')[3]));
        Assert.Equal("10 holidays on 10 days in 1406; working days unknown (solar holidays only)", lines[^1]);
    }

    [Fact]
    public void Persian_digits_are_accepted_for_the_year()
    {
        Assert.Equal(CliTestHost.Run("holidays", "1404").Output, CliTestHost.Run("holidays", "۱۴۰۴").Output);
    }

    [Theory]
    [InlineData("14x4")]
    [InlineData("0")]
    [InlineData("9378")]
    [InlineData("-5")]
    [InlineData("1404.5")]
    public void An_invalid_year_exits_2_with_a_clear_message(string year)
    {
        var (code, output, error) = CliTestHost.Run("holidays", year);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("is not a Solar Hijri year", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_weekend_exits_2_with_a_clear_message()
    {
        var (code, _, error) = CliTestHost.Run("holidays", "1404", "--weekend", "caturday");
        Assert.Equal(2, code);
        Assert.Contains("--weekend 'caturday' is not a weekend rule", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_year_is_a_usage_error()
    {
        Assert.Equal(2, CliTestHost.Run("holidays").Code);
    }

    [Fact]
    public void Help_describes_the_verb_and_every_option()
    {
        var (code, output, _) = CliTestHost.Run("holidays", "--help");
        Assert.Equal(0, code);
        foreach (string text in new[] { "official holidays", "--weekend", "--include-esfand-30", "--exclude-esfand-30", "<year>" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }
}
