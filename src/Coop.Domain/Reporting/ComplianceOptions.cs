using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting;

/// <summary>How a compliance calendar treats deadlines on non-working days.</summary>
public sealed record ComplianceOptions
{
    /// <summary>The default: no roll (the law's dates as they fall), the default work calendar.</summary>
    public static ComplianceOptions Default { get; } = new();

    /// <summary>
    /// The roll of a due date (the last permitted day) that falls on a weekend or holiday; the same for every obligation.
    /// Default <see cref="DeadlineRoll.None"/>: the law's dates as they fall, the cautious reading.
    /// </summary>
    public DeadlineRoll Roll { get; init; } = DeadlineRoll.None;

    /// <summary>The working-day calendar; default <see cref="WorkCalendar.Default"/>.</summary>
    public WorkCalendar WorkCalendar { get; init; } = WorkCalendar.Default;
}
