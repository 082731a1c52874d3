using System.Text.Json;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Cli;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Serialization;

public sealed class JsonSchemasTests
{
    [Theory]
    [InlineData("policy", "seeds/policies/policy.schema.json")]
    [InlineData("scenario", "seeds/scenarios/scenario.schema.json")]
    [InlineData("decision", "seeds/decisions/decision.schema.json")]
    [InlineData("sources", "seeds/sources/sources.schema.json")]
    public void Each_schema_from_the_package_is_the_committed_file_and_coop_schema_prints_it(string name, string committed)
    {
        string expected = File.ReadAllText(RepoFiles.Path(committed)).ReplaceLineEndings("\n");
        Assert.Equal(expected, JsonSchemas.Get(name).ReplaceLineEndings("\n"));
        Assert.Equal(expected, JsonSchemas.Get(" " + name.ToUpperInvariant() + " ").ReplaceLineEndings("\n"));
        Assert.Equal(Path.GetFileName(committed), JsonSchemas.FileName(name));
        using JsonDocument parsed = JsonDocument.Parse(JsonSchemas.Get(name));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", parsed.RootElement.GetProperty("$schema").GetString());

        var (code, output, error) = CliTestHost.Run("schema", name);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(expected, output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_named_properties_are_the_exports_of_each_format()
    {
        Assert.Equal(["policy", "scenario", "decision", "sources"], JsonSchemas.Names);
        Assert.Equal(PolicyFile.ExportJsonSchema(), JsonSchemas.Policy);
        Assert.Equal(ScenarioFile.ExportJsonSchema(), JsonSchemas.Scenario);
        Assert.Equal(DecisionJson.Schema, JsonSchemas.Decision);
        Assert.Equal(SourceRegister.ExportJsonSchema(), JsonSchemas.Sources);
    }

    [Fact]
    public void An_unknown_schema_name_is_an_argument_error_listing_the_names_and_exit_2_in_the_cli()
    {
        var e = Assert.Throws<ArgumentException>(() => JsonSchemas.Get("registry"));
        Assert.Contains("policy, scenario, decision, sources", e.Message, StringComparison.Ordinal);
        var (code, output, _) = CliTestHost.Run("schema", "registry");
        Assert.Equal(2, code);
        Assert.Empty(output);
    }
}
