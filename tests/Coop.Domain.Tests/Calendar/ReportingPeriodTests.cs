using Coop.Domain.Calendar;
using CsCheck;
using NodaTime;

namespace Coop.Domain.Tests.Calendar;

public class ReportingPeriodTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_fiscal_year_starting_in_Mehr_runs_from_1_Mehr_to_31_Shahrivar_of_the_next_year()
    {
        var fy = ReportingPeriod.FiscalYear(1404, 7);
        Assert.Equal(PeriodUnit.Year, fy.Unit);
        Assert.Equal(D(1404, 7, 1), fy.Start);
        Assert.Equal(D(1405, 6, 31), fy.End);
        Assert.Equal(365, fy.LengthInDays);
        Assert.Equal(7, fy.FiscalStartMonth);
        Assert.Equal(1404, fy.LabelYear);
    }

    [Fact]
    public void The_calendar_year_runs_from_Nowruz_to_the_last_day_of_Esfand()
    {
        Assert.Equal((D(1403, 1, 1), D(1403, 12, 30), 366), (ReportingPeriod.Year(1403).Start, ReportingPeriod.Year(1403).End, ReportingPeriod.Year(1403).LengthInDays));
        Assert.Equal((D(1404, 1, 1), D(1404, 12, 29), 365), (ReportingPeriod.Year(1404).Start, ReportingPeriod.Year(1404).End, ReportingPeriod.Year(1404).LengthInDays));
        Assert.Equal(ReportingPeriod.Year(1404), ReportingPeriod.FiscalYear(1404, 1));
    }

    [Fact]
    public void The_fourth_season_ends_on_30_Esfand_in_a_leap_year_and_29_Esfand_otherwise()
    {
        Assert.Equal(D(1403, 12, 30), ReportingPeriod.Season(1403, 4).End);
        Assert.Equal(D(1404, 12, 29), ReportingPeriod.Season(1404, 4).End);
        Assert.Equal(D(1404, 10, 1), ReportingPeriod.Season(1404, 4).Start);
        Assert.Equal(89, ReportingPeriod.Season(1404, 4).LengthInDays);
    }

    [Theory]
    [InlineData(1, 1, 1, 3, 31, 93)]
    [InlineData(2, 4, 1, 6, 31, 93)]
    [InlineData(3, 7, 1, 9, 30, 90)]
    [InlineData(4, 10, 1, 12, 29, 89)]
    public void Seasons_of_a_Farvardin_year_are_the_calendar_seasons(int season, int startMonth, int startDay, int endMonth, int endDay, int days)
    {
        var p = ReportingPeriod.Season(1404, season);
        Assert.Equal(D(1404, startMonth, startDay), p.Start);
        Assert.Equal(D(1404, endMonth, endDay), p.End);
        Assert.Equal(days, p.LengthInDays);
        Assert.Equal(season, p.Index);
    }

    [Fact]
    public void Halves_and_seasons_of_a_fiscal_year_are_counted_from_its_first_month()
    {
        Assert.Equal((D(1404, 7, 1), D(1404, 12, 29)), Span(ReportingPeriod.HalfYear(1404, 1, 7)));
        Assert.Equal((D(1405, 1, 1), D(1405, 6, 31)), Span(ReportingPeriod.HalfYear(1404, 2, 7)));
        Assert.Equal((D(1404, 7, 1), D(1404, 9, 30)), Span(ReportingPeriod.Season(1404, 1, 7)));
        Assert.Equal((D(1405, 1, 1), D(1405, 3, 31)), Span(ReportingPeriod.Season(1404, 3, 7)));
        Assert.Equal((D(1405, 4, 1), D(1405, 6, 31)), Span(ReportingPeriod.Season(1404, 4, 7)));
        Assert.Equal(1404, ReportingPeriod.Season(1404, 4, 7).LabelYear);
        Assert.Equal(4, ReportingPeriod.Season(1404, 4, 7).Index);
        Assert.Equal((D(1404, 2, 1), D(1404, 4, 31)), Span(ReportingPeriod.Season(1404, 1, 2)));
    }

    [Fact]
    public void Months_and_days_do_not_depend_on_a_fiscal_year()
    {
        var month = ReportingPeriod.Month(1404, 8);
        Assert.Equal((D(1404, 8, 1), D(1404, 8, 30)), Span(month));
        Assert.Equal(1, month.FiscalStartMonth);
        Assert.Equal(month, ReportingPeriod.Containing(D(1404, 8, 25), PeriodUnit.Month, 7));
        Assert.Equal(ReportingPeriod.Day(D(1404, 8, 25)), ReportingPeriod.Containing(D(1404, 8, 25), PeriodUnit.Day, 7));
        Assert.Equal(8, month.Index);
        Assert.Equal(D(1404, 8, 25).DayOfYear, ReportingPeriod.Day(D(1404, 8, 25)).Index);
    }

    [Theory]
    [InlineData(PeriodUnit.Day, 1, "1404/08/25")]
    [InlineData(PeriodUnit.Month, 1, "1404-08")]
    [InlineData(PeriodUnit.Season, 1, "1404-Q3")]
    [InlineData(PeriodUnit.HalfYear, 1, "1404-H2")]
    [InlineData(PeriodUnit.Year, 1, "1404")]
    [InlineData(PeriodUnit.Season, 7, "1404@07-Q1")]
    [InlineData(PeriodUnit.HalfYear, 7, "1404@07-H1")]
    [InlineData(PeriodUnit.Year, 7, "1404@07")]
    [InlineData(PeriodUnit.Year, 9, "1403@09")]
    [InlineData(PeriodUnit.Season, 9, "1403@09-Q4")]
    [InlineData(PeriodUnit.HalfYear, 9, "1403@09-H2")]
    [InlineData(PeriodUnit.Year, 8, "1404@08")]
    public void Containing_finds_the_period_of_each_unit_around_25_Aban_1404(PeriodUnit unit, int fiscalStart, string expected)
    {
        var p = ReportingPeriod.Containing(D(1404, 8, 25), unit, fiscalStart);
        Assert.Equal(expected, p.ToString());
        Assert.Equal(unit, p.Unit);
        Assert.True(p.Contains(D(1404, 8, 25)));
    }

    [Fact]
    public void Containing_a_date_before_the_fiscal_start_gives_the_fiscal_year_labelled_by_the_previous_year()
    {
        Assert.Equal(ReportingPeriod.FiscalYear(1404, 7), ReportingPeriod.Containing(D(1405, 3, 1), PeriodUnit.Year, 7));
        Assert.Equal(ReportingPeriod.Season(1404, 3, 7), ReportingPeriod.Containing(D(1405, 3, 1), PeriodUnit.Season, 7));
        Assert.Equal(ReportingPeriod.FiscalYear(1403, 4), ReportingPeriod.Containing(D(1404, 2, 10), PeriodUnit.Year, 4));
    }

    [Fact]
    public void Containing_holds_for_every_date_unit_and_fiscal_start()
    {
        Gen.Select(PeriodGen.Date, Gen.Int[0, 4], Gen.Int[1, 12]).Sample((date, u, fiscal) =>
        {
            var unit = (PeriodUnit)u;
            var p = ReportingPeriod.Containing(date, unit, fiscal);
            Assert.True(p.Contains(date));
            Assert.Equal(unit, p.Unit);
            if (unit is PeriodUnit.Season or PeriodUnit.HalfYear or PeriodUnit.Year)
            {
                Assert.Equal(fiscal, p.FiscalStartMonth);
                Assert.Equal(1, p.Start.Day);
                Assert.Equal(0, (p.Start.Month - fiscal + 12) % 12 % ReportingPeriodUnitMonths(unit));
                Assert.Equal(p, ReportingPeriod.Containing(p.Start, unit, fiscal));
                Assert.Equal(p, ReportingPeriod.Containing(p.End, unit, fiscal));
            }
        });
    }

    [Fact]
    public void Containing_rejects_a_custom_unit_an_unknown_unit_and_a_bad_fiscal_start()
    {
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => ReportingPeriod.Containing(D(1404, 1, 1), PeriodUnit.Custom)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Containing(D(1404, 1, 1), (PeriodUnit)42)).ParamName);
        Assert.Equal("fiscalStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Containing(D(1404, 1, 1), PeriodUnit.Year, 13)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Containing(D(1, 1, 5), PeriodUnit.Year, 7));
    }

    [Fact]
    public void Factories_check_their_arguments_and_name_them()
    {
        Assert.Equal("season", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Season(1404, 5)).ParamName);
        Assert.Equal("season", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Season(1404, 0)).ParamName);
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.HalfYear(1404, 3)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(1404, 13)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(0, 1)).ParamName);
        Assert.Equal("startMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FiscalYear(1404, 0)).ParamName);
        Assert.Equal("fiscalStartMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Season(1404, 1, 13)).ParamName);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.FiscalYear(9377, 7));
        Assert.Contains("fiscal year 9377 starting in Mehr", late.Message, StringComparison.Ordinal);
        Assert.Equal(D(9377, 12, 30), ReportingPeriod.Year(9377).End);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(9378));
        var reversed = Assert.Throws<ArgumentException>(() => ReportingPeriod.Custom(D(1404, 9, 10), D(1404, 8, 25)));
        Assert.Equal("end", reversed.ParamName);
        Assert.Contains("before it starts", reversed.Message, StringComparison.Ordinal);
        Assert.Equal(1, ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 8, 25)).LengthInDays);
    }

    [Fact]
    public void The_default_period_is_the_first_supported_day()
    {
        ReportingPeriod p = default;
        Assert.Equal(ReportingPeriod.Day(SolarHijriDate.MinValue), p);
        Assert.Equal(1, p.FiscalStartMonth);
        Assert.Equal(1, p.LengthInDays);
    }

    [Fact]
    public void Next_and_previous_step_by_the_unit()
    {
        Assert.Equal(ReportingPeriod.Season(1405, 1), ReportingPeriod.Season(1404, 4).Next());
        Assert.Equal(ReportingPeriod.Season(1404, 4), ReportingPeriod.Season(1405, 1).Previous());
        Assert.Equal(ReportingPeriod.Month(1405, 1), ReportingPeriod.Month(1404, 12).Next());
        Assert.Equal(ReportingPeriod.FiscalYear(1405, 7), ReportingPeriod.FiscalYear(1404, 7).Next());
        Assert.Equal(ReportingPeriod.HalfYear(1405, 1, 7), ReportingPeriod.HalfYear(1404, 2, 7).Next());
        Assert.Equal(ReportingPeriod.Day(D(1404, 1, 1)), ReportingPeriod.Day(D(1403, 12, 30)).Next());
        Assert.Equal(ReportingPeriod.Season(1404, 3).Next().Next().Next(), ReportingPeriod.Season(1404, 3).Offset(3));
        Assert.Equal(ReportingPeriod.Year(1400), ReportingPeriod.Year(1404).Offset(-4));
        var p = ReportingPeriod.Month(1404, 8);
        Assert.Equal(p, p.Offset(0));
    }

    [Fact]
    public void A_custom_range_moves_by_its_own_length()
    {
        var range = ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 9, 10));
        Assert.Equal(16, range.LengthInDays);
        Assert.Equal(ReportingPeriod.Custom(D(1404, 9, 11), D(1404, 9, 26)), range.Next());
        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 9), D(1404, 8, 24)), range.Previous());
    }

    [Fact]
    public void Moving_past_the_supported_range_throws()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(9377).Next()).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(1, 1).Previous()).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Day(SolarHijriDate.MaxValue).Next()).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(1404).Offset(int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Custom(D(1404, 1, 1), D(1404, 12, 29)).Offset(int.MinValue));
    }

    [Fact]
    public void Next_and_previous_are_inverse_and_adjacent_for_every_period()
    {
        PeriodGen.Any.Sample(p =>
        {
            ReportingPeriod next = p.Next();
            Assert.Equal(p, next.Previous());
            Assert.Equal(p, p.Previous().Next());
            Assert.Equal(p.End.AddDays(1), next.Start);
            Assert.Equal(p.Unit, next.Unit);
            Assert.Equal(p.FiscalStartMonth, next.FiscalStartMonth);
            Assert.True(next > p);
        });
    }

    [Fact]
    public void Offset_by_n_is_n_steps()
    {
        Gen.Select(PeriodGen.Any, Gen.Int[-30, 30]).Sample((p, n) =>
        {
            ReportingPeriod stepped = p;
            for (int i = 0; i < Math.Abs(n); i++)
            {
                stepped = n > 0 ? stepped.Next() : stepped.Previous();
            }

            Assert.Equal(stepped, p.Offset(n));
        }, iter: 300);
    }

    [Theory]
    [InlineData(PeriodUnit.HalfYear, 2)]
    [InlineData(PeriodUnit.Season, 4)]
    [InlineData(PeriodUnit.Month, 12)]
    [InlineData(PeriodUnit.Day, 365)]
    public void A_year_splits_into_halves_seasons_months_and_days(PeriodUnit unit, int count)
    {
        var parts = ReportingPeriod.Year(1404).SubPeriods(unit).ToList();
        Assert.Equal(count, parts.Count);
        Assert.All(parts, p => Assert.Equal(unit, p.Unit));
    }

    [Fact]
    public void Seasons_of_a_Mehr_fiscal_year_keep_its_fiscal_start()
    {
        var seasons = ReportingPeriod.FiscalYear(1404, 7).SubPeriods(PeriodUnit.Season).Select(p => p.ToString()).ToArray();
        Assert.Equal(["1404@07-Q1", "1404@07-Q2", "1404@07-Q3", "1404@07-Q4"], seasons);
        var months = ReportingPeriod.Season(1404, 2, 7).SubPeriods(PeriodUnit.Month).Select(p => p.ToString()).ToArray();
        Assert.Equal(["1404-10", "1404-11", "1404-12"], months);
    }

    [Fact]
    public void Sub_periods_cover_the_parent_exactly_without_gaps_or_overlaps()
    {
        Gen.Select(PeriodGen.MonthBased, Gen.Int[0, 4]).Sample((parent, u) =>
        {
            var unit = (PeriodUnit)u;
            if (unit > parent.Unit)
            {
                Assert.Throws<ArgumentException>(() => parent.SubPeriods(unit));
                return;
            }

            var parts = parent.SubPeriods(unit).ToList();
            Assert.Equal(parent.Start, parts[0].Start);
            Assert.Equal(parent.End, parts[^1].End);
            for (int i = 1; i < parts.Count; i++)
            {
                Assert.Equal(parts[i - 1].End.AddDays(1), parts[i].Start);
            }

            Assert.Equal(parent.LengthInDays, parts.Sum(p => p.LengthInDays));
            Assert.All(parts, p => Assert.Equal(unit, p.Unit));
            Assert.All(parts, p => Assert.True(parent.Contains(p)));
            if (unit is PeriodUnit.Season or PeriodUnit.HalfYear)
            {
                Assert.All(parts, p => Assert.Equal(parent.FiscalStartMonth, p.FiscalStartMonth));
            }
        }, iter: 300);
    }

    [Fact]
    public void Splitting_into_a_coarser_unit_or_a_custom_range_into_months_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Month(1404, 1).SubPeriods(PeriodUnit.Season));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Year(1404).SubPeriods(PeriodUnit.Custom));
        var range = ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 9, 10));
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => range.SubPeriods(PeriodUnit.Month)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => range.SubPeriods((PeriodUnit)(-1))).ParamName);
        Assert.Equal(16, range.SubPeriods(PeriodUnit.Day).Count());
        Assert.Equal([range], range.SubPeriods(PeriodUnit.Custom));
        Assert.Equal([ReportingPeriod.Year(1404)], ReportingPeriod.Year(1404).SubPeriods(PeriodUnit.Year));
    }

    [Fact]
    public void Intersect_returns_the_shared_days_as_a_custom_range_or_null()
    {
        var aban = ReportingPeriod.Month(1404, 8);
        var azar = ReportingPeriod.Month(1404, 9);
        var range = ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 9, 10));

        Assert.Null(aban.Intersect(azar));
        Assert.False(aban.Overlaps(azar));
        Assert.Null(ReportingPeriod.Year(1403).Intersect(ReportingPeriod.Year(1405)));

        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 25), D(1404, 8, 30)), aban.Intersect(range));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 9, 1), D(1404, 9, 10)), range.Intersect(azar));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 1), D(1404, 8, 30)), ReportingPeriod.Year(1404).Intersect(aban));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 1), D(1404, 8, 30)), aban.Intersect(aban));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 7, 1), D(1404, 12, 29)), ReportingPeriod.Year(1404).Intersect(ReportingPeriod.FiscalYear(1404, 7)));
        Assert.Equal(ReportingPeriod.Custom(D(1404, 8, 30), D(1404, 8, 30)), aban.Intersect(ReportingPeriod.Custom(D(1404, 8, 30), D(1404, 9, 5))));
    }

    [Fact]
    public void Intersection_is_symmetric_and_agrees_with_overlaps_and_contains()
    {
        Gen.Select(PeriodGen.Any, PeriodGen.Any).Sample((a, b) =>
        {
            ReportingPeriod? ab = a.Intersect(b);
            Assert.Equal(ab, b.Intersect(a));
            Assert.Equal(a.Overlaps(b), ab.HasValue);
            if (ab is { } both)
            {
                Assert.True(a.Contains(both) && b.Contains(both));
                Assert.Equal(PeriodUnit.Custom, both.Unit);
            }
        });
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        var aban = ReportingPeriod.Month(1404, 8);
        Assert.True(aban.Contains(D(1404, 8, 1)));
        Assert.True(aban.Contains(D(1404, 8, 30)));
        Assert.False(aban.Contains(D(1404, 7, 30)));
        Assert.False(aban.Contains(D(1404, 9, 1)));
        Assert.True(ReportingPeriod.Season(1404, 3).Contains(aban));
        Assert.False(aban.Contains(ReportingPeriod.Season(1404, 3)));
    }

    [Fact]
    public void ToDateInterval_gives_the_same_days_in_the_ISO_calendar()
    {
        DateInterval interval = ReportingPeriod.Year(1404).ToDateInterval();
        Assert.Equal(new LocalDate(2025, 3, 21), interval.Start);
        Assert.Equal(new LocalDate(2026, 3, 20), interval.End);
        Assert.Equal(CalendarSystem.Iso, interval.Start.Calendar);
        PeriodGen.Any.Sample(p => Assert.Equal(p.LengthInDays, p.ToDateInterval().Length));
    }

    [Fact]
    public void Equality_includes_the_unit_and_fiscal_start_not_only_the_days()
    {
        var autumn = ReportingPeriod.Season(1404, 3);
        var firstFiscalSeason = ReportingPeriod.Season(1404, 1, 7);
        Assert.Equal((autumn.Start, autumn.End), (firstFiscalSeason.Start, firstFiscalSeason.End));
        Assert.NotEqual(autumn, firstFiscalSeason);
        Assert.True(autumn != firstFiscalSeason);
        Assert.NotEqual(ReportingPeriod.Month(1404, 8), ReportingPeriod.Custom(D(1404, 8, 1), D(1404, 8, 30)));
        Assert.Equal(ReportingPeriod.Season(1404, 3), ReportingPeriod.Containing(D(1404, 8, 25), PeriodUnit.Season));
        Assert.Equal(ReportingPeriod.Season(1404, 3).GetHashCode(), ReportingPeriod.Containing(D(1404, 8, 25), PeriodUnit.Season).GetHashCode());
        Assert.True(ReportingPeriod.Season(1404, 3).Equals((object)ReportingPeriod.Season(1404, 3)));
        Assert.False(ReportingPeriod.Season(1404, 3).Equals("1404-Q3"));
    }

    [Fact]
    public void Ordering_is_by_start_then_end_then_unit_then_fiscal_start()
    {
        var year = ReportingPeriod.Year(1404);
        var spring = ReportingPeriod.Season(1404, 1);
        var farvardin = ReportingPeriod.Month(1404, 1);
        var nowruz = ReportingPeriod.Day(D(1404, 1, 1));
        var autumn = ReportingPeriod.Season(1404, 3);
        var fiscalQ1 = ReportingPeriod.Season(1404, 1, 7);
        var sorted = new[] { year, autumn, fiscalQ1, spring, farvardin, nowruz }.Order().ToArray();
        Assert.Equal([nowruz, farvardin, spring, year, autumn, fiscalQ1], sorted);
        var autumnAgain = ReportingPeriod.Parse("1404-Q3");
        Assert.True(autumn < fiscalQ1 && fiscalQ1 > autumn && autumn <= autumnAgain && autumn >= autumnAgain && !(autumn < autumnAgain));
        Assert.Equal(0, autumn.CompareTo((object)autumn));
        Assert.Equal(1, autumn.CompareTo(null));
        Assert.Throws<ArgumentException>(() => autumn.CompareTo("1404-Q3"));
    }

    [Fact]
    public void Ordering_is_consistent_with_equality()
    {
        Gen.Select(PeriodGen.Any, PeriodGen.Any).Sample((a, b) =>
        {
            Assert.Equal(a == b, a.CompareTo(b) == 0);
            Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        });
    }

    private static (SolarHijriDate, SolarHijriDate) Span(ReportingPeriod p) => (p.Start, p.End);

    private static int ReportingPeriodUnitMonths(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Season => 3,
        PeriodUnit.HalfYear => 6,
        _ => 12,
    };
}
