using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// Converts a date typed by a person from whichever calendar it is in (Solar Hijri or Gregorian) to the
/// other: the logic behind <c>coop convert</c>.
/// </summary>
/// <remarks>
/// <para>
/// With <see cref="DateInputCalendar.Detect"/> a year below <see cref="GregorianFromYear"/> (1700) is read
/// as Solar Hijri and any other year as Gregorian; the two calendars' years in use today (13xx–14xx and
/// 19xx–20xx) never overlap.
/// </para>
/// <para>
/// Solar Hijri input accepts every form <see cref="SolarHijriDate.ParseDetailed(ReadOnlySpan{char})"/>
/// accepts. Gregorian input is numeric, year first: <c>2025-11-16</c> or <c>2025/11/16</c> (padding
/// optional; Latin, Persian or Arabic-Indic digits). A Gregorian date must lie in the range the Solar
/// Hijri calendar covers, 0622-03-22 to 9999-03-17.
/// </para>
/// </remarks>
public static class CalendarConversion
{
    /// <summary>With <see cref="DateInputCalendar.Detect"/>, the first year read as Gregorian.</summary>
    public const int GregorianFromYear = 1700;

    private static readonly string[] s_gregorianMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Reads a date in one calendar and gives the same day in both; never throws for bad input.</summary>
    /// <param name="text">The date, e.g. <c>1404/08/25</c>, <c>۲۵ آبان ۱۴۰۴</c> or <c>2025-11-16</c>.</param>
    /// <param name="from">The calendar of the input, or <see cref="DateInputCalendar.Detect"/> to decide by the year.</param>
    /// <returns>The day, or the reason and position of the error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="from"/> is not a defined value.</exception>
    public static CalendarConversionResult Convert(ReadOnlySpan<char> text, DateInputCalendar from = DateInputCalendar.Detect)
    {
        if (from is < DateInputCalendar.Detect or > DateInputCalendar.Gregorian)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "Not a DateInputCalendar value.");
        }

        if (!DateText.TryRead(text, out DateParts parts, out DateTextError error))
        {
            return new(from, error.Message, error.Position);
        }

        DateInputCalendar calendar = from != DateInputCalendar.Detect ? from
            : parts.Year < GregorianFromYear ? DateInputCalendar.SolarHijri
            : DateInputCalendar.Gregorian;

        if (calendar == DateInputCalendar.SolarHijri)
        {
            ParseResult<SolarHijriDate> date = SolarHijriDate.FromParts(parts);
            return date.Error is { } invalid
                ? new(calendar, invalid.Message, invalid.Position)
                : new(calendar, date.Value);
        }

        return FromGregorian(parts, detected: from == DateInputCalendar.Detect);
    }

    private static CalendarConversionResult FromGregorian(DateParts parts, bool detected)
    {
        const DateInputCalendar Gregorian = DateInputCalendar.Gregorian;
        var (year, month, day) = (parts.Year, parts.Month, parts.Day);
        if (parts.MonthNamed)
        {
            string why = detected
                ? string.Create(CultureInfo.InvariantCulture, $"the year {year} is read as Gregorian (years from {GregorianFromYear}), but the month name is Solar Hijri")
                : "a month name is Solar Hijri";
            return new(Gregorian, why + "; a Gregorian date is written yyyy-MM-dd or yyyy/MM/dd", parts.MonthAt);
        }

        if (year is < 1 or > 9999)
        {
            return new(Gregorian, string.Create(CultureInfo.InvariantCulture, $"year {year} is outside the Gregorian range 1–9999"), parts.YearAt);
        }

        if (month is < 1 or > 12)
        {
            return new(Gregorian, string.Create(CultureInfo.InvariantCulture, $"month {month} is not in 1–12"), parts.MonthAt);
        }

        if (day == 0)
        {
            return new(Gregorian, "day 0 does not exist: days of the month start at 1", parts.DayAt);
        }

        int length = DateTime.DaysInMonth(year, month);
        if (day > length)
        {
            return new(
                Gregorian,
                string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}: day {day} does not exist in {s_gregorianMonths[month - 1]} {year}, which has {length} days"),
                parts.DayAt);
        }

        var date = new DateOnly(year, month, day);
        if (date.DayNumber < YearTable.MinDayNumber || date.DayNumber > YearTable.MaxDayNumber)
        {
            return new(
                Gregorian,
                string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2} is outside the range of the Solar Hijri calendar, 0622-03-22 to 9999-03-17"),
                parts.YearAt);
        }

        return new(Gregorian, SolarHijriDate.FromDayNumberUnchecked(date.DayNumber));
    }
}
