using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Reporting;

/// <summary>
/// A measure per period and group: counts, exact money sums and quantities. Every period of the range appears for every group,
/// with zeros where nothing happened (an empty period is 0, never missing).
/// </summary>
public sealed class PeriodReport
{
    private readonly long[][] _counts;
    private readonly long[][] _amounts;
    private readonly long[][] _quantities;

    internal PeriodReport(PeriodReportOptions options, IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<ReportGroup> groups, long[][] counts, long[][] amounts, long[][] quantities)
    {
        Options = options;
        Periods = periods;
        Groups = groups;
        _counts = counts;
        _amounts = amounts;
        _quantities = quantities;
    }

    /// <summary>The options the report was built with.</summary>
    public PeriodReportOptions Options { get; }

    /// <summary>The periods in order, without gaps.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>The groups that have at least one record in the range, ordered by county, sector, kind (ordinal); one group of nulls when not grouping.</summary>
    public IReadOnlyList<ReportGroup> Groups { get; }

    /// <summary>The number of records (or, for point-in-time measures, cooperatives or members) of group <paramref name="group"/> in period <paramref name="period"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside <see cref="Groups"/> or <see cref="Periods"/>.</exception>
    public long Count(int group, int period) => _counts[group][period];

    /// <summary>The exact sum of money amounts (credits; zero for other measures).</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside <see cref="Groups"/> or <see cref="Periods"/>.</exception>
    public Money Amount(int group, int period) => Money.FromRials(_amounts[group][period]);

    /// <summary>The sum of quantities: jobs for <see cref="ReportMeasure.Jobs"/>, else equal to <see cref="Count"/>.</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside <see cref="Groups"/> or <see cref="Periods"/>.</exception>
    public long Quantity(int group, int period) => _quantities[group][period];

    /// <summary>The headline value: rials for credits, jobs for jobs, else the count.</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside <see cref="Groups"/> or <see cref="Periods"/>.</exception>
    public long Value(int group, int period) => Options.Measure switch
    {
        ReportMeasure.Credits => _amounts[group][period],
        ReportMeasure.Jobs => _quantities[group][period],
        _ => _counts[group][period],
    };

    /// <summary>
    /// The report as a table, one row per group and period (groups outer, periods inner): <c>period</c> (canonical text such as
    /// <c>1404-S3</c>), <c>label</c> (Persian, e.g. <c>پاییز ۱۴۰۴</c>), a column per grouping key, <c>count</c>, and
    /// <c>amount_rials</c> for credits or <c>jobs</c> for jobs.
    /// </summary>
    public Table ToTable()
    {
        var columns = new List<TableColumn> { new("period", "Period"), new("label", "دوره") };
        ReportGrouping grouping = Options.Grouping;
        if (grouping.HasFlag(ReportGrouping.County))
        {
            columns.Add(new TableColumn("county", "County"));
        }

        if (grouping.HasFlag(ReportGrouping.Sector))
        {
            columns.Add(new TableColumn("sector", "Sector"));
        }

        if (grouping.HasFlag(ReportGrouping.Kind))
        {
            columns.Add(new TableColumn("kind", "Kind"));
        }

        columns.Add(new TableColumn("count", "Count", TableAlignment.Right));
        if (Options.Measure == ReportMeasure.Credits)
        {
            columns.Add(new TableColumn("amount_rials", "Amount (IRR)", TableAlignment.Right));
        }
        else if (Options.Measure == ReportMeasure.Jobs)
        {
            columns.Add(new TableColumn("jobs", "Jobs", TableAlignment.Right));
        }

        var rows = new List<TableCell[]>();
        for (int g = 0; g < Groups.Count; g++)
        {
            ReportGroup group = Groups[g];
            for (int p = 0; p < Periods.Count; p++)
            {
                var row = new List<TableCell> { Periods[p].ToString(), Periods[p].ToDisplayString() };
                if (grouping.HasFlag(ReportGrouping.County))
                {
                    row.Add(group.CountyCode);
                }

                if (grouping.HasFlag(ReportGrouping.Sector))
                {
                    row.Add(group.Sector);
                }

                if (grouping.HasFlag(ReportGrouping.Kind))
                {
                    row.Add(group.Kind);
                }

                row.Add(_counts[g][p]);
                if (Options.Measure == ReportMeasure.Credits)
                {
                    row.Add(_amounts[g][p]);
                }
                else if (Options.Measure == ReportMeasure.Jobs)
                {
                    row.Add(_quantities[g][p]);
                }

                rows.Add([.. row]);
            }
        }

        return new Table(columns, rows);
    }

    /// <summary>
    /// The headline value (<see cref="Value"/>) per period as a Persian chart: categories are the Persian period labels, one
    /// series per group named in Persian (county names from <see cref="Model.Geography.IranGeography"/>, sector and kind names;
    /// an unknown county keeps its code), the unit as the value-axis label and the range in Persian words as the subtitle
    /// (e.g. «سال ۱۳۷۸ تا سال ۱۴۰۴»), which has no Latin run for the bidi algorithm to reorder.
    /// </summary>
    /// <param name="title">The chart title; empty for a default naming the measure and the grouping.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> holds control characters.</exception>
    /// <exception cref="InvalidOperationException">The report has no periods (no records and no range) or no groups.</exception>
    public ChartModel ToChart(string title = "") => PeriodReportViews.Chart(this, title, persian: true);
}
