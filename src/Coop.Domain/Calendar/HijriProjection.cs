using System.Collections.Immutable;

namespace Coop.Domain.Calendar;

/// <summary>
/// The lunar holidays of a Solar Hijri year projected from the crescent: each Hijri month begins on the day after
/// the first evening <see cref="CrescentCriterion.Iran"/> sees the new crescent, and each holiday falls on its day
/// of its month. Computed once per year on first use and cached (thread-safe), for years
/// <see cref="FirstYear"/>–<see cref="LastYear"/>.
/// </summary>
/// <remarks>
/// The holidays and the year each became one are in <see cref="Definitions"/>; the method, its settings and its
/// measured agreement with the official calendars of 1395–1405 are in docs/work-calendar.md.
/// </remarks>
internal static class HijriProjection
{
    /// <summary>The first Solar Hijri year projected (1206, the first year of the official leap-year table).</summary>
    internal const int FirstYear = 1206;

    /// <summary>The last Solar Hijri year projected (1498, the last year of the official leap-year table).</summary>
    internal const int LastYear = 1498;

    /// <summary>The source written on every projected holiday.</summary>
    internal const string Source = "Projected: crescent seen by Odeh's criterion V >= 1.1 at Tehran, Bushehr, Qasr-e Shirin or Chabahar (docs/work-calendar.md)";

    /// <summary>Month index (<c>(AH year − 1) × 12 + month − 1</c>) of Shawwal 1420, the month of the new moon of 2000-01-06 (lunation 0).</summary>
    private const int Lunation0MonthIndex = 17037;

    private const double Lunation0Jde = 2451550.09766;
    private const double SynodicMonth = 29.530588861;

    /// <summary>Iran Standard Time, UTC+3:30, in days: the civil day of the conjunction.</summary>
    private const double IranOffset = 3.5 / 24;

    /// <summary>The lunar holidays: Hijri month, day (0 = the month's last day), first Solar Hijri year, names.</summary>
    internal static readonly ImmutableArray<Definition> Definitions =
    [
        new(1, 9, SolarHijriCalendar.MinYear, "تاسوعای حسینی", "Tasua"),
        new(1, 10, SolarHijriCalendar.MinYear, "عاشورای حسینی", "Ashura"),
        new(2, 20, SolarHijriCalendar.MinYear, "اربعین حسینی", "Arbaeen"),
        new(2, 28, SolarHijriCalendar.MinYear, "رحلت رسول اکرم؛ شهادت امام حسن مجتبی علیه السلام", "Death of the Prophet; Martyrdom of Imam Hasan"),
        new(2, 0, SolarHijriCalendar.MinYear, "شهادت امام رضا علیه السلام", "Martyrdom of Imam Reza"),
        new(3, 8, 1396, "شهادت امام حسن‌عسکری و آغاز امامت حضرت ولی‌عصر(عج)", "Martyrdom of Imam Hasan al-Askari"),
        new(3, 17, SolarHijriCalendar.MinYear, "میلاد رسول اکرم و امام جعفر صادق علیه السلام", "Birthday of the Prophet and Imam Ja'far al-Sadiq"),
        new(6, 3, 1379, "شهادت حضرت فاطمه زهرا سلام الله علیها", "Martyrdom of Fatimah al-Zahra"),
        new(7, 13, SolarHijriCalendar.MinYear, "ولادت امام علی علیه السلام و روز پدر", "Birthday of Imam Ali (Father's Day)"),
        new(7, 27, SolarHijriCalendar.MinYear, "مبعث رسول اکرم", "Mab'ath"),
        new(8, 15, SolarHijriCalendar.MinYear, "ولادت حضرت قائم (عج)", "Birthday of Imam Mahdi (15 Sha'ban)"),
        new(9, 21, SolarHijriCalendar.MinYear, "شهادت حضرت علی علیه السلام", "Martyrdom of Imam Ali"),
        new(10, 1, SolarHijriCalendar.MinYear, "عید سعید فطر", "Eid al-Fitr"),
        new(10, 2, 1390, "تعطیل به مناسبت عید سعید فطر", "Eid al-Fitr holiday (second day)"),
        new(10, 25, SolarHijriCalendar.MinYear, "شهادت امام جعفر صادق علیه السلام", "Martyrdom of Imam Ja'far al-Sadiq"),
        new(12, 10, SolarHijriCalendar.MinYear, "عید سعید قربان", "Eid al-Adha"),
        new(12, 18, SolarHijriCalendar.MinYear, "عید سعید غدیر خم", "Eid al-Ghadir"),
    ];

    private static readonly int s_firstMonthIndex = MonthIndexNear(YearTable.YearStart(FirstYear)) - 3;
    private static readonly int s_lastMonthIndex = MonthIndexNear(YearTable.YearStart(LastYear + 1)) + 3;

    // Day number of the first day of each month, 0 until computed; written once with the same value by any racer.
    private static readonly int[] s_monthStarts = new int[s_lastMonthIndex - s_firstMonthIndex + 1];

    private static readonly Holiday[]?[] s_years = new Holiday[]?[LastYear - FirstYear + 1];

    /// <summary>The first and last month index (<c>(AH year − 1) × 12 + month − 1</c>) with a projected start.</summary>
    internal static (int First, int Last) MonthIndexRange => (s_firstMonthIndex, s_lastMonthIndex);

    /// <summary>Whether <paramref name="year"/> is in the projected range.</summary>
    internal static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The projected lunar holidays of <paramref name="year"/> (in <see cref="Covers"/>), in date order; callers must not change the array.</summary>
    internal static Holiday[] HolidaysIn(int year)
    {
        ref Holiday[]? slot = ref s_years[year - FirstYear];
        Holiday[]? cached = Volatile.Read(ref slot);
        if (cached is not null)
        {
            return cached;
        }

        // Deterministic: a racing thread computes an equal array and the first one published wins.
        Holiday[] computed = Compute(year);
        return Interlocked.CompareExchange(ref slot, computed, null) ?? computed;
    }

    /// <summary>The day number of 1 <paramref name="month"/> <paramref name="ahYear"/> as projected.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the projected range.</exception>
    internal static int MonthStart(int ahYear, int month)
    {
        int index = ((ahYear - 1) * 12) + month - 1;
        if (index < s_firstMonthIndex || index > s_lastMonthIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(ahYear), ahYear, "The month is outside the projected range.");
        }

        return MonthStartByIndex(index);
    }

    /// <summary>The Hijri year and month (1–12) of a month index.</summary>
    internal static (int Year, int Month) YearMonth(int monthIndex) => ((monthIndex / 12) + 1, (monthIndex % 12) + 1);

    private static Holiday[] Compute(int year)
    {
        int first = YearTable.YearStart(year);
        int last = YearTable.YearStart(year + 1) - 1;
        var result = new List<Holiday>(20);
        for (int index = MonthIndexNear(first) - 2; index <= MonthIndexNear(last) + 1; index++)
        {
            int month = (index % 12) + 1;
            foreach (Definition definition in Definitions)
            {
                if (definition.Month != month)
                {
                    continue;
                }

                int day = definition.Day == 0 ? MonthStartByIndex(index + 1) - 1 : MonthStartByIndex(index) + definition.Day - 1;
                if (day >= first && day <= last && year >= definition.FirstYear)
                {
                    result.Add(new Holiday(
                        SolarHijriDate.FromDayNumberUnchecked(day), HolidayKind.Lunar, definition.NameFa, definition.NameEn, HolidayStanding.Projected, Source));
                }
            }
        }

        // Stable: two holidays on one day keep the order of Definitions.
        return [.. result.OrderBy(h => h.Date)];
    }

    private static int MonthStartByIndex(int index)
    {
        ref int slot = ref s_monthStarts[index - s_firstMonthIndex];
        int start = Volatile.Read(ref slot);
        if (start == 0)
        {
            start = ComputeMonthStart(index);
            Volatile.Write(ref slot, start);
        }

        return start;
    }

    /// <summary>The day after the first evening, from the conjunction's civil day on, when the crescent is seen (within four evenings).</summary>
    private static int ComputeMonthStart(int monthIndex)
    {
        int lunation = monthIndex - Lunation0MonthIndex;
        double conjunction = LunarAstronomy.NewMoon(Lunation0Jde + (SynodicMonth * lunation));
        double conjunctionUt = conjunction - LunarAstronomy.DeltaTDays(conjunction);
        int conjunctionDay = (int)Math.Floor(conjunctionUt + IranOffset - LunarAstronomy.DayNumberEpoch);
        for (int evening = conjunctionDay; evening < conjunctionDay + 4; evening++)
        {
            if (CrescentCriterion.Iran.IsSeen(evening, conjunctionUt))
            {
                return evening + 1;
            }
        }

        // Three evenings after the conjunction the crescent is always seen at Iran's latitudes; a bound only.
        return conjunctionDay + 5;
    }

    /// <summary>The month index whose new moon is nearest to the day <paramref name="dayNumber"/>.</summary>
    private static int MonthIndexNear(int dayNumber) =>
        Lunation0MonthIndex + (int)Math.Round((dayNumber + LunarAstronomy.DayNumberEpoch - Lunation0Jde) / SynodicMonth);

    /// <summary>One lunar holiday: Hijri month (1–12), day (1–30, or 0 for the month's last day), first Solar Hijri year, names.</summary>
    internal readonly record struct Definition(int Month, int Day, int FirstYear, string NameFa, string NameEn);
}
