using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// Fiscal-year arithmetic for a cooperative whose fiscal year starts on the first day of a given month.
/// A fiscal year is named by the Solar Hijri year it starts in: with a Mehr start, fiscal year 1403 runs
/// 1403/07/01 to 1404/06/31.
/// </summary>
internal static class FiscalCalendar
{
    /// <summary>The months after a fiscal year's end within which its ordinary assembly is due (Art. 33, G2).</summary>
    internal const int OrdinaryAssemblyMonths = 4;

    internal static SolarHijriDate Start(int fiscalYear, int startMonth) => new(fiscalYear, startMonth, 1);

    internal static SolarHijriDate End(int fiscalYear, int startMonth) => Start(fiscalYear, startMonth).AddMonths(12).AddDays(-1);

    internal static int YearOf(SolarHijriDate date, int startMonth) => date.Month >= startMonth ? date.Year : date.Year - 1;

    /// <summary>
    /// The last day of the month <paramref name="months"/> months after <paramref name="date"/>'s month:
    /// 1404/12/29 + 4 months is 1405/04/31. "Within N months after" a day that ends a month is read as
    /// "by the end of the N-th following month", so a short Esfand never shortens the deadline.
    /// </summary>
    internal static SolarHijriDate LastDayOfMonthAfter(SolarHijriDate date, int months)
    {
        SolarHijriDate target = date.AddMonths(months);
        return new SolarHijriDate(target.Year, target.Month, target.DaysInMonth);
    }

    /// <summary>Whether fiscal year <paramref name="fiscalYear"/> and the dates derived from it lie in the supported range.</summary>
    internal static bool IsSupported(int fiscalYear) => fiscalYear is >= SolarHijriCalendar.MinYear and < SolarHijriCalendar.MaxYear;
}
