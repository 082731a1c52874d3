using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// The result of <see cref="RegistryEvaluator.Evaluate"/>: every decision, the ranking, the allocation and summaries. It holds
/// every decision, so it grows with the registry; <see cref="RegistryEvaluator.Open"/> keeps only the ranking.
/// </summary>
public sealed class RegistryEvaluation
{
    internal RegistryEvaluation(RegistryRanking ranking, IReadOnlyList<RegistryDecisionRow> rows)
    {
        Policy = ranking.Policy;
        AsOf = ranking.AsOf;
        ByApplication = ranking.ByApplication;
        Rows = rows;
        BadLines = ranking.BadLines;
        Cooperatives = ranking.Cooperatives;
        CooperativesWithoutApplication = ranking.CooperativesWithoutApplication;
        Budget = ranking.Budget;
        Ranking = [.. ranking.Ranking.Select(e => new RegistryRankingEntry(e.Rank, rows[checked((int)e.Index)], e.Allocation))];
        Allocation = ranking.Allocation;
        ByCounty = ranking.ByCounty;
        BySector = ranking.BySector;
        Total = ranking.Total;
    }

    /// <summary>The policy version in force on <see cref="AsOf"/> that decided.</summary>
    public Policy Policy { get; }

    /// <summary>The as-of date.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>True when the policy names <c>application</c> facts, so there is one decision per application.</summary>
    public bool ByApplication { get; }

    /// <summary>Every decision, in registry order (applications in each cooperative's order).</summary>
    public IReadOnlyList<RegistryDecisionRow> Rows { get; }

    /// <summary>Registry lines that could not be read (line and message), in file order; never fatal.</summary>
    public IReadOnlyList<JsonLineError> BadLines { get; }

    /// <summary>
    /// Whether any of <see cref="BadLines"/> is <see cref="JsonLineError.IsMalformed"/>: the registry is damaged
    /// (truncated, binary, a line not JSON or not an object, the header's count not matching), so the results
    /// may be missing cooperatives no line count shows. The <c>coop</c> tool refuses such a file with exit code 2.
    /// </summary>
    public bool IsDamaged => BadLines.Any(e => e.IsMalformed);

    /// <summary>Cooperatives read from the registry.</summary>
    public long Cooperatives { get; }

    /// <summary>With <see cref="ByApplication"/>: cooperatives with no application on or before the as-of date (not evaluated); otherwise 0.</summary>
    public long CooperativesWithoutApplication { get; }

    /// <summary>The budget allocated, in rials, or null.</summary>
    public Money? Budget { get; }

    /// <summary>The eligible rows in rank order (score descending, earlier application, then <see cref="RegistryApplicant.Id"/>).</summary>
    public IReadOnlyList<RegistryRankingEntry> Ranking { get; }

    /// <summary>The allocation of <see cref="Budget"/>; null without a budget or without applications.</summary>
    public CreditLineAllocation? Allocation { get; }

    /// <summary>Counts and totals per county code, ordered by code.</summary>
    public IReadOnlyList<OutcomeSummary> ByCounty { get; }

    /// <summary>Counts and totals per application sector (<c>-</c> for none), ordered by sector.</summary>
    public IReadOnlyList<OutcomeSummary> BySector { get; }

    /// <summary>Counts and totals over every decision.</summary>
    public OutcomeSummary Total { get; }
}
