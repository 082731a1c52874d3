using System.Collections.Immutable;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Allocation;

/// <summary>The result of <see cref="CreditLineAllocator.Allocate"/>: every applicant in rank order.</summary>
public sealed class CreditLineAllocation
{
    internal CreditLineAllocation(Money budget, PartialFunding partialFunding, ImmutableArray<AllocationResult> results)
    {
        Budget = budget;
        PartialFunding = partialFunding;
        Results = results;
        TotalGranted = Money.Sum(results.Select(r => r.Granted));
        RemainingBudget = budget - TotalGranted;
    }

    /// <summary>The credit line, in rials.</summary>
    public Money Budget { get; }

    /// <summary>The rule applied when the rest of the budget did not cover a request.</summary>
    public PartialFunding PartialFunding { get; }

    /// <summary>Every applicant, in rank order (rank 1 first).</summary>
    public ImmutableArray<AllocationResult> Results { get; }

    /// <summary>The sum of the grants, in rials; never more than <see cref="Budget"/>.</summary>
    public Money TotalGranted { get; }

    /// <summary>The budget left unallocated, in rials.</summary>
    public Money RemainingBudget { get; }
}
