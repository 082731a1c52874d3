namespace Coop.Domain.Calendar;

/// <summary>Which days of the week are the weekly rest days.</summary>
/// <remarks>
/// <para>
/// Friday is Iran's official weekly holiday (Labour Law art. 62), so <see cref="Friday"/> is the default.
/// Many government offices also close on Thursday (<see cref="ThursdayFriday"/>); the Majlis voted a
/// Saturday-to-Wednesday week for executive bodies in 1403, with exemptions (banks, hospitals, …) and no
/// confirmed effective date, so no rule beyond Friday is built in as a default. Any set of one to six days
/// can be made with <see cref="Of"/>; an empty set (continuous services) is <see cref="None"/>.
/// </para>
/// <para>Immutable and thread-safe; equality compares the set of days.</para>
/// </remarks>
public sealed class WeekendRule : IEquatable<WeekendRule>
{
    // The Iranian week starts on Saturday; names and Days list in that order.
    private static readonly DayOfWeek[] s_iranianWeek =
    [
        DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Tuesday,
        DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    ];

    private readonly int _mask;

    private WeekendRule(int mask)
    {
        _mask = mask;
        Days = [.. s_iranianWeek.Where(d => (mask & (1 << (int)d)) != 0)];
    }

    /// <summary>Friday only: the official weekly holiday and the default.</summary>
    public static WeekendRule Friday { get; } = new(1 << (int)DayOfWeek.Friday);

    /// <summary>Thursday and Friday: the week of many government offices.</summary>
    public static WeekendRule ThursdayFriday { get; } = new((1 << (int)DayOfWeek.Thursday) | (1 << (int)DayOfWeek.Friday));

    /// <summary>No weekly rest day (continuous services); only holidays are non-working days.</summary>
    public static WeekendRule None { get; } = new(0);

    /// <summary>The rest days, in the order of the Iranian week (Saturday first).</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    /// <summary>A rule with the given rest days; repeats are ignored.</summary>
    /// <param name="days">One to six days of the week; an empty list gives <see cref="None"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined <see cref="DayOfWeek"/>.</exception>
    /// <exception cref="ArgumentException">All seven days are rest days, so there would be no working day at all.</exception>
    public static WeekendRule Of(params IEnumerable<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        int mask = 0;
        foreach (DayOfWeek day in days)
        {
            if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, "Not a day of the week.");
            }

            mask |= 1 << (int)day;
        }

        if (mask == 0x7F)
        {
            throw new ArgumentException("A weekend of all seven days leaves no working day.", nameof(days));
        }

        return mask switch
        {
            0 => None,
            1 << (int)DayOfWeek.Friday => Friday,
            (1 << (int)DayOfWeek.Thursday) | (1 << (int)DayOfWeek.Friday) => ThursdayFriday,
            _ => new WeekendRule(mask),
        };
    }

    /// <summary>
    /// Reads a rule from text: <c>friday</c>, <c>thursday-friday</c>, or day names joined by <c>-</c>, <c>+</c>
    /// or <c>,</c> (English, any case, e.g. <c>Friday+Saturday</c>); <c>none</c> for <see cref="None"/>.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="rule">The rule when the method returns <see langword="true"/>; otherwise <see cref="Friday"/>.</param>
    /// <returns>Whether the text named one to six days, or <c>none</c>.</returns>
    public static bool TryParse(string? text, out WeekendRule rule)
    {
        rule = Friday;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            rule = None;
            return true;
        }

        var days = new List<DayOfWeek>();
        foreach (string part in text.Split(['-', '+', ','], StringSplitOptions.TrimEntries))
        {
            int index = Array.FindIndex(s_iranianWeek, d => string.Equals(d.ToString(), part, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return false;
            }

            days.Add(s_iranianWeek[index]);
        }

        if (days.Distinct().Count() == 7)
        {
            return false;
        }

        rule = Of(days);
        return true;
    }

    /// <summary>Whether <paramref name="day"/> is a rest day under this rule.</summary>
    /// <param name="day">A day of the week.</param>
    public bool IsWeekend(DayOfWeek day) => (_mask & (1 << (int)day)) != 0;

    /// <summary>Whether <paramref name="date"/> falls on a rest day under this rule.</summary>
    /// <param name="date">A date.</param>
    public bool IsWeekend(SolarHijriDate date) => IsWeekend(date.DayOfWeek);

    /// <inheritdoc />
    public bool Equals(WeekendRule? other) => other is not null && other._mask == _mask;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WeekendRule);

    /// <inheritdoc />
    public override int GetHashCode() => _mask;

    /// <summary>The rest days joined by <c>+</c> in week order, e.g. <c>Thursday+Friday</c>; <c>none</c> for <see cref="None"/>.</summary>
    public override string ToString() =>
        _mask == 0 ? "none" : string.Join('+', Days.Select(d => d.ToString()));

    internal bool IsWeekendDayNumber(int dayNumber) =>
        (_mask & (1 << ((dayNumber + 1) % 7))) != 0;
}
