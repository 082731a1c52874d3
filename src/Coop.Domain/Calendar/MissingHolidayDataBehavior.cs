namespace Coop.Domain.Calendar;

/// <summary>What a <see cref="WorkCalendar"/> does when an answer depends on a year whose lunar holidays it does not know.</summary>
/// <remarks>
/// Lunar holidays follow moon sighting in Iran and are known only from the official calendar published
/// each year; the shipped table covers 1395–1405. For any other year only the fixed solar holidays are known.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<MissingHolidayDataBehavior>))]
public enum MissingHolidayDataBehavior
{
    /// <summary>
    /// The default: throw <see cref="HolidayDataUnavailableException"/> whenever the answer would depend on
    /// the unknown lunar or one-off holidays of that year. Answers that are certain anyway (a weekend day, a
    /// fixed solar holiday) are still given.
    /// </summary>
    Throw = 0,

    /// <summary>
    /// Treat such a year as having only its fixed solar holidays (and any announced closures). Answers are then
    /// incomplete: a lunar holiday is counted as a working day. Check <see cref="WorkCalendar.HasLunarData"/>
    /// to tell the user.
    /// </summary>
    SolarHolidaysOnly = 1,
}
