using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coop.Domain.Eligibility.Policies;

// The policy file's shape, read with System.Text.Json source generation (no reflection) and then validated
// into the immutable model by PolicyReader. Every property is optional here so that PolicyReader can report
// every missing field, not only the first; unknown properties are rejected (typos such as "chek").
// docs/policies.md documents the format; seeds/policies/policy.schema.json is exported from these types.
#pragma warning disable CA1002, CA2227 // DTOs: List<T> with setters is what the source generator binds most simply; never exposed publicly.

/// <summary>A policy file.</summary>
internal sealed class PolicyFileDto
{
    /// <summary>The JSON Schema the file claims (ignored; lets editors validate and complete).</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>The policy id, same across versions.</summary>
    public string? Id { get; set; }

    /// <summary>The version number, 1 or more.</summary>
    public int? Version { get; set; }

    /// <summary>The title in Persian and English.</summary>
    public TextDto? Title { get; set; }

    /// <summary>The first day in force, a Solar Hijri date such as 1404/01/01.</summary>
    public string? EffectiveFrom { get; set; }

    /// <summary>The last day in force (inclusive), or absent for open-ended.</summary>
    public string? EffectiveTo { get; set; }

    /// <summary>The dated parameters.</summary>
    public List<ParameterDto>? Parameters { get; set; }

    /// <summary>The rules, in order.</summary>
    public List<RuleDto>? Rules { get; set; }

    /// <summary>The scoring terms.</summary>
    public List<ScoringDto>? Scoring { get; set; }

    /// <summary>The outcome mapping; absent for the default.</summary>
    public List<OutcomeDto>? Outcomes { get; set; }
}

/// <summary>A Persian and English text.</summary>
internal sealed class TextDto
{
    /// <summary>Persian.</summary>
    public string? Fa { get; set; }

    /// <summary>English.</summary>
    public string? En { get; set; }
}

/// <summary>A parameter.</summary>
internal sealed class ParameterDto
{
    /// <summary>The name, used as $name.</summary>
    public string? Name { get; set; }

    /// <summary>integer, decimal, money, date, duration, string or boolean.</summary>
    public string? Type { get; set; }

    /// <summary>Whether each value is a table by key.</summary>
    public bool? Keyed { get; set; }

    /// <summary>The unit, as documentation.</summary>
    public string? Unit { get; set; }

    /// <summary>What it means.</summary>
    public TextDto? Description { get; set; }

    /// <summary>The legal source.</summary>
    public string? Source { get; set; }

    /// <summary>Whether a person confirmed the values.</summary>
    public bool? Verified { get; set; }

    /// <summary>The dated values, in increasing date order.</summary>
    public List<ValueDto>? Values { get; set; }
}

/// <summary>A dated parameter value.</summary>
internal sealed class ValueDto
{
    /// <summary>The first day it applies.</summary>
    public string? From { get; set; }

    /// <summary>The value, a table by key, or null to end the parameter.</summary>
    public JsonElement Value { get; set; }

    /// <summary>Where it was published.</summary>
    public string? Reference { get; set; }
}

/// <summary>A rule.</summary>
internal sealed class RuleDto
{
    /// <summary>Unique id.</summary>
    public string? Id { get; set; }

    /// <summary>Error code.</summary>
    public string? Code { get; set; }

    /// <summary>blocking, warning or info.</summary>
    public string? Severity { get; set; }

    /// <summary>The article or circular.</summary>
    public string? Citation { get; set; }

    /// <summary>Applicability condition.</summary>
    public string? When { get; set; }

    /// <summary>The condition that must hold.</summary>
    public string? Check { get; set; }

    /// <summary>Fills {observed}.</summary>
    public string? Observed { get; set; }

    /// <summary>Fills {required}.</summary>
    public string? Required { get; set; }

    /// <summary>The failure message.</summary>
    public TextDto? Message { get; set; }
}

/// <summary>A scoring term.</summary>
internal sealed class ScoringDto
{
    /// <summary>Unique id.</summary>
    public string? Id { get; set; }

    /// <summary>The condition.</summary>
    public string? When { get; set; }

    /// <summary>The points.</summary>
    public decimal? Points { get; set; }

    /// <summary>The multiplier.</summary>
    public decimal? Weight { get; set; }
}

/// <summary>An outcome mapping line.</summary>
internal sealed class OutcomeDto
{
    /// <summary>blocking, warning or info.</summary>
    public string? Severity { get; set; }

    /// <summary>passed, failed, notApplicable, incomplete or error.</summary>
    public string? Status { get; set; }

    /// <summary>eligible, ineligible, incomplete or needsReview.</summary>
    public string? Outcome { get; set; }
}

#pragma warning restore CA1002, CA2227

/// <summary>The source-generated serializer context for policy files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = PolicyFile.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(PolicyFileDto))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
