using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// The outcome of <see cref="CalendarConversion.Convert(ReadOnlySpan{char}, DateInputCalendar)"/>: the day in
/// both calendars, or why the input is not a date.
/// </summary>
/// <remarks><c>default(CalendarConversionResult)</c> is an unsuccessful result.</remarks>
public readonly struct CalendarConversionResult
{
    private readonly ParseError _error;

    internal CalendarConversionResult(DateInputCalendar inputCalendar, SolarHijriDate date)
    {
        InputCalendar = inputCalendar;
        SolarHijri = date;
        IsSuccess = true;
        _error = default;
    }

    internal CalendarConversionResult(DateInputCalendar inputCalendar, ParseError error)
    {
        InputCalendar = inputCalendar;
        SolarHijri = default;
        IsSuccess = false;
        _error = error;
    }

    internal CalendarConversionResult(DateInputCalendar inputCalendar, string error, int position)
    {
        InputCalendar = inputCalendar;
        SolarHijri = default;
        IsSuccess = false;
        _error = new ParseError(position, error);
    }

    /// <summary>Whether the input was a valid date in its calendar and could be converted.</summary>
    public bool IsSuccess { get; }

    /// <summary>
    /// The calendar the input was read in: <see cref="DateInputCalendar.SolarHijri"/> or
    /// <see cref="DateInputCalendar.Gregorian"/>; <see cref="DateInputCalendar.Detect"/> only when the
    /// input was unreadable before a calendar could be chosen.
    /// </summary>
    public DateInputCalendar InputCalendar { get; }

    /// <summary>The day as a Solar Hijri date; <see cref="SolarHijriDate.MinValue"/> when <see cref="IsSuccess"/> is false.</summary>
    public SolarHijriDate SolarHijri { get; }

    /// <summary>The day in the Gregorian calendar; <see cref="DateOnly.MinValue"/> when <see cref="IsSuccess"/> is false.</summary>
    public DateOnly Gregorian => IsSuccess ? SolarHijri.ToDateOnly() : DateOnly.MinValue;

    /// <summary>
    /// Why the input is not a date and the 0-based index in the input it refers to (the same <see cref="ParseError"/> as
    /// every parser of the library); <see langword="null"/> when <see cref="IsSuccess"/> is true.
    /// </summary>
    public ParseError? Error => IsSuccess ? null : _error;

    /// <summary>
    /// The day in the other calendar: a Solar Hijri input gives the Gregorian <c>yyyy-MM-dd</c>, a Gregorian
    /// input gives the Solar Hijri <c>yyyy/MM/dd</c>, both with Latin digits.
    /// </summary>
    /// <returns>The converted date as text.</returns>
    /// <exception cref="InvalidOperationException"><see cref="IsSuccess"/> is false.</exception>
    public string ToConvertedString()
    {
        if (!IsSuccess)
        {
            throw new InvalidOperationException("The input was not converted: " + _error.Message);
        }

        return InputCalendar == DateInputCalendar.Gregorian
            ? SolarHijri.ToString()
            : Gregorian.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The converted date as <see cref="ToConvertedString"/> gives it, or <c>invalid: </c> and the reason.</summary>
    public override string ToString() => IsSuccess ? ToConvertedString() : "invalid: " + _error.Message;
}
