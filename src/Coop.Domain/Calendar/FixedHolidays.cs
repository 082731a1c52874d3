namespace Coop.Domain.Calendar;

/// <summary>
/// The official holidays on fixed Solar Hijri dates, each from the year its law made it a holiday: 1–4 and
/// 13 Farvardin (every year); 22 Bahman (from 1358); 12 Farvardin and 15 Khordad (from 1359); 14 Khordad (from
/// 1369); 29 Esfand (from 1330); and 30 Esfand, which the work calendar decides with its <see cref="Esfand30Rule"/>.
/// Names are those of the shipped table, so a computed holiday equals the table's row. The sources and the
/// assumptions behind the first years are in docs/work-calendar.md.
/// </summary>
internal static class FixedHolidays
{
    /// <summary>The law that lists today's fixed holidays: 29 Esfand to 4 Farvardin, 12 Farvardin, 14–15 Khordad, 22 Bahman.</summary>
    internal const string Law1359 = "Official holidays law of 1359/04/08 (لایحه قانونی تعیین تعطیلات رسمی کشور)";

    /// <summary>The first year in which 30 Esfand of a leap year falls in the statutory 29 Esfand – 4 Farvardin break.</summary>
    internal const int Esfand30FirstYear = 1359;

    internal const string Esfand30NameFa = "آخرین روز سال";
    internal const string Esfand30NameEn = "Last day of the year (30 Esfand)";

    private const string NowruzSource = Law1359 + "; before 1359 a traditional holiday (assumption)";
    private const string RevolutionSource = Law1359 + "; before it, under the law of 1358/10/02 it replaced (assumption: that text was not read)";
    private const string KhomeiniSource = "Official calendars since Imam Khomeini's death on 1368/03/14; a holiday from the first anniversary, 1369 (assumption: the instrument was not read)";
    private const string OilSource = "Oil nationalization law of 1329/12/29; a holiday from its first anniversary, 1330 (assumption), and under " + Law1359;

    private static readonly Rule[] s_rules =
    [
        new(1, 1, SolarHijriCalendar.MinYear, "جشن نوروز/جشن سال نو", "Nowruz (New Year's Day)", NowruzSource),
        new(1, 2, SolarHijriCalendar.MinYear, "عید نوروز", "Nowruz", NowruzSource),
        new(1, 3, SolarHijriCalendar.MinYear, "عید نوروز", "Nowruz", NowruzSource),
        new(1, 4, SolarHijriCalendar.MinYear, "عید نوروز", "Nowruz", NowruzSource),
        new(1, 12, 1359, "روز جمهوری اسلامی ایران", "Islamic Republic Day", RevolutionSource),
        new(1, 13, SolarHijriCalendar.MinYear, "جشن سیزده به در", "Sizdah Bedar (Nature Day)", NowruzSource),
        new(3, 14, 1369, "رحلت حضرت امام خمینی", "Death of Imam Khomeini", KhomeiniSource),
        new(3, 15, 1359, "قیام ۱۵ خرداد", "15 Khordad Uprising", RevolutionSource),
        new(11, 22, 1358, "پیروزی انقلاب اسلامی", "Islamic Revolution Day", RevolutionSource),
        new(12, 29, 1330, "روز ملی شدن صنعت نفت ایران", "Oil Nationalization Day", OilSource),
    ];

    /// <summary>Each fixed holiday other than 30 Esfand: its month, day, first year and names.</summary>
    internal static ReadOnlySpan<Rule> Rules => s_rules;

    /// <summary>Whether month/day is a fixed holiday other than 30 Esfand in <paramref name="year"/>.</summary>
    internal static bool IsFixedExceptEsfand30(int year, int month, int day)
    {
        foreach (Rule rule in s_rules)
        {
            if (rule.Month == month && rule.Day == day)
            {
                return year >= rule.FirstYear;
            }
        }

        return false;
    }

    /// <summary>Adds the fixed holidays of <paramref name="year"/> other than 30 Esfand to <paramref name="result"/>, in date order.</summary>
    internal static void AddYear(int year, List<Holiday> result)
    {
        foreach (Rule rule in s_rules)
        {
            if (year >= rule.FirstYear)
            {
                result.Add(rule.For(year));
            }
        }
    }

    /// <summary>30 Esfand of a leap year as a solar holiday with the given standing and source.</summary>
    internal static Holiday Esfand30(int year, HolidayStanding standing, string source) =>
        new(new SolarHijriDate(year, 12, 30), HolidayKind.Solar, Esfand30NameFa, Esfand30NameEn, standing, source);

    /// <summary>One fixed holiday: the day it falls on, the first year it is a holiday, its names and the law behind it.</summary>
    internal readonly record struct Rule(int Month, int Day, int FirstYear, string NameFa, string NameEn, string Source)
    {
        internal Holiday For(int year) =>
            new(new SolarHijriDate(year, Month, Day), HolidayKind.Solar, NameFa, NameEn, HolidayStanding.Official, Source);
    }
}
