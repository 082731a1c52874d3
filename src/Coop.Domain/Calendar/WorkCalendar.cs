using System.Collections.Immutable;
using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// Iran's working days: a weekend rule, the official holidays, and closures an application announces.
/// Answers whether a day is a working day and does working-day arithmetic for deadlines, for any year, and says
/// when an answer rests on projected holidays.
/// </summary>
/// <remarks>
/// <para>
/// <b>Holidays.</b> The fixed solar holidays (1–4, 12, 13 Farvardin; 14, 15 Khordad; 22 Bahman; 29 Esfand; 30 Esfand
/// per <see cref="Esfand30"/>) are computed for every year from the year each became a holiday. The lunar and one-off
/// holidays of a year come from, in this order: a table the application gave (<see cref="WithHolidayTable"/>,
/// <see cref="WithPublishedYear"/>); the table shipped in the package (<see cref="FirstTableYear"/>–<see cref="LastTableYear"/>,
/// 1395–1405); otherwise, by default, a projection from the crescent (<see cref="FirstProjectedYear"/>–<see cref="LastProjectedYear"/>),
/// whose holidays are <see cref="HolidayStanding.Projected"/>. See docs/work-calendar.md.
/// </para>
/// <para>
/// <b>Projections.</b> <see cref="Default"/> answers for any year of the projected range. An answer that rests on a
/// projected holiday (one that lies among the days it looked at, or within <see cref="ProjectionMarginDays"/> of
/// them) may change when the year's official calendar is published: <see cref="RestsOnProjectedHolidays"/>,
/// <see cref="AddWorkingDaysWithStanding"/> and <see cref="AdjustWithStanding"/> say so. Applications that must not
/// accept projections use <see cref="WithMissingData"/> with <see cref="MissingHolidayDataBehavior.Throw"/> (strict
/// mode): then an answer that depends on a year without an official table throws
/// <see cref="HolidayDataUnavailableException"/> naming the year. Answers that are certain anyway (a weekend day, a
/// fixed solar holiday, a closure) are still given.
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
/// one instance can be shared as a singleton. A calendar builds each year's data once, on first use (a bit per day,
/// under a hundred bytes; a projected year's lunar dates are computed once per process), so
/// <see cref="IsWorkingDay"/> is a bit test and counting is a population count, without allocating.
/// </para>
/// </remarks>
public sealed class WorkCalendar
{
    /// <summary>
    /// How far, in days, a projected lunar holiday may move when the official calendar is published: the largest
    /// difference the projection showed against the official calendars of 1395–1405 (docs/work-calendar.md).
    /// </summary>
    public const int ProjectionMarginDays = 1;

    private const int ChunkShift = 6;

    private static readonly ImmutableSortedDictionary<int, OfficialYear> s_shippedYears = OfficialYearsOf(HolidayTable.Shipped);

    private readonly ImmutableArray<Holiday> _closures;
    private readonly ImmutableSortedDictionary<int, OfficialYear> _official;
    private readonly YearData?[]?[] _chunks = new YearData?[]?[(SolarHijriCalendar.MaxYear >> ChunkShift) + 1];

    // The year last looked up: most queries stay in one year. A reference write is atomic and YearData is immutable.
    private YearData? _lastYear;

    private WorkCalendar(
        WeekendRule weekend,
        Esfand30Rule esfand30,
        MissingHolidayDataBehavior missingData,
        ImmutableArray<Holiday> closures,
        ImmutableSortedDictionary<int, OfficialYear> official)
    {
        Weekend = weekend;
        Esfand30 = esfand30;
        MissingData = missingData;
        _closures = closures;
        _official = official;
    }

    /// <summary>
    /// Iran's official calendar: Friday weekend, the shipped holiday table, <see cref="Esfand30Rule.AsPublished"/>,
    /// and <see cref="MissingHolidayDataBehavior.Project"/> for years without an official table.
    /// </summary>
    public static WorkCalendar Default { get; } = new(
        WeekendRule.Friday,
        Esfand30Rule.AsPublished,
        MissingHolidayDataBehavior.Project,
        [],
        s_shippedYears);

    /// <summary>The first year of the shipped holiday table, 1395.</summary>
    public static int FirstTableYear => HolidayTable.ShippedFirstYear;

    /// <summary>The last year of the shipped holiday table, 1405.</summary>
    public static int LastTableYear => HolidayTable.ShippedLastYear;

    /// <summary>The first year whose lunar holidays can be projected, 1206.</summary>
    public static int FirstProjectedYear => HijriProjection.FirstYear;

    /// <summary>The last year whose lunar holidays can be projected, 1498.</summary>
    public static int LastProjectedYear => HijriProjection.LastYear;

    /// <summary>The weekly rest days.</summary>
    public WeekendRule Weekend { get; }

    /// <summary>Whether 30 Esfand of a leap year is a holiday.</summary>
    public Esfand30Rule Esfand30 { get; }

    /// <summary>What happens in a year without an official table: project (the default), throw (strict) or solar holidays only.</summary>
    public MissingHolidayDataBehavior MissingData { get; }

    /// <summary>The closures added with <see cref="WithClosure"/>, in date order.</summary>
    public IReadOnlyList<Holiday> Closures => _closures;

    /// <summary>
    /// Every year whose lunar and one-off holidays this calendar has from an official table, ascending: the shipped
    /// table's years and those added with <see cref="WithHolidayTable"/> or <see cref="WithPublishedYear"/>.
    /// </summary>
    public IReadOnlyList<int> OfficialYears => [.. _official.Keys];

    /// <summary>A calendar like this one with another weekend rule.</summary>
    /// <param name="weekend">The rest days.</param>
    /// <exception cref="ArgumentNullException"><paramref name="weekend"/> is null.</exception>
    public WorkCalendar WithWeekend(WeekendRule weekend)
    {
        ArgumentNullException.ThrowIfNull(weekend);
        return new(weekend, Esfand30, MissingData, _closures, _official);
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

        return new(Weekend, rule, MissingData, _closures, _official);
    }

    /// <summary>A calendar like this one that handles years without an official table as <paramref name="behavior"/> says.</summary>
    /// <param name="behavior">Project (the default), throw (strict mode) or count only the solar holidays.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="behavior"/> is not a defined value.</exception>
    public WorkCalendar WithMissingData(MissingHolidayDataBehavior behavior)
    {
        if (behavior is < MissingHolidayDataBehavior.Throw or > MissingHolidayDataBehavior.Project)
        {
            throw new ArgumentOutOfRangeException(nameof(behavior), behavior, "Unknown behaviour for missing holiday data.");
        }

        return new(Weekend, Esfand30, behavior, _closures, _official);
    }

    /// <summary>
    /// A calendar like this one with one more closure (kind <see cref="HolidayKind.Announced"/>), e.g. a day the
    /// cabinet closes offices for mourning or pollution. This calendar is unchanged.
    /// </summary>
    /// <param name="date">The closed day; it may lie in any year.</param>
    /// <param name="nameFa">The Persian name, e.g. <c>تعطیلی به دلیل آلودگی هوا</c>; not empty.</param>
    /// <param name="nameEn">The English name, e.g. <c>Closure (air pollution)</c>; not empty.</param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public WorkCalendar WithClosure(SolarHijriDate date, string nameFa, string nameEn)
    {
        var closure = new Holiday(date, HolidayKind.Announced, nameFa, nameEn);
        ImmutableArray<Holiday> closures = [.. _closures.Append(closure).OrderBy(h => h.Date)];
        return new(Weekend, Esfand30, MissingData, closures, _official);
    }

    /// <summary>
    /// A calendar like this one that takes the years <paramref name="table"/> covers from it: for each such year the
    /// table's lunar and one-off rows replace what this calendar had (shipped, published or projected), and 30 Esfand
    /// of a leap year is a holiday exactly when the table lists it. Use it for an official calendar published after
    /// the package (e.g. 1406), or to correct a year whose lunar dates moved after moon sighting.
    /// </summary>
    /// <param name="table">The table, e.g. from <see cref="HolidayTable.Load(string)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public WorkCalendar WithHolidayTable(HolidayTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        ImmutableSortedDictionary<int, OfficialYear> official = _official.SetItems(OfficialYearsOf(table));
        return new(Weekend, Esfand30, MissingData, _closures, official);
    }

    /// <summary>
    /// A calendar like this one that knows the official lunar and one-off holidays of <paramref name="year"/>: for a
    /// year beyond the shipped table once the official calendar is published, or to replace a year whose lunar
    /// dates moved after moon sighting. The given holidays replace any lunar and one-off holidays this calendar had
    /// for that year (the fixed solar holidays, the 30 Esfand decision and announced closures stay). An empty list
    /// says the year has none.
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
        OfficialYear? previous = _official.TryGetValue(year, out OfficialYear? known) ? known : null;
        var published = new OfficialYear(sorted, previous?.DecidesEsfand30 ?? false, previous?.Esfand30Row);
        return new(Weekend, Esfand30, MissingData, _closures, _official.SetItem(year, published));
    }

    /// <summary>Whether this calendar has the lunar and one-off holidays of <paramref name="year"/> from an official table.</summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    public bool HasOfficialData(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        return _official.ContainsKey(year);
    }

    /// <summary>
    /// Whether this calendar answers for the lunar holidays of <paramref name="year"/>: from an official table, or
    /// projected (<see cref="MissingHolidayDataBehavior.Project"/> within the projected range).
    /// </summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    public bool HasLunarData(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        return _official.ContainsKey(year) || IsProjectedUnchecked(year);
    }

    /// <summary>Whether the lunar holidays of <paramref name="year"/> are projected (no official table, projection allowed and in range).</summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    public bool IsProjectedYear(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        return !_official.ContainsKey(year) && IsProjectedUnchecked(year);
    }

    /// <summary>Whether <paramref name="date"/> is a weekly rest day under <see cref="Weekend"/>. Never throws.</summary>
    /// <param name="date">The date.</param>
    public bool IsWeekend(SolarHijriDate date) => Weekend.IsWeekendDayNumber(date.DayNumber);

    /// <summary>Whether <paramref name="date"/> is an official holiday (published, statutory or projected) or an announced closure.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">
    /// The year's lunar holidays are unknown to this calendar (strict mode, or outside the projected range) and the
    /// date is not a fixed solar holiday or closure.
    /// </exception>
    public bool IsHoliday(SolarHijriDate date)
    {
        int dayNumber = date.DayNumber;
        YearData year = Year(date.Year);
        if (!year.Holidays.IsWorkingDay(dayNumber))
        {
            return true;
        }

        year.EnsureKnown();
        return false;
    }

    /// <summary>Whether <paramref name="date"/> is a working day: neither a weekend day nor a holiday. A bit test; allocates nothing.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">
    /// The year's lunar holidays are unknown to this calendar (strict mode, or outside the projected range) and the
    /// date is neither a weekend day, a fixed solar holiday nor a closure.
    /// </exception>
    public bool IsWorkingDay(SolarHijriDate date)
    {
        int dayNumber = date.DayNumber;
        YearData year = Year(date.Year);
        if (!year.NonWorking.IsWorkingDay(dayNumber))
        {
            return false;
        }

        year.EnsureKnown();
        return true;
    }

    /// <summary>The holidays on <paramref name="date"/>: the fixed solar one first, then lunar, one-off and announced; empty when none.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">The year's lunar holidays are unknown to this calendar (the list might be incomplete even on a fixed holiday).</exception>
    public IReadOnlyList<Holiday> HolidaysOn(SolarHijriDate date)
    {
        YearData year = Year(date.Year);
        year.EnsureKnown();
        return [.. year.List.Where(h => h.Date == date)];
    }

    /// <summary>Every holiday of the Solar Hijri year <paramref name="year"/> in date order (one entry per holiday per day), with its standing.</summary>
    /// <param name="year">A Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9377.</exception>
    /// <exception cref="HolidayDataUnavailableException">The year's lunar holidays are unknown to this calendar.</exception>
    public IReadOnlyList<Holiday> HolidaysIn(int year)
    {
        SolarHijriCalendar.CheckYear(year);
        YearData data = Year(year);
        data.EnsureKnown();
        return data.List;
    }

    /// <summary>Every holiday from <paramref name="first"/> to <paramref name="last"/>, both included, in date order.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">A year in the range has lunar holidays unknown to this calendar.</exception>
    public IReadOnlyList<Holiday> HolidaysBetween(SolarHijriDate first, SolarHijriDate last)
    {
        CheckRange(first, last);
        for (int year = first.Year; year <= last.Year; year++)
        {
            Year(year).EnsureKnown();
        }

        var result = new List<Holiday>();
        for (int year = first.Year; year <= last.Year; year++)
        {
            result.AddRange(Year(year).List.Where(h => h.Date >= first && h.Date <= last));
        }

        return result;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">The search reaches a day whose status depends on unknown lunar holidays.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the supported range (after 9377/12/30).</exception>
    public SolarHijriDate NextWorkingDay(SolarHijriDate date) => SolarHijriDate.FromDayNumberUnchecked(Walk(date.DayNumber, 1, 1));

    /// <summary>The last working day strictly before <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <exception cref="HolidayDataUnavailableException">The search reaches a day whose status depends on unknown lunar holidays.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The search leaves the supported range (before 0001/01/01).</exception>
    public SolarHijriDate PreviousWorkingDay(SolarHijriDate date) => SolarHijriDate.FromDayNumberUnchecked(Walk(date.DayNumber, -1, 1));

    /// <summary>
    /// Moves a date that is not a working day as <paramref name="roll"/> says; a working day is returned unchanged.
    /// For a deadline: <c>Adjust(deadline, DeadlineRoll.RollForward)</c> is the first working day on or after it.
    /// </summary>
    /// <param name="date">The date, e.g. a deadline.</param>
    /// <param name="roll">None, forward or backward.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roll"/> is not a defined value, or the search leaves the supported range.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day checked depends on unknown lunar holidays (never for <see cref="DeadlineRoll.None"/>).</exception>
    public SolarHijriDate Adjust(SolarHijriDate date, DeadlineRoll roll) => roll switch
    {
        DeadlineRoll.None => date,
        DeadlineRoll.RollForward => IsWorkingDay(date) ? date : NextWorkingDay(date),
        DeadlineRoll.RollBackward => IsWorkingDay(date) ? date : PreviousWorkingDay(date),
        _ => throw new ArgumentOutOfRangeException(nameof(roll), roll, "Unknown deadline roll."),
    };

    /// <summary>
    /// <see cref="Adjust"/> with the standing of the answer: whether the days it checked (from the date to the result)
    /// rest on projected holidays.
    /// </summary>
    /// <param name="date">The date, e.g. a deadline.</param>
    /// <param name="roll">None, forward or backward.</param>
    /// <returns>The adjusted date and whether it may change when a projected year's official calendar is published (never for <see cref="DeadlineRoll.None"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roll"/> is not a defined value, or the search leaves the supported range.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day checked depends on unknown lunar holidays.</exception>
    public WorkingDayResult AdjustWithStanding(SolarHijriDate date, DeadlineRoll roll)
    {
        SolarHijriDate result = Adjust(date, roll);
        if (roll == DeadlineRoll.None)
        {
            return new WorkingDayResult(result, false, 0);
        }

        int projected = FirstProjectedYearIn(Math.Min(date.DayNumber, result.DayNumber), Math.Max(date.DayNumber, result.DayNumber));
        return new WorkingDayResult(result, projected != 0, projected);
    }

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="date"/> ("N working days after D"):
    /// for n &gt; 0 the n-th working day strictly after the date, for n &lt; 0 the |n|-th working day strictly
    /// before it, for n = 0 the date itself (even when it is not a working day; use <see cref="Adjust"/> to roll it).
    /// The result for n ≠ 0 is always a working day.
    /// </summary>
    /// <param name="date">The start date; it need not be a working day.</param>
    /// <param name="workingDays">The number of working days, negative to go back.</param>
    /// <exception cref="HolidayDataUnavailableException">A day passed over depends on unknown lunar holidays.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public SolarHijriDate AddWorkingDays(SolarHijriDate date, int workingDays) =>
        workingDays == 0 ? date : SolarHijriDate.FromDayNumberUnchecked(Walk(date.DayNumber, workingDays < 0 ? -1 : 1, Math.Abs((long)workingDays)));

    /// <summary>
    /// <see cref="AddWorkingDays"/> with the standing of the answer: whether the days passed over rest on projected
    /// holidays (so the date may change when that year's official calendar is published).
    /// </summary>
    /// <param name="date">The start date.</param>
    /// <param name="workingDays">The number of working days, negative to go back.</param>
    /// <returns>The date and its standing; for n = 0 the date itself, never resting on projections.</returns>
    /// <exception cref="HolidayDataUnavailableException">A day passed over depends on unknown lunar holidays.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public WorkingDayResult AddWorkingDaysWithStanding(SolarHijriDate date, int workingDays)
    {
        SolarHijriDate result = AddWorkingDays(date, workingDays);
        if (workingDays == 0)
        {
            return new WorkingDayResult(result, false, 0);
        }

        int projected = workingDays > 0
            ? FirstProjectedYearIn(date.DayNumber + 1, result.DayNumber)
            : FirstProjectedYearIn(result.DayNumber, date.DayNumber - 1);
        return new WorkingDayResult(result, projected != 0, projected);
    }

    /// <summary>
    /// The number of working days passed over going from <paramref name="start"/> to <paramref name="end"/>,
    /// excluding <paramref name="start"/> and including <paramref name="end"/>; negative when end is earlier
    /// (then the days from end up to the day before start are counted). 0 when the dates are equal.
    /// For every d and n, <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    /// <param name="start">The day to leave.</param>
    /// <param name="end">The day to arrive at.</param>
    /// <exception cref="HolidayDataUnavailableException">A day counted depends on unknown lunar holidays.</exception>
    public int WorkingDaysBetween(SolarHijriDate start, SolarHijriDate end)
    {
        int from = start.DayNumber;
        int to = end.DayNumber;
        return to > from ? CountUnchecked(from + 1, to) : to < from ? -CountUnchecked(to, from - 1) : 0;
    }

    /// <summary>The number of working days from <paramref name="first"/> to <paramref name="last"/>, both included (e.g. in a reporting period).</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day counted depends on unknown lunar holidays.</exception>
    public int CountWorkingDays(SolarHijriDate first, SolarHijriDate last)
    {
        CheckRange(first, last);
        return CountUnchecked(first.DayNumber, last.DayNumber);
    }

    /// <summary>
    /// Whether an answer about the days <paramref name="first"/> to <paramref name="last"/> (both included; e.g. a
    /// <see cref="CountWorkingDays"/>) rests on projected holidays: a projected lunar holiday lies in the range or
    /// within <see cref="ProjectionMarginDays"/> of it, or a projected 30 Esfand lies in it.
    /// </summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public bool RestsOnProjectedHolidays(SolarHijriDate first, SolarHijriDate last) => FirstProjectedYearIn(first, last) != 0;

    /// <summary>The earliest year whose projected holidays an answer about <paramref name="first"/>–<paramref name="last"/> rests on (see <see cref="RestsOnProjectedHolidays"/>); 0 when none.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public int FirstProjectedYearIn(SolarHijriDate first, SolarHijriDate last)
    {
        CheckRange(first, last);
        return FirstProjectedYearIn(first.DayNumber, last.DayNumber);
    }

    private int FirstProjectedYearIn(int firstDayNumber, int lastDayNumber)
    {
        int from = Math.Max(firstDayNumber - ProjectionMarginDays, YearTable.MinDayNumber);
        int to = Math.Min(lastDayNumber + ProjectionMarginDays, YearTable.MaxDayNumber);
        int firstYear = YearTable.Locate(from, out _);
        int lastYear = YearTable.Locate(to, out _);
        for (int year = firstYear; year <= lastYear; year++)
        {
            YearData data = Year(year);
            if (data.HasProjectedIn(from, to, firstDayNumber, lastDayNumber))
            {
                return year;
            }
        }

        return 0;
    }

    private int CountUnchecked(int firstDayNumber, int lastDayNumber)
    {
        int count = 0;
        int dayNumber = firstDayNumber;
        while (dayNumber <= lastDayNumber)
        {
            YearData year = Year(YearTable.Locate(dayNumber, out _));
            int end = Math.Min(lastDayNumber, year.LastDayNumber);
            int working = year.NonWorking.CountWorkingDays(dayNumber, end);
            if (working > 0)
            {
                year.EnsureKnown();
            }

            count += working;
            dayNumber = end + 1;
        }

        return count;
    }

    /// <summary>Steps <paramref name="count"/> working days from <paramref name="dayNumber"/> in <paramref name="direction"/>; returns the day number reached.</summary>
    private int Walk(int dayNumber, int direction, long count)
    {
        YearData year = Year(YearTable.Locate(dayNumber, out _));
        int current = dayNumber;
        while (count > 0)
        {
            current += direction;
            if (current < year.FirstDayNumber || current > year.LastDayNumber)
            {
                if (current < YearTable.MinDayNumber || current > YearTable.MaxDayNumber)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(count), count, "Working-day arithmetic left the supported range (0001/01/01 to 9377/12/30).");
                }

                year = Year(year.Number + direction);
            }

            if (year.NonWorking.IsWorkingDay(current))
            {
                year.EnsureKnown();
                count--;
            }
        }

        return current;
    }

    private bool IsProjectedUnchecked(int year) =>
        MissingData == MissingHolidayDataBehavior.Project && HijriProjection.Covers(year);

    private YearData Year(int year)
    {
        YearData? last = _lastYear;
        if (last is not null && last.Number == year)
        {
            return last;
        }

        YearData found = LookUp(year);
        _lastYear = found;
        return found;
    }

    private YearData LookUp(int year)
    {
        ref YearData?[]? chunkSlot = ref _chunks[year >> ChunkShift];
        YearData?[]? chunk = Volatile.Read(ref chunkSlot);
        if (chunk is null)
        {
            chunk = Interlocked.CompareExchange(ref chunkSlot, new YearData?[1 << ChunkShift], null) ?? Volatile.Read(ref chunkSlot)!;
        }

        ref YearData? slot = ref chunk[year & ((1 << ChunkShift) - 1)];
        YearData? data = Volatile.Read(ref slot);
        if (data is null)
        {
            // Building is deterministic, so a racing thread builds an equal value and the first one published wins.
            YearData built = Build(year);
            data = Interlocked.CompareExchange(ref slot, built, null) ?? built;
        }

        return data;
    }

    private YearData Build(int year)
    {
        var list = new List<Holiday>(40);
        FixedHolidays.AddYear(year, list);

        _official.TryGetValue(year, out OfficialYear? official);
        bool projected = official is null && IsProjectedUnchecked(year);
        string? unknownReason = null;
        if (official is null && !projected && MissingData != MissingHolidayDataBehavior.SolarHolidaysOnly)
        {
            unknownReason = UnknownReason(year);
        }

        if (Esfand30Holiday(year, official, unknownReason is not null) is { } esfand30)
        {
            list.Add(esfand30);
        }

        // Solar first on a day; then lunar and one-off in source order; then closures.
        List<Holiday> ordered = [.. list.OrderBy(h => h.Date)];
        IEnumerable<Holiday> lunar = official is not null ? official.LunarAndAdHoc
            : projected ? HijriProjection.HolidaysIn(year)
            : [];
        var all = ordered.Concat(lunar).Concat(_closures.Where(c => c.Date.Year == year)).OrderBy(h => h.Date).ToArray();
        return new YearData(year, all, Weekend, unknownReason);
    }

    private Holiday? Esfand30Holiday(int year, OfficialYear? official, bool unknown)
    {
        if (!YearTable.IsLeap(year) || Esfand30 == Esfand30Rule.Never)
        {
            return null;
        }

        if (official is { DecidesEsfand30: true })
        {
            return official.Esfand30Row
                ?? (Esfand30 == Esfand30Rule.Always ? FixedHolidays.Esfand30(year, HolidayStanding.Official, "Esfand30Rule.Always (the application's choice)") : null);
        }

        if (Esfand30 == Esfand30Rule.Always)
        {
            return FixedHolidays.Esfand30(year, HolidayStanding.Official, "Esfand30Rule.Always (the application's choice)");
        }

        // As published, in a year no table decides: the law's reading, unconfirmed; unknown in strict mode.
        return year >= FixedHolidays.Esfand30FirstYear && !unknown
            ? FixedHolidays.Esfand30(year, HolidayStanding.Projected, FixedHolidays.Law1359 + ": 29 Esfand to 4 Farvardin, which covers 30 Esfand; not confirmed by a published calendar")
            : null;
    }

    private string UnknownReason(int year)
    {
        string official = DescribeYears(_official.Keys);
        return MissingData == MissingHolidayDataBehavior.Throw
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The official holidays of Solar Hijri year {year} are not known to this work calendar (official tables: {official}) and it is strict (MissingHolidayDataBehavior.Throw), so it does not use projected holidays. Add the year's official table (WorkCalendar.WithHolidayTable, or --holidays FILE in the coop tool) or allow projections.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"The lunar holidays of Solar Hijri year {year} are neither in an official table of this work calendar (official tables: {official}) nor projected (projections cover {HijriProjection.FirstYear}–{HijriProjection.LastYear}). Add the year's official table (WorkCalendar.WithHolidayTable) or opt in to MissingHolidayDataBehavior.SolarHolidaysOnly.");
    }

    /// <summary>Years as ranges, e.g. <c>1395–1405, 1407</c>; <c>none</c> when empty.</summary>
    private static string DescribeYears(IEnumerable<int> years)
    {
        var parts = new List<string>();
        int start = 0;
        int previous = 0;
        foreach (int year in years)
        {
            if (start != 0 && year == previous + 1)
            {
                previous = year;
                continue;
            }

            if (start != 0)
            {
                parts.Add(Range(start, previous));
            }

            start = previous = year;
        }

        if (start != 0)
        {
            parts.Add(Range(start, previous));
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);

        static string Range(int a, int b) =>
            a == b ? a.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{a}–{b}");
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

    private static ImmutableSortedDictionary<int, OfficialYear> OfficialYearsOf(HolidayTable table)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<int, OfficialYear>();
        foreach (int year in table.Years)
        {
            Holiday? esfand30 = table.Esfand30Years.Contains(year)
                ? table.Holidays.First(h => h.Kind == HolidayKind.Solar && h.Date.Year == year && h.Date.Month == 12 && h.Date.Day == 30)
                : null;
            builder.Add(year, new OfficialYear([.. table.LunarAndAdHoc.Where(h => h.Date.Year == year)], true, esfand30));
        }

        return builder.ToImmutable();
    }

    /// <summary>A year's official lunar and one-off holidays and, when a table covered it, its 30 Esfand decision.</summary>
    private sealed record OfficialYear(ImmutableArray<Holiday> LunarAndAdHoc, bool DecidesEsfand30, Holiday? Esfand30Row);

    /// <summary>One year of one calendar: its holidays, a bit per day (non-working; holiday) and its projected days.</summary>
    private sealed class YearData
    {
        private readonly string? _unknownReason;
        private readonly int[] _projectedLunar;
        private readonly int[] _projectedFixed;

        internal YearData(int year, Holiday[] holidays, WeekendRule weekend, string? unknownReason)
        {
            Number = year;
            FirstDayNumber = YearTable.YearStart(year);
            LastDayNumber = YearTable.YearStart(year + 1) - 1;
            List = holidays;
            _unknownReason = unknownReason;
            var days = holidays.Select(h => h.Date.DayNumber).ToHashSet();
            Holidays = new NonWorkingDayBits(FirstDayNumber, LastDayNumber, d => !days.Contains(d));
            NonWorking = new NonWorkingDayBits(FirstDayNumber, LastDayNumber, d => !days.Contains(d) && !weekend.IsWeekendDayNumber(d));
            _projectedLunar = [.. holidays.Where(h => h.Standing == HolidayStanding.Projected && h.Kind != HolidayKind.Solar).Select(h => h.Date.DayNumber).Distinct().Order()];
            _projectedFixed = [.. holidays.Where(h => h.Standing == HolidayStanding.Projected && h.Kind == HolidayKind.Solar).Select(h => h.Date.DayNumber).Distinct().Order()];
        }

        internal int Number { get; }

        internal int FirstDayNumber { get; }

        internal int LastDayNumber { get; }

        /// <summary>The year's holidays in date order (solar first on a day).</summary>
        internal IReadOnlyList<Holiday> List { get; }

        /// <summary>Set bit: a holiday (weekends aside).</summary>
        internal NonWorkingDayBits Holidays { get; }

        /// <summary>Set bit: a weekend day or a holiday.</summary>
        internal NonWorkingDayBits NonWorking { get; }

        /// <summary>Throws when the year's lunar holidays are unknown (only the certain non-working days are set).</summary>
        internal void EnsureKnown()
        {
            if (_unknownReason is not null)
            {
                throw new HolidayDataUnavailableException(Number, _unknownReason);
            }
        }

        /// <summary>Whether a projected lunar holiday lies in [<paramref name="from"/>, <paramref name="to"/>] (the range widened by the margin) or a projected fixed one in [<paramref name="first"/>, <paramref name="last"/>].</summary>
        internal bool HasProjectedIn(int from, int to, int first, int last) =>
            AnyIn(_projectedLunar, from, to) || AnyIn(_projectedFixed, first, last);

        private static bool AnyIn(int[] sorted, int from, int to)
        {
            if (sorted.Length == 0)
            {
                return false;
            }

            int index = Array.BinarySearch(sorted, from);
            if (index < 0)
            {
                index = ~index;
            }

            return index < sorted.Length && sorted[index] <= to;
        }
    }
}
