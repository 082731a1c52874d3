using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;
using static Coop.Domain.Tests.Eligibility.Scenarios.ScenarioFixtures;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class ScenarioRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-runner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_folder_runs_every_scenario_file_under_it_in_ordinal_order_and_all_pass()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([Path("good")]);
        Assert.Empty(result.Errors);
        Assert.Equal(
            [Path("good/nested/versions.scenario.json"), Path("good/passing.scenario.json")],
            result.Files.Select(f => f.Replace('\\', '/')));
        Assert.Equal(10, result.Cases.Count);
        Assert.All(result.Cases, c => Assert.True(c.Passed, c + ": " + string.Join("; ", c.Unmet)));
        Assert.Equal("10 passed, 0 failed", result.Summary());
        Assert.Equal("version 2 needs four members", result.Cases[0].Name);
        Assert.Equal(2, result.Cases[0].Decision.Policy.Version);
        Assert.Equal(1, result.Cases[2].Decision.Policy.Version);
    }

    [Fact]
    public void A_failing_case_lists_every_unmet_expectation_with_the_rule_message()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([Path("failing/failing.scenario.json")]);
        Assert.Equal(1, result.PassedCount);
        Assert.Equal(1, result.FailedCount);
        Assert.Equal("1 passed, 1 failed", result.Summary());
        ScenarioCaseResult failed = result.Cases[1];
        Assert.False(failed.Passed);
        Assert.Equal("FAIL " + Path("failing/failing.scenario.json") + " › misses everything", failed.ToString());
        Assert.Equal(
            [
                "expected outcome eligible but it was ineligible (COOP_INACTIVE failed)",
                "expected MIN_MEMBERS to fail but it passed",
                "expected COOP_INACTIVE to pass but it failed: The cooperative is not active.",
                "expected board-term to be incomplete but it passed",
                "expected amount-ceiling to be not applicable but it passed",
                "expected a score at least 20 but it was 10",
            ],
            failed.Unmet.Select(u => u.Describe()));
        Assert.Equal("انتظار می‌رفت \u2066COOP_INACTIVE\u2069 پذیرفته شود، ولی رد شد: تعاونی فعال نیست.", failed.Unmet[2].Describe(persian: true));
        Assert.Equal(PolicyOutcome.Ineligible, failed.Decision.Outcome);
    }

    [Theory]
    [InlineData("{ \"min\": 11 }", "expected a score at least 11 but it was 10")]
    [InlineData("{ \"max\": 9 }", "expected a score at most 9 but it was 10")]
    [InlineData("{ \"min\": 0, \"max\": 5 }", "expected a score between 0 and 5 but it was 10")]
    public void A_score_outside_the_range_is_unmet(string range, string message)
    {
        ScenarioSuite suite = ReadCases("{ \"name\": \"c\", \"expect\": { \"score\": " + range + " } }").Suite!;
        ScenarioCaseResult result = ScenarioRunner.RunCase(suite, suite.Cases[0]);
        Assert.Equal(message, Assert.Single(result.Unmet).Text);
    }

    [Fact]
    public void Scores_on_the_bounds_pass()
    {
        ScenarioSuite suite = ReadCases("{ \"name\": \"c\", \"expect\": { \"score\": { \"min\": 10, \"max\": 10 } } }").Suite!;
        Assert.True(ScenarioRunner.RunCase(suite, suite.Cases[0]).Passed);
    }

    [Fact]
    public void An_incomplete_rule_expected_to_fail_shows_why_it_is_incomplete()
    {
        string policy = System.IO.Path.Combine(_dir, "p.json");
        File.WriteAllText(policy, File.ReadAllText(Path("policy.json")).Replace("\"when\": \"known(application)\",", string.Empty, StringComparison.Ordinal));
        ScenarioSuite suite = Read("{ \"policy\": " + System.Text.Json.JsonSerializer.Serialize(policy) + ", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": \"bases/coop.json\" }, " +
            "\"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"incomplete\", \"fails\": [\"AMOUNT_TOO_HIGH\"] } } ] }").Suite!;
        UnmetExpectation unmet = Assert.Single(ScenarioRunner.RunCase(suite, suite.Cases[0]).Unmet);
        Assert.Equal("expected AMOUNT_TOO_HIGH to fail but it was incomplete: Rule amount-ceiling cannot be decided: application is missing.", unmet.ToString());
    }

    [Fact]
    public void A_rule_the_version_in_force_lacks_is_unmet_naming_the_version()
    {
        ScenarioSuite suite = ScenarioFile.Read(
            """{ "policy": ["policy.json", "policy-v2.json"], "asOf": "1406/02/01", "base": { "cooperative": "bases/coop.json" }, "cases": [ { "name": "c", "expect": { "passes": ["BOARD_TERM"] } } ] }""",
            "x.scenario.json",
            Dir).Suite!;
        UnmetExpectation unmet = Assert.Single(ScenarioRunner.RunCase(suite, suite.Cases[0]).Unmet);
        Assert.Equal("expected BOARD_TERM to pass but version 2 of 'kit-fixture' (in force on 1406/02/01) has no such rule", unmet.Text);
    }

    [Fact]
    public void Rules_are_matched_by_id_as_well_as_code()
    {
        ScenarioSuite suite = ReadCases("{ \"name\": \"c\", \"expect\": { \"passes\": [\"active\", \"MIN_MEMBERS\", \"minimum-members\"] } }").Suite!;
        Assert.True(ScenarioRunner.RunCase(suite, suite.Cases[0]).Passed);
    }

    [Fact]
    public void Coverage_counts_the_cases_that_saw_each_rule_fail_and_pass()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([Path("good"), Path("failing")]);
        Assert.Equal(
            [
                "kit-fixture v1 active (COOP_INACTIVE) 2/8",
                "kit-fixture v1 minimum-members (MIN_MEMBERS) 1/9",
                "kit-fixture v1 board-term (BOARD_TERM) 2/8",
                "kit-fixture v1 amount-ceiling (AMOUNT_TOO_HIGH) 1/6",
                "kit-fixture v2 active (COOP_INACTIVE) 1/1",
                "kit-fixture v2 minimum-members (MIN_MEMBERS) 2/0",
            ],
            result.Coverage.Rules.Select(r => r + " " + r.Failed + "/" + r.Passed));
        Assert.True(result.Coverage.AllCovered);
        Assert.Empty(result.Coverage.Uncovered);
        Assert.Equal(["minimum-members"], result.Coverage.NeverPassed.Select(r => r.RuleId));
    }

    [Fact]
    public void A_rule_no_case_saw_fail_is_uncovered()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([Path("failing/failing.scenario.json")]);
        Assert.Equal(["minimum-members", "board-term", "amount-ceiling"], result.Coverage.Uncovered.Select(r => r.RuleId));
        Assert.False(result.Coverage.AllCovered);
        RuleCoverage amount = result.Coverage.Rules.Single(r => r.Code == "AMOUNT_TOO_HIGH");
        Assert.False(amount.IsCovered);
        Assert.Equal(1, amount.Passed);
    }

    [Fact]
    public void Every_version_of_a_policy_set_counts_even_when_no_case_uses_it()
    {
        File.WriteAllText(System.IO.Path.Combine(_dir, "v1only.scenario.json"), File.ReadAllText(Path("good/nested/versions.scenario.json"))
            .Replace("../../", Dir.Replace('\\', '/') + "/", StringComparison.Ordinal)
            .Replace("\"asOf\": \"1406/02/01\"", "\"asOf\": \"1404/06/15\"", StringComparison.Ordinal));
        ScenarioRunResult result = new ScenarioRunner().Run([_dir]);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Coverage.Uncovered, r => r.PolicyVersion == 2 && r.RuleId == "active");
    }

    [Fact]
    public void Missing_paths_empty_folders_and_bad_files_are_errors_and_good_files_still_run()
    {
        string empty = Directory.CreateDirectory(System.IO.Path.Combine(_dir, "empty")).FullName;
        string missing = System.IO.Path.Combine(_dir, "nope");
        ScenarioRunResult result = new ScenarioRunner().Run([missing, empty, Path("bad/typo.scenario.json"), Path("good/passing.scenario.json")]);
        Assert.True(result.HasErrors);
        Assert.Equal(missing, result.Errors[0].File);
        Assert.Equal("no such file or folder", result.Errors[0].Message);
        Assert.Equal(empty, result.Errors[1].File);
        Assert.Equal("the folder has no *.scenario.json files", result.Errors[1].Message);
        Assert.Equal(Path("bad/typo.scenario.json"), result.Errors[2].File);
        Assert.Equal(7, result.PassedCount);
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public void A_file_named_twice_runs_once()
    {
        var errors = new List<ScenarioError>();
        IReadOnlyList<string> files = ScenarioRunner.FindFiles([Path("good/passing.scenario.json"), Path("good"), Path("good/passing.scenario.json")], errors);
        Assert.Empty(errors);
        Assert.Equal(2, files.Count);
        Assert.Equal(Path("good/passing.scenario.json"), files[0]);
    }

    [Fact]
    public void A_runner_compiles_a_policy_once_for_all_the_files_that_use_it()
    {
        var runner = new ScenarioRunner();
        ScenarioSuite a = runner.Load(Path("good/passing.scenario.json")).Suite!;
        ScenarioSuite b = runner.Load(Path("failing/failing.scenario.json")).Suite!;
        Assert.Same(a.Policy.Versions[0], b.Policy.Versions[0]);
        ScenarioSuite fresh = ScenarioFile.ReadFile(Path("failing/failing.scenario.json")).Suite!;
        Assert.NotSame(a.Policy.Versions[0], fresh.Policy.Versions[0]);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new ScenarioRunner().Run(null!));
        Assert.Throws<ArgumentException>(() => new ScenarioRunner().Load(""));
        Assert.Throws<ArgumentNullException>(() => ScenarioRunner.RunCase(null!, null!));
        Assert.Throws<ArgumentNullException>(() => ScenarioRunner.Coverage(null!, []));
    }
}
