using Coop.Domain.Cli;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Cli;

/// <summary>What a new user reads: Persian that reads as Persian, tables that fit, help that wraps, README examples that say something.</summary>
public sealed class FirstHourOutputTests
{
    private static readonly string Registry = RepoFiles.Path("seeds/registry/sample-registry.jsonl");

    [Theory]
    [InlineData("evaluate")]
    [InlineData("whatif")]
    [InlineData("report")]
    [InlineData("compliance")]
    [InlineData("validate")]
    [InlineData("sources")]
    [InlineData("test")]
    [InlineData("schema")]
    public void Help_lines_wrap_within_100_characters(string verb)
    {
        var (code, output, _) = CliTestHost.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= CoopCli.HelpWidth, $"{line.Length}: {line}"));
    }

    [Fact]
    public void Evaluate_fits_the_given_width_shortening_reasons_and_wide_prints_them_whole()
    {
        string[] args = ["evaluate", "--policy", "cdb-employment-facility", "--registry", Registry, "--as-of", "1404/08/25"];
        var fitted = CliTestHost.Run([.. args, "--width", "160"]);
        Assert.Equal(0, fitted.Code);
        string[] table = [.. CliTestHost.Lines(fitted.Output).Skip(1).TakeWhile(l => !l.StartsWith("Ranking", StringComparison.Ordinal))];
        Assert.All(table, l => Assert.True(EvaluationCli.Width(l) <= 160, $"{EvaluationCli.Width(l)}: {l}"));
        Assert.Contains(table, l => l.EndsWith('…'));
        Assert.StartsWith("id ", table[0], StringComparison.Ordinal);

        var wide = CliTestHost.Run([.. args, "--width", "160", "--wide"]);
        Assert.DoesNotContain("…", wide.Output, StringComparison.Ordinal);
        Assert.Contains(CliTestHost.Lines(wide.Output), l => l.Length > 200);
    }

    [Fact]
    public void Every_table_header_names_the_as_of_date_and_a_compliance_policy_prints_no_ranking()
    {
        var (code, output, _) = CliTestHost.Run("evaluate", "--policy", "statutory-compliance", "--registry", Registry, "--as-of", "1404/08/25");
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains("Ranking: none, the policy gives no scores, as of 1404/08/25.", lines);
        Assert.Contains("Summary by county, as of 1404/08/25", lines);
        Assert.Contains("Summary by sector, as of 1404/08/25", lines);

        var facility = CliTestHost.Run("evaluate", "--policy", "cdb-employment-facility", "--registry", Registry, "--as-of", "1404/08/25");
        Assert.Contains("Ranking of the eligible (no budget given; --budget allocates one), as of 1404/08/25", CliTestHost.Lines(facility.Output));
    }

    [Fact]
    public void The_README_whatif_example_flips_outcomes_and_speaks_Persian_with_county_and_sector_names()
    {
        var (code, output, _) = CliTestHost.Run(
            "whatif", "--current", "cdb-employment-facility", "--draft", RepoFiles.Path("seeds/drafts/cdb-employment-facility.draft.json"),
            "--registry", Registry, "--as-of", "1404/08/25", "--lang", "fa");
        Assert.Equal(0, code);
        Assert.Contains("در تاریخ ۱۴۰۴/۰۸/۲۵: ۶۷ مورد، ۲ تغییر نتیجه", output, StringComparison.Ordinal);
        Assert.Contains("از «ردشده» به «پذیرفته»: صورت‌های مالی", output, StringComparison.Ordinal);
        Assert.DoesNotContain("نابرقرار", output, StringComparison.Ordinal);
        Assert.DoesNotContain("02-", output, StringComparison.Ordinal);
        Assert.DoesNotContain("services", output, StringComparison.Ordinal);
        Assert.Contains("جویبار", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_reasons_name_parameters_by_their_description_and_round_percentages()
    {
        var (_, output, _) = CliTestHost.Run(
            "evaluate", "--policy", "statutory-compliance", "--registry", Registry, "--as-of", "1404/08/25", "--lang", "fa", "--wide");
        Assert.DoesNotContain("$", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[۰-۹]٫[۰-۹]{3,} درصد", output);
        Assert.DoesNotMatch("[0-9]", string.Join("\n", CliTestHost.Lines(output).Skip(1).Where(l => !l.StartsWith("--", StringComparison.Ordinal))));
    }

    [Fact]
    public void Compliance_in_Persian_leaves_Late_empty_for_obligations_not_done_and_uses_Persian_digits()
    {
        var (code, output, _) = CliTestHost.Run(
            "compliance", "--registry", Registry, "--cooperative", "10000245545", "--fiscal-year", "1403", "--as-of", "1404/08/25", "--lang", "fa");
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal("تعاونی تولیدی اشتغال‌زا چالوس (۱۰۰۰۰۲۴۵۵۴۵)، سال مالی ۱۴۰۳، در تاریخ ۱۴۰۴/۰۸/۲۵:", lines[0]);
        string overdue = Assert.Single(lines, l => l.StartsWith("تراز آزمایشی سه‌ماهه‌ی ۱ ", StringComparison.Ordinal));
        Assert.EndsWith("معوق", overdue, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("انجام‌شده  ۱۴۰۴/۰۲/۱۳   بله", StringComparison.Ordinal));

        var english = CliTestHost.Run("compliance", "--registry", Registry, "--cooperative", "10000245545", "--fiscal-year", "1403", "--as-of", "1404/08/25");
        Assert.DoesNotContain(CliTestHost.Lines(english.Output), l => l.Contains("Overdue", StringComparison.Ordinal) && l.TrimEnd().EndsWith("no", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_in_Persian_names_counties_and_groups_digits()
    {
        var (code, output, _) = CliTestHost.Run("report", "--registry", Registry, "--by", "year", "--group", "county", "--lang", "fa");
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(["دوره", "شهرستان", "تعداد", "مبلغ", "(ریال)"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.StartsWith("سال ۱۴۰۳  عباس‌آباد", StringComparison.Ordinal) && l.EndsWith("۳۵۴٬۴۰۰٬۰۰۰٬۰۰۰", StringComparison.Ordinal));
        Assert.DoesNotContain("02-", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_holiday_names_have_Persian_digits()
    {
        var (code, output, _) = CliTestHost.Run("holidays", "1404");
        Assert.Equal(0, code);
        Assert.Contains("قیام ۱۵ خرداد", output, StringComparison.Ordinal);
        Assert.All(Coop.Domain.Calendar.WorkCalendar.Default.HolidaysIn(1404), h => Assert.DoesNotMatch("[0-9]", h.NameFa));
    }
}
