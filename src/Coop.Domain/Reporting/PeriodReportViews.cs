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
    /// The headline value as a pivot table turned the other way (<see cref="ToPivotTable"/>): one row per group (Persian or
    /// English county, sector and kind names), a column per period, a <c>total</c> column (the sum over the periods) when
    /// there is more than one period, and a last <c>total</c> row (the sum over the groups) when there is more than one
    /// group. The form to read when there are many groups and few periods (17 counties over 2 years): it grows down, not
    /// across. Values are whole numbers (rials for credits).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="persian">Persian headers and labels (<see langword="true"/>, the default) or English.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="OverflowException">A total is beyond <see cref="long.MaxValue"/>.</exception>
    public static Table ToGroupRowsTable(this PeriodReport report, bool persian = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        string groupHeader = GroupHeader(report.Options.Grouping, persian);
        var columns = new List<TableColumn> { new("group", groupHeader) };
        for (int p = 0; p < report.Periods.Count; p++)
        {
            columns.Add(new TableColumn(
                "period-" + p.ToString(System.Globalization.CultureInfo.InvariantCulture),
                persian ? report.Periods[p].ToDisplayString() : report.Periods[p].ToString(),
                TableAlignment.Right));
        }

        bool totalColumn = report.Periods.Count > 1;
        if (totalColumn)
        {
            columns.Add(new TableColumn("total", persian ? "جمع" : "Total", TableAlignment.Right));
        }

        var rows = new List<TableCell[]>(report.Groups.Count + 1);
        var periodTotals = new long[report.Periods.Count];
        long grand = 0;
        for (int g = 0; g < report.Groups.Count; g++)
        {
            var row = new List<TableCell>(columns.Count) { ReportLabels.Group(report.Groups[g], persian) };
            long sum = 0;
            for (int p = 0; p < report.Periods.Count; p++)
            {
                long value = report.Value(g, p);
                sum = checked(sum + value);
                periodTotals[p] = checked(periodTotals[p] + value);
                row.Add(value);
            }

            grand = checked(grand + sum);
            if (totalColumn)
            {
                row.Add(sum);
            }

            rows.Add([.. row]);
        }

        if (report.Groups.Count > 1)
        {
            var total = new List<TableCell>(columns.Count) { persian ? "جمع" : "Total" };
            total.AddRange(periodTotals.Select(v => (TableCell)v));
            if (totalColumn)
            {
                total.Add(grand);
            }

            rows.Add([.. total]);
        }

        return new Table(columns, rows);
    }

    // The name of what the groups are: «شهرستان», "Sector", or several joined («شهرستان و بخش»).
    private static string GroupHeader(ReportGrouping grouping, bool persian)
    {
        var parts = new List<string>();
        if (grouping.HasFlag(ReportGrouping.County))
        {
            parts.Add(persian ? "شهرستان" : "County");
        }

        if (grouping.HasFlag(ReportGrouping.Sector))
        {
            parts.Add(persian ? "بخش" : (parts.Count == 0 ? "Sector" : "sector"));
        }

        if (grouping.HasFlag(ReportGrouping.Kind))
        {
            parts.Add(persian ? "نوع تعاونی" : (parts.Count == 0 ? "Kind" : "kind"));
        }

        return parts.Count == 0 ? (persian ? "گروه" : "Group") : string.Join(persian ? " و " : " and ", parts);
    }

    /// <summary>The most groups an HTML report lays out as columns (one row per period); more are laid out as rows.</summary>
    public const int MaxGroupColumns = 8;

    /// <summary>
    /// The report as an HTML page (<see cref="HtmlReportWriter"/>): a title naming the measure and grouping, the range
    /// and unit as the subtitle, the chart (<see cref="PeriodReport.ToChart"/>, Persian labels) and the pivot table: one
    /// row per period (<see cref="ToPivotTable"/>), or one row per group (<see cref="ToGroupRowsTable"/>) when there are
    /// more than <see cref="MaxGroupColumns"/> groups and more groups than periods.
    /// </summary>
    /// <param name="report">The report; it needs at least one period and one group for the chart.</param>
    /// <param name="persian">A Persian page (<see langword="true"/>, the default: right to left, Persian digits) or an English one.</param>
    /// <param name="title">The page title; empty for a default naming the measure and the grouping.</param>
    /// <returns>The page's content.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The report has no periods or no groups.</exception>
    /// <exception cref="OverflowException">A total is beyond <see cref="long.MaxValue"/>.</exception>
    public static HtmlReport ToHtmlReport(this PeriodReport report, bool persian = true, string title = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        ChartModel chart = Chart(report, title, persian);
        string unit = ReportLabels.Unit(report.Options.Measure, persian);
        string subtitle = persian ? $"{chart.Subtitle} — واحد: {unit}" : $"{chart.Subtitle}; unit: {unit}";
        // One row per period while the groups fit across a page; with more groups than periods (and more than a page
        // holds, 8), one row per group instead, so that the table grows down rather than off the side of the page.
        Table table = report.Groups.Count > MaxGroupColumns && report.Groups.Count > report.Periods.Count
            ? report.ToGroupRowsTable(persian)
            : report.ToPivotTable(persian);
        return new HtmlReport(chart.Title, table, chart, subtitle);
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
