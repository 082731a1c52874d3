using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Coop.Domain.Calendar;

/// <summary>
/// A day of the official Solar Hijri calendar (e.g. 1404/08/25), with no time of day and no time zone.
/// </summary>
/// <remarks>
/// <para>
/// An immutable 4-byte value. The calendar and its supported range (years 1–9377, 622-03-22 to
/// 9999-03-17) are described on <see cref="SolarHijriCalendar"/>. Conversion to and from the Gregorian
/// calendar is a table lookup and allocates nothing.
/// </para>
/// <para>
/// <c>default(SolarHijriDate)</c> is <see cref="MinValue"/>, 0001/01/01. Ordering is chronological.
/// <see cref="ToString()"/> gives the canonical machine form <c>yyyy/MM/dd</c> with Latin digits,
/// whatever the current culture.
/// </para>
/// <para>
/// Month and year arithmetic clamps the day to the length of the target month: 1404/06/31 plus one
/// month is 1404/07/30, and 1403/12/30 plus one year is 1404/12/29.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.SolarHijriDateJsonConverter))]
public readonly partial struct SolarHijriDate : IEquatable<SolarHijriDate>, IComparable<SolarHijriDate>, IComparable
{
    private const int YearShift = 9;
    private const int MonthShift = 5;
    private const int DayMask = (1 << MonthShift) - 1;
    private const int MonthMask = (1 << (YearShift - MonthShift)) - 1;

    // Packed year/month/day, offset so that default(SolarHijriDate) is 0001/01/01.
    private const int PackedMin = (1 << YearShift) | (1 << MonthShift) | 1;

    private static readonly ushort[] s_monthDayOfDayOfYear = BuildMonthDayTable();

    private readonly int _value;

    /// <summary>Creates the date <paramref name="year"/>/<paramref name="month"/>/<paramref name="day"/>.</summary>
    /// <param name="year">The Solar Hijri year, 1–9377.</param>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <param name="day">The day of the month, from 1 to the month's length (31, 30, or 29/30 for Esfand).</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The date does not exist; the message names the month's length (e.g. 1404/07/31: Mehr has 30 days;
    /// 1404/12/30: Esfand 1404 has 29 days because 1404 is not a leap year).
    /// </exception>
    public SolarHijriDate(int year, int month, int day)
    {
        // One predictable test on the hot path; the messages are built only when something is wrong.
        if ((uint)(year - SolarHijriCalendar.MinYear) > SolarHijriCalendar.MaxYear - SolarHijriCalendar.MinYear
            || (uint)(month - 1) > 11
            || (uint)(day - 1) >= (uint)SolarHijriCalendar.DaysInMonthUnchecked(year, month))
        {
            ThrowInvalid(year, month, day);
        }

        _value = Pack(year, month, day);
    }

    private SolarHijriDate(int packed, bool _) => _value = packed;

    /// <summary>The earliest supported date, 0001/01/01 (Gregorian 622-03-22).</summary>
    public static SolarHijriDate MinValue => default;

    /// <summary>The latest supported date, 9377/12/30 (Gregorian 9999-03-17).</summary>
    public static SolarHijriDate MaxValue => FromDayNumberUnchecked(YearTable.MaxDayNumber);

    /// <summary>The year, 1–9377.</summary>
    public int Year => (_value + PackedMin) >> YearShift;

    /// <summary>The month, 1–12.</summary>
    public int Month => ((_value + PackedMin) >> MonthShift) & MonthMask;

    /// <summary>The month as <see cref="SolarHijriMonth"/>.</summary>
    public SolarHijriMonth MonthOfYear => (SolarHijriMonth)Month;

    /// <summary>The day of the month, 1–31.</summary>
    public int Day => (_value + PackedMin) & DayMask;

    /// <summary>The day of the year, 1 (1 Farvardin) to 365 or 366.</summary>
    public int DayOfYear => SolarHijriCalendar.DaysBeforeMonth(Month) + Day;

    /// <summary>The day of the week. The Iranian week starts on Saturday; Friday is the weekly holiday.</summary>
    public DayOfWeek DayOfWeek => (DayOfWeek)((DayNumber + 1) % 7);

    /// <summary>Whether this date's year has 366 days.</summary>
    public bool IsLeapYear => YearTable.IsLeap(Year);

    /// <summary>The number of days in this date's month (29–31).</summary>
    public int DaysInMonth => SolarHijriCalendar.DaysInMonthUnchecked(Year, Month);

    /// <summary>The number of days in this date's year (365 or 366).</summary>
    public int DaysInYear => IsLeapYear ? 366 : 365;

    /// <summary>
    /// Days since 0001-01-01 in the proleptic Gregorian calendar: the same scale as
    /// <see cref="DateOnly.DayNumber"/>, so <c>date.DayNumber == date.ToDateOnly().DayNumber</c>.
    /// </summary>
    public int DayNumber
    {
        get
        {
            int packed = _value + PackedMin;
            int month = (packed >> MonthShift) & MonthMask;
            return YearTable.YearStart(packed >> YearShift)
                + SolarHijriCalendar.DaysBeforeMonth(month)
                + (packed & DayMask) - 1;
        }
    }

    /// <summary>Returns whether the three numbers name an existing date and, if so, the date.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="date">The date when the method returns <see langword="true"/>; otherwise <see cref="MinValue"/>.</param>
    /// <returns>Whether the date exists in the supported range.</returns>
    public static bool TryCreate(int year, int month, int day, out SolarHijriDate date)
    {
        if (SolarHijriCalendar.IsValid(year, month, day))
        {
            date = new SolarHijriDate(Pack(year, month, day), true);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The date with the given <see cref="DayNumber"/>.</summary>
    /// <param name="dayNumber">Days since 0001-01-01 Gregorian; must lie between <see cref="MinValue"/> and <see cref="MaxValue"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The day is outside the supported range (622-03-22 to 9999-03-17).</exception>
    public static SolarHijriDate FromDayNumber(int dayNumber)
    {
        if (dayNumber < YearTable.MinDayNumber || dayNumber > YearTable.MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dayNumber),
                dayNumber,
                "The day is outside the supported Solar Hijri range 0001/01/01 (622-03-22) to 9377/12/30 (9999-03-17).");
        }

        return FromDayNumberUnchecked(dayNumber);
    }

    /// <summary>The Solar Hijri date of a Gregorian date.</summary>
    /// <param name="date">A Gregorian date from 0622-03-22 to 9999-03-17.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 0622-03-22 or after 9999-03-17.</exception>
    public static SolarHijriDate FromDateOnly(DateOnly date) => FromDayNumber(date.DayNumber);

    /// <summary>The Solar Hijri date of the date part of <paramref name="dateTime"/>; the time and <see cref="DateTime.Kind"/> are ignored.</summary>
    /// <param name="dateTime">A date and time whose date lies from 0622-03-22 to 9999-03-17.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static SolarHijriDate FromDateTime(DateTime dateTime) => FromDayNumber(DateOnly.FromDateTime(dateTime).DayNumber);

    /// <summary>The Solar Hijri date of a NodaTime date in any calendar system.</summary>
    /// <param name="date">The date; it is converted through the ISO calendar.</param>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static SolarHijriDate FromLocalDate(LocalDate date)
    {
        LocalDate iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return FromDayNumber(iso.ToDateOnly().DayNumber);
    }

    /// <summary>The Solar Hijri date in Iran (the tz database's <c>Asia/Tehran</c> zone) at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resulting date is outside the supported range.</exception>
    public static SolarHijriDate FromInstant(Instant instant) => FromLocalDate(instant.InZone(Tehran.Zone).Date);

    /// <summary>The Solar Hijri date in Iran (<c>Asia/Tehran</c>) at the instant a zoned date-time denotes.</summary>
    /// <param name="dateTime">A date and time in any zone; it is first moved to Tehran time.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resulting date is outside the supported range.</exception>
    public static SolarHijriDate FromZonedDateTime(ZonedDateTime dateTime) => FromInstant(dateTime.ToInstant());

    /// <summary>The Solar Hijri date in <paramref name="zone"/> at an instant (for an application that keeps "today" in another zone).</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The time zone whose calendar day is wanted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The resulting date is outside the supported range.</exception>
    public static SolarHijriDate FromInstant(Instant instant, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return FromLocalDate(instant.InZone(zone).Date);
    }

    /// <summary>The Solar Hijri date in Iran (<c>Asia/Tehran</c>) at the instant a <see cref="DateTimeOffset"/> denotes (its offset is honoured, then the time is moved to Tehran).</summary>
    /// <param name="value">The date, time and offset, e.g. <c>TimeProvider.GetUtcNow()</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resulting date is outside the supported range.</exception>
    public static SolarHijriDate FromDateTimeOffset(DateTimeOffset value) => FromInstant(Instant.FromDateTimeOffset(value));

    /// <summary>Today's date in Iran (<c>Asia/Tehran</c>) according to .NET's <paramref name="timeProvider"/>.</summary>
    /// <param name="timeProvider">The time provider, e.g. <see cref="TimeProvider.System"/>; a <c>FakeTimeProvider</c> in tests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public static SolarHijriDate Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return FromDateTimeOffset(timeProvider.GetUtcNow());
    }

    /// <summary>Today's date in <paramref name="zone"/> according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone; <c>Asia/Tehran</c> is what <see cref="Today(IClock)"/> uses.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SolarHijriDate Today(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return FromInstant(clock.GetCurrentInstant(), zone);
    }

    /// <summary>The tz database's <c>Asia/Tehran</c> zone, in which "today" is read by default.</summary>
    public static DateTimeZone TehranTimeZone => Tehran.Zone;

    /// <summary>Today's date in Iran according to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock, e.g. <see cref="SystemClock.Instance"/>; a fake clock in tests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static SolarHijriDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return FromInstant(clock.GetCurrentInstant());
    }

    /// <summary>The same day in the Gregorian calendar.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(DayNumber);

    /// <summary>
    /// The Gregorian year, month and day of the same day, in one step and without allocating: the
    /// fastest way to get all three (reading <see cref="DateOnly.Year"/>, <see cref="DateOnly.Month"/> and
    /// <see cref="DateOnly.Day"/> of <see cref="ToDateOnly"/> recomputes them from a day number each time).
    /// </summary>
    /// <param name="year">The proleptic Gregorian year, 622–9999.</param>
    /// <param name="month">The Gregorian month, 1–12.</param>
    /// <param name="day">The Gregorian day of the month, 1–31.</param>
    /// <remarks>Equal to <c>ToDateOnly().Deconstruct(out year, out month, out day)</c>; a table lookup.</remarks>
    public void ToGregorian(out int year, out int month, out int day)
    {
        int packed = _value + PackedMin;
        int shYear = packed >> YearShift;
        int entry = GregorianTable.Entry(shYear, packed & ((1 << YearShift) - 1));
        year = shYear + GregorianTable.YearOffset + (entry >> GregorianTable.EntryYearShift);
        month = (entry >> GregorianTable.EntryMonthShift) & GregorianTable.EntryMonthMask;
        day = entry & GregorianTable.EntryDayMask;
    }

    /// <summary>The same day at midnight, as a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    public DateTime ToDateTime() => ToDateOnly().ToDateTime(TimeOnly.MinValue);

    /// <summary>The same day as a NodaTime <see cref="LocalDate"/> in the ISO calendar.</summary>
    public LocalDate ToLocalDate() => LocalDate.FromDateOnly(ToDateOnly());

    /// <summary>The same day as a NodaTime <see cref="LocalDate"/> in <c>CalendarSystem.PersianAstronomical</c>.</summary>
    public LocalDate ToPersianLocalDate() => new(Year, Month, Day, CalendarSystem.PersianAstronomical);

    /// <summary>The date <paramref name="days"/> days later (earlier when negative).</summary>
    /// <param name="days">The number of days to add.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public SolarHijriDate AddDays(int days)
    {
        if (days == 0)
        {
            return this;
        }

        long target = (long)DayNumber + days;
        if (target < YearTable.MinDayNumber || target > YearTable.MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"{this} plus {days} days is outside the supported range.");
        }

        return FromDayNumberUnchecked((int)target);
    }

    /// <summary>
    /// The date <paramref name="months"/> months later (earlier when negative). When the target month is
    /// shorter than this date's day, the result is the target month's last day: 1404/06/31 + 1 month =
    /// 1404/07/30; 1403/12/30 + 12 months = 1404/12/29.
    /// </summary>
    /// <param name="months">The number of months to add.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public SolarHijriDate AddMonths(int months)
    {
        if (months == 0)
        {
            return this;
        }

        long index = ((long)Year * 12) + Month - 1 + months;
        long year = index / 12;
        int month = (int)(index % 12) + 1;
        if (year < SolarHijriCalendar.MinYear || year > SolarHijriCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, $"{this} plus {months} months is outside the supported range.");
        }

        int day = Math.Min(Day, SolarHijriCalendar.DaysInMonthUnchecked((int)year, month));
        return new SolarHijriDate(Pack((int)year, month, day), true);
    }

    /// <summary>
    /// The date <paramref name="years"/> years later (earlier when negative); 30 Esfand of a leap year
    /// becomes 29 Esfand in a common year.
    /// </summary>
    /// <param name="years">The number of years to add.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public SolarHijriDate AddYears(int years)
    {
        if (years is < -SolarHijriCalendar.MaxYear or > SolarHijriCalendar.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, $"{this} plus {years} years is outside the supported range.");
        }

        return AddMonths(years * 12);
    }

    /// <summary>Splits the date into its parts.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day of the month.</param>
    public void Deconstruct(out int year, out int month, out int day)
    {
        int packed = _value + PackedMin;
        year = packed >> YearShift;
        month = (packed >> MonthShift) & MonthMask;
        day = packed & DayMask;
    }

    /// <inheritdoc />
    public bool Equals(SolarHijriDate other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SolarHijriDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(SolarHijriDate other) => _value.CompareTo(other._value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SolarHijriDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SolarHijriDate other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a SolarHijriDate.", nameof(obj)),
    };

    /// <summary>Whether two dates are the same day.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator ==(SolarHijriDate left, SolarHijriDate right) => left._value == right._value;

    /// <summary>Whether two dates are different days.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator !=(SolarHijriDate left, SolarHijriDate right) => left._value != right._value;

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator <(SolarHijriDate left, SolarHijriDate right) => left._value < right._value;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator >(SolarHijriDate left, SolarHijriDate right) => left._value > right._value;

    /// <summary>Whether <paramref name="left"/> is the same day as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator <=(SolarHijriDate left, SolarHijriDate right) => left._value <= right._value;

    /// <summary>Whether <paramref name="left"/> is the same day as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    public static bool operator >=(SolarHijriDate left, SolarHijriDate right) => left._value >= right._value;

    /// <summary>The number of days from <paramref name="right"/> to <paramref name="left"/> (negative when left is earlier).</summary>
    /// <param name="left">The later date.</param>
    /// <param name="right">The earlier date.</param>
    public static int operator -(SolarHijriDate left, SolarHijriDate right) => left.DayNumber - right.DayNumber;

    /// <summary>The date <paramref name="days"/> days after <paramref name="date"/>; see <see cref="AddDays"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The number of days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static SolarHijriDate operator +(SolarHijriDate date, int days) => date.AddDays(days);

    /// <summary>The date <paramref name="days"/> days before <paramref name="date"/>; see <see cref="AddDays"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The number of days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static SolarHijriDate operator -(SolarHijriDate date, int days) => date.AddDays(-days);

    /// <summary>Named alternative to the subtraction operator: days from <paramref name="other"/> to this date.</summary>
    /// <param name="other">The date to measure from.</param>
    public int DaysSince(SolarHijriDate other) => this - other;

    /// <summary>Named alternative to <c>date + days</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="days">The number of days.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static SolarHijriDate Add(SolarHijriDate date, int days) => date.AddDays(days);

    /// <summary>Named alternative to <c>left - right</c>.</summary>
    /// <param name="left">The later date.</param>
    /// <param name="right">The earlier date.</param>
    public static int Subtract(SolarHijriDate left, SolarHijriDate right) => left - right;

    /// <summary>The canonical form <c>yyyy/MM/dd</c> with Latin digits, e.g. <c>1404/08/25</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[10];
        WriteCanonical(buffer);
        return new string(buffer);
    }

    /// <summary>Writes <c>yyyy/MM/dd</c> into the first ten characters of <paramref name="destination"/>.</summary>
    internal void WriteCanonical(Span<char> destination)
    {
        var (year, month, day) = this;
        destination[0] = (char)('0' + (year / 1000));
        destination[1] = (char)('0' + (year / 100 % 10));
        destination[2] = (char)('0' + (year / 10 % 10));
        destination[3] = (char)('0' + (year % 10));
        destination[4] = '/';
        destination[5] = (char)('0' + (month / 10));
        destination[6] = (char)('0' + (month % 10));
        destination[7] = '/';
        destination[8] = (char)('0' + (day / 10));
        destination[9] = (char)('0' + (day % 10));
    }

    internal static SolarHijriDate FromDayNumberUnchecked(int dayNumber)
    {
        int year = YearTable.Locate(dayNumber, out int dayOfYear); // 0-based day of the year
        return new SolarHijriDate((year << YearShift) + s_monthDayOfDayOfYear[dayOfYear] - PackedMin, true);
    }

    // The zone is looked up on first use, not with the date's other statics: reading NodaTime's tz database takes
    // milliseconds that a process converting one date (coop convert, called per row by scripts) should not pay.
    private static class Tehran
    {
        public static readonly DateTimeZone Zone =
            DateTimeZoneProviders.Tzdb.GetZoneOrNull("Asia/Tehran")
            ?? throw new InvalidOperationException("The tz database shipped with NodaTime has no Asia/Tehran zone.");
    }

    /// <summary>For each 0-based day of the year, its month and day packed as <c>month &lt;&lt; 5 | day</c>.</summary>
    private static ushort[] BuildMonthDayTable()
    {
        var table = new ushort[366];
        for (int dayOfYear = 0; dayOfYear < table.Length; dayOfYear++)
        {
            int month = 12;
            while (SolarHijriCalendar.DaysBeforeMonth(month) > dayOfYear)
            {
                month--;
            }

            table[dayOfYear] = (ushort)((month << MonthShift) | (dayOfYear - SolarHijriCalendar.DaysBeforeMonth(month) + 1));
        }

        return table;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalid(int year, int month, int day)
    {
        SolarHijriCalendar.CheckYear(year);
        SolarHijriCalendar.CheckMonth(month);
        throw new ArgumentOutOfRangeException(nameof(day), day, DescribeMissingDay(year, month, day) + ".");
    }

    /// <summary>
    /// Why a day of an existing month does not exist, e.g. <c>1404/07/31: day 31 does not exist in Mehr (7),
    /// which has 30 days</c>; shared by the constructor and the parser so both say it the same way.
    /// </summary>
    internal static string DescribeMissingDay(int year, int month, int day)
    {
        if (day < 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"day {day} does not exist: days of the month start at 1");
        }

        int length = SolarHijriCalendar.DaysInMonthUnchecked(year, month);
        return month == 12 && day == 30
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{month:D2}/{day:D2}: day 30 does not exist in Esfand {year}, which has 29 days because {year} is not a leap year")
            : string.Create(CultureInfo.InvariantCulture, $"{year:D4}/{month:D2}/{day:D2}: day {day} does not exist in {SolarHijriMonthNames.Latin(month)} ({month}), which has {length} days");
    }

    private static int Pack(int year, int month, int day) =>
        ((year << YearShift) | (month << MonthShift) | day) - PackedMin;
}
