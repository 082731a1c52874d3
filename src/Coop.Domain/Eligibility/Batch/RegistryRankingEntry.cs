using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>One eligible applicant's place in the ranking of a registry evaluation.</summary>
/// <param name="Rank">1-based, unique.</param>
/// <param name="Row">The applicant and its decision.</param>
/// <param name="Allocation">Its grant under the budget; null when no budget was given or nothing was requested.</param>
public sealed record RegistryRankingEntry(int Rank, RegistryDecisionRow Row, AllocationResult? Allocation)
{
    /// <summary>The amount granted, in rials; null without an allocation.</summary>
    public Money? Granted => Allocation?.Granted;

    /// <summary>Funded, partly funded or waiting; null without an allocation.</summary>
    public AllocationOutcome? Status => Allocation?.Outcome;
}
