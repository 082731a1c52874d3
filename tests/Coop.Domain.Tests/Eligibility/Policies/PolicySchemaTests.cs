using System.Text.Json;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicySchemaTests
{
    private static readonly string SchemaPath = RepoFiles.Path("seeds/policies/policy.schema.json");

    // Set COOP_UPDATE_POLICY_SCHEMA=1 to rewrite the committed schema after changing the file format.
    [Fact]
    public void The_committed_JSON_schema_matches_a_fresh_export()
    {
        string fresh = PolicyFile.ExportJsonSchema();
        if (Environment.GetEnvironmentVariable("COOP_UPDATE_POLICY_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, fresh);
        }

        string committed = File.ReadAllText(SchemaPath).ReplaceLineEndings("\n");
        Assert.True(
            committed == fresh,
            "seeds/policies/policy.schema.json is stale: run the tests with COOP_UPDATE_POLICY_SCHEMA=1 and commit the result.");
    }

    [Fact]
    public void The_schema_describes_the_rule_properties_and_forbids_unknown_ones()
    {
        using var schema = JsonDocument.Parse(PolicyFile.ExportJsonSchema());
        JsonElement root = schema.RootElement;
        Assert.True(root.GetProperty("properties").TryGetProperty("$schema", out _));
        JsonElement rule = root.GetProperty("properties").GetProperty("rules").GetProperty("items");
        foreach (string name in new[] { "id", "code", "severity", "when", "check", "observed", "required", "message", "citation" })
        {
            Assert.True(rule.GetProperty("properties").TryGetProperty(name, out _), name);
        }

        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
    }
}
