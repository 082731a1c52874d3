using System.Text.Json;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class ScenarioSchemaTests
{
    private static readonly string SchemaPath = RepoFiles.Path("seeds/scenarios/scenario.schema.json");

    // Set COOP_UPDATE_SCENARIO_SCHEMA=1 to rewrite the committed schema after changing the file format.
    [Fact]
    public void The_committed_JSON_schema_matches_a_fresh_export()
    {
        string fresh = ScenarioFile.ExportJsonSchema();
        if (Environment.GetEnvironmentVariable("COOP_UPDATE_SCENARIO_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, fresh);
        }

        string committed = File.ReadAllText(SchemaPath).ReplaceLineEndings("\n");
        Assert.True(committed == fresh, "seeds/scenarios/scenario.schema.json is stale: run the tests with COOP_UPDATE_SCENARIO_SCHEMA=1 and commit the result.");
    }

    [Fact]
    public void The_schema_lists_exactly_the_properties_the_reader_accepts_and_forbids_others()
    {
        using var schema = JsonDocument.Parse(ScenarioFile.ExportJsonSchema());
        JsonElement root = schema.RootElement;
        JsonElement caseSchema = root.GetProperty("properties").GetProperty("cases").GetProperty("items");
        JsonElement expect = caseSchema.GetProperty("properties").GetProperty("expect");
        (JsonElement Schema, string[] Names)[] levels =
        [
            (root, ScenarioLoader.TopLevel),
            (root.GetProperty("properties").GetProperty("base"), ScenarioLoader.BaseProperties),
            (caseSchema, ScenarioLoader.CaseProperties),
            (expect, ScenarioLoader.ExpectProperties),
            (expect.GetProperty("properties").GetProperty("score"), ScenarioLoader.ScoreProperties),
        ];
        foreach ((JsonElement level, string[] names) in levels)
        {
            Assert.Equal(names, level.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.False(level.GetProperty("additionalProperties").GetBoolean());
        }
    }

    public static TheoryData<string> SeedScenarios() =>
        [.. Directory.EnumerateFiles(RepoFiles.Path("seeds/scenarios"), "*.scenario.json")
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedScenarios))]
    public void Every_seed_scenario_names_the_schema_and_is_valid_against_it(string file)
    {
        using JsonDocument schema = JsonDocument.Parse(ScenarioFile.ExportJsonSchema());
        using JsonDocument scenario = JsonDocument.Parse(
            File.ReadAllText(RepoFiles.Path("seeds/scenarios/" + file)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        Assert.Equal("scenario.schema.json", scenario.RootElement.GetProperty("$schema").GetString());
        List<string> problems = SchemaCheck.Validate(schema.RootElement, scenario.RootElement);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("\"asOf\": \"1404/09/01\"", "\"asOf\": \"1404-09-01\"", "$.asOf: '1404-09-01' does not match")]
    [InlineData("\"policy\": \"../policies/statutory-compliance.json\"", "\"policy\": []", "$.policy: matches 0 of the 2 oneOf choices")]
    [InlineData("\"cases\": [", "\"casez\": [], \"cases\": [", "$: unknown property 'casez'")]
    public void The_schema_catches_what_editors_should_flag(string find, string replace, string expected)
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/scenarios/statutory-compliance.scenario.json"));
        int at = good.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        using JsonDocument schema = JsonDocument.Parse(ScenarioFile.ExportJsonSchema());
        using JsonDocument scenario = JsonDocument.Parse(
            good[..at] + replace + good[(at + find.Length)..],
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        Assert.Contains(SchemaCheck.Validate(schema.RootElement, scenario.RootElement), p => p.StartsWith(expected, StringComparison.Ordinal));
    }
}
