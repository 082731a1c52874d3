namespace Coop.Domain.Calendar;

/// <summary>The kind of a <see cref="ReportingPeriod"/>, from the finest to the coarsest, then <see cref="Custom"/>.</summary>
/// <remarks>
/// Month-based units (<see cref="Month"/>, <see cref="Season"/>, <see cref="HalfYear"/>, <see cref="Year"/>)
/// always start on the first day of a month and end on the last day of a month. Seasons, halves and years
/// are counted within a fiscal year that may start in any month (see <see cref="ReportingPeriod.FiscalStartMonth"/>).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<PeriodUnit>))]
public enum PeriodUnit
{
    /// <summary>One day.</summary>
    Day = 0,

    /// <summary>One calendar month, e.g. Aban 1404 (1404/08/01–1404/08/30).</summary>
    Month = 1,

    /// <summary>
    /// Three months, a quarter of a (fiscal) year. In a year starting in Farvardin these are the seasons:
    /// 1 بهار (Farvardin–Khordad), 2 تابستان (Tir–Shahrivar), 3 پاییز (Mehr–Azar), 4 زمستان (Dey–Esfand).
    /// </summary>
    Season = 2,

    /// <summary>Six months, half of a (fiscal) year: H1 is its first six months, H2 the last six.</summary>
    HalfYear = 3,

    /// <summary>Twelve months: a calendar year from 1 Farvardin, or a fiscal year from the first day of another month.</summary>
    Year = 4,

    /// <summary>An arbitrary inclusive range of days, e.g. 1404/08/25..1404/09/10.</summary>
    Custom = 5,
}
