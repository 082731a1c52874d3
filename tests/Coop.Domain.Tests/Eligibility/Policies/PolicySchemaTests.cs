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

    public static TheoryData<string> ShippedPolicies() =>
        [.. Directory.EnumerateFiles(RepoFiles.Path("seeds/policies"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedPolicies))]
    public void Every_shipped_policy_is_valid_against_the_schema(string file)
    {
        using JsonDocument schema = JsonDocument.Parse(PolicyFile.ExportJsonSchema());
        using JsonDocument policy = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("seeds/policies/" + file)), Lenient);

        List<string> problems = SchemaCheck.Validate(schema.RootElement, policy.RootElement);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("\"severity\": \"blocking\"", "\"severity\": \"fatal\"", "$.rules[0].severity: 'fatal' is not one of")]
    [InlineData("\"id\": \"minimum-members\",", "", "$.rules[1]: missing required 'id'")]
    [InlineData("\"version\": 1,", "\"version\": 0,", "$.version: 0 is below the minimum 1")]
    [InlineData("\"version\": 1,", "\"version\": 1, \"chek\": true,", "$: unknown property 'chek'")]
    [InlineData("\"type\": \"integer\"", "\"type\": \"int\"", "$.parameters[0].type: 'int' is not one of")]
    public void The_schema_catches_what_editors_should_flag(string find, string replace, string expected)
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/policies/example-policy.json"));
        Assert.Contains(find, good, StringComparison.Ordinal);
        using JsonDocument schema = JsonDocument.Parse(PolicyFile.ExportJsonSchema());
        using JsonDocument policy = JsonDocument.Parse(ReplaceFirst(good, find, replace), Lenient);

        List<string> problems = SchemaCheck.Validate(schema.RootElement, policy.RootElement);

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
