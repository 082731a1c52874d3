namespace Coop.Domain.Calendar;

/// <summary>
/// A date computed by working-day arithmetic (<see cref="WorkCalendar.AddWorkingDaysWithStanding"/>,
/// <see cref="WorkCalendar.AdjustWithStanding"/>) and whether it rests on projected holidays.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="RestsOnProjectedHolidays">
/// Whether a projected holiday lies in the days the answer passed over, or within
/// <see cref="WorkCalendar.ProjectionMarginDays"/> of them, so that the date may change when the official calendar
/// of <paramref name="ProjectedYear"/> is published.
/// </param>
/// <param name="ProjectedYear">The earliest year whose projected holidays the answer rests on; 0 when none.</param>
public readonly record struct WorkingDayResult(SolarHijriDate Date, bool RestsOnProjectedHolidays, int ProjectedYear);
