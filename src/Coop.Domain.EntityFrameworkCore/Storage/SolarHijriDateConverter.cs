using Coop.Domain.Calendar;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Stores a <see cref="SolarHijriDate"/> as the same day in the Gregorian calendar (<see cref="DateOnly"/>), so
/// the column is the database's own date type: <c>date</c> on PostgreSQL, <c>TEXT</c> in the ISO form
/// <c>yyyy-MM-dd</c> on SQLite. Ordering, ranges and <c>BETWEEN</c> then run in the database and agree with the
/// Solar Hijri order (the conversion is monotonic: one day later is one day later in both calendars).
/// </summary>
/// <remarks>
/// Reading a date outside the supported range (before 0622-03-22 or after 9999-03-17) raises
/// <see cref="StoredValueException"/> naming the date.
/// </remarks>
public sealed class SolarHijriDateConverter : ValueConverter<SolarHijriDate, DateOnly>
{
    /// <summary>The one instance; the converter holds no state.</summary>
    public static SolarHijriDateConverter Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public SolarHijriDateConverter()
        : base(date => date.ToDateOnly(), stored => FromStore(stored))
    {
    }

    /// <summary>The Solar Hijri date of a stored Gregorian date.</summary>
    /// <param name="stored">The date the database gave.</param>
    /// <returns>The same day.</returns>
    /// <exception cref="StoredValueException">The date is outside the supported range.</exception>
    public static SolarHijriDate FromStore(DateOnly stored)
    {
        int day = stored.DayNumber;
        if (day < SolarHijriDate.MinValue.DayNumber || day > SolarHijriDate.MaxValue.DayNumber)
        {
            throw new StoredValueException(stored, typeof(SolarHijriDate),
                "the Solar Hijri calendar is supported from 0622-03-22 (0001/01/01) to 9999-03-17 (9377/12/30).");
        }

        return SolarHijriDate.FromDayNumber(day);
    }
}
