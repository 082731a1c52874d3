using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Reporting;

/// <summary>Views of a <see cref="PeriodReport"/> for people: a pivot table (periods × groups) and an HTML page with table and chart.</summary>
public static class PeriodReportViews
{
    /// <summary>
    /// The headline value (<see cref="PeriodReport.Value"/>) as a pivot table: one row per period, a column <c>period</c> with
    /// the period's label (Persian, e.g. <c>پاییز ۱۴۰۴</c>, or canonical, e.g. <c>1404-Q3</c>), one column per group named for
    /// people (Persian or English county, sector and kind names), and a <c>total</c> column (the sum over the groups) when
    /// there is more than one group. Values are whole numbers (rials for credits).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="persian">Persian headers and labels (<see langword="true"/>, the default) or English.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="OverflowException">A period's total over the groups is beyond <see cref="long.MaxValue"/>.</exception>
    public static Table ToPivotTable(this PeriodReport report, bool persian = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var columns = new List<TableColumn> { new("period", persian ? "دوره" : "Period") };
        for (int g = 0; g < report.Groups.Count; g++)
        {
            columns.Add(new TableColumn("group-" + g.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportLabels.Group(report.Groups[g], persian), TableAlignment.Right));
        }

        bool total = report.Groups.Count > 1;
        if (total)
        {
            columns.Add(new TableColumn("total", persian ? "جمع" : "Total", TableAlignment.Right));
        }

        var rows = new List<TableCell[]>(report.Periods.Count);
        for (int p = 0; p < report.Periods.Count; p++)
        {
            var row = new List<TableCell>(columns.Count) { persian ? report.Periods[p].ToDisplayString() : report.Periods[p].ToString() };
            long sum = 0;
            for (int g = 0; g < report.Groups.Count; g++)
            {
                long value = report.Value(g, p);
                sum = checked(sum + value);
                row.Add(value);
            }

            if (total)
            {
                row.Add(sum);
            }

            rows.Add([.. row]);
        }

        return new Table(columns, rows);
    }

    /// <summary>
    /// The report as an HTML page (<see cref="HtmlReportWriter"/>): a title naming the measure and grouping, the range
    /// and unit as the subtitle, the chart (<see cref="PeriodReport.ToChart"/>, Persian labels) and the pivot table
    /// (<see cref="ToPivotTable"/>).
    /// </summary>
    /// <param name="report">The report; it needs at least one period and one group for the chart.</param>
    /// <param name="persian">A Persian page (<see langword="true"/>, the default: right to left, Persian digits) or an English one.</param>
    /// <param name="title">The page title; empty for a default naming the measure and the grouping.</param>
    /// <returns>The page's content.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The report has no periods or no groups.</exception>
    /// <exception cref="OverflowException">A period's total over the groups is beyond <see cref="long.MaxValue"/>.</exception>
    public static HtmlReport ToHtmlReport(this PeriodReport report, bool persian = true, string title = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        ChartModel chart = Chart(report, title, persian);
        string unit = ReportLabels.Unit(report.Options.Measure, persian);
        string subtitle = persian ? $"{chart.Subtitle} — واحد: {unit}" : $"{chart.Subtitle}; unit: {unit}";
        return new HtmlReport(chart.Title, report.ToPivotTable(persian), chart, subtitle);
    }

    /// <summary>The chart of <see cref="PeriodReport.ToChart"/> in either language.</summary>
    internal static ChartModel Chart(PeriodReport report, string title, bool persian)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (report.Periods.Count == 0 || report.Groups.Count == 0)
        {
            throw new InvalidOperationException("The report has no periods or no groups to chart: give a range or records in it.");
        }

        if (title.Length == 0)
        {
            title = ReportLabels.Measure(report.Options.Measure, persian) + " " + ReportLabels.By(report.Options, persian);
        }

        var series = new List<ChartSeries>(report.Groups.Count);
        for (int g = 0; g < report.Groups.Count; g++)
        {
            int group = g;
            series.Add(new ChartSeries(ReportLabels.Group(report.Groups[g], persian), Enumerable.Range(0, report.Periods.Count).Select(p => (decimal)report.Value(group, p))));
        }

        return new ChartModel(
            title,
            report.Periods.Select(p => persian ? p.ToDisplayString() : p.ToString()),
            series,
            ReportLabels.Unit(report.Options.Measure, persian),
            ReportLabels.Range(report, persian));
    }
}
