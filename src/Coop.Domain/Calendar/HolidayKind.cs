namespace Coop.Domain.Calendar;

/// <summary>Where an official holiday comes from, which says how certain its date is.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<HolidayKind>))]
public enum HolidayKind
{
    /// <summary>A fixed Solar Hijri date (Nowruz, 22 Bahman, …), computed by rule for any year from the year its law made it a holiday.</summary>
    Solar = 0,

    /// <summary>
    /// An Islamic (lunar Hijri) holiday on the day Iran observed or officially announced it (from an official table),
    /// or, for a year without one, on the day the crescent projection gives (<see cref="HolidayStanding.Projected"/>).
    /// </summary>
    Lunar = 1,

    /// <summary>A one-off closure listed in the published table for a single year (e.g. the national mourning of 1403/03/02).</summary>
    AdHoc = 2,

    /// <summary>A closure an application added at run time with <see cref="WorkCalendar.WithClosure"/>.</summary>
    Announced = 3,
}
