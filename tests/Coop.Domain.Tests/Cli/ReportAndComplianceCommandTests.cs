using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Cli;

public class ReportAndComplianceCommandTests
{
    private static readonly string s_sample = RepoFiles.Path("seeds/registry/sample-registry.jsonl");

    [Fact]
    public void Report_groups_credits_by_season_and_county_and_lists_the_skipped_lines()
    {
        var (code, output, error) = CliTestHost.Run(
            "report", "--registry", s_sample, "--by", "season", "--group", "county", "--measure", "credits", "--from", "1404-Q1", "--to", "1404-Q2");
        Assert.Equal(0, code);
        Assert.Contains("بهار ۱۴۰۴", output, StringComparison.Ordinal);
        Assert.Contains("02-JUYBAR", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1403-Q4", output, StringComparison.Ordinal);
        Assert.Contains(":51: skipped", error, StringComparison.Ordinal); // the sample's intentional bad lines are named, not dropped
    }

    [Fact]
    public void Report_writes_csv_and_a_chart_file()
    {
        string chart = Path.Combine(Path.GetTempPath(), $"coop-chart-{Guid.NewGuid():N}.svg");
        try
        {
            var (code, output, _) = CliTestHost.Run(
                "report", "--registry", s_sample, "--by", "year", "--measure", "registrations", "--format", "csv", "--chart", chart);
            Assert.Equal(0, code);
            Assert.Contains(",", CliTestHost.Lines(output)[0], StringComparison.Ordinal);
            string svg = File.ReadAllText(chart);
            Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Report_writes_a_right_to_left_html_page_with_the_chart_and_Persian_county_names()
    {
        string html = Path.Combine(Path.GetTempPath(), $"coop-report-{Guid.NewGuid():N}.html");
        try
        {
            var (code, _, error) = CliTestHost.Run(
                "report", "--registry", s_sample, "--by", "year", "--group", "county", "--measure", "members", "--html", html);
            Assert.True(code == 0, error);
            string page = File.ReadAllText(html);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">", page, StringComparison.Ordinal);
            Assert.Contains("<svg ", page, StringComparison.Ordinal);
            Assert.Contains("چالوس", page, StringComparison.Ordinal);
            Assert.DoesNotContain("02-CHALUS", page, StringComparison.Ordinal);
            Assert.DoesNotContain("http", page, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(html);
        }
    }

    [Fact]
    public void Report_refuses_the_same_file_for_chart_and_html()
    {
        string path = Path.Combine(Path.GetTempPath(), $"coop-report-{Guid.NewGuid():N}.svg");
        var (code, _, error) = CliTestHost.Run(
            "report", "--registry", s_sample, "--by", "year", "--measure", "registrations", "--chart", path, "--html", path);
        Assert.Equal(2, code);
        Assert.Contains("is also an input", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("1405")]
    [InlineData("1394")]
    [InlineData("1410")]
    public void Compliance_rolls_forward_across_any_Nowruz(string fiscalYear)
    {
        var (code, output, error) = CliTestHost.Run(
            "compliance", "--registry", s_sample, "--cooperative", "10000245545", "--fiscal-year", fiscalYear, "--as-of", "1405/09/14", "--roll", "forward");
        Assert.True(code == 0, error);
        Assert.Contains("OrdinaryAssembly", output, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_notes_due_dates_that_rest_on_projected_holidays()
    {
        var (code, output, _) = CliTestHost.Run(
            "compliance", "--registry", s_sample, "--cooperative", "10000245545", "--fiscal-year", "1394", "--as-of", "1405/09/14", "--roll", "forward");
        Assert.Equal(0, code);
        Assert.Contains("note: 1 due date(s) rest on projected holidays of 1394", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_in_official_only_mode_exits_2_naming_the_year_never_70()
    {
        var (code, _, error) = CliTestHost.Run(
            "compliance", "--registry", s_sample, "--cooperative", "10000245545", "--fiscal-year", "1405", "--as-of", "1405/09/14", "--roll", "forward", "--official-only");
        Assert.Equal(2, code);
        Assert.Contains("--roll forward: the official holidays of 1406 are not known", error, StringComparison.Ordinal);
        var (fineCode, _, _) = CliTestHost.Run(
            "compliance", "--registry", s_sample, "--cooperative", "10000245545", "--fiscal-year", "1405", "--as-of", "1405/09/14", "--official-only");
        Assert.Equal(0, fineCode); // without a roll no holiday is needed
    }

    [Fact]
    public void Compliance_lists_the_obligations_of_a_cooperative_and_writes_an_ics_file()
    {
        string ics = Path.Combine(Path.GetTempPath(), $"coop-{Guid.NewGuid():N}.ics");
        try
        {
            var (code, output, _) = CliTestHost.Run(
                "compliance", "--registry", s_sample, "--cooperative", "10000245545", "--fiscal-year", "1403", "--as-of", "1404/08/25", "--ics", ics);
            Assert.Equal(0, code);
            Assert.Contains("OrdinaryAssembly", output, StringComparison.Ordinal);
            Assert.Contains("1404/04/31", output, StringComparison.Ordinal); // 4 months after 1403/12/30
            Assert.Contains("1404/02/31", output, StringComparison.Ordinal); // the notice: 2 months after
            string calendar = File.ReadAllText(ics);
            Assert.Contains("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
            Assert.Contains("۱۴۰۴/۰۴/۳۱", calendar, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(ics);
        }
    }

    [Theory]
    [InlineData("compliance", "--registry", "SAMPLE", "--cooperative", "999", "--fiscal-year", "1403")]
    [InlineData("report", "--registry", "/nonexistent/registry.jsonl")]
    [InlineData("report", "--registry", "SAMPLE", "--by", "fortnight")]
    public void Bad_input_exits_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        string[] resolved = args.Select(a => a == "SAMPLE" ? s_sample : a).ToArray();
        var (code, output, error) = CliTestHost.Run(resolved);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(output + error));
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("compliance", "--cooperative", "10000245545", "--fiscal-year", "1403")]
    public void A_damaged_registry_is_refused_with_exit_2_naming_the_line(string verb, params string[] rest)
    {
        string text = File.ReadAllText(s_sample);
        string cut = Path.Combine(Directory.CreateTempSubdirectory("coop-report-").FullName, "cut.jsonl");
        File.WriteAllText(cut, text[..(text.Length - 300)]);
        try
        {
            var (code, output, error) = CliTestHost.Run([verb, "--registry", cut, .. rest]);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains(cut + ":201: damaged:", error, StringComparison.Ordinal);
            Assert.Contains("--registry " + cut + ": the file is damaged", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(cut)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("report")]
    [InlineData("compliance", "--cooperative", "10000245545", "--fiscal-year", "1403")]
    public void A_registry_without_one_valid_record_is_refused_with_exit_2(string verb, params string[] rest)
    {
        string[] lines = File.ReadAllLines(s_sample);
        string invalid = Path.Combine(Directory.CreateTempSubdirectory("coop-report-").FullName, "invalid.jsonl");
        File.WriteAllLines(invalid, [lines[0], .. lines[1..].Select(l => l.Replace("\"name\":\"", "\"name\":5,\"was\":\"", StringComparison.Ordinal))]);
        try
        {
            var (code, output, error) = CliTestHost.Run([verb, "--registry", invalid, .. rest]);

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains(invalid + ":2: skipped:", error, StringComparison.Ordinal);
            Assert.Contains("--registry " + invalid + ": none of its 200 records are valid", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(invalid)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("--from", "1500")]
    [InlineData("--to", "1300")]
    public void A_range_the_records_do_not_reach_prints_an_empty_table_not_an_internal_error(string option, string value)
    {
        var (code, output, error) = CliTestHost.Run("report", "--registry", s_sample, "--by", "year", option, value, "--quiet", "--lang", "fa");

        Assert.Equal(0, code);
        Assert.Equal("دوره  تعداد  مبلغ (ریال)\n----  -----  -----------\n", output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
