using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting;

/// <summary>What a period report measures, by which periods and groups, over which range.</summary>
public sealed record PeriodReportOptions
{
    /// <summary>The measure; default <see cref="ReportMeasure.Credits"/>.</summary>
    public ReportMeasure Measure { get; init; } = ReportMeasure.Credits;

    /// <summary>The period unit: Month, Season, HalfYear or Year; default Season.</summary>
    public PeriodUnit Unit { get; init; } = PeriodUnit.Season;

    /// <summary>The month (1–12) that starts the (fiscal) year that seasons, halves and years are counted from; default 1 (Farvardin).</summary>
    public int FiscalStartMonth { get; init; } = 1;

    /// <summary>The grouping keys besides the period; default none.</summary>
    public ReportGrouping Grouping { get; init; } = ReportGrouping.None;

    /// <summary>A date in the first period reported, or <see langword="null"/> for the period of the earliest record.</summary>
    public SolarHijriDate? From { get; init; }

    /// <summary>A date in the last period reported, or <see langword="null"/> for the period of the latest record.</summary>
    public SolarHijriDate? To { get; init; }
}
