using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

/// <summary>The lookup tables behind conversion, checked on every day of the supported range.</summary>
public class ConversionTableTests
{
    [Fact]
    public void Every_supported_day_converts_to_the_next_date_of_a_plain_day_by_day_count()
    {
        // Walks 0001/01/01 … 9377/12/30 with nothing but month lengths and compares every day both ways.
        int dayNumber = SolarHijriDate.MinValue.DayNumber;
        int mismatches = 0;
        for (int year = SolarHijriCalendar.MinYear; year <= SolarHijriCalendar.MaxYear; year++)
        {
            for (int month = 1; month <= 12; month++)
            {
                int length = SolarHijriCalendar.GetDaysInMonth(year, month);
                for (int day = 1; day <= length; day++, dayNumber++)
                {
                    var (y, m, d) = SolarHijriDate.FromDayNumber(dayNumber);
                    if (y != year || m != month || d != day || new SolarHijriDate(year, month, day).DayNumber != dayNumber)
                    {
                        mismatches++;
                    }
                }
            }
        }

        Assert.Equal(0, mismatches);
        Assert.Equal(SolarHijriDate.MaxValue.DayNumber + 1, dayNumber);
    }

    [Theory]
    [InlineData(1, 31)]
    [InlineData(6, 31)]
    [InlineData(7, 30)]
    [InlineData(11, 30)]
    public void Month_lengths_follow_the_31_then_30_rule(int month, int length)
    {
        Assert.Equal(length, SolarHijriCalendar.GetDaysInMonth(1404, month));
        Assert.Equal(length, SolarHijriCalendar.GetDaysInMonth(1403, month));
    }
}
