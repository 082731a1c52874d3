using System.Collections.Immutable;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Allocation;

/// <summary>
/// Ranks applicants by score and shares a credit line among them in rank order. Deterministic: the same input in any
/// order gives the same result. Money arithmetic is exact (whole rials in <see cref="Money"/>).
/// </summary>
/// <remarks>
/// Ranking: score descending, then application date ascending (earlier first), then <c>Id</c> ordinally ascending.
/// Allocation walks the ranking with the remaining budget: a request that fits is <see cref="AllocationOutcome.Funded"/>;
/// the first that does not is handled by <see cref="PartialFunding"/> (default <see cref="PartialFunding.FundRemainder"/>).
/// See <c>docs/allocation.md</c>.
/// </remarks>
public static class CreditLineAllocator
{
    /// <summary>Ranks <paramref name="applicants"/> and allocates <paramref name="budget"/> among them.</summary>
    /// <param name="budget">The credit line, in rials; zero or more.</param>
    /// <param name="applicants">The applicants; ids unique; requests above zero. May be empty.</param>
    /// <param name="partialFunding">What to do when the rest of the budget does not cover the next request.</param>
    /// <returns>Every applicant in rank order with its grant and the budget left after it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="applicants"/> or one of its items or ids is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative, or
    /// <paramref name="partialFunding"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">An id is blank or repeated, or a request is not above zero (the message
    /// names the applicant).</exception>
    public static CreditLineAllocation Allocate(
        Money budget, IEnumerable<AllocationApplicant> applicants, PartialFunding partialFunding = PartialFunding.FundRemainder)
    {
        ArgumentNullException.ThrowIfNull(applicants);
        if (budget.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "The budget must be zero or more.");
        }

        if (!Enum.IsDefined(partialFunding))
        {
            throw new ArgumentOutOfRangeException(nameof(partialFunding), partialFunding, "Unknown partial-funding rule.");
        }

        AllocationApplicant[] ranked = Check(applicants);
        Array.Sort(ranked, CompareRank);

        var results = ImmutableArray.CreateBuilder<AllocationResult>(ranked.Length);
        Money remaining = budget;
        bool stopped = false;
        for (int i = 0; i < ranked.Length; i++)
        {
            AllocationApplicant a = ranked[i];
            AllocationOutcome outcome;
            Money granted;
            if (!stopped && a.Requested <= remaining)
            {
                outcome = AllocationOutcome.Funded;
                granted = a.Requested;
            }
            else if (!stopped && partialFunding == PartialFunding.FundRemainder && !remaining.IsZero)
            {
                outcome = AllocationOutcome.PartlyFunded;
                granted = remaining;
                stopped = true;
            }
            else
            {
                outcome = AllocationOutcome.Waiting;
                granted = Money.Zero;
                stopped |= partialFunding == PartialFunding.FundRemainder;
            }

            remaining -= granted;
            results.Add(new AllocationResult(a, i + 1, outcome, granted, remaining));
        }

        return new CreditLineAllocation(budget, partialFunding, results.MoveToImmutable());
    }

    /// <summary>The ranking order: score descending, then earlier application, then id (ordinal).</summary>
    internal static int CompareRank(AllocationApplicant x, AllocationApplicant y)
    {
        int c = y.Score.CompareTo(x.Score);
        if (c == 0)
        {
            c = x.AppliedOn.CompareTo(y.AppliedOn);
        }

        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    private static AllocationApplicant[] Check(IEnumerable<AllocationApplicant> applicants)
    {
        AllocationApplicant[] list = [.. applicants];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            AllocationApplicant? a = list[i] ?? throw new ArgumentNullException(nameof(applicants), $"Applicant {i} is null.");
            ArgumentNullException.ThrowIfNull(a.Id, nameof(applicants));
            if (string.IsNullOrWhiteSpace(a.Id))
            {
                throw new ArgumentException($"Applicant {i} has a blank id.", nameof(applicants));
            }

            if (!ids.Add(a.Id))
            {
                throw new ArgumentException($"Applicant id '{a.Id}' appears more than once.", nameof(applicants));
            }

            if (a.Requested <= Money.Zero)
            {
                throw new ArgumentException($"Applicant '{a.Id}' requests {a.Requested}; a request must be above zero.", nameof(applicants));
            }
        }

        return list;
    }
}
