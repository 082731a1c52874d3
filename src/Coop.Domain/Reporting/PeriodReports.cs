using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Reporting;

/// <summary>Builds <see cref="PeriodReport"/>s from cooperatives or from dated records.</summary>
public static class PeriodReports
{
    /// <summary>Builds a report of <paramref name="options"/>' measure over <paramref name="cooperatives"/>.</summary>
    /// <remarks>
    /// <para>Flow measures (credits, registrations, status changes, jobs) bucket the records of <see cref="ReportRecords.From"/>.
    /// Point-in-time measures evaluate each cooperative at each period's last day: <see cref="ReportMeasure.Active"/> counts
    /// cooperatives whose <see cref="Cooperative.StatusOn"/> is Active; <see cref="ReportMeasure.Members"/> counts members of
    /// record (<see cref="Member.IsMemberOn"/>) of cooperatives registered by then. With no range given, point-in-time
    /// reports run from the earliest registration to the latest dated record of any kind.</para>
    /// <para>The cooperatives are enumerated once and not kept: only sums per group and month are, so memory depends on the
    /// number of groups and months, not on the number of cooperatives (<see cref="BuildAsync"/> does the same over an
    /// asynchronous stream).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument or a cooperative is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an unsupported unit, a fiscal start month outside 1–12, or <c>To</c> before <c>From</c>.</exception>
    /// <exception cref="OverflowException">A money sum exceeds the range of <see cref="Money"/>.</exception>
    public static PeriodReport Build(IEnumerable<Cooperative> cooperatives, PeriodReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new MonthlyAggregate(options);
        foreach (Cooperative coop in cooperatives)
        {
            ArgumentNullException.ThrowIfNull(coop, nameof(cooperatives));
            builder.Add(coop);
        }

        return builder.ToReport();
    }

    /// <summary>
    /// Builds a report of <paramref name="options"/>' measure over an asynchronous stream of cooperatives (for example
    /// <see cref="Serialization.RegistryReader.ReadAsync"/>'s cooperatives), aggregating each as it arrives: nothing but
    /// the sums per group and month is kept, so a registry of any size is reported in bounded memory.
    /// </summary>
    /// <param name="cooperatives">The cooperatives, enumerated once.</param>
    /// <param name="options">The measure, unit, grouping and range; see <see cref="Build(IEnumerable{Cooperative}, PeriodReportOptions)"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The same report <see cref="Build(IEnumerable{Cooperative}, PeriodReportOptions)"/> gives for the same cooperatives.</returns>
    /// <exception cref="ArgumentNullException">An argument or a cooperative is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options name an unsupported unit, a fiscal start month outside 1–12, or <c>To</c> before <c>From</c>.</exception>
    /// <exception cref="OverflowException">A money sum exceeds the range of <see cref="Money"/>.</exception>
    public static async Task<PeriodReport> BuildAsync(IAsyncEnumerable<Cooperative> cooperatives, PeriodReportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperatives);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new MonthlyAggregate(options);
        await foreach (Cooperative coop in cooperatives.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(coop, nameof(cooperatives));
            builder.Add(coop);
        }

        return builder.ToReport();
    }

    /// <summary>Buckets the records of <paramref name="options"/>' measure (others are skipped) by period and group.</summary>
    /// <remarks>Records outside the range are skipped. With no range given, it runs from the earliest to the latest record of the measure.
    /// The records are enumerated once and not kept.</remarks>
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

        var builder = new MonthlyAggregate(options);
        foreach (ReportRecord record in records)
        {
            builder.Add(record);
        }

        return builder.ToReport();
    }

    /// <summary>
    /// Sums per group and absolute month (year × 12 + month − 1), built one cooperative or record at a time. Every period
    /// of a report is a whole number of months, and a point-in-time measure is evaluated at a period's last day, the last
    /// day of a month: so month sums (flows) and month deltas (point-in-time, as +1 when a cooperative becomes active or a
    /// member joins and −1 when it stops) give exactly the report of the cooperatives themselves.
    /// </summary>
    private sealed class MonthlyAggregate
    {
        private readonly PeriodReportOptions _options;
        private readonly bool _pointInTime;
        private readonly Dictionary<(GroupKey Group, int Month), MonthSums> _flows = [];
        private readonly Dictionary<GroupKey, Dictionary<int, long>> _deltas = [];
        private SolarHijriDate? _first;
        private SolarHijriDate? _last;

        public MonthlyAggregate(PeriodReportOptions options)
        {
            _options = options;
            _pointInTime = options.Measure is ReportMeasure.Active or ReportMeasure.Members;
        }

        public void Add(Cooperative coop)
        {
            if (!_pointInTime)
            {
                foreach (ReportRecord record in ReportRecords.From([coop]))
                {
                    Add(record);
                }

                return;
            }

            // The range of a point-in-time report without bounds: every dated record of any kind.
            See(coop.RegisteredOn);
            foreach (StatusChange change in coop.StatusHistory)
            {
                See(change.EffectiveFrom);
            }

            foreach (FacilityApplication application in coop.FacilityApplications)
            {
                See(application.AppliedOn);
            }

            foreach (EmploymentRecord employment in coop.Employment)
            {
                See(employment.From);
            }

            GroupKey key = Key(coop.CountyCode, null, coop.Kind);
            if (!_deltas.TryGetValue(key, out Dictionary<int, long>? deltas))
            {
                deltas = [];
                _deltas.Add(key, deltas);
            }

            if (_options.Measure == ReportMeasure.Active)
            {
                // StatusOn(monthEnd) is the last change effective by then (the history is in date order).
                AddStatusDeltas(coop, deltas);
            }
            else
            {
                int registered = Month(coop.RegisteredOn);
                foreach (Member member in coop.Members)
                {
                    int start = Math.Max(Month(member.JoinedOn), registered);
                    int? end = member.LeftOn is { } left ? Month(left) + (left.Day == left.DaysInMonth ? 1 : 0) : null;
                    if (end is { } e && e <= start)
                    {
                        continue;
                    }

                    Bump(deltas, start, 1);
                    if (end is { } stop)
                    {
                        Bump(deltas, stop, -1);
                    }
                }
            }
        }

        private static void AddStatusDeltas(Cooperative coop, Dictionary<int, long> deltas)
        {
            bool active = false;
            var history = coop.StatusHistory;
            for (int i = 0; i < history.Length; i++)
            {
                int month = Month(history[i].EffectiveFrom);
                if (i + 1 < history.Length && Month(history[i + 1].EffectiveFrom) == month)
                {
                    continue; // a later change in the same month decides the month's end
                }

                bool now = history[i].Status == CooperativeStatus.Active;
                if (now != active)
                {
                    Bump(deltas, month, now ? 1 : -1);
                    active = now;
                }
            }
        }

        public void Add(ReportRecord record)
        {
            if (record.Measure != _options.Measure)
            {
                return;
            }

            See(record.Date);
            var at = (Key(record.CountyCode, record.Sector, record.Kind), Month(record.Date));
            _flows.TryGetValue(at, out MonthSums sums);
            _flows[at] = new MonthSums(sums.Count + 1, sums.Amount + record.Amount.Rials, sums.Quantity + record.Quantity);
        }

        public PeriodReport ToReport()
        {
            (SolarHijriDate? first, SolarHijriDate? last) = (_options.From ?? _first, _options.To ?? _last);
            if (first is null || last is null)
            {
                return Empty(_options);
            }

            if (first.Value > last.Value && (_options.From is null || _options.To is null))
            {
                // A range open at one end that the records do not reach (From after the latest record, or To before the
                // earliest): no periods, as with no records. A range given at both ends the wrong way round is an error.
                return Empty(_options);
            }

            var bucketer = new PeriodBucketer(_options.Unit, first.Value, last.Value, _options.FiscalStartMonth);
            var groups = new Accumulator(_options.Grouping, bucketer.Count);
            if (!_pointInTime)
            {
                foreach (((GroupKey group, int month), MonthSums sums) in _flows)
                {
                    int p = bucketer.IndexOf(new SolarHijriDate(month / 12, (month % 12) + 1, 1));
                    if (p < 0)
                    {
                        continue;
                    }

                    if (sums.Amount > long.MaxValue || sums.Amount < long.MinValue)
                    {
                        throw Accumulator.AmountOverflow();
                    }

                    groups.Add(groups.GroupOf(group), p, sums.Count, (long)sums.Amount, sums.Quantity);
                }

                return groups.ToReport(_options, bucketer.Periods);
            }

            var ends = new int[bucketer.Count];
            for (int p = 0; p < ends.Length; p++)
            {
                ends[p] = Month(bucketer.Periods[p].End);
            }

            foreach ((GroupKey group, Dictionary<int, long> deltas) in _deltas)
            {
                int g = groups.GroupOf(group);
                int[] months = [.. deltas.Keys];
                Array.Sort(months);
                long value = 0;
                int next = 0;
                for (int p = 0; p < ends.Length; p++)
                {
                    while (next < months.Length && months[next] <= ends[p])
                    {
                        value += deltas[months[next++]];
                    }

                    groups.Add(g, p, value, 0, value);
                }
            }

            return groups.ToReport(_options, bucketer.Periods);
        }

        private void See(SolarHijriDate date)
        {
            if (_first is null || date < _first)
            {
                _first = date;
            }

            if (_last is null || date > _last)
            {
                _last = date;
            }
        }

        private GroupKey Key(string county, ProjectSector? sector, CooperativeKind kind) => new(
            _options.Grouping.HasFlag(ReportGrouping.County) ? county : null,
            _options.Grouping.HasFlag(ReportGrouping.Sector) ? (sector is null ? -1 : (int)sector.Value) : -2,
            _options.Grouping.HasFlag(ReportGrouping.Kind) ? (int)kind : -2);

        private static int Month(SolarHijriDate date) => (date.Year * 12) + date.Month - 1;

        private static void Bump(Dictionary<int, long> deltas, int month, long by)
        {
            deltas.TryGetValue(month, out long was);
            deltas[month] = was + by;
        }
    }

    private readonly record struct GroupKey(string? County, int Sector, int Kind);

    private readonly record struct MonthSums(long Count, Int128 Amount, long Quantity);

    private static PeriodReport Empty(PeriodReportOptions options)
    {
        // No records and no range: validate the options anyway, and report no periods.
        _ = new PeriodBucketer(options.Unit, new SolarHijriDate(1400, 1, 1), new SolarHijriDate(1400, 1, 1), options.FiscalStartMonth);
        return new PeriodReport(options, [], [], [], [], []);
    }

    private sealed class Accumulator(ReportGrouping grouping, int periods)
    {
        private readonly Dictionary<GroupKey, int> _index = [];
        private readonly List<GroupKey> _keys = [];
        private readonly List<long[]> _counts = [];
        private readonly List<long[]> _amounts = [];
        private readonly List<long[]> _quantities = [];

        public static OverflowException AmountOverflow() => new(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"The amounts requested (facilityApplications[].amountRequested) of one period and group sum beyond the range of Money (±{long.MaxValue:#,0} IRR); no registry of real applications reaches it — check the amounts."));

        public int GroupOf(GroupKey key)
        {
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
                throw AmountOverflow();
            }
            _quantities[group][period] += quantity;
        }

        public PeriodReport ToReport(PeriodReportOptions options, IReadOnlyList<ReportingPeriod> periods)
        {
            if (_keys.Count == 0 && grouping == ReportGrouping.None)
            {
                _ = GroupOf(new GroupKey(null, -2, -2));
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
}
