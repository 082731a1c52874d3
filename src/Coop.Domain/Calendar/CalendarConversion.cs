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
            return new(from, new ParseError(
                error.Position,
                error.Message,
                text.Trim().IsEmpty ? ParseErrorCode.Empty : ParseErrorCode.Syntax,
                text.Trim().IsEmpty ? [] : [text[Math.Min(error.Position, text.Length)..].Trim().ToString()]));
        }

        DateInputCalendar calendar = from != DateInputCalendar.Detect ? from
            : parts.Year < GregorianFromYear ? DateInputCalendar.SolarHijri
            : DateInputCalendar.Gregorian;

        if (calendar == DateInputCalendar.SolarHijri)
        {
            ParseResult<SolarHijriDate> date = SolarHijriDate.FromParts(parts);
            return date.Error is { } invalid
                ? new(calendar, invalid)
                : new(calendar, date.Value);
        }

        return FromGregorian(parts, detected: from == DateInputCalendar.Detect);
    }

    /// <summary>
    /// Why a date given where a Solar Hijri date is expected is refused because its year is clearly Gregorian (from
    /// <see cref="GregorianFromYear"/>), naming the Solar Hijri day when it is a real Gregorian date; null when the
    /// year is below <see cref="GregorianFromYear"/>. The one wording behind every date option and registry date.
    /// </summary>
    internal static string? GregorianYearProblem(int year, int month, int day)
    {
        if (year < GregorianFromYear)
        {
            return null;
        }

        string text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        CalendarConversionResult gregorian = Convert(text, DateInputCalendar.Gregorian);
        return gregorian.IsSuccess
            ? string.Create(CultureInfo.InvariantCulture, $"the year {year} is Gregorian (years from {GregorianFromYear} are), and a Solar Hijri date is expected: write {gregorian.SolarHijri} for {text}")
            : string.Create(CultureInfo.InvariantCulture, $"the year {year} is Gregorian (years from {GregorianFromYear} are), and a Solar Hijri date is expected ({text} is not a Gregorian date either: {gregorian.Error?.Message}); write the Solar Hijri date, such as 1404/06/15");
    }

    /// <summary>
    /// Why a Solar Hijri year (of a period) is refused because it is clearly a Gregorian year, naming the Solar Hijri
    /// year that begins in it; null when the year is below <see cref="GregorianFromYear"/>.
    /// </summary>
    internal static string? GregorianYearProblem(int year) =>
        year < GregorianFromYear
            ? null
            : year > 9999
                ? string.Create(CultureInfo.InvariantCulture, $"the year {year} is not a Solar Hijri year in use; write a Solar Hijri year, such as 1404")
                : string.Create(CultureInfo.InvariantCulture, $"the year {year} is Gregorian (years from {GregorianFromYear} are), and a Solar Hijri year is expected: Solar Hijri {year - 621} begins in March {year}");

    /// <summary>
    /// Reads a Solar Hijri day typed by a person (Persian or Arabic-Indic digits, month names), refusing a clearly
    /// Gregorian year with <see cref="GregorianYearProblem(int, int, int)"/>'s message.
    /// </summary>
    /// <param name="text">The text, e.g. <c>1404/06/15</c> or <c>۱۵ شهریور ۱۴۰۴</c>.</param>
    /// <param name="day">The day read; default when the result is false.</param>
    /// <param name="error">Why not, in English, without the input's name; null when the result is true.</param>
    /// <returns>Whether <paramref name="text"/> is a Solar Hijri day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryReadSolarHijriDay(string text, out SolarHijriDate day, out string? error)
    {
        Coop.Domain.Text.ParseResult<SolarHijriDate> read = ReadSolarHijriDay(text);
        error = read.Error?.Message;
        return read.TryGetValue(out day);
    }

    /// <summary>
    /// Reads a Solar Hijri day as <see cref="TryReadSolarHijriDay(string, out SolarHijriDate, out string?)"/> does, with an
    /// error that carries its <see cref="Coop.Domain.Text.ParseErrorCode"/> and arguments: <see cref="Coop.Domain.Text.ParseErrorCode.GregorianYear"/>
    /// for a Gregorian year, otherwise the code of <see cref="SolarHijriDate.ParseDetailed(ReadOnlySpan{char})"/>'s error.
    /// </summary>
    /// <param name="text">The text, e.g. <c>1404/06/15</c> or <c>۱۵ شهریور ۱۴۰۴</c>.</param>
    /// <returns>The day, or an error whose message reads as a clause ending without a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Coop.Domain.Text.ParseResult<SolarHijriDate> ReadSolarHijriDay(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> trimmed = Coop.Domain.Text.PersianText.Normalize(text).AsSpan().Trim();
        if (DateText.TryRead(trimmed, out DateParts parts, out _)
            && (parts.MonthNamed ? GregorianYearProblem(parts.Year) : GregorianYearProblem(parts.Year, parts.Month, parts.Day)) is { } gregorian)
        {
            string instead = string.Empty;
            if (!parts.MonthNamed)
            {
                CalendarConversionResult converted = Convert(
                    string.Create(CultureInfo.InvariantCulture, $"{parts.Year:D4}-{parts.Month:D2}-{parts.Day:D2}"), DateInputCalendar.Gregorian);
                instead = converted.IsSuccess ? converted.SolarHijri.ToString() : string.Empty;
            }
            else if (parts.Year <= 9999)
            {
                instead = (parts.Year - 621).ToString(CultureInfo.InvariantCulture);
            }

            return Coop.Domain.Text.ParseResult.Failure<SolarHijriDate>(new Coop.Domain.Text.ParseError(
                parts.YearAt, gregorian, Coop.Domain.Text.ParseErrorCode.GregorianYear, parts.Year.ToString(CultureInfo.InvariantCulture), instead));
        }

        Coop.Domain.Text.ParseResult<SolarHijriDate> parsed = SolarHijriDate.ParseDetailed(trimmed);
        if (parsed.IsSuccess || parsed.Error is not { } error)
        {
            return parsed;
        }

        return Coop.Domain.Text.ParseResult.Failure<SolarHijriDate>(new Coop.Domain.Text.ParseError(
            error.Position, error.Message + "; give a Solar Hijri date such as 1404/06/15 (Persian digits are fine)", error.Code, [.. error.Arguments]));
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
            return new(Gregorian, new ParseError(
                parts.MonthAt,
                why + "; a Gregorian date is written yyyy-MM-dd or yyyy/MM/dd",
                ParseErrorCode.GregorianMonthName,
                Invariant(year),
                detected ? Invariant(GregorianFromYear) : string.Empty));
        }

        if (year is < 1 or > 9999)
        {
            return new(Gregorian, new ParseError(
                parts.YearAt,
                string.Create(CultureInfo.InvariantCulture, $"year {year} is outside the Gregorian range 1–9999"),
                ParseErrorCode.YearOutOfRange,
                Invariant(year),
                "1",
                "9999"));
        }

        if (month is < 1 or > 12)
        {
            return new(Gregorian, new ParseError(
                parts.MonthAt, string.Create(CultureInfo.InvariantCulture, $"month {month} is not in 1–12"), ParseErrorCode.MonthOutOfRange, Invariant(month)));
        }

        if (day == 0)
        {
            return new(Gregorian, new ParseError(
                parts.DayAt,
                "day 0 does not exist: days of the month start at 1",
                ParseErrorCode.GregorianDayNotInMonth,
                Invariant(year),
                Invariant(month),
                "0",
                Invariant(DateTime.DaysInMonth(year, month))));
        }

        int length = DateTime.DaysInMonth(year, month);
        if (day > length)
        {
            return new(Gregorian, new ParseError(
                parts.DayAt,
                string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}: day {day} does not exist in {s_gregorianMonths[month - 1]} {year}, which has {length} days"),
                ParseErrorCode.GregorianDayNotInMonth,
                Invariant(year),
                Invariant(month),
                Invariant(day),
                Invariant(length)));
        }

        var date = new DateOnly(year, month, day);
        if (date.DayNumber < YearTable.MinDayNumber || date.DayNumber > YearTable.MaxDayNumber)
        {
            string text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            return new(Gregorian, new ParseError(
                parts.YearAt,
                text + " is outside the range of the Solar Hijri calendar, 0622-03-22 to 9999-03-17",
                ParseErrorCode.GregorianOutOfRange,
                text,
                "0622-03-22",
                "9999-03-17"));
        }

        return new(Gregorian, SolarHijriDate.FromDayNumberUnchecked(date.DayNumber));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
