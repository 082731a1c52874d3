namespace Coop.Domain.Calendar;

/// <summary>Whether 30 Esfand, the last day of a leap year, is an official holiday.</summary>
/// <remarks>
/// The official holidays law of 1359/04/08 makes 29 Esfand to 4 Farvardin holidays, which covers 30 Esfand in a
/// leap year; press reports quote it for 1399/12/30 and 1403/12/30, both holidays. In 1395 the Ministry of Labour
/// announced 1395/12/30 as a holiday on that ground and withdrew the notice the next day, leaving it to the cabinet,
/// and no decision making it a holiday was found, so the shipped table does not list 1395/12/30. Sources:
/// docs/work-calendar.md and seeds/holidays/README.md.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<Esfand30Rule>))]
public enum Esfand30Rule
{
    /// <summary>
    /// The default. In a year an official table covers, exactly as the table lists it (shipped: 1399 and 1403 yes,
    /// 1395 no). In any other leap year from 1359 on, a holiday by the law's reading, marked
    /// <see cref="HolidayStanding.Projected"/> until an official calendar confirms it (next: 1408). Before 1359, not a holiday.
    /// </summary>
    AsPublished = 0,

    /// <summary>A holiday in every leap year.</summary>
    Always = 1,

    /// <summary>Never a holiday (a working day unless the weekend rule or another holiday says otherwise).</summary>
    Never = 2,
}
