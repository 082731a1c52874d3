using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// What a streamed registry evaluation (<see cref="StreamedRegistryEvaluation"/>) keeps once every decision has been read:
/// the ranking of the eligible (<see cref="RankedDecision"/>: keys and grants, not decisions), the allocation, the
/// summaries by county and sector, and the bad lines. Its size grows with the eligible decisions only, never with the
/// other decisions or the cooperatives.
/// </summary>
public sealed class RegistryRanking
{
    private readonly List<RankedDecision> _byIndex;

    internal RegistryRanking(
        Policy policy, SolarHijriDate asOf, bool byApplication, long decisions, IReadOnlyList<JsonLineError> badLines, long cooperatives,
        long withoutApplication, Money? budget, List<RankedDecision> byIndex, IReadOnlyList<RankedDecision> ranking, CreditLineAllocation? allocation,
        IReadOnlyList<OutcomeSummary> byCounty, IReadOnlyList<OutcomeSummary> bySector, OutcomeSummary total)
    {
        Policy = policy;
        AsOf = asOf;
        ByApplication = byApplication;
        Decisions = decisions;
        BadLines = badLines;
        Cooperatives = cooperatives;
        CooperativesWithoutApplication = withoutApplication;
        Budget = budget;
        _byIndex = byIndex;
        Ranking = ranking;
        Allocation = allocation;
        ByCounty = byCounty;
        BySector = bySector;
        Total = total;
    }

    /// <summary>The policy version in force on <see cref="AsOf"/> that decided.</summary>
    public Policy Policy { get; }

    /// <summary>The as-of date.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>True when the policy names <c>application</c> facts, so there is one decision per application.</summary>
    public bool ByApplication { get; }

    /// <summary>The number of decisions read.</summary>
    public long Decisions { get; }

    /// <summary>Registry lines that could not be read (line and message), in file order; never fatal.</summary>
    public IReadOnlyList<JsonLineError> BadLines { get; }

    /// <summary>
    /// Whether any of <see cref="BadLines"/> is <see cref="JsonLineError.IsMalformed"/>: the registry is damaged, so the
    /// results may be missing cooperatives no line count shows. The <c>coop</c> tool refuses such a file with exit code 2.
    /// </summary>
    public bool IsDamaged => BadLines.Any(e => e.IsMalformed);

    /// <summary>Cooperatives read from the registry.</summary>
    public long Cooperatives { get; }

    /// <summary>With <see cref="ByApplication"/>: cooperatives with no application on or before the as-of date (not evaluated); otherwise 0.</summary>
    public long CooperativesWithoutApplication { get; }

    /// <summary>The budget allocated, in rials, or null.</summary>
    public Money? Budget { get; }

    /// <summary>The eligible decisions in rank order (score descending, earlier application, then <see cref="RankedDecision.Id"/>).</summary>
    public IReadOnlyList<RankedDecision> Ranking { get; }

    /// <summary>The allocation of <see cref="Budget"/>; null without a budget or without applications.</summary>
    public CreditLineAllocation? Allocation { get; }

    /// <summary>Counts and totals per county code, ordered by code.</summary>
    public IReadOnlyList<OutcomeSummary> ByCounty { get; }

    /// <summary>Counts and totals per application sector (<c>-</c> for none), ordered by sector.</summary>
    public IReadOnlyList<OutcomeSummary> BySector { get; }

    /// <summary>Counts and totals over every decision.</summary>
    public OutcomeSummary Total { get; }

    /// <summary>
    /// The ranked decision at position <paramref name="index"/> of the decisions read (0-based, registry order), or null
    /// when that decision is not ranked (not eligible, or out of range). For output that prints each decision with its rank.
    /// </summary>
    /// <param name="index">The decision's 0-based position in the order the stream yielded it.</param>
    /// <returns>Its place in the ranking, or null.</returns>
    public RankedDecision? Find(long index)
    {
        int lo = 0;
        int hi = _byIndex.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            long at = _byIndex[mid].Index;
            if (at == index)
            {
                return _byIndex[mid];
            }

            if (at < index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
