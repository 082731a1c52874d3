using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// The outcome of <see cref="CalendarConversion.Convert(ReadOnlySpan{char}, DateInputCalendar)"/>: the day in
/// both calendars, or why the input is not a date.
/// </summary>
/// <remarks><c>default(CalendarConversionResult)</c> is an unsuccessful result.</remarks>
public readonly struct CalendarConversionResult
{
    private readonly string? _error;
    private readonly int _errorPosition;

    internal CalendarConversionResult(DateInputCalendar inputCalendar, SolarHijriDate date)
    {
        InputCalendar = inputCalendar;
        SolarHijri = date;
        Success = true;
        _error = null;
        _errorPosition = -1;
    }

    internal CalendarConversionResult(DateInputCalendar inputCalendar, string error, int position)
    {
        InputCalendar = inputCalendar;
        SolarHijri = default;
        Success = false;
        _error = error;
        _errorPosition = position;
    }

    /// <summary>Whether the input was a valid date in its calendar and could be converted.</summary>
    public bool Success { get; }

    /// <summary>
    /// The calendar the input was read in: <see cref="DateInputCalendar.SolarHijri"/> or
    /// <see cref="DateInputCalendar.Gregorian"/>; <see cref="DateInputCalendar.Detect"/> only when the
    /// input was unreadable before a calendar could be chosen.
    /// </summary>
    public DateInputCalendar InputCalendar { get; }

    /// <summary>The day as a Solar Hijri date; <see cref="SolarHijriDate.MinValue"/> when <see cref="Success"/> is false.</summary>
    public SolarHijriDate SolarHijri { get; }

    /// <summary>The day in the Gregorian calendar; <see cref="DateOnly.MinValue"/> when <see cref="Success"/> is false.</summary>
    public DateOnly Gregorian => Success ? SolarHijri.ToDateOnly() : DateOnly.MinValue;

    /// <summary>Why the input is not a date; <see langword="null"/> when <see cref="Success"/> is true.</summary>
    public string? Error => Success ? null : _error ?? "no text was converted";

    /// <summary>The 0-based index in the input that <see cref="Error"/> refers to; -1 when <see cref="Success"/> is true.</summary>
    public int ErrorPosition => Success ? -1 : _errorPosition;

    /// <summary>
    /// The day in the other calendar: a Solar Hijri input gives the Gregorian <c>yyyy-MM-dd</c>, a Gregorian
    /// input gives the Solar Hijri <c>yyyy/MM/dd</c>, both with Latin digits.
    /// </summary>
    /// <returns>The converted date as text.</returns>
    /// <exception cref="InvalidOperationException"><see cref="Success"/> is false.</exception>
    public string ToConvertedString()
    {
        if (!Success)
        {
            throw new InvalidOperationException("The input was not converted: " + Error);
        }

        return InputCalendar == DateInputCalendar.Gregorian
            ? SolarHijri.ToString()
            : Gregorian.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The converted date as <see cref="ToConvertedString"/> gives it, or <c>invalid: </c> and the reason.</summary>
    public override string ToString() => Success ? ToConvertedString() : "invalid: " + Error;
}
