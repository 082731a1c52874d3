using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;
using CsCheck;

namespace Coop.Domain.Tests.Calendar;

/// <summary>Laws that hold for every date of the supported range, checked on random samples.</summary>
public class SolarHijriDatePropertyTests
{
    private static readonly string[] s_formats = [null!, "", "d", "d-", "fa", "fa-long", "en-long"];

    /// <summary>Any valid date: a year of the whole range, any month, a day clamped to the month.</summary>
    internal static readonly Gen<SolarHijriDate> Dates = Gen.Select(
        Gen.Int[SolarHijriCalendar.MinYear, SolarHijriCalendar.MaxYear],
        Gen.Int[1, 12],
        Gen.Int[1, 31],
        (y, m, d) => new SolarHijriDate(y, m, Math.Min(d, SolarHijriCalendar.GetDaysInMonth(y, m))));

    /// <summary>Dates of the years people use, where leap years and month ends matter most.</summary>
    private static readonly Gen<SolarHijriDate> RecentDates =
        Gen.Int[new SolarHijriDate(1300, 1, 1).DayNumber, new SolarHijriDate(1500, 12, 29).DayNumber]
            .Select(SolarHijriDate.FromDayNumber);

    private static readonly Gen<SolarHijriDate> AnyDates = Gen.Frequency((1, (IGen<SolarHijriDate>)Dates), (1, RecentDates));

    [Fact]
    public void Every_format_parses_back_to_the_same_date()
    {
        AnyDates.Sample(date =>
        {
            foreach (string format in s_formats)
            {
                Assert.Equal(date, SolarHijriDate.Parse(date.ToString(format)));
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Canonical_text_and_the_DayNumber_round_trip()
    {
        AnyDates.Sample(date =>
        {
            Assert.Equal(date, SolarHijriDate.FromDayNumber(date.DayNumber));
            Assert.Equal(date, SolarHijriDate.FromDateOnly(date.ToDateOnly()));
            Assert.Equal(date, new SolarHijriDate(date.Year, date.Month, date.Day));
        }, iter: 2_000);
    }

    [Fact]
    public void Ordering_of_dates_is_ordering_of_day_numbers()
    {
        Gen.Select(AnyDates, AnyDates).Sample((a, b) =>
        {
            int expected = Math.Sign(a.DayNumber.CompareTo(b.DayNumber));
            Assert.Equal(expected, Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected < 0, a < b);
            Assert.Equal(expected == 0, a == b);
            Assert.Equal(a.DayNumber - b.DayNumber, a - b);
        }, iter: 2_000);
    }

    [Fact]
    public void Adding_then_subtracting_days_is_the_identity()
    {
        Gen.Select(AnyDates, Gen.Int[-200_000, 200_000]).Sample((date, days) =>
        {
            long target = (long)date.DayNumber + days;
            if (target < SolarHijriDate.MinValue.DayNumber || target > SolarHijriDate.MaxValue.DayNumber)
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => date.AddDays(days));
                return;
            }

            SolarHijriDate moved = date.AddDays(days);
            Assert.Equal(days, moved - date);
            Assert.Equal(date, moved.AddDays(-days));
        }, iter: 2_000);
    }

    [Fact]
    public void AddMonths_lands_in_the_right_month_on_a_valid_day()
    {
        Gen.Select(AnyDates, Gen.Int[-2_400, 2_400]).Sample((date, months) =>
        {
            long index = ((long)date.Year * 12) + date.Month - 1 + months;
            if (index / 12 < SolarHijriCalendar.MinYear || index / 12 > SolarHijriCalendar.MaxYear)
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => date.AddMonths(months));
                return;
            }

            SolarHijriDate moved = date.AddMonths(months);
            Assert.Equal(index, ((long)moved.Year * 12) + moved.Month - 1);
            Assert.True(SolarHijriCalendar.IsValid(moved.Year, moved.Month, moved.Day));
            Assert.Equal(Math.Min(date.Day, moved.DaysInMonth), moved.Day);
        }, iter: 2_000);
    }

    [Fact]
    public void Conversion_reads_each_calendar_back_to_the_same_day()
    {
        AnyDates.Sample(date =>
        {
            CalendarConversionResult fromSh = CalendarConversion.Convert(date.ToString("fa-long"), DateInputCalendar.SolarHijri);
            Assert.Equal(date.ToDateOnly(), fromSh.Gregorian);
            string gregorian = date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(gregorian, fromSh.ToConvertedString());
            CalendarConversionResult fromGregorian = CalendarConversion.Convert(gregorian, DateInputCalendar.Gregorian);
            Assert.Equal(date, fromGregorian.SolarHijri);
            Assert.Equal(date.ToString(), fromGregorian.ToConvertedString());
        }, iter: 1_000);
    }

    [Fact]
    public void Any_text_gives_a_date_or_an_error_pointing_inside_it_and_never_throws()
    {
        const string Alphabet = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-,، .xAbanآبانماه\u200C\u200F";
        Gen.Char[Alphabet].Array[0, 20].Select(chars => new string(chars)).Sample(text =>
        {
            ParseResult<SolarHijriDate> result = SolarHijriDate.ParseDetailed(text);
            if (result.IsSuccess)
            {
                Assert.Equal(result.Value, SolarHijriDate.Parse(result.Value.ToString()));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Error?.Message));
                Assert.InRange(result.Error!.Value.Position, 0, text.Length);
            }

            CalendarConversionResult converted = CalendarConversion.Convert(text);
            Assert.True(converted.IsSuccess || converted.Error!.Value.Position >= 0);
        }, iter: 5_000);
    }

    [Fact]
    public void The_fast_path_for_machine_forms_agrees_with_the_general_reader()
    {
        // A leading space sends the same text through the tokenizer; only positions shift by one.
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Char["/-"], Gen.Char["/-"])
            .Select((y, m, d, s1, s2) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}{s1}{m:D2}{s2}{d:D2}"))
            .Sample(text =>
        {
            ParseResult<SolarHijriDate> fast = SolarHijriDate.ParseDetailed(text);
            ParseResult<SolarHijriDate> general = SolarHijriDate.ParseDetailed(" " + text);
            Assert.Equal(general.IsSuccess, fast.IsSuccess);
            if (fast.IsSuccess)
            {
                Assert.Equal(general.Value, fast.Value);
            }
            else
            {
                Assert.Equal(general.Error!.Value.Position - 1, fast.Error!.Value.Position);
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Random_unicode_never_makes_the_parser_throw()
    {
        Gen.String.Sample(text =>
        {
            ParseResult<SolarHijriDate> result = SolarHijriDate.ParseDetailed(text);
            Assert.True(result.IsSuccess || result.Error!.Value.Position <= text.Length);
        }, iter: 2_000);
    }
}
