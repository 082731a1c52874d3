using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// Thrown by a <see cref="WorkCalendar"/> when an answer depends on the lunar or one-off holidays of a year it has
/// neither an official table for nor a projection it may use: in strict mode
/// (<see cref="MissingHolidayDataBehavior.Throw"/>) any year without an official table, otherwise a year outside
/// the projected range (<see cref="WorkCalendar.FirstProjectedYear"/>–<see cref="WorkCalendar.LastProjectedYear"/>).
/// <see cref="Year"/> names the year.
/// </summary>
/// <remarks>
/// Supply the year's official holidays with <see cref="WorkCalendar.WithHolidayTable"/> or
/// <see cref="WorkCalendar.WithPublishedYear"/>; or accept projections (<see cref="MissingHolidayDataBehavior.Project"/>)
/// or the fixed solar holidays alone (<see cref="MissingHolidayDataBehavior.SolarHolidaysOnly"/>).
/// </remarks>
public sealed class HolidayDataUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="year"/>.</summary>
    /// <param name="year">The Solar Hijri year whose lunar holidays are unknown.</param>
    public HolidayDataUnavailableException(int year)
        : this(year, MessageFor(year))
    {
    }

    /// <summary>Creates the exception for <paramref name="year"/> with a message.</summary>
    /// <param name="year">The Solar Hijri year whose lunar holidays are unknown.</param>
    /// <param name="message">The message, which should name the year and what to do.</param>
    public HolidayDataUnavailableException(int year, string message)
        : base(message)
    {
        Year = year;
    }

    /// <summary>Creates the exception with a message and no year (<see cref="Year"/> is 0).</summary>
    public HolidayDataUnavailableException()
        : this("Holiday data is not available.")
    {
    }

    /// <summary>Creates the exception with a message and no year (<see cref="Year"/> is 0).</summary>
    /// <param name="message">The message.</param>
    public HolidayDataUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message, an inner exception and no year (<see cref="Year"/> is 0).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HolidayDataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The Solar Hijri year whose lunar holidays are unknown; 0 when not given.</summary>
    public int Year { get; }

    private static string MessageFor(int year) => string.Create(
        CultureInfo.InvariantCulture,
        $"The official lunar and one-off holidays of Solar Hijri year {year} are not known to this work calendar; add the year's official table (WorkCalendar.WithHolidayTable) or allow projected holidays (MissingHolidayDataBehavior.Project).");
}
