using System.Globalization;
using Coop.Domain.Calendar;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.Calendar;

public class SolarHijriDateTests
{
    [Fact]
    public void Last_day_of_leap_1403_is_2025_03_20_and_nowruz_1404_is_2025_03_21()
    {
        Assert.Equal(new DateOnly(2025, 3, 20), new SolarHijriDate(1403, 12, 30).ToDateOnly());
        Assert.Equal(new DateOnly(2025, 3, 21), new SolarHijriDate(1404, 1, 1).ToDateOnly());
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.FromDateOnly(new DateOnly(2025, 3, 21)));
        Assert.True(SolarHijriCalendar.IsLeapYear(1403));
        Assert.False(SolarHijriCalendar.IsLeapYear(1404));
    }

    [Fact]
    public void Day_31_of_Mehr_is_rejected_with_the_month_length_in_the_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SolarHijriDate(1404, 7, 31));
        Assert.Contains("30 days", e.Message, StringComparison.Ordinal);
        Assert.Equal("day", e.ParamName);
    }

    [Fact]
    public void Thirtieth_of_Esfand_exists_only_in_leap_years()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SolarHijriDate(1404, 12, 30));
        Assert.Contains("not a leap year", e.Message, StringComparison.Ordinal);
        Assert.Equal(30, new SolarHijriDate(1403, 12, 30).Day);
        Assert.False(SolarHijriDate.TryCreate(1404, 12, 30, out _));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(9378, 1, 1)]
    [InlineData(1404, 0, 1)]
    [InlineData(1404, 13, 1)]
    [InlineData(1404, 1, 0)]
    [InlineData(1404, 1, 32)]
    public void Out_of_range_parts_are_rejected(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SolarHijriDate(year, month, day));
        Assert.False(SolarHijriDate.TryCreate(year, month, day, out _));
    }

    [Fact]
    public void Supported_range_runs_from_622_03_22_to_9999_03_17()
    {
        Assert.Equal(new DateOnly(622, 3, 22), SolarHijriDate.MinValue.ToDateOnly());
        Assert.Equal(new DateOnly(9999, 3, 17), SolarHijriDate.MaxValue.ToDateOnly());
        Assert.Equal(new SolarHijriDate(9377, 12, 30), SolarHijriDate.MaxValue);
        Assert.Equal(new SolarHijriDate(1, 1, 1), default);
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijriDate.FromDateOnly(new DateOnly(622, 3, 21)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijriDate.FromDateOnly(new DateOnly(9999, 3, 18)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijriDate.MaxValue.AddDays(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SolarHijriDate.MinValue.AddDays(-1));
    }

    [Fact]
    public void Parts_and_derived_properties_are_consistent()
    {
        var date = new SolarHijriDate(1404, 8, 25);
        Assert.Equal((1404, 8, 25), (date.Year, date.Month, date.Day));
        Assert.Equal(SolarHijriMonth.Aban, date.MonthOfYear);
        Assert.Equal((6 * 31) + 30 + 25, date.DayOfYear);
        Assert.Equal(DayOfWeek.Sunday, date.DayOfWeek); // 2025-11-16 was a Sunday
        Assert.False(date.IsLeapYear);
        Assert.Equal(30, date.DaysInMonth);
        Assert.Equal(365, date.DaysInYear);
        Assert.Equal(366, new SolarHijriDate(1403, 1, 1).DaysInYear);
    }

    [Theory]
    [InlineData("1404/06/31", 1, "1404/07/30")]
    [InlineData("1404/06/31", -1, "1404/05/31")]
    [InlineData("1403/12/30", 12, "1404/12/29")]
    [InlineData("1404/12/29", 1, "1405/01/29")]
    [InlineData("1404/01/31", -2, "1403/11/30")]
    [InlineData("1404/08/25", 0, "1404/08/25")]
    public void AddMonths_clamps_to_the_end_of_a_shorter_month(string from, int months, string expected)
    {
        Assert.Equal(expected, Parse(from).AddMonths(months).ToString());
    }

    [Fact]
    public void AddYears_moves_30_Esfand_of_a_leap_year_to_29_Esfand()
    {
        Assert.Equal(new SolarHijriDate(1404, 12, 29), new SolarHijriDate(1403, 12, 30).AddYears(1));
        Assert.Equal(new SolarHijriDate(1399, 12, 30), new SolarHijriDate(1399, 12, 30).AddYears(0));
        Assert.Equal(new SolarHijriDate(1400, 5, 5), new SolarHijriDate(1404, 5, 5).AddYears(-4));
    }

    [Fact]
    public void Subtraction_gives_days_and_ordering_is_chronological()
    {
        var a = new SolarHijriDate(1403, 12, 30);
        var b = new SolarHijriDate(1404, 1, 1);
        Assert.Equal(1, b - a);
        Assert.Equal(-1, a - b);
        Assert.True(a < b && b > a && a <= b && b >= a && a != b);
        Assert.Equal(b, a + 1);
        Assert.Equal(a, b - 1);
        Assert.Equal(365, new SolarHijriDate(1405, 1, 1) - b);
        Assert.True(a.CompareTo(b) < 0);
    }

    [Fact]
    public void Converts_to_and_from_NodaTime_DateTime_and_DateOnly()
    {
        var date = new SolarHijriDate(1404, 8, 25);
        Assert.Equal(new LocalDate(2025, 11, 16), date.ToLocalDate());
        Assert.Equal(new LocalDate(1404, 8, 25, CalendarSystem.PersianAstronomical), date.ToPersianLocalDate());
        Assert.Equal(date, SolarHijriDate.FromLocalDate(new LocalDate(2025, 11, 16)));
        Assert.Equal(date, SolarHijriDate.FromLocalDate(new LocalDate(1404, 8, 25, CalendarSystem.PersianAstronomical)));
        Assert.Equal(date, SolarHijriDate.FromLocalDate(new LocalDate(2025, 11, 3, CalendarSystem.Julian)));
        Assert.Equal(new DateTime(2025, 11, 16), date.ToDateTime());
        Assert.Equal(date, SolarHijriDate.FromDateTime(new DateTime(2025, 11, 16, 23, 59, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void An_instant_is_dated_in_Tehran_time_without_daylight_saving_after_2022()
    {
        // 2025-06-21T20:29Z is 23:59 in Tehran (UTC+3:30, no DST since 2022); 20:30Z is already the next day.
        Assert.Equal(new SolarHijriDate(1404, 3, 31), SolarHijriDate.FromInstant(Instant.FromUtc(2025, 6, 21, 20, 29)));
        Assert.Equal(new SolarHijriDate(1404, 4, 1), SolarHijriDate.FromInstant(Instant.FromUtc(2025, 6, 21, 20, 30)));

        // In 1400 Iran still had DST (UTC+4:30 in summer).
        Assert.Equal(new SolarHijriDate(1400, 4, 1), SolarHijriDate.FromInstant(Instant.FromUtc(2021, 6, 21, 19, 30)));

        var zoned = Instant.FromUtc(2025, 3, 20, 21, 0).InZone(DateTimeZone.Utc);
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.FromZonedDateTime(zoned));
    }

    [Fact]
    public void Today_reads_the_given_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 11, 16, 6, 0));
        Assert.Equal(new SolarHijriDate(1404, 8, 25), SolarHijriDate.Today(clock));
        Assert.Throws<ArgumentNullException>(() => SolarHijriDate.Today((IClock)null!));
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void ToString_is_canonical_under_any_culture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("1404/08/25", new SolarHijriDate(1404, 8, 25).ToString());
            Assert.Equal("0622/01/01", new SolarHijriDate(622, 1, 1).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static SolarHijriDate Parse(string text)
    {
        string[] p = text.Split('/');
        return new SolarHijriDate(
            int.Parse(p[0], CultureInfo.InvariantCulture),
            int.Parse(p[1], CultureInfo.InvariantCulture),
            int.Parse(p[2], CultureInfo.InvariantCulture));
    }
}
