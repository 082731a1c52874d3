using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Tests.Model;
using CsCheck;

namespace Coop.Domain.Tests.Reporting;

public sealed class PeriodReportTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    private static ReportRecord Credit(SolarHijriDate date, string county, long rials, ProjectSector sector = ProjectSector.Agriculture) =>
        new(ReportMeasure.Credits, date, county, CooperativeKind.EmploymentGenerating, sector, Money.FromRials(rials), 1);

    [Fact]
    public void Credits_by_season_and_county_sum_exactly_and_show_empty_seasons_as_zero()
    {
        ReportRecord[] records =
        [
            Credit(D(1404, 1, 5), "A", 123_456_789_012_345),
            Credit(D(1404, 2, 31), "A", 1),
            Credit(D(1404, 8, 1), "B", 7),
            new(ReportMeasure.Jobs, D(1404, 1, 1), "A", CooperativeKind.Housing, null, Money.Zero, 9),
        ];
        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions
        {
            Measure = ReportMeasure.Credits, Unit = PeriodUnit.Season, Grouping = ReportGrouping.County,
            From = D(1404, 1, 1), To = D(1404, 12, 1),
        });
        Assert.Equal(4, report.Periods.Count);
        Assert.Equal(["A", "B"], report.Groups.Select(g => g.CountyCode));
        Assert.Equal(Money.FromRials(123_456_789_012_346), report.Amount(0, 0));
        Assert.Equal(2, report.Count(0, 0));
        Assert.Equal(0, report.Count(0, 1));
        Assert.Equal(Money.Zero, report.Amount(1, 0));
        Assert.Equal(7, report.Value(1, 2));
        Assert.Equal(0, report.Value(1, 3));
        Assert.Equal(8, report.ToTable().Rows.Count);
    }

    [Fact]
    public void A_range_open_at_one_end_that_the_records_do_not_reach_reports_no_periods()
    {
        ReportRecord[] records = [Credit(D(1404, 1, 5), "A", 10, ProjectSector.Industry), Credit(D(1404, 3, 5), "A", 20, ProjectSector.Industry)];

        PeriodReport after = PeriodReports.Build(records, new PeriodReportOptions { Unit = PeriodUnit.Year, From = D(1500, 1, 1) });
        PeriodReport before = PeriodReports.Build(records, new PeriodReportOptions { Unit = PeriodUnit.Year, To = D(1300, 1, 1) });

        Assert.Empty(after.Periods);
        Assert.Empty(before.Periods);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodReports.Build(records, new PeriodReportOptions { From = D(1404, 6, 1), To = D(1404, 1, 1) }));
    }

    [Fact]
    public void Grouping_by_sector_and_kind_keeps_the_keys_apart()
    {
        ReportRecord[] records =
        [
            Credit(D(1404, 1, 5), "A", 10, ProjectSector.Industry),
            Credit(D(1404, 1, 6), "A", 20, ProjectSector.Agriculture),
            Credit(D(1404, 1, 7), "B", 30, ProjectSector.Agriculture),
        ];
        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions { Unit = PeriodUnit.Year, Grouping = ReportGrouping.Sector | ReportGrouping.Kind });
        Assert.Equal(2, report.Groups.Count);
        Assert.Equal(new ReportGroup(null, "Agriculture", "EmploymentGenerating"), report.Groups[0]);
        Assert.Equal(50, report.Value(0, 0));
        Assert.Equal(10, report.Value(1, 0));
        Assert.Equal(["period", "label", "sector", "kind", "count", "amount_rials"], report.ToTable().Columns.Select(c => c.Id));
    }

    [Fact]
    public void Records_from_the_model_cover_registrations_status_changes_credits_and_jobs()
    {
        CooperativeBuilder b = Samples.Juybar();
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Inactive, D(1404, 9, 1)));
        ReportRecord[] records = ReportRecords.From([b.Build()]).ToArray();
        Assert.Equal(D(1398, 3, 15), Assert.Single(records, r => r.Measure == ReportMeasure.Registrations).Date);
        Assert.Equal(D(1404, 9, 1), Assert.Single(records, r => r.Measure == ReportMeasure.StatusChanges).Date);
        Assert.Equal(ProjectSector.Agriculture, Assert.Single(records, r => r.Measure == ReportMeasure.Credits).Sector);
        Assert.Equal(10, Assert.Single(records, r => r.Measure == ReportMeasure.Jobs).Quantity);
    }

    [Fact]
    public void Active_cooperatives_and_members_are_counted_at_each_period_end()
    {
        CooperativeBuilder b = Samples.Juybar();
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Inactive, D(1404, 9, 1)));
        Cooperative coop = b.Build();
        var options = new PeriodReportOptions { Measure = ReportMeasure.Active, Unit = PeriodUnit.Season, From = D(1404, 1, 1), To = D(1404, 12, 1) };
        PeriodReport active = PeriodReports.Build([coop], options);
        Assert.Equal([1L, 1, 0, 0], Enumerable.Range(0, 4).Select(p => active.Value(0, p)));

        PeriodReport members = PeriodReports.Build([coop], options with { Measure = ReportMeasure.Members, From = D(1399, 1, 1), To = D(1400, 12, 1), Unit = PeriodUnit.Year });
        Assert.Equal([7L, 8], Enumerable.Range(0, 2).Select(p => members.Value(0, p)));
    }

    [Fact]
    public void A_Mehr_fiscal_year_report_buckets_across_the_calendar_year()
    {
        ReportRecord[] records = [Credit(D(1404, 6, 31), "A", 1), Credit(D(1404, 7, 1), "A", 2), Credit(D(1405, 6, 1), "A", 4)];
        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions { Unit = PeriodUnit.Year, FiscalStartMonth = 7 });
        Assert.Equal(2, report.Periods.Count);
        Assert.Equal(1, report.Value(0, 0));
        Assert.Equal(6, report.Value(0, 1));
    }

    [Fact]
    public void Every_unit_buckets_the_same_records()
    {
        ReportRecord[] records = [Credit(D(1404, 1, 1), "A", 1), Credit(D(1404, 12, 29), "A", 2)];
        foreach ((PeriodUnit unit, int count) in new[] { (PeriodUnit.Month, 12), (PeriodUnit.Season, 4), (PeriodUnit.HalfYear, 2), (PeriodUnit.Year, 1) })
        {
            PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions { Unit = unit });
            Assert.Equal(count, report.Periods.Count);
            Assert.Equal(count == 1 ? 3 : 1, report.Value(0, 0));
            Assert.Equal(count == 1 ? 3 : 2, report.Value(0, count - 1));
            Assert.Equal(3, Enumerable.Range(0, count).Sum(p => report.Value(0, p)));
        }
    }

    [Fact]
    public void The_chart_has_Persian_season_labels_and_one_series_per_group()
    {
        ReportRecord[] records = [Credit(D(1404, 7, 1), "A", 5), Credit(D(1404, 10, 1), "B", 6)];
        ChartModel chart = PeriodReports.Build(records, new PeriodReportOptions { Grouping = ReportGrouping.County }).ToChart();
        Assert.Equal(["پاییز ۱۴۰۴", "زمستان ۱۴۰۴"], chart.Categories);
        Assert.Equal(["A", "B"], chart.Series.Select(s => s.Name));
        Assert.Equal([5m, 0m], chart.Series[0].Values);
        Assert.Contains("پاییز ۱۴۰۴", SvgChartWriter.ToSvg(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void No_records_and_no_range_give_an_empty_report_and_point_in_time_measures_need_cooperatives()
    {
        PeriodReport report = PeriodReports.Build(Array.Empty<ReportRecord>(), new PeriodReportOptions());
        Assert.Empty(report.Periods);
        Assert.Throws<InvalidOperationException>(() => report.ToChart());
        Assert.Throws<ArgumentException>(() => PeriodReports.Build(Array.Empty<ReportRecord>(), new PeriodReportOptions { Measure = ReportMeasure.Active }));
    }

    [Fact]
    public void Bucketed_counts_sum_to_the_number_of_records_in_range()
    {
        var record = Gen.Select(Gen.Int[1400, 1406], Gen.Int[1, 12], Gen.Int[1, 29], Gen.Int[0, 3], Gen.Long[0, 1_000_000_000_000])
            .Select((y, m, d, c, r) => Credit(D(y, m, d), "C" + c, r));
        var units = Gen.Int[1, 4].Select(i => (PeriodUnit)i);
        Gen.Select(record.Array[0, 60], units, Gen.Int[1, 12]).Sample((records, unit, fiscal) =>
        {
            var options = new PeriodReportOptions { Unit = unit, FiscalStartMonth = fiscal, Grouping = ReportGrouping.County, From = D(1401, 1, 1), To = D(1404, 12, 1) };
            PeriodReport report = PeriodReports.Build(records, options);
            SolarHijriDate first = report.Periods[0].Start, last = report.Periods[^1].End;
            ReportRecord[] inRange = records.Where(r => first <= r.Date && r.Date <= last).ToArray();
            long count = 0, rials = 0;
            for (int g = 0; g < report.Groups.Count; g++)
            {
                for (int p = 0; p < report.Periods.Count; p++)
                {
                    count += report.Count(g, p);
                    rials += report.Amount(g, p).Rials;
                }
            }

            Assert.Equal(inRange.Length, count);
            Assert.Equal(inRange.Sum(r => r.Amount.Rials), rials);
        });
    }
}
