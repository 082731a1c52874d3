using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Ranks the eligible decisions by score and shares a credit line among them with <see cref="CreditLineAllocator"/>.
/// </summary>
/// <remarks>
/// Only decisions with outcome <see cref="PolicyOutcome.Eligible"/> compete; the others are left out of the ranking.
/// Order: score descending, then application date ascending (earlier first), then <see cref="RankingCandidate.Id"/>
/// ordinally ascending — so ranks are unique and the same for the candidates in any order. The budget is walked in
/// rank order: funded, then (by default) one partly funded applicant receiving the rest, then waiting.
/// </remarks>
public static class DecisionRanking
{
    /// <summary>Ranks the eligible <paramref name="candidates"/> and allocates <paramref name="budget"/> among them.</summary>
    /// <param name="budget">The credit line, in rials; zero or more (zero ranks without funding anyone).</param>
    /// <param name="candidates">The decided applicants, any outcome; ids unique among the eligible ones.</param>
    /// <param name="partialFunding">What to do when the rest of the budget does not cover the next request.</param>
    /// <returns>The eligible applicants in rank order with their grants; each <see cref="AllocationApplicant.Id"/> is the candidate's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative or <paramref name="partialFunding"/> is undefined.</exception>
    /// <exception cref="ArgumentException">An eligible candidate's id is blank or repeated, or its request is not above zero.</exception>
    public static CreditLineAllocation Allocate(Money budget, IEnumerable<RankingCandidate> candidates, PartialFunding partialFunding = PartialFunding.FundRemainder)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var applicants = new List<AllocationApplicant>();
        int index = 0;
        foreach (RankingCandidate? c in candidates)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(candidates), $"Candidate {index} is null.");
            }

            ArgumentNullException.ThrowIfNull(c.Decision, nameof(candidates));
            if (c.Decision.Outcome == PolicyOutcome.Eligible)
            {
                applicants.Add(new AllocationApplicant(c.Id, c.Decision.Score, c.Requested, c.AppliedOn));
            }

            index++;
        }

        return CreditLineAllocator.Allocate(budget, applicants, partialFunding);
    }
}
