using System.Text.Json.Nodes;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;

namespace Coop.Domain.Tests.Eligibility.Policies;

/// <summary>The shipped statutory-compliance scenario suite, and what the suite cannot ship: a day that does not exist.</summary>
public sealed class StatutoryComplianceScenarioTests : IDisposable
{
    private const string SuitePath = "seeds/scenarios/statutory-compliance.scenario.json";

    private const string LargeSuitePath = "seeds/scenarios/statutory-compliance.large-cooperative.scenario.json";

    private const string LawFactsSuitePath = "seeds/scenarios/statutory-compliance.law-facts.scenario.json";

    private readonly string _temp = Directory.CreateTempSubdirectory("statute-scenarios-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_shipped_suite_passes_and_sees_every_rule_fail_and_pass()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([RepoFiles.Path(SuitePath), RepoFiles.Path(LargeSuitePath), RepoFiles.Path(LawFactsSuitePath)]);
        Assert.Empty(result.Errors);
        Assert.All(result.Cases, c => Assert.True(c.Passed, c + ": " + string.Join("; ", c.Unmet)));

        Assert.Equal(StatutoryCompliancePolicyTests.ReadPolicy().Rules.Count, result.Coverage.Rules.Count);
        Assert.Empty(result.Coverage.Uncovered);
        Assert.Empty(result.Coverage.NeverPassed);
    }

    private string WriteScenario(string cases)
    {
        string policy = RepoFiles.Path("seeds/policies/statutory-compliance.json").Replace("\\", "/", StringComparison.Ordinal);
        string baseFile = RepoFiles.Path("seeds/scenarios/bases/statute-employment-coop.json").Replace("\\", "/", StringComparison.Ordinal);
        string path = Path.Combine(_temp, "bad.scenario.json");
        File.WriteAllText(path, $$"""
            {
              "policy": "{{policy}}",
              "asOf": "1404/09/01",
              "base": { "cooperative": "{{baseFile}}" },
              "cases": [ {{cases}} ]
            }
            """);
        return path;
    }

    [Fact]
    public void A_case_on_1404_12_30_is_a_bad_scenario_because_1404_is_not_a_leap_year()
    {
        Assert.True(SolarHijriCalendar.IsLeapYear(1403));
        Assert.False(SolarHijriCalendar.IsLeapYear(1404));
        string path = WriteScenario("""{ "name": "inactive for a year", "asOf": "1404/12/30", "expect": { "passes": ["BOARD_ELECTION_LATE"] } }""");

        ScenarioRunResult result = new ScenarioRunner().Run([path]);
        Assert.Empty(result.Cases);
        ScenarioError error = Assert.Single(result.Errors);
        Assert.Contains("1404/12/30", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_patch_dated_1404_12_30_is_a_bad_scenario_naming_the_case()
    {
        string path = WriteScenario("""
            { "name": "inactive from a day that does not exist", "asOf": "1405/01/15",
              "cooperative": { "statusHistory": { "$append": [ { "status": "inactive", "effectiveFrom": "1404/12/30" } ] } },
              "expect": { "fails": ["INACTIVE_OVER_A_YEAR"] } }
            """);

        ScenarioRunResult result = new ScenarioRunner().Run([path]);
        Assert.Empty(result.Cases);
        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("inactive from a day that does not exist", error.Case);
        Assert.Contains("1404/12/30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statute_never_aligned_is_not_recognised_resting_on_the_assumed_deadline()
    {
        // A merge patch cannot set alignedOn to null (null removes a property), so this case is built in code.
        JsonNode json = StatutoryCompliancePolicyTests.BaseJson();
        json["statuteAlignment"] = new JsonObject { ["aligned"] = false, ["alignedOn"] = null };
        var asOf = new SolarHijriDate(1404, 9, 1);
        Decision d = StatutoryCompliancePolicyTests.Compiled.Evaluate(new EligibilityFacts(StatutoryCompliancePolicyTests.ToCooperative(json), asOf), asOf);
        // Art. 76's three months run from the law becoming binding; the gazette date was not found, so the deadline is
        // an assumption and the failure is needs review (assumption-statute-alignment-deadline).
        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        RuleResult r = d["statute-aligned-1393"];
        Assert.Equal(RuleStatus.Failed, r.Status);
        Assert.True(r.RestsOnAssumption);
        Assert.Contains("statuteAlignmentDeadline", r.AssumptionNote!.En, StringComparison.Ordinal);
        Assert.Contains("1404/09/01", r.MessageEn, StringComparison.Ordinal);
        Assert.Contains("۱۴۰۴/۰۹/۰۱", r.MessageFa, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alignment_deadline_counts_from_the_law_becoming_binding_not_from_the_Guardian_Councils_approval()
    {
        JsonNode json = StatutoryCompliancePolicyTests.BaseJson();
        json["registeredOn"] = "1390/03/15";
        json["statuteAlignment"] = new JsonObject { ["aligned"] = false, ["alignedOn"] = null };
        var facts = new EligibilityFacts(StatutoryCompliancePolicyTests.ToCooperative(json), new SolarHijriDate(1393, 6, 1));
        Assert.Equal(RuleStatus.NotApplicable, StatutoryCompliancePolicyTests.Compiled.Evaluate(facts, facts.AsOf)["statute-aligned-1393"].Status);
        facts = new EligibilityFacts(facts.Cooperative, new SolarHijriDate(1393, 6, 28));
        Assert.Equal(RuleStatus.NotApplicable, StatutoryCompliancePolicyTests.Compiled.Evaluate(facts, facts.AsOf)["statute-aligned-1393"].Status);
        facts = new EligibilityFacts(facts.Cooperative, new SolarHijriDate(1393, 6, 29));
        Assert.Equal(RuleStatus.Failed, StatutoryCompliancePolicyTests.Compiled.Evaluate(facts, facts.AsOf)["statute-aligned-1393"].Status);
    }
}
