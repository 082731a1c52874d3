namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="SvgChartWriter"/> draws the series.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ChartKind>))]
public enum ChartKind
{
    /// <summary>Grouped bars: one group per category, one bar per series.</summary>
    GroupedBar = 0,

    /// <summary>Lines: one line per series with a marker at each category.</summary>
    Line = 1,

    /// <summary>Stacked bars: one bar per category, one segment per series (the first series at the bottom); the bar's height is the total.</summary>
    StackedBar = 2,

    /// <summary>
    /// Grouped bars while there are at most 40 bars in all (categories × series shown), stacked bars beyond that,
    /// where grouped bars would be too thin to read.
    /// </summary>
    Auto = 3,
}
