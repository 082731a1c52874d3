using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Reporting;

/// <summary>Builds <see cref="PeriodReport"/>s from cooperatives or from dated records.</summary>
public static class PeriodReports
{
    /// <summary>Builds a report of <paramref name="options"/>' measure over <paramref name="cooperatives"/>.</summary>
    /// <remarks>
    /// Flow measures (credits, registrations, status changes, jobs) bucket the records of <see cref="ReportRecords.From"/>.
    /// Point-in-time measures evaluate each cooperative at each period's last day: <see cref="ReportMeasure.Active"/> counts
    /// cooperatives whose <see cref="Cooperative.StatusOn"/> is Active; <see cref="ReportMeasure.Members"/> counts members of
    /// record (<see cref="Member.IsMemberOn"/>) of cooperatives registered by then. With no range given, point-in-time
    /// reports run from the earliest registration to the latest dated record of any kind.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or a cooperative is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an unsupported unit, a fiscal start month outside 1–12, or <c>To</c> before <c>From</c>.</exception>
    public static PeriodReport Build(IEnumerable<Cooperative> cooperatives, PeriodReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Measure is not (ReportMeasure.Active or ReportMeasure.Members))
        {
            return Build(ReportRecords.From(cooperatives), options);
        }

        Cooperative[] coops = cooperatives.ToArray();
        (SolarHijriDate? first, SolarHijriDate? last) = (options.From, options.To);
        if (first is null || last is null)
        {
            (first, last) = Range(ReportRecords.From(coops), options);
        }

        if (first is null || last is null)
        {
            return Empty(options);
        }

        var bucketer = new PeriodBucketer(options.Unit, first.Value, last.Value, options.FiscalStartMonth);
        var groups = new Accumulator(options.Grouping, bucketer.Count);
        foreach (Cooperative coop in coops)
        {
            ArgumentNullException.ThrowIfNull(coop, nameof(cooperatives));
            for (int p = 0; p < bucketer.Count; p++)
            {
                SolarHijriDate end = bucketer.Periods[p].End;
                long n = options.Measure == ReportMeasure.Active
                    ? (coop.StatusOn(end) == CooperativeStatus.Active ? 1 : 0)
                    : (coop.RegisteredOn <= end ? coop.Members.Count(m => m.IsMemberOn(end)) : 0);
                int g = groups.GroupOf(coop.CountyCode, null, coop.Kind);
                groups.Add(g, p, n, 0, n);
            }
        }

        return groups.ToReport(options, bucketer.Periods);
    }

    /// <summary>Buckets the records of <paramref name="options"/>' measure (others are skipped) by period and group.</summary>
    /// <remarks>Records outside the range are skipped. With no range given, it runs from the earliest to the latest record of the measure.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The measure is point-in-time (Active or Members): build those from cooperatives.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an unsupported unit, a fiscal start month outside 1–12, or <c>To</c> before <c>From</c>.</exception>
    /// <exception cref="OverflowException">A money sum exceeds the range of <see cref="Money"/>.</exception>
    public static PeriodReport Build(IEnumerable<ReportRecord> records, PeriodReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Measure is ReportMeasure.Active or ReportMeasure.Members)
        {
            throw new ArgumentException($"{options.Measure} is a point-in-time measure; build it from cooperatives.", nameof(options));
        }

        ReportMeasure measure = options.Measure;
        IReadOnlyCollection<ReportRecord> selected = records.Where(r => r.Measure == measure).ToList();
        (SolarHijriDate? first, SolarHijriDate? last) = Range(selected, options);

        if (first is null || last is null)
        {
            return Empty(options);
        }

        var bucketer = new PeriodBucketer(options.Unit, first.Value, last.Value, options.FiscalStartMonth);
        var groups = new Accumulator(options.Grouping, bucketer.Count);
        foreach (ReportRecord record in selected)
        {
            int p = bucketer.IndexOf(record.Date);
            if (p < 0)
            {
                continue;
            }

            int g = groups.GroupOf(record.CountyCode, record.Sector, record.Kind);
            groups.Add(g, p, 1, record.Amount.Rials, record.Quantity);
        }

        return groups.ToReport(options, bucketer.Periods);
    }

    private static PeriodReport Empty(PeriodReportOptions options)
    {
        // No records and no range: validate the options anyway, and report no periods.
        _ = new PeriodBucketer(options.Unit, new SolarHijriDate(1400, 1, 1), new SolarHijriDate(1400, 1, 1), options.FiscalStartMonth);
        return new PeriodReport(options, [], [], [], [], []);
    }

    private sealed class Accumulator(ReportGrouping grouping, int periods)
    {
        private readonly Dictionary<(string? County, int Sector, int Kind), int> _index = [];
        private readonly List<(string? County, int Sector, int Kind)> _keys = [];
        private readonly List<long[]> _counts = [];
        private readonly List<long[]> _amounts = [];
        private readonly List<long[]> _quantities = [];

        public int GroupOf(string county, ProjectSector? sector, CooperativeKind kind)
        {
            var key = (
                grouping.HasFlag(ReportGrouping.County) ? county : null,
                grouping.HasFlag(ReportGrouping.Sector) ? (sector is null ? -1 : (int)sector.Value) : -2,
                grouping.HasFlag(ReportGrouping.Kind) ? (int)kind : -2);
            if (!_index.TryGetValue(key, out int g))
            {
                g = _keys.Count;
                _index.Add(key, g);
                _keys.Add(key);
                _counts.Add(new long[periods]);
                _amounts.Add(new long[periods]);
                _quantities.Add(new long[periods]);
            }

            return g;
        }

        public void Add(int group, int period, long count, long amount, long quantity)
        {
            _counts[group][period] += count;
            try
            {
                _amounts[group][period] = checked(_amounts[group][period] + amount);
            }
            catch (OverflowException)
            {
                throw new OverflowException(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The amounts requested (facilityApplications[].amountRequested) of one period and group sum beyond the range of Money (±{long.MaxValue:#,0} IRR); no registry of real applications reaches it — check the amounts."));
            }
            _quantities[group][period] += quantity;
        }

        public PeriodReport ToReport(PeriodReportOptions options, IReadOnlyList<ReportingPeriod> periods)
        {
            if (_keys.Count == 0 && grouping == ReportGrouping.None)
            {
                _ = GroupOf("", null, default);
            }

            ReportGroup[] groups = _keys.Select(k => new ReportGroup(
                k.County,
                k.Sector switch { -2 => null, -1 => ReportRecord.NoSector, _ => ((ProjectSector)k.Sector).ToString() },
                k.Kind == -2 ? null : ((CooperativeKind)k.Kind).ToString())).ToArray();
            int[] order = Enumerable.Range(0, groups.Length)
                .OrderBy(i => groups[i].CountyCode ?? "", StringComparer.Ordinal)
                .ThenBy(i => groups[i].Sector ?? "", StringComparer.Ordinal)
                .ThenBy(i => groups[i].Kind ?? "", StringComparer.Ordinal)
                .ToArray();
            return new PeriodReport(
                options,
                periods,
                order.Select(i => groups[i]).ToArray(),
                order.Select(i => _counts[i]).ToArray(),
                order.Select(i => _amounts[i]).ToArray(),
                order.Select(i => _quantities[i]).ToArray());
        }
    }

    /// <summary>The report's range: the options' bounds, each missing one taken from the earliest or latest record.</summary>
    private static (SolarHijriDate? First, SolarHijriDate? Last) Range(IEnumerable<ReportRecord> records, PeriodReportOptions options)
    {
        SolarHijriDate? first = options.From;
        SolarHijriDate? last = options.To;
        foreach (ReportRecord record in records)
        {
            if (options.From is null && (first is null || record.Date < first))
            {
                first = record.Date;
            }

            if (options.To is null && (last is null || record.Date > last))
            {
                last = record.Date;
            }
        }

        return (first, last);
    }
}
