namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="HtmlReportWriter"/> writes a page. The defaults suit a Persian report.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The options used when none are given.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>
    /// Whether the page is Persian: <c>lang="fa"</c>, <c>dir="rtl"</c> and Persian digits with ٬ grouping in the table
    /// (<see langword="true"/>, the default); <see langword="false"/> gives <c>lang="en"</c>, left to right and <c>1,234</c>.
    /// </summary>
    public bool Persian { get; init; } = true;

    /// <summary>
    /// How the chart is drawn; <see langword="null"/> (the default) draws it with <see cref="ChartKind.Auto"/>, and digits and
    /// direction following <see cref="Persian"/>.
    /// </summary>
    public SvgChartOptions? ChartOptions { get; init; }

    /// <summary>
    /// The CSS font-family list of the page: system fonts only, nothing is downloaded. The default starts with Vazirmatn and
    /// falls back to Tahoma, Segoe UI, Noto and DejaVu, and <c>sans-serif</c>.
    /// </summary>
    public string FontFamily { get; init; } =
        "Vazirmatn, Vazir, Sahel, Tahoma, 'Segoe UI', 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

    private static readonly System.Buffers.SearchValues<char> s_unsafe = System.Buffers.SearchValues.Create("<>&;{}\"");

    internal void Validate()
    {
        OutputText.Check(FontFamily, nameof(FontFamily), "font family");
        if (FontFamily.AsSpan().IndexOfAny(s_unsafe) >= 0)
        {
            throw new ArgumentException("The font family may not hold < > & ; { } or a double quote.", nameof(FontFamily));
        }
    }
}
