using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

public class WorkCalendarTests
{
    private static readonly WorkCalendar s_iran = WorkCalendar.Default;

    private static SolarHijriDate D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(13)]
    public void The_1404_Nowruz_days_are_holidays_and_not_working_days(int day)
    {
        Assert.True(s_iran.IsHoliday(D(1404, 1, day)));
        Assert.False(s_iran.IsWorkingDay(D(1404, 1, day)));
    }

    [Fact]
    public void A_Friday_is_a_weekend_day_and_not_a_working_day()
    {
        SolarHijriDate friday = D(1404, 8, 23); // 2025-11-14
        Assert.Equal(DayOfWeek.Friday, friday.DayOfWeek);
        Assert.True(s_iran.IsWeekend(friday));
        Assert.False(s_iran.IsHoliday(friday));
        Assert.False(s_iran.IsWorkingDay(friday));
        Assert.True(s_iran.IsWorkingDay(D(1404, 8, 25)));
    }

    [Fact]
    public void Under_the_Thursday_Friday_rule_a_Thursday_is_not_a_working_day()
    {
        SolarHijriDate thursday = D(1404, 8, 22);
        Assert.Equal(DayOfWeek.Thursday, thursday.DayOfWeek);
        Assert.True(s_iran.IsWorkingDay(thursday));
        WorkCalendar offices = s_iran.WithWeekend(WeekendRule.ThursdayFriday);
        Assert.False(offices.IsWorkingDay(thursday));
        Assert.True(offices.IsWeekend(thursday));
        Assert.Equal(D(1404, 8, 24), offices.NextWorkingDay(D(1404, 8, 21)));
    }

    [Fact]
    public void Lunar_and_one_off_holidays_come_from_the_table()
    {
        Assert.True(s_iran.IsHoliday(D(1404, 1, 11))); // Eid al-Fitr
        Assert.True(s_iran.IsHoliday(D(1403, 3, 2))); // national mourning, ad hoc
        Assert.Equal(HolidayKind.AdHoc, Assert.Single(s_iran.HolidaysOn(D(1403, 3, 2))).Kind);
        Assert.False(s_iran.IsHoliday(D(1404, 8, 25)));
        Assert.Empty(s_iran.HolidaysOn(D(1404, 8, 25)));
    }

    [Fact]
    public void A_day_with_two_holidays_lists_the_solar_one_first()
    {
        IReadOnlyList<Holiday> both = s_iran.HolidaysOn(D(1404, 1, 12));
        Assert.Equal([HolidayKind.Solar, HolidayKind.Lunar], both.Select(h => h.Kind));
        Assert.Equal("Islamic Republic Day", both[0].NameEn);
        Assert.Equal("تعطیل به مناسبت عید سعید فطر", both[1].NameFa);
    }

    [Fact]
    public void Year_1404_has_28_holidays_on_26_days_and_290_working_days_with_a_Friday_weekend()
    {
        IReadOnlyList<Holiday> holidays = s_iran.HolidaysIn(1404);
        Assert.Equal(28, holidays.Count);
        Assert.Equal(26, holidays.Select(h => h.Date).Distinct().Count());
        Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));
        Assert.Equal(290, s_iran.CountWorkingDays(D(1404, 1, 1), D(1404, 12, 29)));
        Assert.Equal(241, s_iran.WithWeekend(WeekendRule.ThursdayFriday).CountWorkingDays(D(1404, 1, 1), D(1404, 12, 29)));
        Assert.Equal(288, s_iran.CountWorkingDays(D(1403, 1, 1), D(1403, 12, 30)));
    }

    [Fact]
    public void Three_working_days_after_1403_12_27_land_after_the_Nowruz_break()
    {
        // 12/28 Tue works; 12/29 oil day, 12/30 last day (holiday in 1403), 01/01 Fri + Nowruz to 01/04; 01/05 works.
        Assert.Equal(D(1403, 12, 28), s_iran.AddWorkingDays(D(1403, 12, 27), 1));
        Assert.Equal(D(1404, 1, 5), s_iran.AddWorkingDays(D(1403, 12, 27), 2));
        Assert.Equal(D(1404, 1, 6), s_iran.AddWorkingDays(D(1403, 12, 27), 3));
        Assert.Equal(3, s_iran.WorkingDaysBetween(D(1403, 12, 27), D(1404, 1, 6)));
    }

    [Fact]
    public void Without_the_30_Esfand_holiday_the_same_three_working_days_end_a_day_earlier()
    {
        WorkCalendar never = s_iran.WithEsfand30(Esfand30Rule.Never);
        Assert.Equal(D(1403, 12, 30), never.AddWorkingDays(D(1403, 12, 27), 2));
        Assert.Equal(D(1404, 1, 5), never.AddWorkingDays(D(1403, 12, 27), 3));
    }

    [Fact]
    public void Negative_working_days_count_back_strictly_before_the_date()
    {
        Assert.Equal(D(1404, 1, 5), s_iran.AddWorkingDays(D(1404, 1, 6), -1));
        Assert.Equal(D(1403, 12, 28), s_iran.AddWorkingDays(D(1404, 1, 6), -2));
        Assert.Equal(-3, s_iran.WorkingDaysBetween(D(1404, 1, 6), D(1403, 12, 27)));
    }

    [Fact]
    public void Zero_working_days_is_the_date_itself_even_on_a_holiday()
    {
        Assert.Equal(D(1404, 1, 1), s_iran.AddWorkingDays(D(1404, 1, 1), 0));
        Assert.Equal(0, s_iran.WorkingDaysBetween(D(1404, 1, 1), D(1404, 1, 1)));
    }

    [Fact]
    public void Next_and_previous_working_day_look_strictly_after_and_before()
    {
        Assert.Equal(D(1404, 1, 6), s_iran.NextWorkingDay(D(1404, 1, 5)));
        Assert.Equal(D(1404, 1, 5), s_iran.NextWorkingDay(D(1403, 12, 28)));
        Assert.Equal(D(1403, 12, 28), s_iran.PreviousWorkingDay(D(1404, 1, 5)));
    }

    [Fact]
    public void A_deadline_on_a_non_working_day_rolls_as_asked_and_a_working_day_stays()
    {
        Assert.Equal(D(1404, 1, 5), s_iran.Adjust(D(1404, 1, 1), DeadlineRoll.RollForward));
        Assert.Equal(D(1403, 12, 28), s_iran.Adjust(D(1404, 1, 1), DeadlineRoll.RollBackward));
        Assert.Equal(D(1404, 1, 1), s_iran.Adjust(D(1404, 1, 1), DeadlineRoll.None));
        Assert.Equal(D(1404, 1, 5), s_iran.Adjust(D(1404, 1, 5), DeadlineRoll.RollForward));
        Assert.Equal(D(1404, 1, 5), s_iran.Adjust(D(1404, 1, 5), DeadlineRoll.RollBackward));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_iran.Adjust(D(1404, 1, 5), (DeadlineRoll)3));
    }

    [Fact]
    public void Thirty_Esfand_follows_the_table_by_default_and_can_be_switched()
    {
        Assert.Equal(Esfand30Rule.AsPublished, s_iran.Esfand30);
        Assert.True(s_iran.IsHoliday(D(1403, 12, 30)));
        Assert.True(s_iran.IsHoliday(D(1399, 12, 30)));
        Assert.False(s_iran.IsHoliday(D(1395, 12, 30)));
        Assert.True(SolarHijriCalendar.IsLeapYear(1408));
        Holiday projected = Assert.Single(s_iran.HolidaysOn(D(1408, 12, 30)), h => h.Kind == HolidayKind.Solar);
        Assert.Equal(HolidayStanding.Projected, projected.Standing); // beyond the table: the law's reading, unconfirmed
        Assert.Equal(HolidayStanding.Official, s_iran.HolidaysOn(D(1403, 12, 30))[0].Standing);

        WorkCalendar always = s_iran.WithEsfand30(Esfand30Rule.Always);
        Assert.True(always.IsHoliday(D(1395, 12, 30)));
        Assert.Equal("Last day of the year (30 Esfand)", always.HolidaysOn(D(1395, 12, 30))[0].NameEn);

        WorkCalendar never = s_iran.WithEsfand30(Esfand30Rule.Never);
        Assert.False(never.IsHoliday(D(1403, 12, 30)));
        Assert.True(never.IsWorkingDay(D(1403, 12, 30)));
        Assert.False(never.IsHoliday(D(1408, 12, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_iran.WithEsfand30((Esfand30Rule)7));
    }

    [Fact]
    public void Thirty_Esfand_is_no_holiday_before_the_1359_law()
    {
        Assert.True(SolarHijriCalendar.IsLeapYear(1354));
        Assert.False(s_iran.IsHoliday(D(1354, 12, 30)));
        Assert.True(SolarHijriCalendar.IsLeapYear(1362));
        Assert.True(s_iran.IsHoliday(D(1362, 12, 30)));
    }

    [Fact]
    public void Official_projected_and_unknown_years_are_told_apart()
    {
        Assert.True(s_iran.HasOfficialData(1395));
        Assert.True(s_iran.HasOfficialData(1405));
        Assert.False(s_iran.HasOfficialData(1406));
        Assert.False(s_iran.HasOfficialData(1394));
        Assert.Equal(Enumerable.Range(1395, 11), s_iran.OfficialYears);
        Assert.True(s_iran.HasLunarData(1406));
        Assert.True(s_iran.IsProjectedYear(1406));
        Assert.False(s_iran.IsProjectedYear(1405));
        Assert.True(s_iran.IsProjectedYear(1206));
        Assert.True(s_iran.IsProjectedYear(1498));
        Assert.False(s_iran.HasLunarData(1499));
        Assert.Equal(1395, WorkCalendar.FirstTableYear);
        Assert.Equal(1405, WorkCalendar.LastTableYear);
        Assert.Equal(1206, WorkCalendar.FirstProjectedYear);
        Assert.Equal(1498, WorkCalendar.LastProjectedYear);
        Assert.Equal(MissingHolidayDataBehavior.Project, s_iran.MissingData);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_iran.HasLunarData(0));
        Assert.False(s_iran.WithMissingData(MissingHolidayDataBehavior.Throw).HasLunarData(1406));
    }

    [Fact]
    public void The_default_calendar_answers_beyond_the_table_with_projected_holidays()
    {
        // The example: ten working days after 1405/12/20 cross Nowruz 1406.
        WorkingDayResult result = s_iran.AddWorkingDaysWithStanding(D(1405, 12, 20), 10);
        Assert.Equal(s_iran.AddWorkingDays(D(1405, 12, 20), 10), result.Date);
        Assert.True(result.Date > D(1406, 1, 4));
        IReadOnlyList<Holiday> year1406 = s_iran.HolidaysIn(1406);
        Assert.Contains(year1406, h => h.Kind == HolidayKind.Lunar && h.Standing == HolidayStanding.Projected && h.NameEn == "Ashura");
        Assert.All(year1406.Where(h => h.Kind == HolidayKind.Lunar), h => Assert.Contains("Projected", h.Source, StringComparison.Ordinal));
        Assert.All(year1406.Where(h => h.Kind == HolidayKind.Solar), h => Assert.Equal(HolidayStanding.Official, h.Standing));
    }

    [Fact]
    public void Strict_mode_throws_a_typed_error_naming_the_year_when_an_answer_depends_on_it()
    {
        WorkCalendar strict = s_iran.WithMissingData(MissingHolidayDataBehavior.Throw);
        var e = Assert.Throws<HolidayDataUnavailableException>(() => strict.HolidaysIn(1406));
        Assert.Equal(1406, e.Year);
        Assert.Contains("1406", e.Message, StringComparison.Ordinal);
        Assert.Contains("1395–1405", e.Message, StringComparison.Ordinal);
        Assert.Contains("strict", e.Message, StringComparison.Ordinal);
        Assert.Throws<HolidayDataUnavailableException>(() => strict.IsWorkingDay(D(1406, 1, 10)));
        Assert.Throws<HolidayDataUnavailableException>(() => strict.IsHoliday(D(1406, 1, 10)));
        Assert.Throws<HolidayDataUnavailableException>(() => strict.HolidaysOn(D(1406, 1, 1)));
        Assert.Throws<HolidayDataUnavailableException>(() => strict.AddWorkingDays(D(1405, 12, 20), 10));
        Assert.Throws<HolidayDataUnavailableException>(() => strict.HolidaysBetween(D(1405, 12, 1), D(1406, 1, 5)));
        Assert.Throws<HolidayDataUnavailableException>(() => strict.CountWorkingDays(D(1405, 12, 1), D(1406, 1, 5)));
        Assert.Equal(1394, Assert.Throws<HolidayDataUnavailableException>(() => strict.IsWorkingDay(D(1394, 12, 20))).Year);
        Assert.Equal(s_iran.AddWorkingDays(D(1405, 11, 1), 10), strict.AddWorkingDays(D(1405, 11, 1), 10));
    }

    [Fact]
    public void Outside_the_projected_years_the_default_calendar_throws_naming_the_range()
    {
        var e = Assert.Throws<HolidayDataUnavailableException>(() => s_iran.IsWorkingDay(D(1500, 1, 10)));
        Assert.Equal(1500, e.Year);
        Assert.Contains("1206–1498", e.Message, StringComparison.Ordinal);
        Assert.True(s_iran.IsHoliday(D(1500, 1, 1)));
        Assert.Throws<HolidayDataUnavailableException>(() => s_iran.HolidaysIn(1205));
    }

    [Fact]
    public void Answers_that_are_certain_without_lunar_data_are_still_given_in_strict_mode()
    {
        WorkCalendar strict = s_iran.WithMissingData(MissingHolidayDataBehavior.Throw);
        Assert.True(strict.IsHoliday(D(1406, 1, 1)));
        Assert.False(strict.IsWorkingDay(D(1406, 1, 2)));
        SolarHijriDate friday = D(1406, 1, 6);
        Assert.Equal(DayOfWeek.Friday, friday.DayOfWeek);
        Assert.False(strict.IsWorkingDay(friday));
        SolarHijriDate farFuture = D(1500, 1, 5);
        Assert.Equal(farFuture.DayOfWeek == DayOfWeek.Friday, strict.IsWeekend(farFuture));
        Assert.Equal(0, strict.CountWorkingDays(D(1406, 1, 1), D(1406, 1, 4)));
    }

    [Fact]
    public void Solar_holidays_only_mode_answers_for_any_year_with_the_fixed_holidays()
    {
        WorkCalendar solarOnly = s_iran.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly);
        Assert.False(SolarHijriCalendar.IsLeapYear(1406));
        IReadOnlyList<Holiday> holidays = solarOnly.HolidaysIn(1406);
        Assert.Equal(10, holidays.Count);
        Assert.All(holidays, h => Assert.Equal(HolidayKind.Solar, h.Kind));
        Assert.Equal(11, solarOnly.HolidaysIn(1408).Count);
        Assert.Equal(10, solarOnly.HolidaysIn(1600).Count);
        Assert.True(solarOnly.IsWorkingDay(D(1406, 1, 10)));
        Assert.False(solarOnly.HasLunarData(1406));
        Assert.Equal(28, solarOnly.HolidaysIn(1404).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => s_iran.WithMissingData((MissingHolidayDataBehavior)5));
    }

    [Fact]
    public void An_announced_closure_changes_answers_only_on_the_new_calendar()
    {
        SolarHijriDate day = D(1404, 8, 25);
        WorkCalendar closed = s_iran.WithClosure(day, "تعطیلی به دلیل آلودگی هوا", "Closure (air pollution)");
        Assert.NotSame(s_iran, closed);
        Assert.False(closed.IsWorkingDay(day));
        Assert.True(closed.IsHoliday(day));
        Assert.Equal(HolidayKind.Announced, Assert.Single(closed.HolidaysOn(day)).Kind);
        Assert.Equal(29, closed.HolidaysIn(1404).Count);
        Assert.Single(closed.Closures);

        Assert.True(s_iran.IsWorkingDay(day));
        Assert.Empty(s_iran.Closures);
        Assert.Equal(28, s_iran.HolidaysIn(1404).Count);
    }

    [Fact]
    public void A_closure_in_a_year_without_lunar_data_is_known_without_throwing()
    {
        WorkCalendar closed = s_iran.WithMissingData(MissingHolidayDataBehavior.Throw).WithClosure(D(1406, 1, 10), "تعطیلی", "Closure");
        Assert.False(closed.IsWorkingDay(D(1406, 1, 10)));
        Assert.True(closed.IsHoliday(D(1406, 1, 10)));
        Assert.False(closed.HasLunarData(1406));
    }

    [Fact]
    public void Closures_keep_date_order_and_survive_other_changes()
    {
        WorkCalendar closed = s_iran
            .WithClosure(D(1404, 9, 1), "ب", "B")
            .WithClosure(D(1404, 8, 1), "الف", "A")
            .WithWeekend(WeekendRule.ThursdayFriday)
            .WithEsfand30(Esfand30Rule.Always);
        Assert.Equal(["A", "B"], closed.Closures.Select(c => c.NameEn));
        Assert.True(closed.IsHoliday(D(1404, 8, 1)));
        Assert.Same(WeekendRule.ThursdayFriday, closed.Weekend);
    }

    [Fact]
    public void A_published_year_adds_lunar_data_beyond_the_table()
    {
        Holiday eid = new(D(1406, 1, 1), HolidayKind.Lunar, "عید سعید فطر", "Eid al-Fitr");
        Holiday tasua = new(D(1406, 3, 23), HolidayKind.Lunar, "تاسوعای حسینی", "Tasua");
        WorkCalendar extended = s_iran.WithPublishedYear(1406, [tasua, eid]);
        Assert.True(extended.HasOfficialData(1406));
        Assert.False(extended.IsProjectedYear(1406));
        Assert.Equal(Enumerable.Range(1395, 12), extended.OfficialYears);
        Assert.False(extended.IsWorkingDay(D(1406, 3, 23)));
        Assert.True(extended.IsWorkingDay(D(1406, 1, 10)));
        Assert.Equal(12, extended.HolidaysIn(1406).Count);
        Assert.Equal([HolidayKind.Solar, HolidayKind.Lunar], extended.HolidaysOn(D(1406, 1, 1)).Select(h => h.Kind));
        Assert.False(s_iran.HasOfficialData(1406));
    }

    [Fact]
    public void A_published_year_replaces_the_shipped_lunar_dates_of_that_year()
    {
        // Moon sighting moves Eid al-Adha 1405 from 03/06 to 03/07 (as the second source estimates).
        Holiday[] moved =
        [
            .. s_iran.HolidaysIn(1405).Where(h => h.Kind == HolidayKind.Lunar && h.Date != D(1405, 3, 6)),
            new Holiday(D(1405, 3, 7), HolidayKind.Lunar, "عید سعید قربان", "Eid al-Adha"),
        ];
        WorkCalendar corrected = s_iran.WithPublishedYear(1405, moved);
        Assert.False(corrected.IsHoliday(D(1405, 3, 6)));
        Assert.True(corrected.IsHoliday(D(1405, 3, 7)));
        Assert.Equal(s_iran.HolidaysIn(1405).Count, corrected.HolidaysIn(1405).Count);
        Assert.True(s_iran.IsHoliday(D(1405, 3, 6)));
    }

    [Fact]
    public void A_published_year_rejects_holidays_of_another_year_or_kind()
    {
        Holiday other = new(D(1407, 1, 20), HolidayKind.Lunar, "x", "x");
        Holiday solar = new(D(1406, 1, 1), HolidayKind.Solar, "x", "x");
        Assert.Throws<ArgumentException>(() => s_iran.WithPublishedYear(1406, [other]));
        Assert.Throws<ArgumentException>(() => s_iran.WithPublishedYear(1406, [solar]));
        Assert.Throws<ArgumentNullException>(() => s_iran.WithPublishedYear(1406, [null!]));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_iran.WithPublishedYear(9378, []));
    }

    [Fact]
    public void Ranges_that_end_before_they_start_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => s_iran.CountWorkingDays(D(1404, 2, 1), D(1404, 1, 1)));
        Assert.Contains("1404/01/01", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => s_iran.HolidaysBetween(D(1404, 2, 1), D(1404, 1, 1)));
    }

    [Fact]
    public void Holidays_validate_their_names_and_print_invariantly()
    {
        var nowruz = new Holiday(D(1404, 1, 1), HolidayKind.Solar, "جشن نوروز/جشن سال نو", "Nowruz (New Year's Day)");
        Assert.Equal("1404/01/01 Solar Nowruz (New Year's Day)", nowruz.ToString());
        Holiday computed = s_iran.HolidaysOn(D(1404, 1, 1))[0];
        Assert.Equal((nowruz.Date, nowruz.Kind, nowruz.NameFa, nowruz.NameEn), (computed.Date, computed.Kind, computed.NameFa, computed.NameEn));
        Assert.Equal("1406/01/11 Lunar Eid al-Fitr (projected)", new Holiday(D(1406, 1, 11), HolidayKind.Lunar, "x", "Eid al-Fitr", HolidayStanding.Projected, null).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Holiday(D(1404, 1, 1), HolidayKind.Solar, "x", "x", (HolidayStanding)4, null));
        Assert.Throws<ArgumentException>(() => new Holiday(D(1404, 1, 1), HolidayKind.Solar, " ", "x"));
        Assert.Throws<ArgumentNullException>(() => new Holiday(D(1404, 1, 1), HolidayKind.Solar, "x", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Holiday(D(1404, 1, 1), (HolidayKind)9, "x", "x"));
        Assert.Throws<ArgumentException>(() => s_iran.WithClosure(D(1404, 1, 1), "", "x"));
    }

    [Fact]
    public void The_default_calendar_answers_the_same_from_many_threads()
    {
        SolarHijriDate start = D(1404, 1, 1);
        int expected = s_iran.CountWorkingDays(start, D(1404, 12, 29));
        int[] results = new int[8];
        Parallel.For(0, results.Length, i => results[i] = WorkCalendar.Default.CountWorkingDays(start, D(1404, 12, 29)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
