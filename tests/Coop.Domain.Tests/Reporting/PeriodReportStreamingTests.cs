using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Reporting;

/// <summary>
/// The report is aggregated per group and month as cooperatives arrive; these tests hold it to the definition: each
/// cooperative evaluated at each period's last day (point-in-time measures) or each record bucketed (flows).
/// </summary>
public sealed class PeriodReportStreamingTests
{
    private static readonly Cooperative[] s_cooperatives = [.. RegistryGenerator.Cooperatives(250, 11)];

    public static TheoryData<ReportMeasure, PeriodUnit, int, ReportGrouping, string?, string?> Cases => new()
    {
        { ReportMeasure.Members, PeriodUnit.Year, 1, ReportGrouping.County, null, null },
        { ReportMeasure.Members, PeriodUnit.Month, 1, ReportGrouping.None, "1401/05/10", null },
        { ReportMeasure.Active, PeriodUnit.Season, 7, ReportGrouping.Kind, null, "1402/09/15" },
        { ReportMeasure.Active, PeriodUnit.HalfYear, 1, ReportGrouping.County | ReportGrouping.Kind, "1395/01/01", "1404/12/29" },
        { ReportMeasure.Credits, PeriodUnit.Season, 1, ReportGrouping.Sector, null, null },
        { ReportMeasure.Jobs, PeriodUnit.Month, 1, ReportGrouping.County, "1400/03/20", "1403/02/02" },
        { ReportMeasure.Registrations, PeriodUnit.Year, 4, ReportGrouping.None, null, null },
        { ReportMeasure.StatusChanges, PeriodUnit.Year, 1, ReportGrouping.Kind, null, "1400/06/06" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_streamed_report_equals_each_cooperative_evaluated_at_each_period_end(
        ReportMeasure measure, PeriodUnit unit, int fiscalStart, ReportGrouping grouping, string? from, string? to)
    {
        var options = new PeriodReportOptions
        {
            Measure = measure, Unit = unit, FiscalStartMonth = fiscalStart, Grouping = grouping,
            From = from is null ? null : SolarHijriDate.Parse(from), To = to is null ? null : SolarHijriDate.Parse(to),
        };

        PeriodReport report = PeriodReports.Build(s_cooperatives, options);

        Assert.Equal(Reference(s_cooperatives, options).Order(StringComparer.Ordinal), Render(report).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_gives_the_same_report_as_Build()
    {
        var options = new PeriodReportOptions { Measure = ReportMeasure.Members, Unit = PeriodUnit.Season, Grouping = ReportGrouping.County };

        PeriodReport streamed = await PeriodReports.BuildAsync(Async(s_cooperatives), options, TestContext.Current.CancellationToken);

        Assert.Equal(Render(PeriodReports.Build(s_cooperatives, options)), Render(streamed));
    }

    [Fact]
    public void Build_enumerates_the_cooperatives_once()
    {
        int enumerations = 0;
        IEnumerable<Cooperative> Once()
        {
            enumerations++;
            foreach (Cooperative c in s_cooperatives)
            {
                yield return c;
            }
        }

        _ = PeriodReports.Build(Once(), new PeriodReportOptions { Measure = ReportMeasure.Active, Unit = PeriodUnit.Year });

        Assert.Equal(1, enumerations);
    }

    private static async IAsyncEnumerable<Cooperative> Async(IEnumerable<Cooperative> cooperatives)
    {
        foreach (Cooperative c in cooperatives)
        {
            await Task.Yield();
            yield return c;
        }
    }

    private static List<string> Render(PeriodReport report)
    {
        var lines = new List<string>();
        for (int g = 0; g < report.Groups.Count; g++)
        {
            for (int p = 0; p < report.Periods.Count; p++)
            {
                lines.Add($"{report.Groups[g].CountyCode}|{report.Groups[g].Sector}|{report.Groups[g].Kind}|{report.Periods[p]}|{report.Count(g, p)}|{report.Amount(g, p).Rials}|{report.Quantity(g, p)}");
            }
        }

        return lines;
    }

    // The definition, written the slow way: every cooperative at every period's end; every record into its period.
    private static List<string> Reference(IReadOnlyList<Cooperative> cooperatives, PeriodReportOptions options)
    {
        bool pointInTime = options.Measure is ReportMeasure.Active or ReportMeasure.Members;
        ReportRecord[] records = [.. ReportRecords.From(cooperatives).Where(r => pointInTime || r.Measure == options.Measure)];
        SolarHijriDate first = options.From ?? records.Min(r => r.Date);
        SolarHijriDate last = options.To ?? records.Max(r => r.Date);
        var bucketer = new PeriodBucketer(options.Unit, first, last, options.FiscalStartMonth);
        var sums = new SortedDictionary<string, (long Count, long Amount, long Quantity)[]>(StringComparer.Ordinal);
        (long Count, long Amount, long Quantity)[] Row(string? county, string? sector, string? kind)
        {
            string key = $"{county}|{sector}|{kind}";
            if (!sums.TryGetValue(key, out var row))
            {
                row = new (long Count, long Amount, long Quantity)[bucketer.Count];
                sums.Add(key, row);
            }

            return row;
        }

        string? County(string c) => options.Grouping.HasFlag(ReportGrouping.County) ? c : null;
        string? Kind(CooperativeKind k) => options.Grouping.HasFlag(ReportGrouping.Kind) ? k.ToString() : null;
        if (pointInTime)
        {
            foreach (Cooperative coop in cooperatives)
            {
                var row = Row(County(coop.CountyCode), options.Grouping.HasFlag(ReportGrouping.Sector) ? ReportRecord.NoSector : null, Kind(coop.Kind));
                for (int p = 0; p < bucketer.Count; p++)
                {
                    SolarHijriDate end = bucketer.Periods[p].End;
                    long n = options.Measure == ReportMeasure.Active
                        ? (coop.StatusOn(end) == CooperativeStatus.Active ? 1 : 0)
                        : (coop.RegisteredOn <= end ? coop.Members.Count(m => m.IsMemberOn(end)) : 0);
                    row[p] = (row[p].Count + n, 0, row[p].Quantity + n);
                }
            }
        }
        else
        {
            foreach (ReportRecord r in records)
            {
                int p = bucketer.IndexOf(r.Date);
                if (p < 0)
                {
                    continue;
                }

                string? sector = options.Grouping.HasFlag(ReportGrouping.Sector) ? (r.Sector?.ToString() ?? ReportRecord.NoSector) : null;
                var row = Row(County(r.CountyCode), sector, Kind(r.Kind));
                row[p] = (row[p].Count + 1, row[p].Amount + r.Amount.Rials, row[p].Quantity + r.Quantity);
            }
        }

        if (sums.Count == 0 && options.Grouping == ReportGrouping.None)
        {
            _ = Row(null, null, null);
        }

        return [.. sums.SelectMany(kv => kv.Value.Select((v, p) => $"{kv.Key}|{bucketer.Periods[p]}|{v.Count}|{v.Amount}|{v.Quantity}"))];
    }
}
