using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Writes a <see cref="Policy"/> as a policy file (docs/policies.md) that <see cref="PolicyFile"/> reads back into an
/// equal policy: money in rials (<c>"50000000000 rial"</c>), durations as <c>"4 months"</c>, dates as
/// <c>"1404/01/01"</c>, enum names in camelCase. Comments of the original file are not kept. The default outcome
/// mapping is left out (a reader supplies it); any other mapping, even an empty one, is written.
/// </summary>
public static class PolicyWriter
{
    private static readonly JsonTypeInfo<PolicyFileDto> s_typeInfo = CreateTypeInfo();

    /// <summary>The policy as indented JSON text with <c>\n</c> line ends and a trailing newline.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="schema">The value of <c>$schema</c> (e.g. <c>policy.schema.json</c>), or null to leave it out.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static string ToJson(Policy policy, string? schema = "policy.schema.json")
    {
        ArgumentNullException.ThrowIfNull(policy);
        return JsonSerializer.Serialize(ToDto(policy, schema), s_typeInfo).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Writes the policy to a file as UTF-8 without a byte order mark (see <see cref="ToJson"/>); the file is replaced only when complete (<see cref="AtomicFile"/>).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="schema">The value of <c>$schema</c>, or null to leave it out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(Policy policy, string path, string? schema = "policy.schema.json")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteText(path, ToJson(policy, schema));
    }

    internal static PolicyFileDto ToDto(Policy policy, string? schema) => new()
    {
        Schema = schema,
        Id = policy.Id,
        Version = policy.Version,
        Title = Text(policy.Title),
        EffectiveFrom = policy.EffectiveFrom.ToString(),
        EffectiveTo = policy.EffectiveTo?.ToString(),
        Parameters = policy.Parameters.Count == 0 ? null : [.. policy.Parameters.Select(Parameter)],
        Rules = [.. policy.Rules.Select(Rule)],
        Scoring = policy.Scoring.Count == 0 ? null : [.. policy.Scoring.Select(s => new ScoringDto { Id = s.Id, When = s.When, Points = s.Points, Weight = s.Weight == 1m ? null : s.Weight, Sources = Ids(s.Sources) })],
        AssumptionFailures = policy.Outcomes.AssumptionFailures == AssumptionFailureHandling.NeedsReview ? null : PolicyJsonValues.EnumName(policy.Outcomes.AssumptionFailures),
        Outcomes = IsDefault(policy.Outcomes) ? null : [.. policy.Outcomes.Rules.Select(o => new OutcomeDto
        {
            Severity = PolicyJsonValues.EnumName(o.Severity),
            Status = PolicyJsonValues.EnumName(o.Status),
            Outcome = PolicyJsonValues.EnumName(o.Outcome),
        })],
    };

    private static ParameterDto Parameter(PolicyParameter p) => new()
    {
        Name = p.Name,
        Type = PolicyJsonValues.TypeName(p.Type),
        Keyed = p.IsKeyed ? true : null,
        Unit = p.Unit,
        Description = p.Description is null ? null : Text(p.Description),
        Source = p.Source,
        Sources = Ids(p.Sources),
        Values = [.. p.Values.Select(v => new ValueDto
        {
            From = v.EffectiveFrom.ToString(),
            Value = v.ByKey is { } table
                ? PolicyJsonValues.Table(table.Select(pair => KeyValuePair.Create(pair.Key, PolicyJsonValues.Of(pair.Value))))
                : PolicyJsonValues.Of(v.Value),
            Reference = v.Reference,
            Sources = Ids(v.Sources),
        })],
    };

    private static RuleDto Rule(PolicyRule r) => new()
    {
        Id = r.Id,
        Code = r.Code,
        Severity = PolicyJsonValues.EnumName(r.Severity),
        Citation = r.Citation,
        Sources = Ids(r.Sources),
        When = r.When,
        Check = r.Check,
        Observed = r.Observed,
        Required = r.Required,
        Message = Text(r.Message),
    };

    private static TextDto Text(PolicyText text) => new() { Fa = text.Fa, En = text.En };

    private static List<string>? Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? null : [.. ids];

    private static bool IsDefault(OutcomeMapping mapping) =>
        ReferenceEquals(mapping, OutcomeMapping.Default) || mapping.Rules.SequenceEqual(OutcomeMapping.Default.Rules);

    private static JsonTypeInfo<PolicyFileDto> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(PolicyJsonContext.Default.Options)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return (JsonTypeInfo<PolicyFileDto>)options.GetTypeInfo(typeof(PolicyFileDto));
    }
}
