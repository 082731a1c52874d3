namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="SvgChartWriter"/> draws a chart. The defaults suit a Persian report.</summary>
public sealed record SvgChartOptions
{
    /// <summary>The options used when none are given.</summary>
    public static SvgChartOptions Default { get; } = new();

    /// <summary>Bars or lines; <see cref="ChartKind.GroupedBar"/> by default.</summary>
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

    internal void Validate()
    {
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
