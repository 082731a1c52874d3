using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class WorkCalendarProjectionTests
{
    private static readonly WorkCalendar s_iran = WorkCalendar.Default;

    private static SolarHijriDate D(int year, int month, int day) => new(year, month, day);

    // The fixed solar holidays and the year each became one (docs/work-calendar.md), written out independently of FixedHolidays.
    private static readonly (int Month, int Day, int FirstYear)[] s_fixed =
    [
        (1, 1, 1), (1, 2, 1), (1, 3, 1), (1, 4, 1), (1, 12, 1359), (1, 13, 1), (3, 14, 1369), (3, 15, 1359), (11, 22, 1358), (12, 29, 1330),
    ];

    [Fact]
    public void Every_year_from_1206_to_1498_has_exactly_its_solar_holidays_in_force_and_projected_or_official_lunar_ones()
    {
        for (int year = 1206; year <= 1498; year++)
        {
            IReadOnlyList<Holiday> holidays = s_iran.HolidaysIn(year);
            SolarHijriDate[] expected =
            [
                .. s_fixed.Where(f => year >= f.FirstYear).Select(f => D(year, f.Month, f.Day)),
                .. SolarHijriCalendar.IsLeapYear(year) && year >= 1359 && year is not 1395 ? [D(year, 12, 30)] : Array.Empty<SolarHijriDate>(),
            ];
            Assert.Equal(expected, holidays.Where(h => h.Kind == HolidayKind.Solar).Select(h => h.Date));
            int lunar = holidays.Count(h => h.Kind == HolidayKind.Lunar);
            Assert.True(lunar is >= 14 and <= 22, $"{year} has {lunar} lunar holidays");
            HolidayStanding expectedStanding = year is >= 1395 and <= 1405 ? HolidayStanding.Official : HolidayStanding.Projected;
            Assert.All(holidays.Where(h => h.Kind == HolidayKind.Lunar), h => Assert.Equal(expectedStanding, h.Standing));
        }
    }

    [Fact]
    public void Holidays_instituted_after_1357_are_absent_before_and_present_after()
    {
        Assert.DoesNotContain(s_iran.HolidaysIn(1357), h => h.NameEn is "Islamic Revolution Day" or "Islamic Republic Day" or "15 Khordad Uprising" or "Death of Imam Khomeini");
        Assert.Contains(s_iran.HolidaysIn(1358), h => h.NameEn == "Islamic Revolution Day");
        Assert.DoesNotContain(s_iran.HolidaysIn(1368), h => h.NameEn == "Death of Imam Khomeini");
        Assert.Contains(s_iran.HolidaysIn(1369), h => h.NameEn == "Death of Imam Khomeini");
        Assert.DoesNotContain(s_iran.HolidaysIn(1329), h => h.NameEn == "Oil Nationalization Day");
        Assert.Contains(s_iran.HolidaysIn(1330), h => h.NameEn == "Oil Nationalization Day");
        Assert.True(s_iran.IsWorkingDay(D(1357, 3, 14)) || s_iran.IsWeekend(D(1357, 3, 14)));
    }

    [Theory]
    [InlineData(1405, 12, 20, 1406, 1, 9, false)]
    [InlineData(1409, 12, 20, 1410, 1, 7, false)]
    [InlineData(1449, 12, 20, 1450, 1, 8, true)]
    [InlineData(1405, 12, 25, 1406, 1, 16, true)]
    public void Ten_working_days_across_Nowruz_are_answered_with_their_standing(int y, int m, int d, int ry, int rm, int rd, bool projected)
    {
        WorkingDayResult result = s_iran.AddWorkingDaysWithStanding(D(y, m, d), 10);
        Assert.Equal(D(ry, rm, rd), result.Date);
        Assert.Equal(projected, result.RestsOnProjectedHolidays);
        Assert.Equal(projected, result.ProjectedYear != 0);
        Assert.Equal(10, s_iran.WorkingDaysBetween(D(y, m, d), result.Date));
        Assert.True(s_iran.IsWorkingDay(result.Date));
        Assert.Equal(-(9 + (s_iran.IsWorkingDay(D(y, m, d)) ? 1 : 0)), s_iran.WorkingDaysBetween(result.Date, D(y, m, d)));
    }

    [Theory]
    [InlineData(1406)]
    [InlineData(1410)]
    [InlineData(1450)]
    public void A_deadline_on_Nowruz_rolls_past_the_break_in_any_year(int year)
    {
        WorkingDayResult rolled = s_iran.AdjustWithStanding(D(year, 1, 1), DeadlineRoll.RollForward);
        Assert.True(rolled.Date >= D(year, 1, 5));
        Assert.True(rolled.Date <= D(year, 1, 8));
        Assert.True(s_iran.IsWorkingDay(rolled.Date));
        Assert.Equal(D(year, 1, 1), s_iran.AdjustWithStanding(D(year, 1, 1), DeadlineRoll.None).Date);
        Assert.False(s_iran.AdjustWithStanding(D(year, 1, 1), DeadlineRoll.None).RestsOnProjectedHolidays);
    }

    [Fact]
    public void An_answer_rests_on_a_projected_holiday_inside_it_or_one_margin_day_outside_it()
    {
        Holiday ashura = Assert.Single(s_iran.HolidaysIn(1406), h => h.NameEn == "Ashura");
        SolarHijriDate day = ashura.Date;
        Assert.True(s_iran.RestsOnProjectedHolidays(day, day));
        Assert.True(s_iran.RestsOnProjectedHolidays(day.AddDays(1), day.AddDays(5)));
        Assert.True(s_iran.RestsOnProjectedHolidays(day.AddDays(-5), day.AddDays(-1)));
        SolarHijriDate clear = D(1406, 7, 10); // Mehr 1406 has no projected holiday within a day
        Assert.False(s_iran.RestsOnProjectedHolidays(clear, clear.AddDays(5)));
        Assert.Equal(1406, s_iran.FirstProjectedYearIn(D(1405, 12, 1), D(1406, 12, 29)));
        Assert.False(s_iran.RestsOnProjectedHolidays(D(1400, 1, 1), D(1404, 12, 29)));
        Assert.Throws<ArgumentException>(() => s_iran.RestsOnProjectedHolidays(D(1406, 2, 1), D(1406, 1, 1)));
    }

    [Fact]
    public void A_projected_30_Esfand_counts_only_inside_the_answer()
    {
        Assert.True(s_iran.RestsOnProjectedHolidays(D(1408, 12, 30), D(1408, 12, 30)));
        WorkCalendar noLunar = s_iran.WithPublishedYear(1408, []).WithPublishedYear(1409, []);
        Assert.True(noLunar.RestsOnProjectedHolidays(D(1408, 12, 30), D(1408, 12, 30)));
        Assert.False(noLunar.RestsOnProjectedHolidays(D(1408, 12, 28), D(1408, 12, 29)));
    }

    [Fact]
    public void A_loaded_table_overrides_the_projection_for_the_years_it_covers()
    {
        string text = HolidayTable.Header + "\n"
            + "1406/01/15\t2027-04-04\tlunar\tشهادت امام جعفر صادق علیه السلام\tMartyrdom of Imam Ja'far al-Sadiq\tofficial\tOfficial calendar 1406\n"
            + "1406/03/25\t2027-06-15\tlunar\tعاشورای حسینی\tAshura\tofficial\tOfficial calendar 1406\n";
        HolidayTable table = HolidayTable.Parse(text, "official-1406.tsv");
        WorkCalendar calendar = s_iran.WithHolidayTable(table);

        Assert.True(calendar.HasOfficialData(1406));
        Assert.False(calendar.IsProjectedYear(1406));
        Holiday[] lunar = [.. calendar.HolidaysIn(1406).Where(h => h.Kind == HolidayKind.Lunar)];
        Assert.Equal([D(1406, 1, 15), D(1406, 3, 25)], lunar.Select(h => h.Date));
        Assert.All(lunar, h => Assert.Equal(HolidayStanding.Official, h.Standing));
        Assert.False(calendar.IsHoliday(D(1406, 1, 14)));
        Assert.True(calendar.IsHoliday(D(1406, 1, 15)));
        Assert.False(calendar.RestsOnProjectedHolidays(D(1406, 1, 1), D(1406, 12, 29)));
        Assert.False(calendar.AddWorkingDaysWithStanding(D(1405, 12, 25), 10).RestsOnProjectedHolidays);

        // Strict mode accepts the loaded year and still refuses the next one.
        WorkCalendar strict = calendar.WithMissingData(MissingHolidayDataBehavior.Throw);
        Assert.Equal(calendar.CountWorkingDays(D(1406, 1, 1), D(1406, 12, 29)), strict.CountWorkingDays(D(1406, 1, 1), D(1406, 12, 29)));
        Assert.Equal(1407, Assert.Throws<HolidayDataUnavailableException>(() => strict.HolidaysIn(1407)).Year);

        // The shipped calendar is unchanged.
        Assert.True(s_iran.IsProjectedYear(1406));
    }

    [Fact]
    public void A_loaded_table_replaces_a_shipped_year_and_decides_its_30_Esfand()
    {
        // A correction of 1403 that no longer lists 30 Esfand and moves Eid al-Adha.
        string text = HolidayTable.Header + "\n"
            + "1403/03/29\t2024-06-18\tlunar\tعید سعید قربان\tEid al-Adha\tofficial\tcorrection\n";
        WorkCalendar calendar = s_iran.WithHolidayTable(HolidayTable.Parse(text, "fix-1403.tsv"));
        Assert.False(calendar.IsHoliday(D(1403, 12, 30)));
        Assert.False(calendar.IsHoliday(D(1403, 3, 28)));
        Assert.True(calendar.IsHoliday(D(1403, 3, 29)));
        Assert.Single(calendar.HolidaysIn(1403), h => h.Kind == HolidayKind.Lunar);
        Assert.True(s_iran.IsHoliday(D(1403, 12, 30)));
    }

    [Fact]
    public void A_projected_row_in_a_loaded_table_is_marked_projected()
    {
        string text = HolidayTable.Header + "\n1406/03/25\t2027-06-15\tlunar\tعاشورای حسینی\tAshura\tprojected\tmy estimate\n";
        WorkCalendar calendar = s_iran.WithHolidayTable(HolidayTable.Parse(text));
        Assert.True(calendar.RestsOnProjectedHolidays(D(1406, 3, 25), D(1406, 3, 25)));
        Assert.False(calendar.IsProjectedYear(1406));
    }

    [Fact]
    public void Calendars_build_their_years_once_and_agree_from_many_threads()
    {
        WorkCalendar fresh = s_iran.WithWeekend(WeekendRule.ThursdayFriday);
        int[] totals = new int[4];
        Parallel.For(0, totals.Length, i => totals[i] = fresh.CountWorkingDays(D(1206, 1, 1), D(1498, 12, 29)));
        Assert.All(totals, t => Assert.Equal(totals[0], t));
        int sum = Enumerable.Range(1206, 293).Sum(y => fresh.CountWorkingDays(D(y, 1, 1), D(y, 12, SolarHijriCalendar.GetDaysInMonth(y, 12))));
        Assert.Equal(sum, totals[0]);
    }
}
