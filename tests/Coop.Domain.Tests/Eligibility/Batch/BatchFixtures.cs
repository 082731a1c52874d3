using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Batch;

/// <summary>The test policies under Fixtures/ and the sample registry.</summary>
internal static class BatchFixtures
{
    public static readonly SolarHijriDate AsOf = new(1404, 6, 15);

    private static readonly Lazy<IReadOnlyList<Cooperative>> s_cooperatives = new(() =>
        RegistryReader.LoadFile(Registry).Cooperatives);

    public static string Registry => RepoFiles.Path("seeds/registry/sample-registry.jsonl");

    public static string File(string name) => RepoFiles.Path("tests/Coop.Domain.Tests/Eligibility/Batch/Fixtures/" + name);

    public static IReadOnlyList<Cooperative> Cooperatives => s_cooperatives.Value;

    public static CompiledPolicy<EligibilityFacts> Compile(string name) =>
        new(PolicyFile.ReadFile(File(name)).GetPolicyOrThrow(), CoopFactSchema.Instance);

    public static PolicySet<EligibilityFacts> Set(params string[] names) => new(names.Select(Compile));

    /// <summary>One facts object per application of the sample registry applied by <see cref="AsOf"/>.</summary>
    public static IReadOnlyList<EligibilityFacts> ApplicationFacts() =>
        [.. Cooperatives.SelectMany(c => c.FacilityApplications.Where(a => a.AppliedOn <= AsOf).Select(a => new EligibilityFacts(c, AsOf, a)))];

    /// <summary>A comparable rendering of a decision: outcome, score, and every rule's status and messages.</summary>
    public static string Fingerprint(Decision d) =>
        d.Outcome + "|" + d.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" +
        string.Join(";", d.Rules.Select(r => r.Id + ":" + r.Status + ":" + r.MessageEn + ":" + r.MessageFa));
}
