using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.Eligibility.Providers;

public sealed class PolicyProviderTests
{
    private static readonly System.Reflection.Assembly TestAssembly = typeof(PolicyProviderTests).Assembly;

    [Fact]
    public void A_folder_of_files_gives_one_set_per_id_with_every_version_and_skips_schemas_scenarios_and_subfolders()
    {
        string folder = TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "v1.json"), Json(1));
            File.WriteAllText(Path.Combine(folder, "v2.json"), Json(2));
            File.WriteAllText(Path.Combine(folder, "other.json"), Json(1, "other"));
            File.WriteAllText(Path.Combine(folder, "policy.schema.json"), "{ \"type\": \"object\" }");
            File.WriteAllText(Path.Combine(folder, "a.scenario.json"), "{ \"cases\": [] }");
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a policy");
            Directory.CreateDirectory(Path.Combine(folder, "drafts"));
            File.WriteAllText(Path.Combine(folder, "drafts", "broken.json"), "{");

            var provider = new FilePolicyProvider([folder]);
            Assert.Equal(["members-credit", "other"], provider.PolicyIds);
            Assert.Equal(3, provider.Files.Count);
            Assert.Equal([1, 2], provider.GetVersions(Id).Select(p => p.Version));
            PolicySet<EligibilityFacts> set = provider.GetPolicySet(Id);
            Assert.Equal(2, set.Versions.Count);
            Assert.Same(set, provider.GetPolicySet(Id));
            Assert.True(provider.Contains("other"));
            Assert.False(provider.Contains("Other"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_named_file_is_read_even_when_its_name_would_be_skipped_in_a_folder()
    {
        string folder = TempFolder();
        try
        {
            string file = Path.Combine(folder, "odd.scenario.json");
            File.WriteAllText(file, Json(1));
            Assert.Equal([Id], new FilePolicyProvider([file]).PolicyIds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Bad_files_fail_with_every_error_of_every_file_each_naming_its_file()
    {
        string folder = TempFolder();
        try
        {
            string bad1 = Path.Combine(folder, "a-bad.json");
            string bad2 = Path.Combine(folder, "b-bad.json");
            File.WriteAllText(bad1, "{ \"id\": \"x\", \"version\": 0, \"title\": { \"fa\": \"ف\", \"en\": \"e\" }, \"effectiveFrom\": \"1404/13/01\", \"rules\": [] }");
            File.WriteAllText(bad2, "not json");
            File.WriteAllText(Path.Combine(folder, "good.json"), Json(1));
            string missing = Path.Combine(folder, "missing.json");

            PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([folder, missing]));
            Assert.Equal(2, e.Errors.Count(x => x.File == bad1));
            Assert.Contains(e.Errors, x => x.File == bad1 && x.JsonPath == "$.version");
            Assert.Contains(e.Errors, x => x.File == bad1 && x.JsonPath == "$.effectiveFrom");
            Assert.Contains(e.Errors, x => x.File == bad2);
            Assert.Contains(e.Errors, x => x.File == missing && x.Message.Contains("no such", StringComparison.Ordinal));
            Assert.Contains(bad1, e.Message, StringComparison.Ordinal);
            Assert.Contains(bad2, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_id_and_version_in_two_files_is_an_error_naming_both()
    {
        string folder = TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.json"), Json(1));
            File.WriteAllText(Path.Combine(folder, "b.json"), Json(1));
            PolicyError error = Assert.Single(Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([folder])).Errors);
            Assert.Equal(Path.Combine(folder, "b.json"), error.File);
            Assert.Contains(Path.Combine(folder, "a.json"), error.Message, StringComparison.Ordinal);
            Assert.Contains("version 1 is defined twice", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_policy_that_does_not_compile_against_the_schema_fails_on_first_use_naming_file_and_path_every_time()
    {
        string folder = TempFolder();
        try
        {
            string file = Path.Combine(folder, "typo.json");
            File.WriteAllText(file, PolicyWriter.ToJson(PolicyBuilder.Create("typo", 1).Title("ف", "E").Effective(D(1404, 1, 1))
                .Rule("ok", r => r.Code("OK").Check("true").Message("a", "b"))
                .Rule("typo", r => r.Code("T").Check("cooperative.memberz > 1").Message("a", "b"))
                .Build()));
            var provider = new FilePolicyProvider([file]);
            Assert.Equal(["typo"], provider.PolicyIds);
            PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => provider.GetPolicySet("typo"));
            PolicyError error = Assert.Single(e.Errors);
            Assert.Equal(file, error.File);
            Assert.Equal("$.rules[1].check", error.JsonPath);
            Assert.NotNull(error.Line);
            Assert.Contains("did you mean", error.Message, StringComparison.Ordinal);
            Assert.Same(e, Assert.Throws<PolicyLoadException>(() => provider.GetPolicySet("typo")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_id_is_a_KeyNotFoundException_listing_the_known_ids()
    {
        var provider = new InMemoryPolicyProvider([Version(1), Version(2), PolicyBuilderFor("zeta")]);
        UnknownPolicyException e = Assert.Throws<UnknownPolicyException>(() => provider.GetPolicySet("members-credits"));
        Assert.IsAssignableFrom<KeyNotFoundException>(e);
        Assert.Equal("members-credits", e.PolicyId);
        Assert.Equal(["members-credit", "zeta"], e.KnownPolicyIds);
        Assert.Equal("No policy with id 'members-credits' is known. Known policies: members-credit, zeta.", e.Message);
        Assert.Throws<UnknownPolicyException>(() => provider.GetVersions("nope"));
        Assert.Contains("(none)", Assert.Throws<UnknownPolicyException>(() => new InMemoryPolicyProvider([]).GetPolicySet("x")).Message, StringComparison.Ordinal);
    }

    private static Policy PolicyBuilderFor(string id) => Builder(1, id).Build();

    [Fact]
    public void In_code_policies_form_sets_and_refuse_a_duplicate_version()
    {
        var provider = new InMemoryPolicyProvider([Version(2), Version(1)]);
        Assert.Equal([1, 2], provider.GetVersions(Id).Select(v => v.Version));
        Assert.Equal(2, provider.GetPolicySet(Id).Select(D(1404, 5, 1)).Policy.Version);
        Assert.Throws<PolicyLoadException>(() => new InMemoryPolicyProvider([Version(1), Version(1)]));
        Assert.Throws<ArgumentNullException>(() => new InMemoryPolicyProvider([null!]));
    }

    [Fact]
    public void Overlapping_versions_fail_on_first_use_as_a_PolicyLoadException()
    {
        Policy overlapping = Builder(3).Effective(D(1403, 6, 1), D(1403, 8, 1)).Build();
        var provider = new InMemoryPolicyProvider([Version(1), overlapping]);
        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => provider.GetPolicySet(Id));
        Assert.Contains("overlap", Assert.Single(e.Errors).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", e.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_resources_under_a_prefix_are_read_skipping_schemas()
    {
        var provider = new EmbeddedPolicyProvider(TestAssembly, "Coop.Domain.Tests.TestPolicies.");
        Assert.Equal(["Coop.Domain.Tests.TestPolicies.embedded-credit.json"], provider.ResourceNames);
        Assert.Equal(["embedded-credit"], provider.PolicyIds);
        Assert.Equal("Embedded credit", provider.GetVersions("embedded-credit")[0].Title.En);
        Assert.Single(provider.GetPolicySet("embedded-credit").Versions);
        Assert.Empty(new EmbeddedPolicyProvider(TestAssembly, "No.Such.Prefix.").PolicyIds);
    }

    [Fact]
    public void A_broken_embedded_resource_fails_naming_the_resource_and_every_error()
    {
        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new EmbeddedPolicyProvider(TestAssembly, "Coop.Domain.Tests.BrokenPolicies."));
        Assert.All(e.Errors, x => Assert.Equal("Coop.Domain.Tests.BrokenPolicies.broken.json", x.File));
        Assert.True(e.Errors.Count >= 3); // title, effectiveFrom, the rule's code/severity/message and its check
        Assert.Contains(e.Errors, x => x.JsonPath == "$.rules[0].check");
    }

    [Fact]
    public void The_shipped_provider_reads_whatever_Coop_Domain_embeds_and_every_shipped_policy_compiles()
    {
        EmbeddedPolicyProvider shipped = EmbeddedPolicyProvider.Shipped;
        Assert.Same(shipped, EmbeddedPolicyProvider.Shipped);
        Assert.All(shipped.ResourceNames, n => Assert.StartsWith(EmbeddedPolicyProvider.ShippedResourcePrefix, n, StringComparison.Ordinal));
        Assert.Equal(shipped.ResourceNames.Count, shipped.PolicyIds.Count);
        string[] expected = [.. typeof(Policy).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Coop.Domain.Policies.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
        Assert.Equal(expected, shipped.ResourceNames);
        foreach (string id in shipped.PolicyIds)
        {
            Assert.NotEmpty(shipped.GetPolicySet(id).Versions);
        }
    }

    [Fact]
    public void A_composite_merges_versions_across_providers_and_the_first_provider_wins_a_tie()
    {
        Policy replacement = Builder(1).Title("جایگزین", "Replacement v1").Build();
        var first = new InMemoryPolicyProvider([replacement, PolicyBuilderFor("only-first")]);
        var second = new InMemoryPolicyProvider([Version(1), Version(2)]);
        var composite = new CompositePolicyProvider([first, second]);

        Assert.Equal(["members-credit", "only-first"], composite.PolicyIds);
        IReadOnlyList<Policy> versions = composite.GetVersions(Id);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Same(replacement, versions[0]);
        PolicySet<EligibilityFacts> set = composite.GetPolicySet(Id);
        Assert.Equal(2, set.Versions.Count);
        Assert.Same(set, composite.GetPolicySet(Id));
        Assert.Same(first.GetPolicySet("only-first"), composite.GetPolicySet("only-first")); // one source: its cached set
        Assert.Throws<UnknownPolicyException>(() => composite.GetPolicySet("nope"));
        Assert.Equal(2, composite.Providers.Count);
    }

    [Fact]
    public void Sets_are_compiled_once_when_many_threads_ask_at_once()
    {
        var provider = new CompositePolicyProvider([new InMemoryPolicyProvider([Version(1)]), new InMemoryPolicyProvider([Version(2)])]);
        var seen = new PolicySet<EligibilityFacts>[64];
        Parallel.For(0, seen.Length, i => seen[i] = provider.GetPolicySet(Id));
        Assert.All(seen, s => Assert.Same(seen[0], s));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new FilePolicyProvider(null!));
        Assert.Throws<ArgumentNullException>(() => new FilePolicyProvider([null!]));
        Assert.Throws<ArgumentNullException>(() => new EmbeddedPolicyProvider(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => new EmbeddedPolicyProvider(TestAssembly, null!));
        Assert.Throws<ArgumentNullException>(() => new CompositePolicyProvider([null!]));
        Assert.False(new InMemoryPolicyProvider([]).Contains(null!));
    }
}
