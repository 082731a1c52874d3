using Coop.Domain.Calendar;
using CsCheck;

namespace Coop.Domain.Tests.Calendar;

/// <summary>Generators of reporting periods of every unit and fiscal start, in years 1300–1500.</summary>
internal static class PeriodGen
{
    /// <summary>A period of any unit; fiscal start 1–12 for years, halves and seasons.</summary>
    public static readonly Gen<ReportingPeriod> Any =
        Gen.Select(Gen.Int[0, 5], Gen.Int[1300, 1500], Gen.Int[1, 12], Gen.Int[0, 364], Gen.Int[0, 400], Build);

    /// <summary>A month-based period (month, season, half-year or year).</summary>
    public static readonly Gen<ReportingPeriod> MonthBased =
        Gen.Select(Gen.Int[1, 4], Gen.Int[1300, 1500], Gen.Int[1, 12], Gen.Int[0, 364], Gen.Int[0, 400], Build);

    /// <summary>A date in years 1300–1500.</summary>
    public static readonly Gen<SolarHijriDate> Date =
        Gen.Int[new SolarHijriDate(1300, 1, 1).DayNumber, new SolarHijriDate(1500, 12, 29).DayNumber].Select(SolarHijriDate.FromDayNumber);

    private static ReportingPeriod Build(int unit, int year, int fiscal, int a, int b) => (PeriodUnit)unit switch
    {
        PeriodUnit.Day => ReportingPeriod.Day(new SolarHijriDate(year, 1, 1).AddDays(a)),
        PeriodUnit.Month => ReportingPeriod.Month(year, fiscal),
        PeriodUnit.Season => ReportingPeriod.Season(year, (a % 4) + 1, fiscal),
        PeriodUnit.HalfYear => ReportingPeriod.HalfYear(year, (a % 2) + 1, fiscal),
        PeriodUnit.Year => ReportingPeriod.FiscalYear(year, fiscal),
        _ => ReportingPeriod.Custom(new SolarHijriDate(year, 1, 1).AddDays(a), new SolarHijriDate(year, 1, 1).AddDays(a + b)),
    };
}
