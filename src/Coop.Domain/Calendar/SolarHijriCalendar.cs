namespace Coop.Domain.Calendar;

/// <summary>
/// Facts about the official Solar Hijri (Iranian, "Shamsi") calendar: supported range, leap years
/// and month lengths.
/// </summary>
/// <remarks>
/// <para>
/// The calendar is the official astronomical one: a year is leap when the next Nowruz falls 366 days
/// after this one, Nowruz being the day on which the vernal equinox precedes apparent noon at 52.5°E.
/// This is the rule of .NET's <see cref="System.Globalization.PersianCalendar"/> and of NodaTime's
/// <c>CalendarSystem.PersianAstronomical</c>; it matches the leap table published by the University of
/// Tehran's Calendar Center for 1206–1498. It is <b>not</b> the 2820-year arithmetic rule, which makes
/// 1404 leap instead of 1403.
/// </para>
/// <para>
/// Supported years: <see cref="MinYear"/> (1) to <see cref="MaxYear"/> (9377), that is 622-03-22 to
/// 9999-03-17 in the Gregorian calendar. Beyond about 1500 the astronomical answer for a few years
/// (1503, 1536, 1602, …) depends on minutes of equinox time and may change with better astronomy.
/// </para>
/// <para>Months 1–6 have 31 days, months 7–11 have 30, and Esfand (12) has 29, or 30 in a leap year.</para>
/// </remarks>
public static class SolarHijriCalendar
{
    /// <summary>The first supported Solar Hijri year (1 = 622-03-22 … 623-03-21).</summary>
    public const int MinYear = YearTable.MinYear;

    /// <summary>The last supported Solar Hijri year (9377, ending 9999-03-17).</summary>
    public const int MaxYear = YearTable.MaxYear;

    /// <summary>Returns whether <paramref name="year"/> has 366 days (30 Esfand exists).</summary>
    /// <param name="year">A Solar Hijri year in [<see cref="MinYear"/>, <see cref="MaxYear"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static bool IsLeapYear(int year)
    {
        CheckYear(year);
        return YearTable.IsLeap(year);
    }

    /// <summary>Returns the number of days in <paramref name="year"/>: 365 or 366.</summary>
    /// <param name="year">A Solar Hijri year in [<see cref="MinYear"/>, <see cref="MaxYear"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static int GetDaysInYear(int year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Returns the number of days in a month: 31 for months 1–6, 30 for 7–11, 29 or 30 for 12.</summary>
    /// <param name="year">A Solar Hijri year in [<see cref="MinYear"/>, <see cref="MaxYear"/>].</param>
    /// <param name="month">A month number, 1 (Farvardin) to 12 (Esfand).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static int GetDaysInMonth(int year, int month)
    {
        CheckYear(year);
        CheckMonth(month);
        return DaysInMonthUnchecked(year, month);
    }

    /// <summary>Returns whether the three numbers name a day of the official calendar.</summary>
    /// <param name="year">The Solar Hijri year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns><see langword="true"/> when the date exists and lies in the supported range.</returns>
    public static bool IsValid(int year, int month, int day) =>
        year is >= MinYear and <= MaxYear
        && month is >= 1 and <= 12
        && day >= 1
        && day <= DaysInMonthUnchecked(year, month);

    // Month lengths and offsets are computed without branches on the month: conversions of random dates
    // would otherwise pay a mispredicted branch on almost every call (see benchmarks/README.md).
    // The caller has checked that year and month are in range (the leap bit is read for every month).
    internal static int DaysInMonthUnchecked(int year, int month)
    {
        // 31 for months 1–6, 30 for 7–11, 29 + leap for Esfand: (month ^ 12) is 0 only for Esfand.
        int esfand = ((month ^ 12) - 1) >>> 31;
        return 30 + ((month - 7) >>> 31) - (esfand & (YearTable.LeapBit(year) ^ 1));
    }

    /// <summary>Days from 1 Farvardin to the first day of <paramref name="month"/> (0 for Farvardin): 31 for each of months 1–6, 30 after.</summary>
    internal static int DaysBeforeMonth(int month)
    {
        // 31 (m - 1) - max(0, m - 7), with the max done by a sign mask: the JIT turns Math.Min into a branch.
        int elapsed = month - 1;
        int beyondShahrivar = elapsed - 6;
        return (31 * elapsed) - (beyondShahrivar & ~(beyondShahrivar >> 31));
    }

    internal static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"Solar Hijri year {year} is outside the supported range {MinYear}–{MaxYear}.");
        }
    }

    internal static void CheckMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"Month {month} is not in 1–12.");
        }
    }
}
