namespace Coop.Domain.Tests.Cli;

public class HolidaysCommandTests
{
    [Fact]
    public void Lists_each_holiday_of_the_year_as_seven_tab_separated_columns_then_a_count_line()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1404");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(29, lines.Length);
        Assert.Equal("1404/01/01\t2025-03-21\tFriday\tsolar\tجشن نوروز/جشن سال نو\tNowruz (New Year's Day)\tofficial", lines[0]);
        Assert.Equal("1404/01/02\t2025-03-22\tSaturday\tlunar\tشهادت حضرت علی علیه السلام\tMartyrdom of Imam Ali\tofficial", lines[2]);
        Assert.All(lines[..^1], l => Assert.Equal(7, l.Split('\t').Length));
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
        Assert.DoesNotContain("1395/12/30", CliTestHost.Run("holidays", "1395").Output, StringComparison.Ordinal);
        Assert.Contains(
            "1395/12/30\t2017-03-20\tMonday\tsolar\tآخرین روز سال\tLast day of the year (30 Esfand)\tofficial",
            CliTestHost.Run("holidays", "1395", "--include-esfand-30").Output,
            StringComparison.Ordinal);
        Assert.Contains("1399/12/30", CliTestHost.Run("holidays", "1399").Output, StringComparison.Ordinal);
        Assert.Contains("1403/12/30", CliTestHost.Run("holidays", "1403").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1403/12/30", CliTestHost.Run("holidays", "1403", "--exclude-esfand-30").Output, StringComparison.Ordinal);
        Assert.Equal(2, CliTestHost.Run("holidays", "1403", "--exclude-esfand-30", "--include-esfand-30").Code);
    }

    [Fact]
    public void A_year_beyond_the_table_lists_projected_lunar_holidays_marked_and_notes_it_on_standard_error()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1406");
        Assert.Equal(0, code);
        Assert.StartsWith("note: 17 of these holidays are projected: no official calendar of 1406 is known", error, StringComparison.Ordinal);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(28, lines.Length);
        Assert.All(lines[..^1], l => Assert.Equal(l.Split('\t')[3] == "lunar" ? "projected" : "official", l.Split('\t')[6]));
        Assert.Equal("27 holidays on 27 days in 1406 (17 projected); 290 working days (weekend: Friday)", lines[^1]);
    }

    [Fact]
    public void A_year_outside_the_projection_lists_the_solar_holidays_and_warns()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1600");
        Assert.Equal(0, code);
        Assert.StartsWith("warning: the lunar and one-off holidays of 1600 are not known", error, StringComparison.Ordinal);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(11, lines.Length);
        Assert.Equal("10 holidays on 10 days in 1600; working days unknown (solar holidays only)", lines[^1]);
    }

    [Fact]
    public void Official_only_refuses_a_projected_year_with_exit_2_naming_it_and_accepts_a_table_year()
    {
        var (code, output, error) = CliTestHost.Run("holidays", "1406", "--official-only");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: the official holidays of 1406 are not known", error, StringComparison.Ordinal);
        Assert.Equal(0, CliTestHost.Run("holidays", "1404", "--official-only").Code);
    }

    [Fact]
    public void A_holidays_file_replaces_the_projection_of_its_year()
    {
        string path = Path.Combine(Path.GetTempPath(), $"official-1406-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "solar_hijri_date\tkind\tname_fa\tname_en\tsource\n1406/03/25\tlunar\tعاشورای حسینی\tAshura\tofficial calendar 1406\n");
        try
        {
            var (code, output, error) = CliTestHost.Run("holidays", "1406", "--holidays", path, "--official-only");
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            string[] lines = CliTestHost.Lines(output);
            Assert.Contains("1406/03/25\t2027-06-15\tTuesday\tlunar\tعاشورای حسینی\tAshura\tofficial", lines);
            Assert.Equal("11 holidays on 11 days in 1406; 305 working days (weekend: Friday)", lines[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_holidays_file_exits_2_naming_the_line_and_column()
    {
        string path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "solar_hijri_date\tkind\tname_fa\tname_en\n1406/03/25\tlunr\tx\tAshura\n");
        try
        {
            var (code, output, error) = CliTestHost.Run("holidays", "1406", "--holidays", path);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("line 2, column kind: kind 'lunr' is not solar, lunar or adhoc", error, StringComparison.Ordinal);
            Assert.Contains(path, error, StringComparison.Ordinal);
            var (missingCode, _, missingError) = CliTestHost.Run("holidays", "1406", "--holidays", path + ".missing");
            Assert.Equal(2, missingCode);
            Assert.Contains("cannot be read", missingError, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
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
        foreach (string text in new[] { "holidays of a Solar Hijri year", "--weekend", "--include-esfand-30", "--exclude-esfand-30", "--holidays", "--official-only", "<year>" })
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_help_names_the_shipped_table_years()
    {
        var (_, output, _) = CliTestHost.Run("holidays", "--help");
        Assert.Contains("1395–1405", output, StringComparison.Ordinal);
    }
}
