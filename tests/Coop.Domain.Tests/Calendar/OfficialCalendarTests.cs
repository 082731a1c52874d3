using System.Globalization;
using Coop.Domain.Calendar;
using NodaTime;

namespace Coop.Domain.Tests.Calendar;

/// <summary>The calendar against the two astronomical implementations it must agree with.</summary>
public class OfficialCalendarTests
{
    [Fact]
    public void Every_day_from_1200_to_1600_converts_like_NodaTime_PersianAstronomical_both_ways()
    {
        CalendarSystem persian = CalendarSystem.PersianAstronomical;
        var start = new LocalDate(1200, 1, 1, persian);
        var end = new LocalDate(1600, 12, SolarHijriCalendar.IsLeapYear(1600) ? 30 : 29, persian);
        int mismatches = 0;
        int days = 0;
        for (LocalDate p = start; p <= end; p = p.PlusDays(1))
        {
            days++;
            LocalDate iso = p.WithCalendar(CalendarSystem.Iso);
            var ours = new SolarHijriDate(p.Year, p.Month, p.Day);
            var back = SolarHijriDate.FromLocalDate(iso);
            if (ours.ToLocalDate() != iso || back != ours || back.DayOfWeek != iso.ToDateOnly().DayOfWeek)
            {
                mismatches++;
            }
        }

        Assert.Equal(0, mismatches);
        Assert.Equal(end.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber - start.WithCalendar(CalendarSystem.Iso).ToDateOnly().DayNumber + 1, days);
    }

    [Fact]
    public void Leap_flags_match_NodaTime_for_every_supported_year_and_the_BCL_from_1200_to_1600()
    {
        var bcl = new PersianCalendar();
        for (int year = SolarHijriCalendar.MinYear; year <= SolarHijriCalendar.MaxYear; year++)
        {
            Assert.True(
                CalendarSystem.PersianAstronomical.IsLeapYear(year) == SolarHijriCalendar.IsLeapYear(year),
                $"leap flag of {year}");
        }

        for (int year = 1200; year <= 1600; year++)
        {
            Assert.True(bcl.IsLeapYear(year) == SolarHijriCalendar.IsLeapYear(year), $"BCL leap flag of {year}");
        }
    }

    [Theory]
    [InlineData(1403, true)]
    [InlineData(1404, false)]
    [InlineData(1399, true)]
    [InlineData(1395, true)]
    [InlineData(1408, true)]
    [InlineData(1407, false)]
    public void Years_that_the_2820_year_rule_gets_wrong_follow_the_official_table(int year, bool leap)
    {
        Assert.Equal(leap, SolarHijriCalendar.IsLeapYear(year));
    }

    [Fact]
    public void Every_Nowruz_of_the_supported_range_matches_NodaTime()
    {
        for (int year = SolarHijriCalendar.MinYear; year <= SolarHijriCalendar.MaxYear; year++)
        {
            LocalDate expected = new LocalDate(year, 1, 1, CalendarSystem.PersianAstronomical).WithCalendar(CalendarSystem.Iso);
            Assert.True(expected == new SolarHijriDate(year, 1, 1).ToLocalDate(), $"Nowruz {year}");
        }
    }
}
