namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// One rule of a policy: when <see cref="When"/> holds (or always), <see cref="Check"/> must hold. Expressions are
/// in the closed expression language (docs/expression-language.md); messages may use the placeholders
/// <c>{observed}</c>, <c>{required}</c>, <c>{asOf}</c> and <c>{parameter:name}</c> (an unkeyed parameter).
/// </summary>
/// <param name="Id">Unique within the policy.</param>
/// <param name="Code">The error code reported when the rule fails (e.g. <c>MIN_MEMBERS</c>).</param>
/// <param name="Severity">How the failure weighs in the outcome.</param>
/// <param name="Check">The Boolean condition that must hold.</param>
/// <param name="Message">The failure message in Persian and English.</param>
/// <param name="When">The Boolean applicability condition, or null for always.</param>
/// <param name="Observed">An expression whose value fills <c>{observed}</c>, or null.</param>
/// <param name="Required">An expression whose value fills <c>{required}</c>, or null.</param>
/// <param name="Citation">The article or circular the rule comes from, as a note for people, or null.</param>
/// <param name="Sources">The ids of the source register entries the rule encodes (docs/sources.md), or null for none.</param>
public sealed record PolicyRule(
    string Id,
    string Code,
    RuleSeverity Severity,
    string Check,
    PolicyText Message,
    string? When = null,
    string? Observed = null,
    string? Required = null,
    string? Citation = null,
    IReadOnlyList<string>? Sources = null)
{
    /// <summary>The ids of the source register entries the rule encodes, in the order given; empty when it names none.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Sources is null ? [] : [.. Sources];

    /// <inheritdoc/>
    public bool Equals(PolicyRule? other) =>
        other is not null && Id == other.Id && Code == other.Code && Severity == other.Severity && Check == other.Check
        && Message == other.Message && When == other.When && Observed == other.Observed && Required == other.Required
        && Citation == other.Citation && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Code, Severity, Check, When);
}
