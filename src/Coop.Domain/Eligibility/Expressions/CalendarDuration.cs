using System.Globalization;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A calendar duration: a number of months and a number of days, kept apart because a month has no
/// fixed length. <c>1 year</c> is 12 months.
/// </summary>
/// <remarks>
/// Added to a date, the months are added first (with <see cref="Calendar.SolarHijriDate.AddMonths"/>,
/// which clamps the day to the end of a shorter month: 1404/06/31 + 1 month = 1404/07/30), then the days.
/// Durations compare only for equality: whether 1 month is more than 30 days depends on the month.
/// </remarks>
public readonly struct CalendarDuration : IEquatable<CalendarDuration>
{
    /// <summary>Creates a duration.</summary>
    /// <param name="months">The number of months (may be negative).</param>
    /// <param name="days">The number of days (may be negative).</param>
    public CalendarDuration(int months, int days)
    {
        Months = months;
        Days = days;
    }

    /// <summary>The months part.</summary>
    public int Months { get; }

    /// <summary>The days part.</summary>
    public int Days { get; }

    /// <summary>A duration of <paramref name="months"/> months.</summary>
    /// <param name="months">The number of months.</param>
    public static CalendarDuration FromMonths(int months) => new(months, 0);

    /// <summary>A duration of <paramref name="days"/> days.</summary>
    /// <param name="days">The number of days.</param>
    public static CalendarDuration FromDays(int days) => new(0, days);

    /// <summary>Adds two durations part by part.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <exception cref="OverflowException">A part overflows.</exception>
    public static CalendarDuration operator +(CalendarDuration left, CalendarDuration right) =>
        new(checked(left.Months + right.Months), checked(left.Days + right.Days));

    /// <summary>Subtracts two durations part by part.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <exception cref="OverflowException">A part overflows.</exception>
    public static CalendarDuration operator -(CalendarDuration left, CalendarDuration right) =>
        new(checked(left.Months - right.Months), checked(left.Days - right.Days));

    /// <summary>Named alternative to <c>left + right</c>.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <exception cref="OverflowException">A part overflows.</exception>
    public static CalendarDuration Add(CalendarDuration left, CalendarDuration right) => left + right;

    /// <summary>Named alternative to <c>left - right</c>.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    /// <exception cref="OverflowException">A part overflows.</exception>
    public static CalendarDuration Subtract(CalendarDuration left, CalendarDuration right) => left - right;

    /// <summary>Whether two durations have the same months and the same days.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    public static bool operator ==(CalendarDuration left, CalendarDuration right) => left.Equals(right);

    /// <summary>Whether two durations differ in months or days.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    public static bool operator !=(CalendarDuration left, CalendarDuration right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CalendarDuration other) => Months == other.Months && Days == other.Days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDuration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Months, Days);

    /// <summary>The duration as the language writes it: <c>4 months</c>, <c>30 days</c>, <c>1 months 2 days</c>, <c>0 days</c>.</summary>
    public override string ToString()
    {
        if (Months != 0 && Days != 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Months} months {Days} days");
        }

        return Months != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Months} months")
            : string.Create(CultureInfo.InvariantCulture, $"{Days} days");
    }
}
