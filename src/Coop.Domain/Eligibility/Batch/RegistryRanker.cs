using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Takes a registry evaluation's decisions one at a time, in registry order, keeping only the ranking keys of the eligible
/// (<see cref="RankedDecision"/>) and the summaries; then ranks them and allocates the budget.
/// </summary>
internal sealed class RegistryRanker(bool byApplication)
{
    private readonly SortedDictionary<string, OutcomeSummary> _counties = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, OutcomeSummary> _sectors = new(StringComparer.Ordinal);
    private readonly OutcomeSummary _total = new("total");
    private readonly List<RankedDecision> _eligible = [];

    public long Count { get; private set; }

    /// <summary>Counts the next decision (the requested sums in registry order, so an overflow names the same line as ever).</summary>
    public void Add(RegistryDecisionRow row)
    {
        OutcomeSummary county = Group(_counties, row.Applicant.CountyCode);
        OutcomeSummary sector = Group(_sectors, row.Applicant.Sector is { } s ? FactText.Of(s) : "-");
        county.Add(row);
        sector.Add(row);
        _total.Add(row);
        if (row.Decision.Outcome == PolicyOutcome.Eligible)
        {
            _eligible.Add(new RankedDecision(Count, row, county, sector));
        }

        Count++;
    }

    /// <summary>Ranks the eligible and allocates <paramref name="budget"/> (when given) in rank order.</summary>
    public RegistryRanking Complete(
        Policy policy, SolarHijriDate asOf, RegistryItems items, Money? budget, PartialFunding partialFunding)
    {
        var ranking = new List<RankedDecision>(_eligible.Count);
        CreditLineAllocation? allocation = null;
        if (byApplication)
        {
            // The same ranking and walk as DecisionRanking.Allocate over the whole decisions.
            var byId = new Dictionary<string, RankedDecision>(_eligible.Count, StringComparer.Ordinal);
            var applicants = new List<AllocationApplicant>(_eligible.Count);
            foreach (RankedDecision e in _eligible)
            {
                byId.Add(e.Id, e);
                applicants.Add(new AllocationApplicant(e.Id, e.Score, e.Requested!.Value, e.AppliedOn!.Value));
            }

            CreditLineAllocation ranked = CreditLineAllocator.Allocate(budget ?? Money.Zero, applicants, partialFunding);
            foreach (AllocationResult result in ranked.Results)
            {
                RankedDecision entry = byId[result.Applicant.Id];
                entry.Rank = result.Rank;
                if (budget is not null)
                {
                    entry.Allocation = result;
                    entry.County.AddFunded(result.Granted);
                    entry.Sector.AddFunded(result.Granted);
                    _total.AddFunded(result.Granted);
                }

                ranking.Add(entry);
            }

            allocation = budget is null ? null : ranked;
        }
        else
        {
            ranking.AddRange(_eligible);
            ranking.Sort(static (x, y) =>
            {
                int c = y.Score.CompareTo(x.Score);
                return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
            });
            for (int i = 0; i < ranking.Count; i++)
            {
                ranking[i].Rank = i + 1;
            }
        }

        return new RegistryRanking(
            policy, asOf, byApplication, Count, items.BadLines, items.Cooperatives, items.WithoutApplication, budget,
            _eligible, ranking, allocation, [.. _counties.Values], [.. _sectors.Values], _total);
    }

    private static OutcomeSummary Group(SortedDictionary<string, OutcomeSummary> groups, string key)
    {
        if (!groups.TryGetValue(key, out OutcomeSummary? summary))
        {
            summary = new OutcomeSummary(key);
            groups.Add(key, summary);
        }

        return summary;
    }
}
