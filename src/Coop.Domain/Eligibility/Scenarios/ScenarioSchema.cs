using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>Builds the JSON Schema of scenario files from the property lists the reader accepts, so the two cannot drift.</summary>
internal static class ScenarioSchema
{
    public static string Export()
    {
        JsonObject rules(string what) => new()
        {
            ["type"] = "array",
            ["description"] = $"Rules (by code or id) that must be {what}.",
            ["items"] = new JsonObject { ["type"] = "string" },
        };
        JsonObject date(string description) => new()
        {
            ["type"] = "string",
            ["pattern"] = "^[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}$",
            ["description"] = description,
        };
        JsonObject arrayOperation = new()
        {
            ["description"] = "Where the base value is an array: $append items, $patch elements by index, $remove indexes (docs/policy-testing.md).",
        };

        var expect = Closed(ScenarioLoader.ExpectProperties, new JsonObject
        {
            ["outcome"] = new JsonObject { ["enum"] = new JsonArray("eligible", "ineligible", "incomplete", "needs-review") },
            ["fails"] = rules("Failed"),
            ["passes"] = rules("Passed"),
            ["incomplete"] = rules("Incomplete"),
            ["notApplicable"] = rules("NotApplicable"),
            ["restsOnAssumption"] = rules("Failed resting on an unverified assumption (a parameter value with no source or an assumption source; may also be in fails)"),
            ["score"] = Closed(ScenarioLoader.ScoreProperties, new JsonObject
            {
                ["min"] = new JsonObject { ["type"] = "number" },
                ["max"] = new JsonObject { ["type"] = "number" },
            }, "The inclusive score range."),
        }, "What the policy must conclude.");

        var scenarioCase = Closed(ScenarioLoader.CaseProperties, new JsonObject
        {
            ["name"] = new JsonObject { ["type"] = "string", ["description"] = "Unique in the file." },
            ["asOf"] = date("Overrides the file's as-of date."),
            ["cooperative"] = new JsonObject { ["type"] = "object", ["description"] = "A JSON merge patch (RFC 7396) over base.cooperative. " + arrayOperation["description"] },
            ["application"] = new JsonObject { ["type"] = new JsonArray("object", "null"), ["description"] = "A merge patch over base.application, or null for no application." },
            ["expect"] = expect,
        }, "One case.");
        ((JsonObject)scenarioCase).Add("required", new JsonArray("name", "expect"));

        var root = Closed(ScenarioLoader.TopLevel, new JsonObject
        {
            ["$schema"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["policy"] = new JsonObject
            {
                ["description"] = "The policy file, relative to this file, or an array of files (the versions of one policy).",
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string" },
                    new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "string" } }),
            },
            ["policyId"] = new JsonObject
            {
                ["type"] = "string",
                ["description"] = "Instead of 'policy': the id of a policy the runner's provider knows (by default the policies shipped in the package, e.g. 'cdb-employment-facility').",
            },
            ["asOf"] = date("The default as-of date of the cases, e.g. 1404/06/15."),
            ["base"] = Closed(ScenarioLoader.BaseProperties, new JsonObject
            {
                ["cooperative"] = new JsonObject
                {
                    ["type"] = new JsonArray("string", "object"),
                    ["description"] = "A cooperative file (relative to this file) or an inline cooperative, in the registry JSON form (docs/registry-format.md).",
                },
                ["application"] = new JsonObject
                {
                    ["type"] = new JsonArray("object", "null"),
                    ["description"] = "A facility application (programme, appliedOn, amountRequested, jobsCommitted, sector, collateral, collateralValue, overdueDebt, unclearedReturnedCheques), or null.",
                },
            }, "The facts every case starts from."),
            ["cases"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = scenarioCase },
        }, null);

        var ordered = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Coop.Domain policy scenario file",
            ["description"] = "Cases that test an eligibility policy: see docs/policy-testing.md.",
        };
        foreach (KeyValuePair<string, JsonNode?> pair in root.ToList())
        {
            root.Remove(pair.Key);
            ordered[pair.Key] = pair.Value;
        }

        ordered.Add("required", new JsonArray("cases"));
        ordered.Add("oneOf", new JsonArray(
            new JsonObject { ["required"] = new JsonArray("policy") },
            new JsonObject { ["required"] = new JsonArray("policyId") }));
        return ordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Closed(string[] names, JsonObject properties, string? description)
    {
        var result = new JsonObject { ["type"] = "object" };
        if (description is not null)
        {
            result["description"] = description;
        }

        result["properties"] = properties;
        result["additionalProperties"] = false;
        System.Diagnostics.Debug.Assert(names.Length == properties.Count && names.All(properties.ContainsKey), "The schema lists the reader's properties.");
        return result;
    }
}
