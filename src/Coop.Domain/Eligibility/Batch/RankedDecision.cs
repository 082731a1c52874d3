using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// One eligible decision's place in the ranking of a streamed registry evaluation (<see cref="RegistryRanking"/>): the
/// keys the ranking needs and what its output prints, not the decision or the cooperative (about 300 bytes each).
/// </summary>
public sealed class RankedDecision
{
    internal RankedDecision(long index, RegistryDecisionRow row, OutcomeSummary county, OutcomeSummary sector)
    {
        Index = index;
        Id = row.Applicant.Id;
        Name = row.Applicant.Name;
        Line = row.Applicant.Line;
        Score = row.Decision.Score;
        Requested = row.Applicant.AmountRequested;
        AppliedOn = row.Applicant.AppliedOn;
        County = county;
        Sector = sector;
    }

    /// <summary>1-based, unique: score descending, then earlier application, then <see cref="Id"/> (ordinal).</summary>
    public int Rank { get; internal set; }

    /// <summary>The decision's 0-based position among the decisions of the evaluation, in the order they were read (registry order).</summary>
    public long Index { get; }

    /// <summary>The applicant's id within the evaluation (<see cref="RegistryApplicant.Id"/>), the ranking's last tie-breaker.</summary>
    public string Id { get; }

    /// <summary>The cooperative's registered name.</summary>
    public string Name { get; }

    /// <summary>The 1-based line of the registry file the cooperative was read from.</summary>
    public long Line { get; }

    /// <summary>The decision's score.</summary>
    public decimal Score { get; }

    /// <summary>The amount requested, in rials; null when the policy judges cooperatives without an application.</summary>
    public Money? Requested { get; }

    /// <summary>The application date; null when the policy judges cooperatives without an application.</summary>
    public SolarHijriDate? AppliedOn { get; }

    /// <summary>Its grant under the budget; null when no budget was given or the policy judges cooperatives without an application.</summary>
    public AllocationResult? Allocation { get; internal set; }

    /// <summary>The amount granted, in rials; null without an allocation.</summary>
    public Money? Granted => Allocation?.Granted;

    /// <summary>Funded, partly funded or waiting; null without an allocation.</summary>
    public AllocationOutcome? Status => Allocation?.Outcome;

    internal OutcomeSummary County { get; }

    internal OutcomeSummary Sector { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Rank}. {Name} ({Id})";
}
