namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="SvgChartWriter"/> draws the series.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ChartKind>))]
public enum ChartKind
{
    /// <summary>Grouped bars: one group per category, one bar per series.</summary>
    GroupedBar = 0,

    /// <summary>Lines: one line per series with a marker at each category.</summary>
    Line = 1,
}
