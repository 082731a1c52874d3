using Coop.Domain.Calendar;

namespace Coop.Domain.Tests.Calendar;

/// <summary><see cref="SolarHijriDate.ToGregorian"/>: the Gregorian year/month/day by table lookup.</summary>
public class ToGregorianTests
{
    [Fact]
    public void Every_supported_day_gives_the_same_year_month_and_day_as_DateOnly()
    {
        // 0001/01/01 … 9377/12/30, about 3.4 million days; DateOnly is the reference.
        int mismatches = 0;
        int firstMismatch = 0;
        for (int dayNumber = SolarHijriDate.MinValue.DayNumber; dayNumber <= SolarHijriDate.MaxValue.DayNumber; dayNumber++)
        {
            SolarHijriDate.FromDayNumber(dayNumber).ToGregorian(out int year, out int month, out int day);
            var (y, m, d) = DateOnly.FromDayNumber(dayNumber);
            if (year != y || month != m || day != d)
            {
                firstMismatch = mismatches++ == 0 ? dayNumber : firstMismatch;
            }
        }

        Assert.True(mismatches == 0, $"{mismatches} mismatches, the first at day number {firstMismatch}.");
    }

    [Theory]
    [InlineData(1403, 12, 30, 2025, 3, 20)]
    [InlineData(1404, 1, 1, 2025, 3, 21)]
    [InlineData(1403, 10, 11, 2024, 12, 31)]
    [InlineData(1403, 10, 12, 2025, 1, 1)]
    [InlineData(1402, 12, 10, 2024, 2, 29)]
    [InlineData(1, 1, 1, 622, 3, 22)]
    [InlineData(9377, 12, 30, 9999, 3, 17)]
    public void Named_days_convert_to_their_known_Gregorian_dates(int shYear, int shMonth, int shDay, int year, int month, int day)
    {
        new SolarHijriDate(shYear, shMonth, shDay).ToGregorian(out int y, out int m, out int d);

        Assert.Equal((year, month, day), (y, m, d));
    }

    [Fact]
    public void The_default_date_converts_to_the_first_supported_Gregorian_day()
    {
        default(SolarHijriDate).ToGregorian(out int y, out int m, out int d);

        Assert.Equal((622, 3, 22), (y, m, d));
    }

    [Fact]
    public void A_dozen_or_so_year_shapes_cover_the_whole_range()
    {
        // Day of March of 1 Farvardin × whether the next February has 29 days; guards the table size.
        Assert.InRange(GregorianTable.ShapeCount, 2, 24);
    }
}
