namespace Coop.Domain.Reporting.Output;

/// <summary>
/// What an HTML report page shows (<see cref="HtmlReportWriter"/>): a title, an optional subtitle (e.g. the range and the
/// as-of date), an optional chart and a table.
/// </summary>
public sealed class HtmlReport
{
    /// <summary>Creates a report page.</summary>
    /// <param name="title">The page's title and heading, e.g. «اعضا در پایان دوره به تفکیک سال و شهرستان».</param>
    /// <param name="table">The table shown under the chart.</param>
    /// <param name="chart">The chart shown above the table (inline SVG), or <see langword="null"/> for none.</param>
    /// <param name="subtitle">A line under the title, e.g. «سال ۱۳۷۸ تا سال ۱۴۰۴ — واحد: عضو»; empty for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="table"/> or <paramref name="subtitle"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="subtitle"/> holds a control character.</exception>
    public HtmlReport(string title, Table table, ChartModel? chart = null, string subtitle = "")
    {
        Title = OutputText.Check(title, nameof(title), "page title");
        Subtitle = OutputText.Check(subtitle, nameof(subtitle), "page subtitle");
        ArgumentNullException.ThrowIfNull(table);
        Table = table;
        Chart = chart;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The subtitle; empty when there is none.</summary>
    public string Subtitle { get; }

    /// <summary>The chart, or <see langword="null"/>.</summary>
    public ChartModel? Chart { get; }

    /// <summary>The table.</summary>
    public Table Table { get; }
}
