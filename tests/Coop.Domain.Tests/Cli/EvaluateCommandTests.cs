using System.Text;
using System.Text.Json;
using Coop.Domain.Cli;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

public sealed class EvaluateCommandTests
{
    private static readonly string s_policy = BatchFixtures.File("test-facility-1404.json");

    private static (int Code, string Output, string Error) Evaluate(params string[] extra) =>
        CliTestHost.Run(["evaluate", "--policy", s_policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet", .. extra]);

    [Fact]
    public void The_table_shows_decisions_ranking_summaries_and_a_total()
    {
        var (code, output, error) = Evaluate("--budget", "500 billion rial");

        Assert.Equal(0, code);
        Assert.Contains("Policy test-facility v2", output, StringComparison.Ordinal);
        Assert.Contains("cooperative", output, StringComparison.Ordinal);
        Assert.Contains("reasons", output, StringComparison.Ordinal);
        Assert.Contains("The cooperative is not active.", output, StringComparison.Ordinal);
        Assert.Contains("Ranking and allocation of a budget of 500,000,000,000 IRR", output, StringComparison.Ordinal);
        Assert.Contains("partly funded", output, StringComparison.Ordinal);
        Assert.Contains("Summary by county", output, StringComparison.Ordinal);
        Assert.Contains("Summary by sector", output, StringComparison.Ordinal);
        string last = CliTestHost.Lines(output)[^1];
        Assert.StartsWith("Total: 60 decisions from 196 cooperatives", last, StringComparison.Ordinal);
        Assert.Contains("4 bad registry lines", last, StringComparison.Ordinal);
        Assert.Contains("funded 500,000,000,000 IRR", last, StringComparison.Ordinal);
        Assert.Contains("sample-registry.jsonl:51: skipped:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_output_has_Persian_headers_outcomes_messages_and_digits()
    {
        var (code, output, _) = Evaluate("--lang", "fa", "--budget", "۵۰ میلیارد تومان");

        Assert.Equal(0, code);
        Assert.Contains("تعاونی", output, StringComparison.Ordinal);
        Assert.Contains("دلایل", output, StringComparison.Ordinal);
        Assert.Contains("فاقد شرایط", output, StringComparison.Ordinal);
        Assert.Contains("تعاونی فعال نیست.", output, StringComparison.Ordinal);
        Assert.Contains("تأمین جزئی", output, StringComparison.Ordinal);
        Assert.Contains("۵۰۰٬۰۰۰٬۰۰۰٬۰۰۰", output, StringComparison.Ordinal);
        Assert.Contains("خلاصه بر حسب شهرستان", output, StringComparison.Ordinal);
        Assert.StartsWith("جمع: ۶۰ تصمیم", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_output_names_counties_and_sectors_in_Persian_and_English_output_keeps_their_codes()
    {
        var (_, persian, _) = Evaluate("--lang", "fa");
        var (_, english, _) = Evaluate();

        Assert.Contains("ساری", persian, StringComparison.Ordinal);
        Assert.Contains("کشاورزی", persian, StringComparison.Ordinal);
        Assert.DoesNotContain("02-SARI", persian, StringComparison.Ordinal);
        Assert.DoesNotContain("agriculture", persian, StringComparison.Ordinal);
        Assert.Contains("02-SARI", english, StringComparison.Ordinal);
        Assert.Contains("agriculture", english, StringComparison.Ordinal);
    }

    [Fact]
    public void The_README_main_job_ranks_the_reference_facility_policy_under_a_budget_funding_one_and_part_of_another()
    {
        var (code, output, error) = CliTestHost.Run(
        [
            "evaluate", "--policy", Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/policies/cdb-employment-facility.json"),
            "--registry", BatchFixtures.Registry, "--as-of", "1404/08/25", "--budget", "100 billion rial",
        ]);

        Assert.Equal(0, code);
        Assert.Contains("Policy cdb-employment-facility v1", output, StringComparison.Ordinal);
        Assert.Contains("Ranking and allocation of a budget of 100,000,000,000 IRR", output, StringComparison.Ordinal);
        Assert.Contains(" funded", output, StringComparison.Ordinal);
        Assert.Contains("partly funded", output, StringComparison.Ordinal);
        // Failures resting on the policy's assumptions are needs review, not ineligible (issue 15 §3).
        Assert.StartsWith("Total: 67 decisions from 196 cooperatives", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
        Assert.Contains("2 eligible, 34 ineligible, 0 incomplete, 31 needs review", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
        Assert.Contains("funded 100,000,000,000 IRR", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
        Assert.Contains("sample-registry.jsonl:201: skipped:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_machine_readable_with_the_decision_contract_ranking_and_summary()
    {
        var (code, output, _) = Evaluate("--format", "json", "--budget", "500 billion rial");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        Assert.Equal("test-facility", root.GetProperty("policy").GetString());
        Assert.Equal("1404/06/15", root.GetProperty("asOf").GetString());
        Assert.Equal(500_000_000_000L, root.GetProperty("budgetRials").GetInt64());
        Assert.Equal(4, root.GetProperty("badLines").GetArrayLength());
        JsonElement decisions = root.GetProperty("decisions");
        Assert.Equal(60, decisions.GetArrayLength());
        JsonElement ineligible = decisions.EnumerateArray().Select(d => d.GetProperty("decision")).First(d => d.GetProperty("outcome").GetString() == "ineligible");
        JsonElement failed = ineligible.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("status").GetString() == "failed");
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("message").GetProperty("en").GetString()));
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("message").GetProperty("fa").GetString()));
        Assert.Equal(1, root.GetProperty("ranking")[0].GetProperty("rank").GetInt32());
        Assert.Equal(60, root.GetProperty("summary").GetProperty("total").GetProperty("decisions").GetInt32());
    }

    [Fact]
    public void Csv_output_has_one_quoted_row_per_decision()
    {
        var (code, output, _) = Evaluate("--format", "csv");

        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.StartsWith("id,line,cooperative,registration_number", lines[0], StringComparison.Ordinal);
        Assert.Equal(61, lines.Length);
        Assert.Contains(lines, l => l.Contains(",ineligible,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"The amount per job is", StringComparison.Ordinal));
    }

    [Fact]
    public void Trace_prints_each_rules_trace_under_its_row()
    {
        var (code, output, _) = Evaluate("--trace");

        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        int first = Array.FindIndex(lines, l => l.StartsWith("    ↳ active:", StringComparison.Ordinal));
        Assert.True(first > 3);
        Assert.Contains("cooperative.active = ", lines[first], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("$maxPerJob = ", StringComparison.Ordinal) && l.Contains("(from 1403/01/01, no source)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    ↳ score priority-sector: application.sector = ", StringComparison.Ordinal) && l.EndsWith(" → +10", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    ↳ score many-jobs: ", StringComparison.Ordinal) && l.EndsWith(" → +0", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_with_trace_adds_a_trace_column_with_every_rule_and_scoring_term()
    {
        var (code, output, _) = Evaluate("--trace", "--format", "csv");
        var (_, plain, _) = Evaluate("--format", "csv");

        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.EndsWith(",reasons,trace", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",reasons", CliTestHost.Lines(plain)[0], StringComparison.Ordinal);
        Assert.Equal(CliTestHost.Lines(plain).Length, lines.Length);
        Assert.All(lines[1..], l => Assert.Contains("active: cooperative.active = ", l, StringComparison.Ordinal));
        Assert.All(lines[1..], l => Assert.Contains(" | score priority-sector: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_trace_lists_values_and_parameters()
    {
        var (code, output, _) = Evaluate("--trace", "--format", "json");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement decision = doc.RootElement.GetProperty("decisions")[0].GetProperty("decision");
        JsonElement trace = decision.GetProperty("trace");
        Assert.Equal(7, trace.GetArrayLength());
        JsonElement scoring = decision.GetProperty("scoreTrace");
        Assert.Equal(["priority-sector", "employment-generating", "many-jobs"], scoring.EnumerateArray().Select(t => t.GetProperty("term").GetString()));
        Assert.Equal(decision.GetProperty("score").GetDecimal(), scoring.EnumerateArray().Sum(t => t.GetProperty("points").GetDecimal()));
        Assert.All(scoring.EnumerateArray(), t => Assert.True(t.GetProperty("values").GetArrayLength() > 0));
    }

    [Fact]
    public void Parallel_runs_print_exactly_the_same_output()
    {
        var (_, sequential, _) = Evaluate("--budget", "300 billion rial", "--format", "json");
        var (code, parallel, _) = Evaluate("--budget", "300 billion rial", "--format", "json", "--parallel", "4");

        Assert.Equal(0, code);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Several_policy_files_are_versions_and_the_one_in_force_decides()
    {
        var (code, output, _) = CliTestHost.Run(
            "evaluate", "--policy", BatchFixtures.File("test-facility-1403.json"), BatchFixtures.File("test-facility-1404.json"),
            "--registry", BatchFixtures.Registry, "--as-of", "۱۴۰۳/۱۰/۰۱");

        Assert.Equal(0, code);
        Assert.StartsWith("Policy test-facility v1", output, StringComparison.Ordinal);
    }

    /// <summary>A cooperative policy whose member minimum names no source, so a failure on it rests on an assumption.</summary>
    private static string AssumptionPolicy()
    {
        string json = File.ReadAllText(BatchFixtures.File("test-cooperative.json"))
            .Replace("\"parameters\": [],", "\"parameters\": [ { \"name\": \"minimumMembers\", \"type\": \"integer\", \"values\": [ { \"from\": \"1390/01/01\", \"value\": 7 } ] } ],", StringComparison.Ordinal)
            .Replace("\"check\": \"cooperative.memberCount >= 7\",", "\"check\": \"cooperative.memberCount >= $minimumMembers\", \"sources\": [\"coop-sector-law-art-54-sabtilia\"],", StringComparison.Ordinal);
        string path = Path.Combine(Directory.CreateTempSubdirectory("coop-assumption-").FullName, "assumption.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void A_failure_resting_on_an_assumption_needs_review_and_says_so_in_table_csv_json_and_trace()
    {
        string policy = AssumptionPolicy();
        string[] run = ["evaluate", "--policy", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet"];

        var (code, table, error) = CliTestHost.Run([.. run, "--trace"]);
        Assert.True(code is 0 or 1, error);
        Assert.Contains("rests on an unverified assumption: $minimumMembers from 1390/01/01 (no source)", table, StringComparison.Ordinal);
        Assert.Contains("sources coop-sector-law-art-54-sabtilia", table, StringComparison.Ordinal);
        Assert.Contains("$minimumMembers = 7 (from 1390/01/01, no source)", table, StringComparison.Ordinal);

        var (_, persian, _) = CliTestHost.Run([.. run, "--lang", "fa"]);
        Assert.Contains("بر فرضی تأییدنشده استوار است", persian, StringComparison.Ordinal);

        var (_, csv, _) = CliTestHost.Run([.. run, "--format", "csv"]);
        Assert.Contains(csv.Split('\n'), line => line.Contains("needs-review", StringComparison.Ordinal) && line.Contains("rests on an unverified assumption", StringComparison.Ordinal));

        var (_, json, _) = CliTestHost.Run([.. run, "--format", "json"]);
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement decision = doc.RootElement.GetProperty("decisions").EnumerateArray()
            .Select(d => d.GetProperty("decision")).First(d => d.GetProperty("restsOnAssumption").GetBoolean());
        Assert.Equal("needs-review", decision.GetProperty("outcome").GetString());
        JsonElement members = decision.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "members");
        Assert.Equal("coop-sector-law-art-54-sabtilia", members.GetProperty("sources")[0].GetString());
        Assert.StartsWith("rests on an unverified assumption", members.GetProperty("assumptionNote").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Equal("minimumMembers", decision.GetProperty("parameters")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void A_policy_on_cooperatives_gives_one_row_per_cooperative()
    {
        var (code, output, _) = CliTestHost.Run("evaluate", "--policy", BatchFixtures.File("test-cooperative.json"), "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(0, code);
        Assert.Contains("196 decisions (one per cooperative)", output, StringComparison.Ordinal);
        Assert.Contains("no budget given", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1404/07/31", "day 31 does not exist in Mehr (7), which has 30 days")]
    [InlineData("1404/12/30", "1404 is not a leap year")]
    [InlineData("1404/13/01", "month 13 is not in 1–12")]
    [InlineData("۱۴۰۴/۰۷/۳۱", "day 31 does not exist in Mehr")]
    [InlineData("2025-09-06", "the year 2025 is Gregorian (years from 1700 are), and a Solar Hijri date is expected: write 1404/06/15 for 2025-09-06")]
    [InlineData("2025/09/06", "write 1404/06/15 for 2025-09-06")]
    [InlineData("tomorrow", "give a Solar Hijri date such as 1404/06/15")]
    [InlineData("2025/09/31", "is not a Gregorian date either: ")]
    public void An_impossible_or_Gregorian_as_of_date_exits_2_saying_what_is_wrong(string asOf, string says)
    {
        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", s_policy, "--registry", BatchFixtures.Registry, "--as-of", asOf, "--quiet");
        var (whatifCode, _, whatifError) = CliTestHost.Run("whatif", "--current", s_policy, "--draft", s_policy, "--registry", BatchFixtures.Registry, "--as-of", asOf);

        Assert.Equal((2, 2), (code, whatifCode));
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"--as-of '{asOf}': ", error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.Contains(says, whatifError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_as_of_date_defaults_to_today()
    {
        var (code, output, _) = CliTestHost.Run("evaluate", "--policy", s_policy, "--registry", BatchFixtures.Registry, "--quiet");

        Assert.Equal(0, code);
        Assert.StartsWith("Policy test-facility v2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_goes_to_a_terminal_stderr_and_quiet_silences_it()
    {
        string registry = BigRegistry(300);
        try
        {
            string[] run = ["evaluate", "--policy", BatchFixtures.File("test-cooperative.json"), "--registry", registry, "--as-of", "1404/06/15", "--format", "csv"];
            var (code, output, error) = RunOnTerminal(run);
            Assert.Equal(0, code);
            Assert.Contains("coop evaluate: 300 records read", error, StringComparison.Ordinal);
            Assert.Contains("coop evaluate: done, 300 records in ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("records read", output, StringComparison.Ordinal);

            var (_, _, quiet) = RunOnTerminal([.. run, "--quiet"]);
            Assert.DoesNotContain("records read", quiet, StringComparison.Ordinal);
            Assert.DoesNotContain("done,", quiet, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(registry);
        }
    }

    [Fact]
    public void A_redirected_stderr_shows_no_progress()
    {
        string registry = BigRegistry(300);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int code = CoopCli.Run(
                ["evaluate", "--policy", BatchFixtures.File("test-cooperative.json"), "--registry", registry, "--as-of", "1404/06/15", "--format", "csv"],
                new CliContext(TextReader.Null, output, error, ErrorIsTerminal: false, ProgressIntervalMs: 0));
            Assert.Equal(0, code);
            Assert.DoesNotContain("records read", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(registry);
        }
    }

    [Fact]
    public void Nothing_is_drawn_before_the_first_interval_even_on_a_terminal()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        CoopCli.Run(
            ["evaluate", "--policy", s_policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15"],
            new CliContext(TextReader.Null, output, error, ErrorIsTerminal: true, ProgressIntervalMs: 3_600_000));

        Assert.DoesNotContain("records read", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("done,", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Runs on a terminal stderr whose progress line appears at once (no one-second wait).</summary>
    private static (int Code, string Output, string Error) RunOnTerminal(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CoopCli.Run(args, new CliContext(TextReader.Null, output, error, ErrorIsTerminal: true, ProgressIntervalMs: 0));
        return (code, output.ToString(), error.ToString());
    }

    private static string BigRegistry(int count)
    {
        string[] lines = File.ReadAllLines(BatchFixtures.Registry);
        string good = lines[1];
        string path = Path.Combine(Path.GetTempPath(), "coop-big-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var text = new StringBuilder(lines[0].Replace(",\"count\":200", string.Empty, StringComparison.Ordinal)).Append('\n');
        // Each line its own cooperative (its own national ID and registration number): a repeated one is skipped as a duplicate.
        string nationalId = System.Text.RegularExpressions.Regex.Match(good, "\"nationalId\":\"(\\d+)\"").Groups[1].Value;
        string registration = System.Text.RegularExpressions.Regex.Match(good, "\"registrationNumber\":\"(\\d+)\"").Groups[1].Value;
        for (int i = 0; i < count; i++)
        {
            text.Append(good
                .Replace($"\"nationalId\":\"{nationalId}\"", $"\"nationalId\":\"{Model.Samples.LegalId(i)}\"", StringComparison.Ordinal)
                .Replace($"\"registrationNumber\":\"{registration}\"", $"\"registrationNumber\":\"{1_000_000 + i}\"", StringComparison.Ordinal)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
