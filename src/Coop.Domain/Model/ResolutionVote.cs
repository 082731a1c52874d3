namespace Coop.Domain.Model;

/// <summary>The vote on one resolution of a general assembly, as its minutes record it.</summary>
/// <param name="Resolution">The resolution, as a short text; not blank.</param>
/// <param name="Present">Votes present when it was put (members in person and by proxy), at least 1.</param>
/// <param name="InFavour">Votes in favour, from 0 to <paramref name="Present"/>.</param>
/// <param name="MajorityRequired">The majority the minutes say it needed.</param>
public sealed record ResolutionVote(string Resolution, int Present, int InFavour, VoteMajority MajorityRequired);
