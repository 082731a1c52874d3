namespace Coop.Domain.Calendar;

/// <summary>Which calendar <see cref="CalendarConversion.Convert(ReadOnlySpan{char}, DateInputCalendar)"/> reads an input in.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<DateInputCalendar>))]
public enum DateInputCalendar
{
    /// <summary>
    /// Decide by the year: below <see cref="CalendarConversion.GregorianFromYear"/> (1700) Solar Hijri,
    /// otherwise Gregorian.
    /// </summary>
    Detect = 0,

    /// <summary>The input is a Solar Hijri date.</summary>
    SolarHijri = 1,

    /// <summary>The input is a Gregorian date.</summary>
    Gregorian = 2,
}
