using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Coop.Domain.Calendar;
using NodaTime;

namespace Coop.Domain.Benchmarks.Calendar;

/// <summary>
/// Gregorian → Solar Hijri and back over the same random dates (1300–1500 SH), ours beside NodaTime's
/// PersianAstronomical calendar and the BCL PersianCalendar. Every variant ends with the year, month
/// and day of the result in hand (summed so that nothing is optimised away), and every variant that
/// builds a date from year/month/day validates it, as NodaTime's constructor does.
/// </summary>
/// <remarks>
/// Each direction is its own category with its own baseline. Our Gregorian → SH row starts from a
/// <see cref="DateOnly"/> (which stores a day number) and NodaTime's from a <see cref="LocalDate"/> (which
/// stores year/month/day), so a second row of ours starts from the same <see cref="LocalDate"/> values.
/// In the other direction the baseline gets the Gregorian year/month/day with
/// <see cref="SolarHijriDate.ToGregorian"/> (NodaTime's ISO <see cref="LocalDate"/> holds them after
/// conversion; the BCL row deconstructs the <see cref="DateTime"/>); a second row goes through
/// <see cref="DateOnly"/> and its Deconstruct, a third stops at the <see cref="DateOnly"/>.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
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
    public long Ours_LocalDateToSolarHijri()
    {
        long sum = 0;
        foreach (LocalDate g in _iso)
        {
            var (y, m, d) = SolarHijriDate.FromLocalDate(g);
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToGregorian")]
    public long Ours_SolarHijriToGregorian()
    {
        long sum = 0;
        foreach (var (y, m, d) in _persian)
        {
            new SolarHijriDate(y, m, d).ToGregorian(out int gy, out int gm, out int gd);
            sum += gy + gm + gd;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToGregorian")]
    public long Ours_SolarHijriToDateOnlyDeconstruct()
    {
        // The same through a DateOnly and its Deconstruct (one day-number → year/month/day computation).
        long sum = 0;
        foreach (var (y, m, d) in _persian)
        {
            var (gy, gm, gd) = new SolarHijriDate(y, m, d).ToDateOnly();
            sum += gy + gm + gd;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("ToGregorian")]
    public long Ours_SolarHijriToDateOnly()
    {
        // The DateOnly alone, without computing its Gregorian year/month/day: what storing or comparing needs.
        long sum = 0;
        foreach (var (y, m, d) in _persian)
        {
            sum += new SolarHijriDate(y, m, d).ToDateOnly().DayNumber;
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
            // Deconstruct computes the Gregorian year/month/day once (cheaper than .Year, .Month, .Day).
            var (gy, gm, gd) = _bcl.ToDateTime(y, m, d, 0, 0, 0, 0);
            sum += gy + gm + gd;
        }

        return sum;
    }
}
