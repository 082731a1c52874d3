using BenchmarkDotNet.Attributes;
using Coop.Domain.Calendar;
using Coop.Domain.Reporting;
using NodaTime;

namespace Coop.Domain.Benchmarks.Reporting;

/// <summary>
/// Bucketing 1M dated records (a Gregorian <see cref="DateOnly"/>, a county index 0–31 and an amount in rials) by
/// Solar Hijri season × county, summing the amounts: ours (<see cref="SolarHijriDate.FromDateOnly"/> then
/// <see cref="PeriodBucketer.IndexOf"/>), the floor (a hand-written loop over a table of year-start day numbers, written
/// here), and LINQ <c>GroupBy</c> over NodaTime's Persian calendar (what a user writes today). Every variant starts from
/// the same <see cref="DateOnly"/> values and ends with a total that is checked equal in setup.
/// </summary>
[MemoryDiagnoser]
public class BucketingBenchmarks
{
    private const int Count = 1_000_000;
    private const int Counties = 32;
    private const int FirstYear = 1395;
    private const int LastYear = 1410;
    private DateOnly[] _dates = [];
    private int[] _counties = [];
    private long[] _rials = [];
    private int[] _yearStarts = [];
    private PeriodBucketer _bucketer = null!;
    private long[] _sums = [];

    /// <summary>Random dates in 1395–1410 SH.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1404);
        int first = new SolarHijriDate(FirstYear, 1, 1).ToDateOnly().DayNumber;
        int last = new SolarHijriDate(LastYear, 12, 29).ToDateOnly().DayNumber;
        _dates = new DateOnly[Count];
        _counties = new int[Count];
        _rials = new long[Count];
        for (int i = 0; i < Count; i++)
        {
            _dates[i] = DateOnly.FromDayNumber(random.Next(first, last + 1));
            _counties[i] = random.Next(Counties);
            _rials[i] = random.NextInt64(1, 100_000_000_000);
        }

        _yearStarts = new int[LastYear - FirstYear + 2];
        for (int y = FirstYear; y <= LastYear + 1; y++)
        {
            _yearStarts[y - FirstYear] = new SolarHijriDate(y, 1, 1).ToDateOnly().DayNumber;
        }

        _bucketer = new PeriodBucketer(PeriodUnit.Season, new SolarHijriDate(FirstYear, 1, 1), new SolarHijriDate(LastYear, 12, 1));
        _sums = new long[_bucketer.Count * Counties];
        long a = Ours(), b = Floor(), c = Linq();
        if (a != b || b != c)
        {
            throw new InvalidOperationException($"The variants disagree: {a}, {b}, {c}.");
        }
    }

    /// <summary>Ours: convert, index with the bucketer, add.</summary>
    [Benchmark]
    public long Ours()
    {
        long[] sums = _sums;
        Array.Clear(sums);
        PeriodBucketer bucketer = _bucketer;
        DateOnly[] dates = _dates;
        int[] counties = _counties;
        long[] rials = _rials;
        for (int i = 0; i < dates.Length; i++)
        {
            int p = bucketer.IndexOf(SolarHijriDate.FromDateOnly(dates[i]));
            if (p >= 0)
            {
                sums[(p * Counties) + counties[i]] += rials[i];
            }
        }

        return Checksum(sums);
    }

    /// <summary>The floor: find the year in a year-start table, then the season from the day of year (6 × 31, 5 × 30, 29/30).</summary>
    [Benchmark(Baseline = true)]
    public long Floor()
    {
        long[] sums = _sums;
        Array.Clear(sums);
        int[] starts = _yearStarts;
        DateOnly[] dates = _dates;
        int[] counties = _counties;
        long[] rials = _rials;
        int origin = starts[0];
        for (int i = 0; i < dates.Length; i++)
        {
            int day = dates[i].DayNumber;
            int y = (day - origin) / 366; // an underestimate: step forward at most once or twice
            while (starts[y + 1] <= day)
            {
                y++;
            }

            int dayOfYear = day - starts[y];
            int season = dayOfYear < 186 ? dayOfYear / 93 : dayOfYear < 276 ? 2 : 3;
            sums[(((y * 4) + season) * Counties) + counties[i]] += rials[i];
        }

        return Checksum(sums);
    }

    /// <summary>What a user writes today: NodaTime Persian conversion and LINQ GroupBy by (year, season, county).</summary>
    [Benchmark]
    public long Linq()
    {
        var persian = CalendarSystem.PersianAstronomical;
        var groups = Enumerable.Range(0, _dates.Length)
            .Select(i => (Date: LocalDate.FromDateOnly(_dates[i]).WithCalendar(persian), County: _counties[i], Rials: _rials[i]))
            .GroupBy(r => (r.Date.Year, Season: (r.Date.Month - 1) / 3, r.County))
            .Select(g => (g.Key, Sum: g.Sum(r => r.Rials)));
        long[] sums = new long[_sums.Length];
        foreach (var (key, sum) in groups)
        {
            sums[((((key.Year - FirstYear) * 4) + key.Season) * Counties) + key.County] = sum;
        }

        return Checksum(sums);
    }

    private static long Checksum(long[] sums)
    {
        long total = 0;
        for (int i = 0; i < sums.Length; i++)
        {
            total = unchecked((total * 31) + sums[i]);
        }

        return total;
    }
}
