using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// Iran's working days: a weekend rule, the official holidays, and closures an application announces.
/// Answers whether a day is a working day and does working-day arithmetic for deadlines.
/// </summary>
/// <remarks>
/// <para>
/// <b>Holidays.</b> The fixed solar holidays (1–4, 12, 13 Farvardin; 14, 15 Khordad; 22 Bahman; 29 Esfand;
/// 30 Esfand per <see cref="Esfand30"/>) are computed for any year. The lunar and one-off holidays come from
/// the table shipped in the package, which covers <see cref="FirstTableYear"/>–<see cref="LastTableYear"/>
/// (1395–1405), and from years an application adds with <see cref="WithPublishedYear"/>.
/// </para>
/// <para>
/// <b>Years without lunar data.</b> Outside those years the lunar holidays are unknown, and the calendar does
/// not pretend otherwise: by default (<see cref="MissingHolidayDataBehavior.Throw"/>) any answer that depends on
/// them throws <see cref="HolidayDataUnavailableException"/>. Answers that are certain anyway are still
/// given: a weekend day and a fixed solar holiday are non-working days in every year. Opt in to counting only
/// the solar holidays with <see cref="WithMissingData"/>; <see cref="HasLunarData"/> tells which years are complete.
/// </para>
/// <para>
/// <b>Working-day arithmetic.</b> A working day is a day that is neither a weekend day nor a holiday.
/// <see cref="NextWorkingDay"/> and <see cref="PreviousWorkingDay"/> look strictly after / before the date;
/// <see cref="Adjust"/> rolls a date that is not a working day. <see cref="AddWorkingDays"/> with n &gt; 0 is the
/// n-th working day strictly after the date; with n &lt; 0 the |n|-th strictly before; with n = 0 the date
/// itself, unchanged even when it is not a working day. <see cref="WorkingDaysBetween"/> counts the working days
/// passed over going from start to end, excluding start and including end, negative when end is earlier, so that
/// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every d and n.
/// <see cref="CountWorkingDays"/> counts a period, both ends included.
/// </para>
/// <para>
/// Immutable and thread-safe: every <c>With…</c> method returns a new calendar and leaves this one unchanged, so
/// one instance can be shared as a singleton. Each calendar builds, once, a frozen index of its holidays and a
/// bit per day for the years with lunar data (a few hundred bytes), so <see cref="IsWorkingDay"/> is a bit test
/// there and counting is a population count; other years take a short path of integer comparisons.
/// </para>
/// </remarks>
public sealed class WorkCalendar
{
    private readonly ImmutableArray<Holiday> _closures;
    private readonly ImmutableSortedDictionary<int, ImmutableArray<Holiday>> _publishedYears;
    private readonly FrozenDictionary<int, Holiday[]> _byDay;
    private readonly FrozenSet<int> _addedYears;
    private readonly NonWorkingDayBits _bits;

    private WorkCalendar(
        WeekendRule weekend,
        Esfand30Rule esfand30,
        MissingHolidayDataBehavior missingData,
        ImmutableArray<Holiday> closures,
        ImmutableSortedDictionary<int, ImmutableArray<Holiday>> publishedYears,
        FrozenDictionary<int, Holiday[]>? byDay)
    {
        Weekend = weekend;
        Esfand30 = esfand30;
        MissingData = missingData;
        _closures = closures;
        _publishedYears = publishedYears;
        _addedYears = publishedYears.Keys.ToFrozenSet();
        _byDay = byDay ?? BuildIndex(closures, publishedYears);
        _bits = BuildBits();
    }

    /// <summary>
    /// Iran's official calendar: Friday weekend, the shipped holiday table, <see cref="Esfand30Rule.AsPublished"/>,
    /// and <see cref="MissingHolidayDataBehavior.Throw"/> for years without lunar data.
    /// </summary>
    public static WorkCalendar Default { get; } = new(
        WeekendRule.Friday,
        Esfand30Rule.AsPublished,
        MissingHolidayDataBehavior.Throw,
        [],
        ImmutableSortedDictionary<int, ImmutableArray<Holiday>>.Empty,
        null);

    /// <summary>The first year of the shipped lunar holiday table, 1395.</summary>
    public static int FirstTableYear => HolidayTable.FirstYear;

    /// <summary>The last year of the shipped lunar holiday table, 1405.</summary>
    public static int LastTableYear => HolidayTable.LastYear;

    /// <summary>The weekly rest days.</summary>
    public WeekendRule Weekend { get; }

    /// <summary>Whether 30 Esfand of a leap year is a holiday.</summary>
    public Esfand30Rule Esfand30 { get; }

    /// <summary>What happens when an answer depends on a year without lunar data.</summary>
    public MissingHolidayDataBehavior MissingData { get; }

    /// <summary>The closures added with <see cref="WithClosure"/>, in date order.</summary>
    public IReadOnlyList<Holiday> Closures => _closures;

    /// <summary>
    /// Every year whose lunar and one-off holidays this calendar knows, ascending: the shipped table's years and
    /// those added with <see cref="WithPublishedYear"/>.
    /// </summary>
    public IReadOnlyList<int> YearsWithLunarData =>
        [.. Enumerable.Range(FirstTableYear, LastTableYear - FirstTableYear + 1).Union(_publishedYears.Keys).Order()];

    /// <summary>A calendar like this one with another weekend rule.</summary>
    /// <param name="weekend">The rest days.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weekend"/> is null.</exception>
    public WorkCalendar WithWeekend(WeekendRule weekend)
    {
        ArgumentNullException.ThrowIfNull(weekend);
        return new(weekend, Esfand30, MissingData, _closures, _publishedYears, _byDay);
    }

    /// <summary>A calendar like this one with another rule for 30 Esfand.</summary>
    /// <param name="rule">The rule.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined value.</exception>
    public WorkCalendar WithEsfand30(Esfand30Rule rule)
    {
        if (rule is < Esfand30Rule.AsPublished or > Esfand30Rule.Never)
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown 30 Esfand rule.");
        }

        return new(Weekend, rule, MissingData, _closures, _publishedYears, _byDay);
    }

    /// <summary>A calendar like this one that handles years without lunar data as <paramref name="behavior"/> says.</summary>
    /// <param name="behavior">Throw (the default) or count only the solar holidays.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="behavior"/> is not a defined value.</exception>
    public WorkCalendar WithMissingData(MissingHolidayDataBehavior behavior)
    {
        if (behavior is < MissingHolidayDataBehavior.Throw or > MissingHolidayDataBehavior.SolarHolidaysOnly)
        {
            throw new ArgumentOutOfRangeException(nameof(behavior), behavior, "Unknown behaviour for missing holiday data.");
        }

        return new(Weekend, Esfand30, behavior, _closures, _publishedYears, _byDay);
    }

    /// <summary>
    /// A calendar like this one with one more closure (kind <see cref="HolidayKind.Announced"/>), e.g. a day the
    /// cabinet closes offices for mourning or pollution. This calendar is unchanged.
    /// </summary>
    /// <param name="date">The closed day; it may lie in any year, with or without lunar data.</param>
    /// <param name="nameFa">The Persian name, e.g. <c>تعطیلی به دلیل آلودگی هوا</c>; not empty.</param>
    /// <param name="nameEn">The English name, e.g. <c>Closure (air pollution)</c>; not empty.</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public WorkCalendar WithClosure(SolarHijriDate date, string nameFa, string nameEn)
    {
        var closure = new Holiday(date, HolidayKind.Announced, nameFa, nameEn);
        ImmutableArray<Holiday> closures = [.. _closures.Append(closure).OrderBy(h => h.Date)];
        return new(Weekend, Esfand30, MissingData, closures, _publishedYears, null);
    }

    /// <summary>
    /// A calendar like this one that knows the lunar and one-off holidays of <paramref name="year"/>: for a year
    /// beyond the shipped table once the official calendar is published, or to replace a shipped year whose lunar
    /// dates moved after moon sighting. The given holidays replace any lunar and one-off holidays this calendar had
    /// for that year (the fixed solar holidays and announced closures stay). An empty list says the year has none.
    /// </summary>
    /// <param name="year">The Solar Hijri year.</param>
    /// <param name="holidays">The year's holidays of kind <see cref="HolidayKind.Lunar"/> or <see cref="HolidayKind.AdHoc"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A holiday lies in another year or is of kind Solar or Announced.</exception>
    public WorkCalendar WithPublishedYear(int year, IEnumerable<Holiday> holidays)
    {
        SolarHijriCalendar.CheckYear(year);
        ArgumentNullException.ThrowIfNull(holidays);
        var list = ImmutableArray.CreateBuilder<Holiday>();
        foreach (Holiday holiday in holidays)
        {
            if (holiday is null)
            {
                throw new ArgumentNullException(nameof(holidays), "A holiday in the list is null.");
            }

            if (holiday.Date.Year != year)
            {
                throw new ArgumentException($"The holiday {holiday} is not in year {year}.", nameof(holidays));
            }

            if (holiday.Kind is not (HolidayKind.Lunar or HolidayKind.AdHoc))
            {
                throw new ArgumentException(
                    $"The holiday {holiday} is of kind {holiday.Kind}: solar holidays are computed by rule and announced closures are added with WithClosure.",
                    nameof(holidays));
            }

            list.Add(holiday);
        }

        ImmutableArray<Holiday> sorted = [.. list.OrderBy(h => h.Date)];
        return new(Weekend, Esfand30, MissingData, _closures, _publishedYears.SetItem(year, sorted), null);
    }

    /// <summary>Whether this calendar knows the lunar and one-off holidays of <paramref name="year"/>.</summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <returns><see langword="true"/> for 1395–1405 and for years added with <see cref="WithPublishedYear"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    public bool HasLunarData(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        return HasLunarDataUnchecked(year);
    }

    /// <summary>Whether <paramref name="date"/> is a weekly rest day under <see cref="Weekend"/>. Never throws.</summary>
    /// <param name="date">The date.</param>
    public bool IsWeekend(SolarHijriDate date) => Weekend.IsWeekendDayNumber(date.DayNumber);

    /// <summary>Whether <paramref name="date"/> is an official holiday or an announced closure (weekends aside).</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// <see langword="true"/> for a fixed solar holiday in any year, a lunar or one-off holiday of a year with data,
    /// or an announced closure.
    /// </returns>
    /// <exception cref="HolidayDataUnavailableException">
    /// The date is in a year without lunar data, is not a fixed solar holiday or closure, and
    /// <see cref="MissingData"/> is <see cref="MissingHolidayDataBehavior.Throw"/>.
    /// </exception>
    public bool IsHoliday(SolarHijriDate date)
    {
        var (year, month, day) = date;
        if (IsFixedHoliday(year, month, day) || _byDay.ContainsKey(date.DayNumber))
        {
            return true;
        }

        EnsureKnown(year);
        return false;
    }

    /// <summary>Whether <paramref name="date"/> is a working day: neither a weekend day nor a holiday.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">
    /// The date is in a year without lunar data, is neither a weekend day, a fixed solar holiday nor a closure, and
    /// <see cref="MissingData"/> is <see cref="MissingHolidayDataBehavior.Throw"/>.
    /// </exception>
    public bool IsWorkingDay(SolarHijriDate date)
    {
        int dayNumber = date.DayNumber;
        return _bits.Contains(dayNumber) ? _bits.IsWorkingDay(dayNumber) : IsWorkingDaySlow(date, dayNumber);
    }

    /// <summary>The holidays on <paramref name="date"/>: the fixed solar one first, then lunar, one-off and announced; empty when none.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">
    /// The year has no lunar data and <see cref="MissingData"/> is <see cref="MissingHolidayDataBehavior.Throw"/>
    /// (the list might be incomplete even on a fixed holiday).
    /// </exception>
    public IReadOnlyList<Holiday> HolidaysOn(SolarHijriDate date)
    {
        EnsureKnown(date.Year);
        var result = new List<Holiday>(2);
        AddHolidaysOn(date, result);
        return result;
    }

    /// <summary>Every holiday of the Solar Hijri year <paramref name="year"/> in date order (one entry per holiday per day).</summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    /// <exception cref="HolidayDataUnavailableException">
    /// The year has no lunar data and <see cref="MissingData"/> is <see cref="MissingHolidayDataBehavior.Throw"/>.
    /// </exception>
    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        var first = new SolarHijriDate(year, 1, 1);
        return HolidaysBetween(first, first.AddDays(SolarHijriCalendar.GetDaysInYear(year) - 1));
    }

    /// <summary>Every holiday from <paramref name="first"/> to <paramref name="last"/>, both included, in date order.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">
    /// A year in the range has no lunar data and <see cref="MissingData"/> is <see cref="MissingHolidayDataBehavior.Throw"/>.
    /// </exception>
    public IReadOnlyList<Holiday> HolidaysBetween(SolarHijriDate first, SolarHijriDate last)
    {
        CheckRange(first, last);
        for (int year = first.Year; year <= last.Year; year++)
        {
            EnsureKnown(year);
        }

        var result = new List<Holiday>();
        for (int dayNumber = first.DayNumber; dayNumber <= last.DayNumber; dayNumber++)
        {
            AddHolidaysOn(SolarHijriDate.FromDayNumberUnchecked(dayNumber), result);
        }

        return result;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">The search reaches a day whose status depends on missing lunar data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the supported range (after 9377/12/30).</exception>
    public SolarHijriDate NextWorkingDay(SolarHijriDate date) => Step(date, 1);

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">The search reaches a day whose status depends on missing lunar data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the supported range (before 0001/01/01).</exception>
    public SolarHijriDate PreviousWorkingDay(SolarHijriDate date) => Step(date, -1);

    /// <summary>
    /// Moves a date that is not a working day as <paramref name="roll"/> says; a working day is returned unchanged.
    /// For a deadline: <c>Adjust(deadline, DeadlineRoll.RollForward)</c> is the first working day on or after it.
    /// </summary>
    /// <param name="date">The date, e.g. a deadline.</param>
    /// <param name="roll">None, forward or backward.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roll"/> is not a defined value, or the search leaves the supported range.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day checked depends on missing lunar data (never for <see cref="DeadlineRoll.None"/>).</exception>
    public SolarHijriDate Adjust(SolarHijriDate date, DeadlineRoll roll) => roll switch
    {
        DeadlineRoll.None => date,
        DeadlineRoll.RollForward => IsWorkingDay(date) ? date : NextWorkingDay(date),
        DeadlineRoll.RollBackward => IsWorkingDay(date) ? date : PreviousWorkingDay(date),
        _ => throw new ArgumentOutOfRangeException(nameof(roll), roll, "Unknown deadline roll."),
    };

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="date"/> ("N working days after D"):
    /// for n &gt; 0 the n-th working day strictly after the date, for n &lt; 0 the |n|-th working day strictly
    /// before it, for n = 0 the date itself (even when it is not a working day; use <see cref="Adjust"/> to roll it).
    /// The result for n ≠ 0 is always a working day.
    /// </summary>
    /// <param name="date">The start date; it need not be a working day.</param>
    /// <param name="workingDays">The number of working days, negative to go back.</param>
    /// <exception cref="HolidayDataUnavailableException">A day passed over depends on missing lunar data.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public SolarHijriDate AddWorkingDays(SolarHijriDate date, int workingDays)
    {
        int direction = workingDays < 0 ? -1 : 1;
        long remaining = Math.Abs((long)workingDays);
        SolarHijriDate current = date;
        for (; remaining > 0; remaining--)
        {
            current = Step(current, direction);
        }

        return current;
    }

    /// <summary>
    /// The number of working days passed over going from <paramref name="start"/> to <paramref name="end"/>,
    /// excluding <paramref name="start"/> and including <paramref name="end"/>; negative when end is earlier
    /// (then the days from end up to the day before start are counted). 0 when the dates are equal.
    /// For every d and n, <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    /// <param name="start">The day to leave.</param>
    /// <param name="end">The day to arrive at.</param>
    /// <exception cref="HolidayDataUnavailableException">A day counted depends on missing lunar data.</exception>
    public int WorkingDaysBetween(SolarHijriDate start, SolarHijriDate end)
    {
        int from = start.DayNumber;
        int to = end.DayNumber;
        return to >= from ? CountUnchecked(from + 1, to) : -CountUnchecked(to, from - 1);
    }

    /// <summary>The number of working days from <paramref name="first"/> to <paramref name="last"/>, both included (e.g. in a reporting period).</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day counted depends on missing lunar data.</exception>
    public int CountWorkingDays(SolarHijriDate first, SolarHijriDate last)
    {
        CheckRange(first, last);
        return CountUnchecked(first.DayNumber, last.DayNumber);
    }

    private int CountUnchecked(int firstDayNumber, int lastDayNumber)
    {
        int low = Math.Max(firstDayNumber, _bits.First);
        int high = Math.Min(lastDayNumber, _bits.Last);
        if (low > high)
        {
            return CountSlow(firstDayNumber, lastDayNumber);
        }

        return CountSlow(firstDayNumber, low - 1) + _bits.CountWorkingDays(low, high) + CountSlow(high + 1, lastDayNumber);
    }

    private int CountSlow(int firstDayNumber, int lastDayNumber)
    {
        int count = 0;
        for (int dayNumber = firstDayNumber; dayNumber <= lastDayNumber; dayNumber++)
        {
            if (IsWorkingDaySlow(SolarHijriDate.FromDayNumberUnchecked(dayNumber), dayNumber))
            {
                count++;
            }
        }

        return count;
    }

    private bool IsWorkingDaySlow(SolarHijriDate date, int dayNumber)
    {
        if (Weekend.IsWeekendDayNumber(dayNumber))
        {
            return false;
        }

        var (year, month, day) = date;
        if (IsFixedHoliday(year, month, day) || _byDay.ContainsKey(dayNumber))
        {
            return false;
        }

        EnsureKnown(year);
        return true;
    }

    /// <summary>
    /// Bits for the run of consecutive years with lunar data around the shipped table, where every day's status is
    /// known; days outside it take the slow path, which may throw.
    /// </summary>
    private NonWorkingDayBits BuildBits()
    {
        int firstYear = HolidayTable.FirstYear;
        while (firstYear > SolarHijriCalendar.MinYear && _addedYears.Contains(firstYear - 1))
        {
            firstYear--;
        }

        int lastYear = HolidayTable.LastYear;
        while (lastYear < SolarHijriCalendar.MaxYear && _addedYears.Contains(lastYear + 1))
        {
            lastYear++;
        }

        return new NonWorkingDayBits(
            YearTable.YearStart(firstYear),
            YearTable.YearStart(lastYear + 1) - 1,
            dayNumber => IsWorkingDaySlow(SolarHijriDate.FromDayNumberUnchecked(dayNumber), dayNumber));
    }

    private SolarHijriDate Step(SolarHijriDate date, int direction)
    {
        SolarHijriDate current = date;
        do
        {
            current = current.AddDays(direction);
        }
        while (!IsWorkingDay(current));

        return current;
    }

    private bool HasLunarDataUnchecked(int year) => HolidayTable.Covers(year) || _addedYears.Contains(year);

    private void EnsureKnown(int year)
    {
        if (MissingData == MissingHolidayDataBehavior.Throw && !HasLunarDataUnchecked(year))
        {
            throw new HolidayDataUnavailableException(year);
        }
    }

    private bool IsFixedHoliday(int year, int month, int day) =>
        FixedHolidays.IsFixedExceptEsfand30(month, day) || (month == 12 && day == 30 && IsEsfand30Holiday(year));

    private bool IsEsfand30Holiday(int year) => Esfand30 switch
    {
        Esfand30Rule.Always => true,
        Esfand30Rule.Never => false,
        _ => !HolidayTable.Covers(year) || HolidayTable.Esfand30Years.Contains(year),
    };

    private void AddHolidaysOn(SolarHijriDate date, List<Holiday> result)
    {
        if (FixedHolidays.On(date, IsEsfand30Holiday(date.Year)) is { } fixedHoliday)
        {
            result.Add(fixedHoliday);
        }

        if (_byDay.TryGetValue(date.DayNumber, out Holiday[]? others))
        {
            result.AddRange(others);
        }
    }

    private static void CheckRange(SolarHijriDate first, SolarHijriDate last)
    {
        if (last < first)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The range ends ({last}) before it starts ({first})."),
                nameof(last));
        }
    }

    private static FrozenDictionary<int, Holiday[]> BuildIndex(
        ImmutableArray<Holiday> closures,
        ImmutableSortedDictionary<int, ImmutableArray<Holiday>> publishedYears)
    {
        // Shipped rows of a year the application republished are replaced, not merged.
        IEnumerable<Holiday> all = HolidayTable.LunarAndAdHoc
            .Where(h => !publishedYears.ContainsKey(h.Date.Year))
            .Concat(publishedYears.Values.SelectMany(v => v))
            .OrderBy(h => h.Date)
            .Concat(closures);
        return all
            .GroupBy(h => h.Date.DayNumber)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }
}
