using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Eligibility.Policies;

/// <summary>The shipped smart-system profile and CDB employment-facility policies (seeds/policies).</summary>
public sealed class FacilityPolicyTests
{
    private static readonly SolarHijriDate MainJobAsOf = new(1404, 8, 25);

    internal static CompiledPolicy<EligibilityFacts> Load(string name) =>
        new(PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/" + name)).GetPolicyOrThrow(), CoopFactSchema.Instance);

    /// <summary>The latest application made on or before <paramref name="asOf"/>, or null.</summary>
    internal static FacilityApplication? LatestApplication(Cooperative c, SolarHijriDate asOf) =>
        c.FacilityApplications.Where(a => a.AppliedOn <= asOf).OrderBy(a => a.AppliedOn).LastOrDefault();

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
    public void Every_unverified_parameter_says_in_its_source_that_it_is_an_assumption()
    {
        foreach (string file in new[] { "smart-system-profile.json", "cdb-employment-facility.json" })
        {
            Assert.All(
                Load(file).Policy.Parameters.Where(p => !p.Verified),
                p => Assert.Contains("ASSUMPTION", p.Source, StringComparison.Ordinal));
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
}
