using System.Text.Json;
using System.Text.Json.Serialization;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

// The source register file's shape (docs/sources.md), read with System.Text.Json source generation and then validated
// into the model by SourceRegisterReader. Every property is optional here so that every missing one is reported;
// unknown properties are rejected. seeds/sources/sources.schema.json is exported from these types.
#pragma warning disable CA1002, CA2227 // DTOs: List<T> with setters is what the source generator binds most simply; never exposed publicly.

/// <summary>A source register file.</summary>
internal sealed class SourceRegisterDto
{
    [PolicySchema("The JSON Schema this file follows (ignored by the loader).", Example = "sources.schema.json")]
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    [PolicySchema("The sources, each with a unique id that policies name in their 'sources' lists.", Required = true)]
    public List<SourceDto>? Sources { get; set; }
}

/// <summary>One source.</summary>
internal sealed class SourceDto
{
    [PolicySchema("The stable id, kebab-case (coop-sector-law-art-54), unique in the register; policies cite it.", Required = true, Pattern = Source.IdPattern, Example = "coop-sector-law-art-54")]
    public string? Id { get; set; }

    [PolicySchema("The title in Persian (fa) and English (en).", Required = true)]
    public TextDto? Title { get; set; }

    [PolicySchema("The article, note or paragraph read, e.g. Art. 54(2) and (4).", Example = "Art. 54(2) and (4)")]
    public string? Article { get; set; }

    [PolicySchema("The passage as read, in Persian as the page shows it; required unless the standing is assumption.")]
    public string? Quote { get; set; }

    [PolicySchema("Where it was read: publisher or site, address, page.", Required = true)]
    public WhereDto? Where { get; set; }

    [PolicySchema("The (Gregorian, ISO) day it was read.", Required = true, Pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", Example = "2026-12-05")]
    public string? Read { get; set; }

    [PolicySchema("How much it can be relied on: official (a government or gazette text), secondary (a law firm, registry office or news rewrite), practice (what banks or the ministry are reported to do), assumption (no source: a number this project chose).", Required = true, Values = new[] { "official", "secondary", "practice", "assumption" })]
    public string? Standing { get; set; }

    [PolicySchema("A reviewer's note in English (en), Persian (fa) or both.")]
    public NoteDto? Note { get; set; }
}

/// <summary>Where a source was read.</summary>
internal sealed class WhereDto
{
    [PolicySchema("The publisher or site, e.g. dastour.ir.", Required = true)]
    public string? Publisher { get; set; }

    [PolicySchema("The page's absolute http or https address.", Pattern = "^https?://")]
    public string? Url { get; set; }

    [PolicySchema("The page, heading or section within the publication.")]
    public string? Page { get; set; }
}

/// <summary>A note in English, Persian or both.</summary>
internal sealed class NoteDto
{
    [PolicySchema("The note in English.")]
    public string? En { get; set; }

    [PolicySchema("The note in Persian.")]
    public string? Fa { get; set; }
}

#pragma warning restore CA1002, CA2227

/// <summary>The source-generated serializer context for source register files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = PolicyFile.MaxDepth,
    WriteIndented = true)]
[JsonSerializable(typeof(SourceRegisterDto))]
internal sealed partial class SourceJsonContext : JsonSerializerContext;
