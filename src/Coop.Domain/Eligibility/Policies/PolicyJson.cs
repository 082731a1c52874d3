using System.Text.Json;
using System.Text.Json.Serialization;
using SourceEntry = Coop.Domain.Eligibility.Sources.Source;

namespace Coop.Domain.Eligibility.Policies;

// The policy file's shape, read with System.Text.Json source generation (no reflection) and then validated
// into the immutable model by PolicyReader. Every property is optional here so that PolicyReader can report
// every missing field, not only the first; unknown properties are rejected (typos such as "chek").
// docs/policies.md documents the format; seeds/policies/policy.schema.json is exported from these types, with the
// [PolicySchema] texts, required properties and allowed values (the loader itself checks all of them again).
#pragma warning disable CA1002, CA2227 // DTOs: List<T> with setters is what the source generator binds most simply; never exposed publicly.

/// <summary>A policy file.</summary>
internal sealed class PolicyFileDto
{
    [PolicySchema("The JSON Schema this file follows (ignored by the loader; lets editors validate and complete).", Example = "policy.schema.json")]
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [PolicySchema("The policy id, the same across its versions (e.g. cdb-employment-facility).", Required = true)]
    public string? Id { get; set; }

    [PolicySchema("The version number, 1 or more; the versions of one policy differ in it.", Required = true, Minimum = 1)]
    public int? Version { get; set; }

    [PolicySchema("The title in Persian (fa) and English (en).", Required = true)]
    public TextDto? Title { get; set; }

    [PolicySchema("The first day in force, a Solar Hijri date (1404/01/01, ۱۴۰۴/۰۱/۰۱ or 1 Farvardin 1404).", Required = true, Example = "1404/01/01")]
    public string? EffectiveFrom { get; set; }

    [PolicySchema("The last day in force (inclusive), a Solar Hijri date; absent for open-ended.", Example = "1404/12/29")]
    public string? EffectiveTo { get; set; }

    [PolicySchema("The dated parameters, referred to as $name in expressions and {parameter:name} in messages.")]
    public List<ParameterDto>? Parameters { get; set; }

    [PolicySchema("The rules, in the order they are reported.", Required = true)]
    public List<RuleDto>? Rules { get; set; }

    [PolicySchema("The scoring terms: points (times the weight) added when the condition holds.")]
    public List<ScoringDto>? Scoring { get; set; }

    [PolicySchema("How rule results map to the outcome, first match wins; absent for the default (a failed blocking rule: ineligible; incomplete: incomplete; a failed warning: needsReview). When given: not empty, with a row for a failed blocking rule, and no row mapping to eligible.")]
    public List<OutcomeDto>? Outcomes { get; set; }

    [PolicySchema("What a failed rule resting on an unverified assumption (a parameter value with no source or only assumption sources) does: needsReview (default: where the outcome would be ineligible it is needs review) or asMapped (the outcome mapping as for any failure).", Values = new[] { "needsReview", "asMapped" })]
    public string? AssumptionFailures { get; set; }
}

/// <summary>A Persian and English text.</summary>
internal sealed class TextDto
{
    [PolicySchema("The Persian text.", Required = true)]
    public string? Fa { get; set; }

    [PolicySchema("The English text.", Required = true)]
    public string? En { get; set; }
}

/// <summary>A parameter.</summary>
internal sealed class ParameterDto
{
    [PolicySchema("The name, used as $name: a letter or _ then letters, digits and _.", Required = true)]
    public string? Name { get; set; }

    [PolicySchema("The value type.", Required = true, Values = new[] { "integer", "decimal", "money", "date", "duration", "string", "boolean" })]
    public string? Type { get; set; }

    [PolicySchema("Whether each value is a table by key (e.g. minimum members per cooperative kind), read as $name[key].")]
    public bool? Keyed { get; set; }

    [PolicySchema("The unit, as documentation (members, rial, months).")]
    public string? Unit { get; set; }

    [PolicySchema("What the parameter means, in Persian and English.")]
    public TextDto? Description { get; set; }

    [PolicySchema("The legal source of the values (law article, circular), as a note for people; the machine-checked basis is 'sources'.")]
    public string? Source { get; set; }

    [PolicySchema("The ids of the source register entries (seeds/sources/sources.json) the values rest on, unless a value names its own; a value resting on none stands as an assumption.", Pattern = SourceEntry.IdPattern)]
    public List<string>? Sources { get; set; }

    [PolicySchema("Deprecated and ignored (coop validate warns): the standing of the values comes from the register entries named in 'sources'.")]
    public bool? Verified { get; set; }

    [PolicySchema("The dated values, in increasing date order; each applies from its date until the next.", Required = true)]
    public List<ValueDto>? Values { get; set; }
}

/// <summary>A dated parameter value.</summary>
internal sealed class ValueDto
{
    [PolicySchema("The first day this value applies, a Solar Hijri date.", Required = true, Example = "1404/01/01")]
    public string? From { get; set; }

    [PolicySchema("The value in the parameter's type (money and durations as text such as \"50 billion rial\" or \"6 months\"), an object by key when keyed, or null to end the parameter.", Required = true)]
    public JsonElement Value { get; set; }

    [PolicySchema("Where this value was published, as a note for people.")]
    public string? Reference { get; set; }

    [PolicySchema("The ids of the source register entries this value rests on, instead of the parameter's (one value may be official and a later amendment an assumption).", Pattern = SourceEntry.IdPattern)]
    public List<string>? Sources { get; set; }

}

/// <summary>A rule.</summary>
internal sealed class RuleDto
{
    [PolicySchema("The rule id, unique in the policy.", Required = true)]
    public string? Id { get; set; }

    [PolicySchema("The error code reported when the rule fails (e.g. MIN_MEMBERS).", Required = true)]
    public string? Code { get; set; }

    [PolicySchema("blocking makes the applicant ineligible, warning needs review, info only informs (by the default outcome mapping).", Required = true, Values = new[] { "blocking", "warning", "info" })]
    public string? Severity { get; set; }

    [PolicySchema("The article or circular the rule comes from, as a note for people; the machine-checked basis is 'sources'.")]
    public string? Citation { get; set; }

    [PolicySchema("The ids of the source register entries (seeds/sources/sources.json) the rule encodes.", Pattern = SourceEntry.IdPattern)]
    public List<string>? Sources { get; set; }


    [PolicySchema("An expression: the rule applies only when it is true (otherwise not applicable).")]
    public string? When { get; set; }

    [PolicySchema("An expression that must be true for the rule to pass (docs/expression-language.md).", Required = true)]
    public string? Check { get; set; }

    [PolicySchema("An expression whose value fills {observed} in the messages.")]
    public string? Observed { get; set; }

    [PolicySchema("An expression whose value fills {required} in the messages.")]
    public string? Required { get; set; }

    [PolicySchema("The failure message in Persian and English; placeholders {observed}, {required}, {parameter:name}.", Required = true)]
    public TextDto? Message { get; set; }
}

/// <summary>A scoring term.</summary>
internal sealed class ScoringDto
{
    [PolicySchema("The scoring term id, unique in the policy.", Required = true)]
    public string? Id { get; set; }

    [PolicySchema("An expression: the points are added when it is true.", Required = true)]
    public string? When { get; set; }

    [PolicySchema("The points added.", Required = true)]
    public decimal? Points { get; set; }

    [PolicySchema("The multiplier of the points; default 1.")]
    public decimal? Weight { get; set; }

    [PolicySchema("The ids of the source register entries behind the term's priority or weight.", Pattern = SourceEntry.IdPattern)]
    public List<string>? Sources { get; set; }

}

/// <summary>An outcome mapping line.</summary>
internal sealed class OutcomeDto
{
    [PolicySchema("The severity of the rules this line matches.", Required = true, Values = new[] { "blocking", "warning", "info" })]
    public string? Severity { get; set; }

    [PolicySchema("The rule status this line matches.", Required = true, Values = new[] { "passed", "failed", "notApplicable", "incomplete", "error" })]
    public string? Status { get; set; }

    [PolicySchema("The outcome when any rule matches.", Required = true, Values = new[] { "eligible", "ineligible", "incomplete", "needsReview" })]
    public string? Outcome { get; set; }
}

#pragma warning restore CA1002, CA2227

/// <summary>The source-generated serializer context for policy files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = PolicyFile.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(PolicyFileDto))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
