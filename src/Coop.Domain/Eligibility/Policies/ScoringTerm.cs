namespace Coop.Domain.Eligibility.Policies;

/// <summary>A scoring term: when <see cref="When"/> holds, the score gains <see cref="Points"/> × <see cref="Weight"/>.</summary>
/// <param name="Id">Unique within the policy's scoring terms.</param>
/// <param name="When">The Boolean condition; a false, missing or failed condition adds nothing.</param>
/// <param name="Points">The points it adds.</param>
/// <param name="Weight">The multiplier (1 by default).</param>
public sealed record ScoringTerm(string Id, string When, decimal Points, decimal Weight = 1m);
