using Coop.Domain.Calendar;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Eligibility.Policies;

/// <summary>The shipped smart-system profile and CDB employment-facility policies (seeds/policies).</summary>
public sealed class FacilityPolicyTests
{
    private static readonly SolarHijriDate MainJobAsOf = new(1404, 8, 25);

    private static readonly string[] PolicyFiles = ["smart-system-profile.json", "cdb-employment-facility.json"];

    private static readonly string[] ScenarioFiles =
        ["smart-system-profile", "smart-system-profile.unregistered", "cdb-employment-facility", "cdb-employment-facility.unregistered"];

    internal static CompiledPolicy<EligibilityFacts> Load(string name) =>
        new(PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/" + name)).GetPolicyOrThrow(), CoopFactSchema.Instance);

    /// <summary>The latest application made on or before <paramref name="asOf"/>, or null.</summary>
    internal static FacilityApplication? LatestApplication(Cooperative c, SolarHijriDate asOf) =>
        c.FacilityApplications.Where(a => a.AppliedOn <= asOf).OrderBy(a => a.AppliedOn).LastOrDefault();

    private static Cooperative Base(Action<JsonNode>? edit = null)
    {
        JsonNode json = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("seeds/scenarios/bases/facility-employment-coop.json")))!;
        edit?.Invoke(json);
        return json.Deserialize(CoopJsonContext.Default.Cooperative)!;
    }

    [Theory]
    [InlineData("smart-system-profile.json", "smart-system-profile")]
    [InlineData("cdb-employment-facility.json", "cdb-employment-facility")]
    public void The_shipped_policy_compiles_against_the_standard_fact_schema(string file, string id)
    {
        CompiledPolicy<EligibilityFacts> policy = Load(file);
        Assert.Equal(id, policy.Policy.Id);
        Assert.All(policy.Policy.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Citation), r.Id + " has no citation"));
        Assert.All(policy.Policy.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Name + " has no source"));
    }

    [Fact]
    public void Every_parameter_its_source_calls_an_assumption_rests_on_an_assumption()
    {
        foreach (string file in PolicyFiles)
        {
            Policy policy = Load(file).Policy;
            PolicyBasis basis = PolicyBasis.Of(policy, SourceRegister.Shipped);
            PolicyParameter[] assumed = [.. policy.Parameters.Where(p => p.Source?.Contains("ASSUMPTION", StringComparison.Ordinal) == true)];
            Assert.NotEmpty(assumed);
            Assert.All(assumed, p => Assert.All(basis.Parameter(p.Name).Values, v => Assert.True(v.RestsOnAssumption, p.Name)));
        }
    }

    [Fact]
    public void The_facility_policy_gives_a_mix_of_outcomes_over_the_sample_registry()
    {
        CompiledPolicy<EligibilityFacts> policy = Load("cdb-employment-facility.json");
        RegistryLoadResult registry = RegistryReader.LoadFile(RepoFiles.Path("seeds/registry/sample-registry.jsonl"));
        Dictionary<PolicyOutcome, int> counts = registry.Cooperatives
            .Select(c => policy.Evaluate(new EligibilityFacts(c, MainJobAsOf, LatestApplication(c, MainJobAsOf)), MainJobAsOf).Outcome)
            .GroupBy(o => o)
            .ToDictionary(g => g.Key, g => g.Count());
        // The figures docs/facility-policy.md quotes: the main job's table (196 valid cooperatives, 56 with an application).
        Assert.Equal(4, counts.GetValueOrDefault(PolicyOutcome.Eligible));
        Assert.Equal(2, counts.GetValueOrDefault(PolicyOutcome.NeedsReview));
        Assert.Equal(28, counts.GetValueOrDefault(PolicyOutcome.Incomplete));
        Assert.Equal(162, counts.GetValueOrDefault(PolicyOutcome.Ineligible));
    }

    [Fact]
    public void The_facility_policy_gives_a_mix_of_outcomes_over_the_sample_registry_applications()
    {
        // As the main job (coop evaluate) judges a policy that names application facts: one decision per application
        // made on or before the as-of date; cooperatives without one are not evaluated.
        CompiledPolicy<EligibilityFacts> policy = Load("cdb-employment-facility.json");
        RegistryLoadResult registry = RegistryReader.LoadFile(RepoFiles.Path("seeds/registry/sample-registry.jsonl"));
        string counts = string.Join(", ", registry.Cooperatives
            .SelectMany(c => c.FacilityApplications.Where(a => a.AppliedOn <= MainJobAsOf).Select(a => (c, a)))
            .Select(x => policy.Evaluate(new EligibilityFacts(x.c, MainJobAsOf, x.a), MainJobAsOf).Outcome)
            .GroupBy(o => o)
            .OrderBy(g => g.Key)
            .Select(g => g.Key + "=" + g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Eligible=4, Ineligible=61, NeedsReview=2", counts);
    }

    [Fact]
    public void The_profile_policy_gives_a_mix_of_outcomes_over_the_sample_registry()
    {
        CompiledPolicy<EligibilityFacts> policy = Load("smart-system-profile.json");
        RegistryLoadResult registry = RegistryReader.LoadFile(RepoFiles.Path("seeds/registry/sample-registry.jsonl"));
        Dictionary<PolicyOutcome, int> counts = registry.Cooperatives
            .Select(c => policy.Evaluate(new EligibilityFacts(c, MainJobAsOf), MainJobAsOf).Outcome)
            .GroupBy(o => o)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(24, counts.GetValueOrDefault(PolicyOutcome.Eligible));
        Assert.Equal(2, counts.GetValueOrDefault(PolicyOutcome.NeedsReview));
        Assert.Equal(170, counts.GetValueOrDefault(PolicyOutcome.Ineligible));
    }

    [Fact]
    public void The_scenario_suites_pass_and_see_every_rule_of_both_policies_fail_and_pass()
    {
        string[] files = [.. ScenarioFiles.Select(f => RepoFiles.Path("seeds/scenarios/" + f + ".scenario.json"))];
        ScenarioRunResult result = new ScenarioRunner().Run(files);
        Assert.Empty(result.Errors);
        Assert.All(result.Cases, c => Assert.True(c.Passed, c + ": " + string.Join("; ", c.Unmet.Select(u => u.Describe(false)))));
        Assert.True(result.Cases.Count >= 50);
        RuleCoverage[] rules = [.. result.Coverage.Rules.Where(r => r.PolicyId is "smart-system-profile" or "cdb-employment-facility")];
        Assert.Equal(9 + 12, rules.Length);
        Assert.All(rules, r => Assert.True(r.Failed > 0 && r.Passed > 0, r.ToString()));
    }

    [Fact]
    public void A_failed_amount_per_job_explains_itself_in_both_languages_with_the_ceiling_in_force()
    {
        Cooperative coop = Base();
        var application = new FacilityApplication(
            "Tabsare 18", new SolarHijriDate(1404, 8, 1), Money.FromRials(130_000_000_000), 10, ProjectSector.Industry,
            CollateralKind.Property, Money.FromRials(200_000_000_000), Money.Zero, 0);
        Decision d = Load("cdb-employment-facility.json").Evaluate(new EligibilityFacts(coop, MainJobAsOf, application), MainJobAsOf);

        Assert.Equal(PolicyOutcome.Ineligible, d.Outcome);
        RuleResult r = d["amount-per-job"];
        Assert.Equal(RuleStatus.Failed, r.Status);
        Assert.Equal("The amount requested per job is 13,000,000,000 rials; the ceiling is 12,000,000,000 rials.", r.MessageEn);
        Assert.Equal("مبلغ درخواستی به ازای هر شغل ۱۳٬۰۰۰٬۰۰۰٬۰۰۰ ریال است؛ سقف ۱۲٬۰۰۰٬۰۰۰٬۰۰۰ ریال است.", r.MessageFa);
        Assert.StartsWith("P10", r.Citation, StringComparison.Ordinal);
        Assert.Equal(80m, d.Score);
    }

    [Fact]
    public void A_stale_profile_names_the_last_update_and_the_earliest_acceptable_date()
    {
        Cooperative coop = Base(json => json["smartSystemProfile"]!["lastUpdatedOn"] = "1403/02/01");
        Decision d = Load("smart-system-profile.json").Evaluate(new EligibilityFacts(coop, MainJobAsOf), MainJobAsOf);

        RuleResult r = d["profile-fresh"];
        Assert.Equal(RuleStatus.Failed, r.Status);
        Assert.Equal("The smart-system profile was last updated on 1403/02/01; it must have been updated on or after 1403/08/25.", r.MessageEn);
        Assert.Equal("اطلاعات سامانه آخرین بار در ۱۴۰۳/۰۲/۰۱ به‌روز شده است؛ باید در ۱۴۰۳/۰۸/۲۵ یا پس از آن به‌روز شده باشد.", r.MessageFa);
    }
}
