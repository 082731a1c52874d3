namespace Coop.Domain.Eligibility.Policies;

/// <summary>A scoring term: when <see cref="When"/> holds, the score gains <see cref="Points"/> × <see cref="Weight"/>.</summary>
/// <param name="Id">Unique within the policy's scoring terms.</param>
/// <param name="When">The Boolean condition; a false, missing or failed condition adds nothing.</param>
/// <param name="Points">The points it adds.</param>
/// <param name="Weight">The multiplier (1 by default).</param>
/// <param name="Sources">The ids of the source register entries behind the term (its priority or weight), or null for none.</param>
public sealed record ScoringTerm(string Id, string When, decimal Points, decimal Weight = 1m, IReadOnlyList<string>? Sources = null)
{
    /// <summary>The ids of the source register entries behind the term, in the order given; empty when it names none.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Sources is null ? [] : [.. Sources];

    /// <inheritdoc/>
    public bool Equals(ScoringTerm? other) =>
        other is not null && Id == other.Id && When == other.When && Points == other.Points && Weight == other.Weight
        && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, When, Points, Weight);
}
