using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting;

/// <summary>
/// Maps a <see cref="SolarHijriDate"/> to the index of the month, season, half-year or (fiscal) year that holds it,
/// counted from the first period of a range, with integer arithmetic on the date's year and month only: no allocation
/// and no calendar conversion per date.
/// </summary>
/// <remarks>Seasons, halves and years are counted from <see cref="FiscalStartMonth"/>, as <see cref="ReportingPeriod.Containing"/> does.</remarks>
public sealed class PeriodBucketer
{
    private readonly int _monthsPerPeriod;
    private readonly int _offset;
    private readonly long _firstAbsolute;
    private readonly ReportingPeriod[] _periods;

    /// <summary>Creates a bucketer for the periods of <paramref name="unit"/> from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, both included.</summary>
    /// <param name="unit">Month, Season, HalfYear or Year.</param>
    /// <param name="first">A date in the first period.</param>
    /// <param name="last">A date in the last period; not before <paramref name="first"/>.</param>
    /// <param name="fiscalStartMonth">The month (1–12) that starts a year; seasons and halves are counted from it. Ignored for months.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is Day, Custom or unknown; <paramref name="fiscalStartMonth"/> is outside 1–12; or <paramref name="last"/> is before <paramref name="first"/>.</exception>
    public PeriodBucketer(PeriodUnit unit, SolarHijriDate first, SolarHijriDate last, int fiscalStartMonth = 1)
    {
        _monthsPerPeriod = unit switch
        {
            PeriodUnit.Month => 1,
            PeriodUnit.Season => 3,
            PeriodUnit.HalfYear => 6,
            PeriodUnit.Year => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Reports bucket by Month, Season, HalfYear or Year."),
        };
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalStartMonth, 12);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), last, $"The last date is before the first date {first}.");
        }

        Unit = unit;
        FiscalStartMonth = unit == PeriodUnit.Month ? 1 : fiscalStartMonth;
        _offset = FiscalStartMonth - 1;
        _firstAbsolute = Absolute(first.Year, first.Month);
        int count = checked((int)(Absolute(last.Year, last.Month) - _firstAbsolute + 1));
        _periods = new ReportingPeriod[count];
        ReportingPeriod period = ReportingPeriod.Containing(first, unit, FiscalStartMonth);
        for (int i = 0; i < count; i++)
        {
            _periods[i] = period;
            if (i + 1 < count)
            {
                period = period.Next();
            }
        }
    }

    /// <summary>Creates a bucketer for the periods from <paramref name="from"/> to <paramref name="to"/>, both included, in the unit and fiscal start of <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentException">The two periods differ in unit or fiscal start month, or the unit is Day or Custom.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> starts before <paramref name="from"/>.</exception>
    public static PeriodBucketer Between(ReportingPeriod from, ReportingPeriod to)
    {
        if (from.Unit != to.Unit || (from.Unit != PeriodUnit.Month && from.FiscalStartMonth != to.FiscalStartMonth))
        {
            throw new ArgumentException($"The periods {from} and {to} are of different units or fiscal years.", nameof(to));
        }

        if (from.Unit is PeriodUnit.Day or PeriodUnit.Custom)
        {
            throw new ArgumentException($"Reports bucket by Month, Season, HalfYear or Year, not {from.Unit}.", nameof(from));
        }

        return new PeriodBucketer(from.Unit, from.Start, to.Start, from.FiscalStartMonth);
    }

    /// <summary>The period unit.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>The month (1–12) that starts a year for seasons, halves and years; 1 for months.</summary>
    public int FiscalStartMonth { get; }

    /// <summary>The number of periods in the range (at least 1).</summary>
    public int Count => _periods.Length;

    /// <summary>The periods in order; index <c>i</c> is the period that <see cref="IndexOf"/> maps to <c>i</c>.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => _periods;

    /// <summary>The index (0 to <see cref="Count"/> − 1) of the period holding <paramref name="date"/>, or −1 when the date is outside the range.</summary>
    public int IndexOf(SolarHijriDate date)
    {
        long index = Absolute(date.Year, date.Month) - _firstAbsolute;
        return (ulong)index < (ulong)_periods.Length ? (int)index : -1;
    }

    // Whole periods since an anchor before year 1; months since the anchor are never negative for years ≥ 1.
    private long Absolute(int year, int month) => ((year * 12L) + month - 1 - _offset + 12) / _monthsPerPeriod;
}
