using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Reporting;

/// <summary>One dated fact that a period report counts: a credit, a registration, a status change or an employment record.</summary>
/// <param name="Measure">Which flow measure the record belongs to (not Active or Members).</param>
/// <param name="Date">The date that places it in a period.</param>
/// <param name="CountyCode">The cooperative's county code.</param>
/// <param name="Kind">The cooperative's kind.</param>
/// <param name="Sector">The project sector (credits), or <see langword="null"/>.</param>
/// <param name="Amount">The money amount (credits), else zero.</param>
/// <param name="Quantity">The quantity summed besides money: jobs for employment records, else 1.</param>
public readonly record struct ReportRecord(
    ReportMeasure Measure,
    SolarHijriDate Date,
    string CountyCode,
    CooperativeKind Kind,
    ProjectSector? Sector,
    Money Amount,
    int Quantity)
{
    /// <summary>The sector label of records that have no project sector.</summary>
    public const string NoSector = "-";
}
