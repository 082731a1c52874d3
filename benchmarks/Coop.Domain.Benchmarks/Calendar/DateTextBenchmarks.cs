using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Coop.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Coop.Domain.Benchmarks.Calendar;

/// <summary>
/// Reading and writing Solar Hijri dates as <c>yyyy/MM/dd</c> text, ours beside a NodaTime
/// <see cref="LocalDatePattern"/> on the PersianAstronomical calendar and the BCL's fa-IR culture (whose
/// calendar on ICU is <see cref="PersianCalendar"/>). Our Persian long form is measured as well.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DateTextBenchmarks
{
    private const int Count = 10_000;
    private const int BclCount = 500;

    private static readonly CultureInfo s_faIR = CultureInfo.GetCultureInfo("fa-IR");

    private readonly LocalDatePattern _nodaPattern = LocalDatePattern
        .CreateWithInvariantCulture("uuuu'/'MM'/'dd")
        .WithTemplateValue(new LocalDate(1404, 1, 1, CalendarSystem.PersianAstronomical));

    private readonly char[] _buffer = new char[32];
    private SolarHijriDate[] _dates = [];
    private LocalDate[] _nodaDates = [];
    private DateTime[] _dateTimes = [];
    private string[] _canonical = [];
    private string[] _persianLong = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1404);
        int from = new SolarHijriDate(1300, 1, 1).DayNumber;
        int to = new SolarHijriDate(1500, 12, 29).DayNumber;
        _dates = new SolarHijriDate[Count];
        _nodaDates = new LocalDate[Count];
        _dateTimes = new DateTime[Count];
        _canonical = new string[Count];
        _persianLong = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            SolarHijriDate date = SolarHijriDate.FromDayNumber(random.Next(from, to + 1));
            _dates[i] = date;
            _nodaDates[i] = date.ToPersianLocalDate();
            _dateTimes[i] = date.ToDateTime();
            _canonical[i] = date.ToString();
            _persianLong[i] = date.ToString("fa-long");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Parse")]
    public long Ours_Parse()
    {
        long sum = 0;
        foreach (string text in _canonical)
        {
            sum += SolarHijriDate.Parse(text).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Parse")]
    public long Ours_ParsePersianLong()
    {
        long sum = 0;
        foreach (string text in _persianLong)
        {
            sum += SolarHijriDate.Parse(text).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Parse")]
    public long NodaTime_Parse()
    {
        long sum = 0;
        foreach (string text in _canonical)
        {
            LocalDate date = _nodaPattern.Parse(text).Value;
            sum += date.Year + date.Month + date.Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BclCount)]
    [BenchmarkCategory("Parse")]
    public long Bcl_FaIR_Parse()
    {
        long sum = 0;
        for (int i = 0; i < BclCount; i++)
        {
            sum += DateTime.ParseExact(_canonical[i], "yyyy/MM/dd", s_faIR).Ticks;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public long Ours_Format()
    {
        long sum = 0;
        foreach (SolarHijriDate date in _dates)
        {
            date.TryFormat(_buffer, out int written);
            sum += written + _buffer[9];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public long Ours_FormatPersianLong()
    {
        long sum = 0;
        foreach (SolarHijriDate date in _dates)
        {
            date.TryFormat(_buffer, out int written, "fa-long");
            sum += written + _buffer[0];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public long Ours_ToString()
    {
        long sum = 0;
        foreach (SolarHijriDate date in _dates)
        {
            sum += date.ToString().Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Format")]
    public long NodaTime_Format()
    {
        long sum = 0;
        foreach (LocalDate date in _nodaDates)
        {
            sum += _nodaPattern.Format(date).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BclCount)]
    [BenchmarkCategory("Format")]
    public long Bcl_FaIR_Format()
    {
        long sum = 0;
        for (int i = 0; i < BclCount; i++)
        {
            sum += _dateTimes[i].ToString("yyyy/MM/dd", s_faIR).Length;
        }

        return sum;
    }
}
