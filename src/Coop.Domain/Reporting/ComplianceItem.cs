using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting;

/// <summary>One obligation in a compliance calendar.</summary>
/// <param name="Obligation">What is due.</param>
/// <param name="Sequence">The quarter (1–4) of a trial balance; else 0.</param>
/// <param name="LegalDue">The due date by the rule, before any working-day roll.</param>
/// <param name="Due">The due date after the working-day roll of <see cref="ComplianceOptions.Roll"/>.</param>
/// <param name="Status">Done, due or overdue on the as-of date.</param>
/// <param name="DoneOn">When the records show it done, or <see langword="null"/>.</param>
/// <param name="Recorded">Whether the cooperative model records this obligation; when not (trial balances), the status can only be Due or Overdue.</param>
public sealed record ComplianceItem(
    ComplianceObligation Obligation,
    int Sequence,
    SolarHijriDate LegalDue,
    SolarHijriDate Due,
    ComplianceStatus Status,
    SolarHijriDate? DoneOn,
    bool Recorded)
{
    /// <summary>
    /// Whether <see cref="Due"/> rests on projected holidays (the roll passed over, or stopped next to, a holiday of a
    /// year whose official calendar the work calendar does not have), so it may move when that calendar is published.
    /// Always false without a roll.
    /// </summary>
    public bool RestsOnProjectedHolidays { get; init; }

    /// <summary>The earliest year whose projected holidays <see cref="Due"/> rests on; 0 when none.</summary>
    public int ProjectedYear { get; init; }

    /// <summary>Whether it was done after <see cref="Due"/>.</summary>
    public bool IsLate => DoneOn is { } done && done > Due;
}
