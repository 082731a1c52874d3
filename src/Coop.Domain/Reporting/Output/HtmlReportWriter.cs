namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes an <see cref="HtmlReport"/> as one self-contained HTML page: title, subtitle, the chart as inline SVG and the table,
/// with its styles inline; no script, no link to anything (no CDN, no web font, no image file), so it opens in any browser,
/// offline, and can be mailed as one file. A Persian page is right to left (<c>dir="rtl"</c>, <c>lang="fa"</c>) with
/// Persian digits.
/// </summary>
/// <remarks>
/// The markup is also well-formed XML (every element closed, attributes quoted, text escaped), so XML tools can read it. The
/// output is deterministic: the same report and options give byte-identical text whatever the current culture. Numbers are
/// grouped (<c>۱۲٬۳۴۵</c>, <c>12,345</c>) and aligned at the end of their column; text cells are isolated
/// (<c>&lt;bdi&gt;</c>) so a Latin code reads as written inside a right-to-left table.
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>The HTML text of a report page.</summary>
    /// <param name="report">The page's content.</param>
    /// <param name="options">How to write it; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <returns>The page, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The font family holds characters CSS or HTML would misread.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A chart option is out of its range.</exception>
    public static string ToHtml(HtmlReport report, HtmlReportOptions? options = null)
        => OutputText.Capture(writer => Write(report, writer, options));

    /// <summary>Writes a report page as UTF-8 (no byte-order mark) to a stream, leaving the stream open.</summary>
    /// <param name="report">The page's content.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write it; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The font family holds characters CSS or HTML would misread.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A chart option is out of its range.</exception>
    public static void Write(HtmlReport report, Stream stream, HtmlReportOptions? options = null)
        => OutputText.ToStream(stream, nameof(stream), writer => Write(report, writer, options));

    /// <summary>Writes a report page as UTF-8 (no byte-order mark) to a stream with asynchronous I/O only (no synchronous write or
    /// flush, as ASP.NET Core's response body requires), leaving the stream open. The page is composed in memory first.</summary>
    /// <param name="report">The page's content.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write it; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The font family holds characters CSS or HTML would misread.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A chart option is out of its range.</exception>
    public static Task WriteAsync(HtmlReport report, Stream stream, HtmlReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return OutputText.ToStreamAsync(stream, nameof(stream), writer => Write(report, writer, options), cancellationToken);
    }

    /// <summary>Writes a report page to a text writer (which should encode UTF-8, as the page declares); the writer is not closed.</summary>
    /// <param name="report">The page's content.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to write it; <see cref="HtmlReportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The font family holds characters CSS or HTML would misread.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A chart option is out of its range.</exception>
    public static void Write(HtmlReport report, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= HtmlReportOptions.Default;
        options.Validate();
        bool fa = options.Persian;
        SvgChartOptions chartOptions = options.ChartOptions ?? new SvgChartOptions { Kind = ChartKind.Auto, PersianDigits = fa, RightToLeft = fa };
        chartOptions.Validate();

        writer.Write("<!DOCTYPE html>\n");
        writer.Write(fa ? "<html lang=\"fa\" dir=\"rtl\">\n" : "<html lang=\"en\" dir=\"ltr\">\n");
        writer.Write("<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        writer.Write($"<title>{E(report.Title)}</title>\n");
        writer.Write("<style>\n");
        writer.Write($"body {{ font-family: {options.FontFamily}; color: #222222; background: #FFFFFF; margin: 0 auto; padding: 1.5rem; max-width: 1040px; line-height: 1.6; }}\n");
        writer.Write("h1 { font-size: 1.5rem; margin: 0 0 0.25rem; }\n");
        writer.Write(".subtitle { color: #555555; margin: 0 0 1rem; }\n");
        writer.Write("figure { margin: 0 0 1.5rem; }\n");
        writer.Write("figure svg { max-width: 100%; height: auto; display: block; }\n");
        writer.Write(".table-wrap { overflow-x: auto; }\n");
        writer.Write("table { border-collapse: collapse; font-size: 0.9rem; }\n");
        writer.Write("caption { text-align: start; font-weight: bold; padding: 0.25rem 0; }\n");
        writer.Write("th, td { padding: 0.3rem 0.6rem; border-bottom: 1px solid #E3E3E3; white-space: nowrap; text-align: start; }\n");
        writer.Write("thead th { border-bottom: 2px solid #888888; vertical-align: bottom; }\n");
        writer.Write("tbody tr:nth-child(even) { background: #F7F7F7; }\n");
        writer.Write(".num { text-align: end; font-variant-numeric: tabular-nums; }\n");
        // A table still wider than the page scrolls sideways with its row labels held in place, and its header row stays
        // in view while a long table scrolls down.
        writer.Write("tbody th { position: sticky; inset-inline-start: 0; background: #FFFFFF; }\n");
        writer.Write("tbody tr:nth-child(even) th { background: #F7F7F7; }\n");
        writer.Write("thead th { position: sticky; top: 0; background: #FFFFFF; }\n");
        writer.Write("@media print { .table-wrap { overflow: visible; } }\n");
        writer.Write("</style>\n</head>\n<body>\n");
        writer.Write($"<header>\n<h1>{E(report.Title)}</h1>\n");
        if (report.Subtitle.Length > 0)
        {
            writer.Write($"<p class=\"subtitle\">{E(report.Subtitle)}</p>\n");
        }

        writer.Write("</header>\n");
        if (report.Chart is { } chart)
        {
            writer.Write("<figure class=\"chart\">\n");
            SvgChartWriter.WriteInline(chart, writer, chartOptions);
            writer.Write("</figure>\n");
        }

        WriteTable(report.Table, writer, fa);
        writer.Write("</body>\n</html>\n");
    }

    private static void WriteTable(Table table, TextWriter writer, bool fa)
    {
        writer.Write("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>");
        foreach (TableColumn column in table.Columns)
        {
            string cls = column.Alignment == TableAlignment.Right ? " class=\"num\"" : string.Empty;
            writer.Write($"<th scope=\"col\"{cls}><bdi>{E(column.Header)}</bdi></th>");
        }

        writer.Write("</tr>\n</thead>\n<tbody>\n");
        foreach (IReadOnlyList<TableCell> row in table.Rows)
        {
            writer.Write("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                TableCell cell = row[c];
                bool number = cell.Kind is TableCellKind.WholeNumber or TableCellKind.DecimalNumber;
                bool right = number || table.Columns[c].Alignment == TableAlignment.Right;
                string tag = c == 0 ? "th" : "td";
                string scope = c == 0 ? " scope=\"row\"" : string.Empty;
                string cls = right ? " class=\"num\"" : string.Empty;
                writer.Write($"<{tag}{scope}{cls}>{Cell(cell, fa)}</{tag}>");
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</div>\n");
    }

    private static string Cell(TableCell cell, bool fa) => cell.Kind switch
    {
        TableCellKind.Empty => string.Empty,
        TableCellKind.WholeNumber => OutputText.FormatGrouped(cell.IntegerValue!.Value, 0, fa),
        TableCellKind.DecimalNumber => OutputText.FormatGrouped(cell.DecimalValue!.Value, cell.DecimalValue!.Value.Scale, fa),
        TableCellKind.Date => cell.DateValue!.Value.ToString(fa ? "fa" : null),
        _ => "<bdi>" + E(cell.ToString().ReplaceLineEndings(" ")) + "</bdi>",
    };

    private static string E(string text) => SvgChartWriter.Escape(text);
}
