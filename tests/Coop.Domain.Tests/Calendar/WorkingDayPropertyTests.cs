using Coop.Domain.Calendar;
using CsCheck;

namespace Coop.Domain.Tests.Calendar;

public class WorkingDayPropertyTests
{
    // Days well inside the table (1395/06/01 .. 1405/08/01) so that ±80 working days (or 120 days) never leave it.
    private static readonly int s_first = new SolarHijriDate(1395, 6, 1).DayNumber;
    private static readonly int s_last = new SolarHijriDate(1405, 8, 1).DayNumber;

    private static readonly Gen<SolarHijriDate> s_date = Gen.Int[s_first, s_last].Select(SolarHijriDate.FromDayNumber);

    private static readonly Gen<WorkCalendar> s_calendar = Gen.OneOf(
        WorkCalendar.Default,
        WorkCalendar.Default.WithWeekend(WeekendRule.ThursdayFriday),
        WorkCalendar.Default.WithEsfand30(Esfand30Rule.Always).WithWeekend(WeekendRule.None));

    [Fact]
    public void Working_days_between_a_date_and_n_working_days_later_is_n()
    {
        Gen.Select(s_calendar, s_date, Gen.Int[-80, 80]).Sample(
            (calendar, date, n) => calendar.WorkingDaysBetween(date, calendar.AddWorkingDays(date, n)) == n,
            iter: 2000);
    }

    [Fact]
    public void Adding_a_nonzero_number_of_working_days_lands_on_a_working_day_in_the_right_direction()
    {
        Gen.Select(s_calendar, s_date, Gen.Int[-80, 80].Where(n => n != 0)).Sample(
            (calendar, date, n) =>
            {
                SolarHijriDate result = calendar.AddWorkingDays(date, n);
                return calendar.IsWorkingDay(result) && (n > 0 ? result > date : result < date);
            },
            iter: 2000);
    }

    [Fact]
    public void Adding_working_days_in_two_steps_from_a_working_day_equals_one_step()
    {
        Gen.Select(s_calendar, s_date, Gen.Int[0, 40], Gen.Int[0, 40]).Sample(
            (calendar, date, a, b) =>
            {
                SolarHijriDate start = calendar.Adjust(date, DeadlineRoll.RollForward);
                return calendar.AddWorkingDays(calendar.AddWorkingDays(start, a), b) == calendar.AddWorkingDays(start, a + b);
            },
            iter: 1000);
    }

    [Fact]
    public void An_inclusive_count_is_the_step_count_plus_the_first_day_when_it_works()
    {
        Gen.Select(s_calendar, s_date, Gen.Int[0, 120]).Sample(
            (calendar, date, length) =>
            {
                SolarHijriDate last = date.AddDays(length);
                int expected = calendar.WorkingDaysBetween(date, last) + (calendar.IsWorkingDay(date) ? 1 : 0);
                return calendar.CountWorkingDays(date, last) == expected;
            },
            iter: 1000);
    }

    [Fact]
    public void Rolling_forward_gives_the_first_working_day_on_or_after_the_date()
    {
        Gen.Select(s_calendar, s_date).Sample(
            (calendar, date) =>
            {
                SolarHijriDate rolled = calendar.Adjust(date, DeadlineRoll.RollForward);
                return calendar.IsWorkingDay(rolled)
                    && rolled >= date
                    && calendar.CountWorkingDays(date, rolled) == 1;
            },
            iter: 1000);
    }

    [Fact]
    public void Counting_a_range_equals_testing_each_day_also_across_the_edge_of_the_table()
    {
        // Solar-only mode answers outside 1395–1405 too, so ranges can start or end outside the table years.
        Gen<WorkCalendar> calendars = Gen.OneOf(
            WorkCalendar.Default.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly),
            WorkCalendar.Default.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly).WithWeekend(WeekendRule.ThursdayFriday));
        int from = new SolarHijriDate(1394, 1, 1).DayNumber;
        int to = new SolarHijriDate(1406, 12, 29).DayNumber;
        Gen.Select(calendars, Gen.Int[from, to], Gen.Int[0, 800]).Sample(
            (calendar, start, length) =>
            {
                SolarHijriDate first = SolarHijriDate.FromDayNumber(start);
                SolarHijriDate last = first.AddDays(length);
                int expected = Enumerable.Range(0, length + 1).Count(i => calendar.IsWorkingDay(first.AddDays(i)));
                return calendar.CountWorkingDays(first, last) == expected;
            },
            iter: 300);
    }

    [Fact]
    public void A_published_year_next_to_the_table_answers_like_the_slow_path_it_replaces()
    {
        // With 1406 published (no lunar holidays) its days join the fast bit set; in solar-only mode they take the
        // slow path. Both must agree on every day.
        WorkCalendar published = WorkCalendar.Default.WithPublishedYear(1406, []);
        WorkCalendar solarOnly = WorkCalendar.Default.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly);
        var first = new SolarHijriDate(1406, 1, 1);
        for (int i = 0; i < 365; i++)
        {
            SolarHijriDate day = first.AddDays(i);
            Assert.Equal(solarOnly.IsWorkingDay(day), published.IsWorkingDay(day));
        }

        Assert.Equal(
            solarOnly.CountWorkingDays(new SolarHijriDate(1405, 6, 1), new SolarHijriDate(1406, 12, 29)),
            published.CountWorkingDays(new SolarHijriDate(1405, 6, 1), new SolarHijriDate(1406, 12, 29)));
    }

    [Fact]
    public void The_working_day_laws_hold_in_projected_years_from_1206_to_1498()
    {
        int from = new SolarHijriDate(1207, 1, 1).DayNumber;
        int to = new SolarHijriDate(1497, 12, 1).DayNumber;
        Gen<WorkCalendar> calendars = Gen.OneOf(WorkCalendar.Default, WorkCalendar.Default.WithWeekend(WeekendRule.ThursdayFriday));
        Gen.Select(calendars, Gen.Int[from, to].Select(SolarHijriDate.FromDayNumber), Gen.Int[-80, 80]).Sample(
            (calendar, date, n) =>
            {
                WorkingDayResult result = calendar.AddWorkingDaysWithStanding(date, n);
                return result.Date == calendar.AddWorkingDays(date, n)
                    && calendar.WorkingDaysBetween(date, result.Date) == n
                    && (n == 0 || calendar.IsWorkingDay(result.Date))
                    && result.RestsOnProjectedHolidays == (result.ProjectedYear != 0);
            },
            iter: 1000);
    }

    [Fact]
    public void An_answer_that_does_not_rest_on_projections_survives_any_move_of_a_projected_holiday_by_one_day()
    {
        // The law behind RestsOnProjectedHolidays: shift every projected lunar holiday of the years around the answer
        // by −1, 0 or +1 day (as publication may) and drop the projected 30 Esfand; an answer that did not rest on
        // projected holidays must not change.
        int from = new SolarHijriDate(1406, 1, 1).DayNumber;
        int to = new SolarHijriDate(1420, 12, 1).DayNumber;
        Gen.Select(Gen.Int[from, to].Select(SolarHijriDate.FromDayNumber), Gen.Int[-40, 40], Gen.Int[0, int.MaxValue], Gen.Bool).Sample(
            (date, n, seed, dropEsfand30) =>
            {
                WorkCalendar calendar = WorkCalendar.Default;
                WorkingDayResult result = calendar.AddWorkingDaysWithStanding(date, n);
                if (result.RestsOnProjectedHolidays)
                {
                    return true;
                }

                var random = new Random(seed);
                WorkCalendar shifted = dropEsfand30 ? calendar.WithEsfand30(Esfand30Rule.Never) : calendar;
                for (int year = Math.Min(date.Year, result.Date.Year) - 1; year <= Math.Max(date.Year, result.Date.Year) + 1; year++)
                {
                    if (!calendar.IsProjectedYear(year))
                    {
                        continue; // official years do not move
                    }

                    int y = year;
                    Holiday[] moved = [.. calendar.HolidaysIn(y).Where(h => h.Kind == HolidayKind.Lunar).Select(h =>
                    {
                        SolarHijriDate d = h.Date.AddDays(random.Next(-1, 2));
                        return new Holiday(d.Year == y ? d : h.Date, h.Kind, h.NameFa, h.NameEn, HolidayStanding.Official, "shifted");
                    })];
                    shifted = shifted.WithPublishedYear(y, moved);
                }

                return shifted.AddWorkingDays(date, n) == result.Date;
            },
            iter: 300);
    }
}
