using System.Globalization;
using BenchmarkDotNet.Attributes;
using Coop.Domain.Calendar;
using NodaTime;

namespace Coop.Domain.Benchmarks.Calendar;

/// <summary>
/// Gregorian → Solar Hijri and back over the same random dates (1300–1500 SH), ours beside NodaTime's
/// PersianAstronomical calendar and the BCL PersianCalendar. Every variant reads year, month and day
/// and sums them so that nothing is optimised away.
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    // The BCL runs ~20 µs a date, so it gets a smaller sample; results are reported per date.
    private const int Count = 1_000_000;
    private const int BclCount = 2_000;

    private DateOnly[] _gregorian = [];
    private LocalDate[] _iso = [];
    private DateTime[] _dateTimes = [];
    private (int Year, int Month, int Day)[] _persian = [];
    private readonly PersianCalendar _bcl = new();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1404);
        int from = new SolarHijriDate(1300, 1, 1).DayNumber;
        int to = new SolarHijriDate(1500, 12, 29).DayNumber;
        _gregorian = new DateOnly[Count];
        _iso = new LocalDate[Count];
        _dateTimes = new DateTime[Count];
        _persian = new (int, int, int)[Count];
        for (int i = 0; i < Count; i++)
        {
            var g = DateOnly.FromDayNumber(random.Next(from, to + 1));
            _gregorian[i] = g;
            _iso[i] = LocalDate.FromDateOnly(g);
            _dateTimes[i] = g.ToDateTime(TimeOnly.MinValue);
            var (y, m, d) = SolarHijriDate.FromDateOnly(g);
            _persian[i] = (y, m, d);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToSolarHijri")]
    public long Ours_GregorianToSolarHijri()
    {
        long sum = 0;
        foreach (DateOnly g in _gregorian)
        {
            var (y, m, d) = SolarHijriDate.FromDateOnly(g);
            sum += y + m + d;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToSolarHijri")]
    public long NodaTime_GregorianToSolarHijri()
    {
        long sum = 0;
        CalendarSystem persian = CalendarSystem.PersianAstronomical;
        foreach (LocalDate g in _iso)
        {
            LocalDate p = g.WithCalendar(persian);
            sum += p.Year + p.Month + p.Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BclCount)]
    [BenchmarkCategory("ToSolarHijri")]
    public long Bcl_GregorianToSolarHijri()
    {
        long sum = 0;
        for (int i = 0; i < BclCount; i++)
        {
            DateTime t = _dateTimes[i];
            sum += _bcl.GetYear(t) + _bcl.GetMonth(t) + _bcl.GetDayOfMonth(t);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToGregorian")]
    public long Ours_SolarHijriToGregorian()
    {
        long sum = 0;
        foreach (var (y, m, d) in _persian)
        {
            DateOnly g = new SolarHijriDate(y, m, d).ToDateOnly();
            sum += g.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToGregorian")]
    public long NodaTime_SolarHijriToGregorian()
    {
        long sum = 0;
        CalendarSystem persian = CalendarSystem.PersianAstronomical;
        foreach (var (y, m, d) in _persian)
        {
            LocalDate g = new LocalDate(y, m, d, persian).WithCalendar(CalendarSystem.Iso);
            sum += g.Year + g.Month + g.Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BclCount)]
    [BenchmarkCategory("ToGregorian")]
    public long Bcl_SolarHijriToGregorian()
    {
        long sum = 0;
        for (int i = 0; i < BclCount; i++)
        {
            var (y, m, d) = _persian[i];
            sum += _bcl.ToDateTime(y, m, d, 0, 0, 0, 0).Ticks;
        }

        return sum;
    }
}
