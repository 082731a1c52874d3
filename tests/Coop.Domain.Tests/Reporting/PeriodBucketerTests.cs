using Coop.Domain.Calendar;
using Coop.Domain.Reporting;
using CsCheck;

namespace Coop.Domain.Tests.Reporting;

public sealed class PeriodBucketerTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Every_unit_and_fiscal_start_maps_a_date_to_the_period_that_contains_it()
    {
        var units = Gen.Int[1, 4].Select(i => (PeriodUnit)i);
        var date = Gen.Select(Gen.Int[1395, 1410], Gen.Int[1, 12], Gen.Int[1, 29], (y, m, d) => D(y, m, d));
        Gen.Select(units, Gen.Int[1, 12], date, Gen.Int[0, 40]).Sample((unit, fiscal, d, spanMonths) =>
        {
            var first = D(1395, 1, 1);
            var bucketer = new PeriodBucketer(unit, first, D(1410, 12, 1), fiscal);
            int i = bucketer.IndexOf(d);
            Assert.InRange(i, 0, bucketer.Count - 1);
            Assert.Equal(ReportingPeriod.Containing(d, unit, unit == PeriodUnit.Month ? 1 : fiscal), bucketer.Periods[i]);
            Assert.True(bucketer.Periods[i].Contains(d));
        });
    }

    [Fact]
    public void A_Mehr_fiscal_year_runs_from_Mehr_to_Shahrivar()
    {
        var bucketer = new PeriodBucketer(PeriodUnit.Year, D(1403, 7, 1), D(1405, 6, 31), fiscalStartMonth: 7);
        Assert.Equal(2, bucketer.Count);
        Assert.Equal(0, bucketer.IndexOf(D(1404, 6, 31)));
        Assert.Equal(1, bucketer.IndexOf(D(1404, 7, 1)));
        Assert.Equal(1, bucketer.IndexOf(D(1405, 6, 31)));
        Assert.Equal(D(1404, 7, 1), bucketer.Periods[1].Start);
        Assert.Equal(D(1405, 6, 31), bucketer.Periods[1].End);
    }

    [Fact]
    public void Dates_outside_the_range_map_to_minus_one()
    {
        var bucketer = new PeriodBucketer(PeriodUnit.Season, D(1404, 1, 1), D(1404, 12, 29));
        Assert.Equal(4, bucketer.Count);
        Assert.Equal(-1, bucketer.IndexOf(D(1403, 12, 29)));
        Assert.Equal(-1, bucketer.IndexOf(D(1405, 1, 1)));
        Assert.Equal(2, bucketer.IndexOf(D(1404, 7, 1)));
    }

    [Fact]
    public void Seasons_and_halves_are_counted_from_the_fiscal_start()
    {
        var seasons = new PeriodBucketer(PeriodUnit.Season, D(1404, 7, 1), D(1405, 6, 1), fiscalStartMonth: 7);
        Assert.Equal(4, seasons.Count);
        Assert.Equal(0, seasons.IndexOf(D(1404, 9, 30)));
        Assert.Equal(1, seasons.IndexOf(D(1404, 10, 1)));
        var halves = new PeriodBucketer(PeriodUnit.HalfYear, D(1404, 1, 1), D(1404, 12, 1));
        Assert.Equal(0, halves.IndexOf(D(1404, 6, 31)));
        Assert.Equal(1, halves.IndexOf(D(1404, 7, 1)));
    }

    [Fact]
    public void Day_units_bad_fiscal_months_and_reversed_ranges_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodBucketer(PeriodUnit.Day, D(1404, 1, 1), D(1404, 1, 2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodBucketer(PeriodUnit.Year, D(1404, 1, 1), D(1404, 1, 2), 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PeriodBucketer(PeriodUnit.Month, D(1404, 2, 1), D(1404, 1, 2)));
        Assert.Throws<ArgumentException>(() => PeriodBucketer.Between(ReportingPeriod.Month(1404, 1), ReportingPeriod.Year(1404)));
    }

    [Fact]
    public void Between_spans_two_periods_inclusive()
    {
        var bucketer = PeriodBucketer.Between(ReportingPeriod.Month(1404, 11), ReportingPeriod.Month(1405, 2));
        Assert.Equal(4, bucketer.Count);
        Assert.Equal(ReportingPeriod.Month(1405, 2), bucketer.Periods[3]);
    }
}
