using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the package's file formats, from the package itself, so that a consumer's editor,
/// CI or tests can check policy, scenario, decision and source-register files with nothing copied from the repository.
/// The same texts are packed as files under <c>schemas/</c> in the Coop.Domain package and printed by
/// <c>coop schema policy|scenario|decision|sources</c>.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("policy.schema.json", JsonSchemas.Policy);   // beside your policies, for "$schema": "policy.schema.json"
/// string scenario = JsonSchemas.Get("scenario");
/// </code>
/// </example>
public static class JsonSchemas
{
    private static readonly Lazy<string> s_policy = new(PolicyFile.ExportJsonSchema);
    private static readonly Lazy<string> s_scenario = new(ScenarioFile.ExportJsonSchema);
    private static readonly Lazy<string> s_sources = new(SourceRegister.ExportJsonSchema);

    /// <summary>The names <see cref="Get"/> accepts, in this order: <c>policy</c>, <c>scenario</c>, <c>decision</c>, <c>sources</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["policy", "scenario", "decision", "sources"];

    /// <summary>The schema of policy files (docs/policies.md); the same text as <see cref="PolicyFile.ExportJsonSchema"/>.</summary>
    public static string Policy => s_policy.Value;

    /// <summary>The schema of scenario files (docs/policy-testing.md); the same text as <see cref="ScenarioFile.ExportJsonSchema"/>.</summary>
    public static string Scenario => s_scenario.Value;

    /// <summary>The schema of the decision JSON contract (docs/decision-json.md); the same text as <see cref="DecisionJson.Schema"/>.</summary>
    public static string Decision => DecisionJson.Schema;

    /// <summary>The schema of source-register files (docs/sources.md); the same text as <see cref="SourceRegister.ExportJsonSchema"/>.</summary>
    public static string Sources => s_sources.Value;

    /// <summary>A schema by name.</summary>
    /// <param name="name">One of <see cref="Names"/> (case-insensitive; surrounding spaces ignored).</param>
    /// <returns>The schema as indented JSON text with a trailing newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>; the message lists them.</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "POLICY" => Policy,
            "SCENARIO" => Scenario,
            "DECISION" => Decision,
            "SOURCES" => Sources,
            _ => throw new ArgumentException($"There is no schema named '{name}'; the schemas are: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>The file name the schema is committed and packed under, e.g. <c>policy.schema.json</c>.</summary>
    /// <param name="name">One of <see cref="Names"/> (case-insensitive).</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public static string FileName(string name)
    {
        _ = Get(name);
        return name.Trim().ToLowerInvariant() + ".schema.json";
    }
}
