using System.Text.Json.Nodes;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

/// <summary>A consumer's scenario files name the policy their application runs by id, resolved by the runner's provider.</summary>
public sealed class ScenarioPolicyIdTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-policy-id-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // The shipped smart-system-profile suite, rewritten as a consumer would: the policy by id, the base by absolute path.
    private string ShippedSuiteById(string policyId, bool alsoFile = false)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("seeds/scenarios/smart-system-profile.scenario.json")),
            documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        if (!alsoFile)
        {
            root.Remove("policy");
        }

        root["policyId"] = policyId;
        root["base"]!["cooperative"] = RepoFiles.Path("seeds/scenarios/bases/facility-employment-coop.json");
        string path = Path.Combine(_dir, "mine.scenario.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    [Fact]
    public void A_scenario_naming_a_shipped_policy_by_id_runs_against_the_embedded_policy_and_passes_like_the_file_suite()
    {
        ScenarioRunResult byId = new ScenarioRunner().Run([ShippedSuiteById("smart-system-profile")]);
        ScenarioRunResult byFile = new ScenarioRunner().Run([RepoFiles.Path("seeds/scenarios/smart-system-profile.scenario.json")]);
        Assert.Empty(byId.Errors);
        Assert.Equal(byFile.Cases.Count, byId.Cases.Count);
        Assert.True(byId.Cases.Count > 0);
        Assert.All(byId.Cases, c => Assert.True(c.Passed, c + ": " + string.Join("; ", c.Unmet)));
        ScenarioSuite suite = new ScenarioRunner().Load(Assert.Single(byId.Files)).Suite!;
        Assert.Same(EmbeddedPolicyProvider.Shipped.GetPolicySet("smart-system-profile"), suite.Policy);
        Assert.Empty(suite.PolicyFiles);
    }

    [Fact]
    public void The_runner_resolves_a_policy_id_through_the_provider_it_is_given()
    {
        // The application's provider holds its own version of the id: a policy with one rule that always fails.
        Policy own = PolicyFile.Parse("""
            { "id": "smart-system-profile", "version": 1, "title": { "fa": "آزمون", "en": "test" }, "effectiveFrom": "1400/01/01",
              "rules": [ { "id": "never", "code": "NEVER", "severity": "blocking", "check": "false",
                           "message": { "fa": "هرگز", "en": "never" } } ] }
            """);
        var provider = new InMemoryPolicyProvider([own]);
        ScenarioRunResult result = new ScenarioRunner(provider).Run([ShippedSuiteById("smart-system-profile")]);
        Assert.NotEmpty(result.Errors);
        Assert.Contains(result.Errors, e => e.Message.Contains("has no rule with the code or id 'PROFILE_MEMBERS'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_policy_id_is_an_error_naming_the_known_ids()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([ShippedSuiteById("no-such-policy")]);
        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("$.policyId", error.JsonPath);
        Assert.Contains("no policy has the id 'no-such-policy' (known ids: cdb-employment-facility, ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_both_a_policy_file_and_a_policy_id_is_an_error()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([ShippedSuiteById("smart-system-profile", alsoFile: true)]);
        Assert.Contains(result.Errors, e => e.JsonPath == "$.policyId" && e.Message.Contains("not both", StringComparison.Ordinal));
        Assert.Empty(result.Cases);
    }
}
