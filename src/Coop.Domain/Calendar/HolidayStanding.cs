namespace Coop.Domain.Calendar;

/// <summary>How sure a holiday's date is.</summary>
public enum HolidayStanding
{
    /// <summary>
    /// From a published official calendar (the shipped table, a table the application loaded or a year it published)
    /// or fixed by statute (the fixed solar holidays). <see cref="Holiday.Source"/> names where from.
    /// </summary>
    Official = 0,

    /// <summary>
    /// Computed by this library for a year whose official calendar it does not have: a lunar holiday placed by the
    /// crescent-visibility projection, or 30 Esfand by the reading of the 1359 law. It may move by a day (lunar) or
    /// drop out (30 Esfand) when the official calendar is published; see docs/work-calendar.md.
    /// </summary>
    Projected = 1,
}
