using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// Thrown by a <see cref="WorkCalendar"/> when an answer depends on the lunar or one-off holidays of a year
/// it has no data for (outside the shipped table 1395–1405 and not added by the application).
/// </summary>
/// <remarks>
/// To get answers that count only the fixed solar holidays in such years, use
/// <see cref="WorkCalendar.WithMissingData"/> with <see cref="MissingHolidayDataBehavior.SolarHolidaysOnly"/>;
/// to supply a year's holidays, use <see cref="WorkCalendar.WithPublishedYear"/>.
/// </remarks>
public sealed class HolidayDataUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="year"/>.</summary>
    /// <param name="year">The Solar Hijri year whose lunar holidays are unknown.</param>
    public HolidayDataUnavailableException(int year)
        : base(MessageFor(year))
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
        $"The lunar and one-off holidays of Solar Hijri year {year} are not known (the shipped table covers {HolidayTable.FirstYear}–{HolidayTable.LastYear}); add them with WorkCalendar.WithPublishedYear or opt in to MissingHolidayDataBehavior.SolarHolidaysOnly.");
}
