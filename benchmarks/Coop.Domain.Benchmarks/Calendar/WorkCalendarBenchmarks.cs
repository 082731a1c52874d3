using BenchmarkDotNet.Attributes;
using Coop.Domain.Calendar;

namespace Coop.Domain.Benchmarks.Calendar;

/// <summary>
/// "Is this a working day?" for every day of 1395–1405 (4,018 days): our <see cref="WorkCalendar"/> beside the
/// usual hand-written peer, a <see cref="HashSet{T}"/> of the table's Gregorian holiday dates plus a Friday
/// check (which knows nothing about years beyond the table or 30 Esfand). Results are per day. The same lookup over
/// 1406–1416 (years with projected holidays, built once in the setup) shows the projected years take the same path.
/// </summary>
[MemoryDiagnoser]
public class WorkCalendarBenchmarks
{
    // 1395/01/01 to 1405/12/29: 11 years, three of them leap.
    private const int Days = 4018;

    private SolarHijriDate[] _days = [];
    private SolarHijriDate[] _projectedDays = [];
    private DateOnly[] _gregorian = [];
    private HashSet<DateOnly> _holidaySet = [];
    private readonly WorkCalendar _calendar = WorkCalendar.Default;

    [GlobalSetup]
    public void Setup()
    {
        var first = new SolarHijriDate(1395, 1, 1);
        var last = new SolarHijriDate(1405, 12, 29);
        _days = [.. Enumerable.Range(first.DayNumber, last.DayNumber - first.DayNumber + 1).Select(SolarHijriDate.FromDayNumber)];
        if (_days.Length != Days)
        {
            throw new InvalidOperationException($"Expected {Days} days, got {_days.Length}.");
        }

        _gregorian = [.. _days.Select(d => d.ToDateOnly())];
        int projectedFirst = new SolarHijriDate(1406, 1, 1).DayNumber;
        _projectedDays = [.. Enumerable.Range(projectedFirst, Days).Select(SolarHijriDate.FromDayNumber)];
        _ = _calendar.CountWorkingDays(_projectedDays[0], _projectedDays[^1]); // projects and builds the years once
        _holidaySet = [.. Enumerable.Range(1395, 11).SelectMany(_calendar.HolidaysIn).Select(h => h.Date.ToDateOnly())];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Days)]
    public int Ours_IsWorkingDay() => CountWorking(_days);

    [Benchmark(OperationsPerInvoke = Days)]
    public int HashSetOfDates_IsWorkingDay()
    {
        int count = 0;
        foreach (DateOnly day in _gregorian)
        {
            if (day.DayOfWeek != DayOfWeek.Friday && !_holidaySet.Contains(day))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Days)]
    public int Ours_CountWorkingDays() => _calendar.CountWorkingDays(_days[0], _days[^1]);

    [Benchmark(OperationsPerInvoke = Days)]
    public int Ours_IsWorkingDay_ProjectedYears() => CountWorking(_projectedDays);

    private int CountWorking(SolarHijriDate[] days)
    {
        int count = 0;
        foreach (SolarHijriDate day in days)
        {
            if (_calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
