namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="SvgChartWriter"/> draws a chart. The defaults suit a Persian report.</summary>
public sealed record SvgChartOptions
{
    /// <summary>The options used when none are given.</summary>
    public static SvgChartOptions Default { get; } = new();

    /// <summary>Grouped bars, stacked bars, lines, or <see cref="ChartKind.Auto"/>; <see cref="ChartKind.GroupedBar"/> by default.</summary>
    public ChartKind Kind { get; init; } = ChartKind.GroupedBar;

    /// <summary>The width of the picture in CSS pixels, 320–4000; 960 by default.</summary>
    public int Width { get; init; } = 960;

    /// <summary>The height of the picture in CSS pixels, 240–4000; 540 by default.</summary>
    public int Height { get; init; } = 540;

    /// <summary>
    /// Whether numbers on the axis and the bars use Persian digits (۰–۹) with ٬ and ٫ as separators;
    /// <see langword="true"/> by default. <see langword="false"/> gives Latin digits with , and .
    /// </summary>
    public bool PersianDigits { get; init; } = true;

    /// <summary>
    /// Whether the layout runs right to left, as Persian readers expect: the first category and the first
    /// series at the right, the value axis on the right. <see langword="true"/> by default. Persian labels
    /// are always set right to left whatever this says.
    /// </summary>
    public bool RightToLeft { get; init; } = true;

    /// <summary>
    /// Whether values are written on the chart: above each bar wide enough for its label, and above the
    /// points of a line chart with a single series (several lines would overlap). <see langword="true"/>
    /// by default. Every bar and point has a tooltip with its value either way.
    /// </summary>
    public bool ShowValues { get; init; } = true;

    /// <summary>
    /// Decimal places of the value labels, 0–6; <see langword="null"/> (the default) uses as many as the data
    /// needs, at most 2. Axis ticks always use as many as the tick step needs.
    /// </summary>
    public int? ValueDecimals { get; init; }

    /// <summary>
    /// The CSS font-family list. The default names fonts common on Persian systems and ends in
    /// <c>sans-serif</c>; no font file is embedded or linked.
    /// </summary>
    public string FontFamily { get; init; } =
        "Vazirmatn, Vazir, Sahel, 'Noto Sans Arabic', 'Noto Naskh Arabic', Tahoma, 'DejaVu Sans', Arial, sans-serif";

    /// <summary>
    /// The most series drawn on their own, 1–8; 6 by default. A chart with more series draws the ones with the largest totals
    /// (sum of magnitudes over the categories) in the order of those totals and sums the rest into one grey series named
    /// <see cref="OthersLabel"/>, so every series shown has a colour of its own. A chart with exactly one series more than this
    /// shows it rather than an "others" of one, within the palette's 8 colours.
    /// </summary>
    public int MaxSeries { get; init; } = 6;

    /// <summary>The name of the series that sums the series beyond <see cref="MaxSeries"/>; «سایر» (others) by default.</summary>
    public string OthersLabel { get; init; } = "سایر";

    /// <summary>
    /// Whether value-axis labels of large numbers are divided by their magnitude and the magnitude is named before the unit:
    /// ticks ۰, ۵, ۱۰, ۱۵ under «میلیارد ریال» rather than ۱۵٬۰۰۰٬۰۰۰٬۰۰۰. Applies from 100,000 (thousands), then millions,
    /// billions (میلیارد) and 10¹² (هزار میلیارد); the words are Persian when the unit is Persian (or empty with Persian digits),
    /// else English. Value labels on the chart use the same divisor with one decimal; tooltips keep the exact value.
    /// <see langword="true"/> by default.
    /// </summary>
    public bool ScaleAxis { get; init; } = true;

    internal void Validate()
    {
        if (MaxSeries is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSeries), MaxSeries, "The most series drawn on their own must be 1–8 (the palette has 8 colours).");
        }

        OutputText.Check(OthersLabel, nameof(OthersLabel), "others label");

        if (Width is < 320 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(Width), Width, "The chart width must be 320–4000 pixels.");
        }

        if (Height is < 240 or > 4000)
        {
            throw new ArgumentOutOfRangeException(nameof(Height), Height, "The chart height must be 240–4000 pixels.");
        }

        if (ValueDecimals is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(ValueDecimals), ValueDecimals, "The value decimals must be 0–6.");
        }

        if (!Enum.IsDefined(Kind))
        {
            throw new ArgumentOutOfRangeException(nameof(Kind), Kind, "Unknown chart kind.");
        }

        OutputText.Check(FontFamily, nameof(FontFamily), "font family");
    }
}
