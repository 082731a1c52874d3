using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Tests.Calendar;

public class CalendarConversionTests
{
    [Theory]
    [InlineData("1404/08/25", DateInputCalendar.SolarHijri, "2025-11-16")]
    [InlineData("1699/01/01", DateInputCalendar.SolarHijri, "2320-03-21")]
    [InlineData("1700/01/01", DateInputCalendar.Gregorian, "1078/10/11")]
    [InlineData("2025-03-20", DateInputCalendar.Gregorian, "1403/12/30")]
    [InlineData("2025/3/21", DateInputCalendar.Gregorian, "1404/01/01")]
    [InlineData("۲۰۲۵-۱۱-۱۶", DateInputCalendar.Gregorian, "1404/08/25")]
    [InlineData("25 آبان 1404", DateInputCalendar.SolarHijri, "2025-11-16")]
    public void Detects_the_calendar_by_the_year_and_converts_to_the_other(string text, DateInputCalendar read, string expected)
    {
        CalendarConversionResult result = CalendarConversion.Convert(text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(read, result.InputCalendar);
        Assert.Equal(expected, result.ToConvertedString());
        Assert.Equal(expected, result.ToString());
    }

    [Fact]
    public void A_forced_calendar_overrides_the_year_rule()
    {
        CalendarConversionResult sh = CalendarConversion.Convert("2025/01/01", DateInputCalendar.SolarHijri);
        Assert.Equal(DateInputCalendar.SolarHijri, sh.InputCalendar);
        Assert.Equal(new SolarHijriDate(2025, 1, 1), sh.SolarHijri);
        Assert.Equal(sh.SolarHijri.ToDateOnly(), sh.Gregorian);

        CalendarConversionResult gregorian = CalendarConversion.Convert("1600-01-01", DateInputCalendar.Gregorian);
        Assert.Equal(DateInputCalendar.Gregorian, gregorian.InputCalendar);
        Assert.Equal(new DateOnly(1600, 1, 1), gregorian.Gregorian);
        Assert.Equal("0978/10/11", gregorian.ToConvertedString());
    }

    [Theory]
    [InlineData("2025-02-29", null, 8, "2025-02-29: day 29 does not exist in February 2025, which has 28 days")]
    [InlineData("2024-02-30", null, 8, "2024-02-30: day 30 does not exist in February 2024, which has 29 days")]
    [InlineData("2025-13-01", null, 5, "month 13 is not in 1–12")]
    [InlineData("2025-01-00", null, 8, "day 0 does not exist: days of the month start at 1")]
    [InlineData("9999-12-31", null, 0, "9999-12-31 is outside the range of the Solar Hijri calendar, 0622-03-22 to 9999-03-17")]
    [InlineData("0500-01-01", DateInputCalendar.Gregorian, 0, "0500-01-01 is outside the range of the Solar Hijri calendar, 0622-03-22 to 9999-03-17")]
    [InlineData("0000-01-01", DateInputCalendar.Gregorian, 0, "year 0 is outside the Gregorian range 1–9999")]
    [InlineData("25 Aban 2025", null, 3, "the year 2025 is read as Gregorian (years from 1700), but the month name is Solar Hijri; a Gregorian date is written yyyy-MM-dd or yyyy/MM/dd")]
    [InlineData("25 Aban 1404", DateInputCalendar.Gregorian, 3, "a month name is Solar Hijri; a Gregorian date is written yyyy-MM-dd or yyyy/MM/dd")]
    [InlineData("1404/07/31", null, 8, "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days")]
    [InlineData("hello", null, 0, "'hello' at position 0 is not a month name (Farvardin … Esfand, فروردین … اسفند)")]
    public void Invalid_input_gives_the_reason_and_position(string text, DateInputCalendar? from, int position, string error)
    {
        CalendarConversionResult result = CalendarConversion.Convert(text, from ?? DateInputCalendar.Detect);
        Assert.False(result.IsSuccess);
        Assert.Equal(new ParseError(position, error), result.Error);
        Assert.Equal("invalid: " + error, result.ToString());
        Assert.Throws<InvalidOperationException>(() => result.ToConvertedString());
        Assert.Equal(DateOnly.MinValue, result.Gregorian);
    }

    [Fact]
    public void Unreadable_text_keeps_the_requested_calendar_and_default_is_unsuccessful()
    {
        Assert.Equal(DateInputCalendar.Detect, CalendarConversion.Convert("").InputCalendar);
        Assert.Equal(DateInputCalendar.Gregorian, CalendarConversion.Convert("", DateInputCalendar.Gregorian).InputCalendar);
        CalendarConversionResult none = default;
        Assert.False(none.IsSuccess);
        Assert.NotNull(none.Error);
    }

    [Fact]
    public void An_undefined_calendar_value_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CalendarConversion.Convert("1404/01/01", (DateInputCalendar)7));
    }
}
