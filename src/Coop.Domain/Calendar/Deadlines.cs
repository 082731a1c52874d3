namespace Coop.Domain.Calendar;

/// <summary>
/// Deadlines counted in months: "within N months after the end of period P", e.g. the ordinary general
/// assembly that must meet within four months after the end of the fiscal year.
/// </summary>
/// <remarks>
/// <para>
/// <b>The end-of-month rule.</b> Adding months keeps the day of the month and clamps it to the length of
/// the target month (1404/06/31 + 1 month = 1404/07/30), except that with the end-of-month rule a date
/// that is the <b>last day of its month</b> gives the <b>last day of the target month</b>. A deadline
/// counted from the end of a period always uses the rule, because a period that is a year, half, season
/// or month ends on the last day of a month and "four months after the year's end" means the end of the
/// fourth month:
/// </para>
/// <list type="bullet">
/// <item>fiscal year 1404 ends 1404/12/29 (1404 is a common year); + 4 months = <b>1405/04/31</b>, not 1405/04/29;</item>
/// <item>fiscal year 1403 ends 1403/12/30 (leap year); + 4 months = <b>1404/04/31</b>;</item>
/// <item>fiscal year 1404 + 2 months (an assembly notice) = <b>1405/02/31</b>;</item>
/// <item>1404/07/30 (the last day of Mehr) + 1 month = 1404/08/30; 1404/06/30 (not the last day of Shahrivar) + 1 month = 1404/07/30.</item>
/// </list>
/// <para>
/// Moving a deadline that falls on a non-working day is the work calendar's business, not this class's.
/// </para>
/// </remarks>
public static class Deadlines
{
    /// <summary>
    /// The last day of the deadline "<paramref name="months"/> months after the end of <paramref name="period"/>",
    /// using the end-of-month rule: the general assembly for fiscal year 1404 (ends 1404/12/29) within 4
    /// months is due by 1405/04/31.
    /// </summary>
    /// <param name="period">The period whose end starts the count.</param>
    /// <param name="months">The number of months, 0 or more; 0 gives the period's last day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is negative, or the result is after 9377/12/30.</exception>
    public static SolarHijriDate MonthsAfterEndOf(ReportingPeriod period, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return MonthsAfter(period.End, months, endOfMonthSticky: true);
    }

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="months"/> months. The day of the month is kept and
    /// clamped to the target month's length; when <paramref name="endOfMonthSticky"/> is <see langword="true"/>
    /// and <paramref name="date"/> is the last day of its month, the result is the last day of the target
    /// month (1404/12/29 + 4 = 1405/04/31 sticky, 1405/04/29 not sticky).
    /// </summary>
    /// <param name="date">The date counted from.</param>
    /// <param name="months">The number of months; negative counts backwards.</param>
    /// <param name="endOfMonthSticky">Whether the last day of a month maps to the last day of the target month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range (years 1–9377).</exception>
    public static SolarHijriDate MonthsAfter(SolarHijriDate date, int months, bool endOfMonthSticky)
    {
        SolarHijriDate moved = date.AddMonths(months);
        if (endOfMonthSticky && date.Day == date.DaysInMonth && moved.Day != moved.DaysInMonth)
        {
            return new SolarHijriDate(moved.Year, moved.Month, moved.DaysInMonth);
        }

        return moved;
    }
}
