namespace Coop.Domain.Calendar;

/// <summary>
/// What a <see cref="WorkCalendar"/> does in a year for which it has no official holiday table (neither the shipped
/// one, nor one the application loaded or published).
/// </summary>
/// <remarks>
/// Lunar holidays follow moon sighting in Iran and are official only once each year's calendar is published; the
/// shipped table covers 1395–1405. The fixed solar holidays are known for every year either way.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<MissingHolidayDataBehavior>))]
public enum MissingHolidayDataBehavior
{
    /// <summary>
    /// Strict mode: throw <see cref="HolidayDataUnavailableException"/> (which names the year) whenever an answer would
    /// depend on the lunar or one-off holidays of such a year. Answers that are certain anyway (a weekend day, a fixed
    /// solar holiday, an announced closure) are still given. For applications that must not accept projections.
    /// </summary>
    Throw = 0,

    /// <summary>
    /// Treat such a year as having only its fixed solar holidays (and any announced closures). Answers are then
    /// incomplete: a lunar holiday is counted as a working day. <see cref="WorkCalendar.HasLunarData"/> tells which
    /// years are complete.
    /// </summary>
    SolarHolidaysOnly = 1,

    /// <summary>
    /// The default of <see cref="WorkCalendar.Default"/>: project the year's lunar holidays from the crescent
    /// (years <see cref="WorkCalendar.FirstProjectedYear"/>–<see cref="WorkCalendar.LastProjectedYear"/>) and mark
    /// them <see cref="HolidayStanding.Projected"/>; answers that rest on them say so
    /// (<see cref="WorkCalendar.RestsOnProjectedHolidays"/>, <see cref="WorkingDayResult"/>). Outside that range it
    /// behaves as <see cref="Throw"/>.
    /// </summary>
    Project = 2,
}
