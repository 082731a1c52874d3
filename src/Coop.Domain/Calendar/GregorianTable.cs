using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Coop.Domain.Calendar;

/// <summary>
/// The Gregorian year, month and day of every Solar Hijri day by table lookup, so that
/// <see cref="SolarHijriDate.ToGregorian"/> needs no day-number arithmetic.
/// </summary>
/// <remarks>
/// <para>
/// 1 Farvardin of every supported year falls in March of Gregorian year <c>SH + 621</c> (checked when
/// the table is built). From there, the Gregorian date of each day of the Solar Hijri year depends on
/// only two things: which day of March 1 Farvardin is, and whether February of the next Gregorian
/// year has 29 days. Over years 1–9377 that gives a dozen distinct "year shapes"; each shape has a row
/// of 512 entries, indexed by the Solar Hijri <c>month &lt;&lt; 5 | day</c> (the low 9 bits of a packed
/// <see cref="SolarHijriDate"/>; slots of days that do not exist stay 0), holding
/// <c>yearOffset &lt;&lt; 9 | month &lt;&lt; 5 | day</c>, where <c>yearOffset</c> is 0 up to 31 December
/// and 1 from 1 January. One byte per Solar Hijri year names its shape.
/// </para>
/// <para>
/// A conversion is then two array reads and a few shifts: no divisions, no branches. Both tables
/// are built once from <see cref="DateOnly"/> when the type is first used (about 9,400 DateOnly
/// conversions) and take ~21 KB.
/// </para>
/// </remarks>
internal static class GregorianTable
{
    /// <summary>Gregorian year of 1 Farvardin minus the Solar Hijri year.</summary>
    internal const int YearOffset = 621;

    internal const int EntryYearShift = 9;
    internal const int EntryMonthShift = 5;
    internal const int EntryDayMask = (1 << EntryMonthShift) - 1;
    internal const int EntryMonthMask = (1 << (EntryYearShift - EntryMonthShift)) - 1;

    /// <summary>Shift of the Solar Hijri month in a row slot; the same as in the packed <see cref="SolarHijriDate"/>.</summary>
    private const int SlotMonthShift = 5;

    /// <summary>Row length as a power of two (slots run up to 12 &lt;&lt; 5 | 30 = 414).</summary>
    private const int RowShift = 9;

    /// <summary>Shape of each Solar Hijri year; index <c>year</c> (index 0 unused).</summary>
    private static readonly byte[] s_shapeOfYear;

    /// <summary>Rows of packed Gregorian dates, one row per shape, <c>1 &lt;&lt; RowShift</c> entries each.</summary>
    private static readonly ushort[] s_entries;

    static GregorianTable()
    {
        var shapes = new Dictionary<int, byte>();
        var rows = new List<ushort[]>();
        var shapeOfYear = new byte[YearTable.MaxYear + 1];
        for (int year = YearTable.MinYear; year <= YearTable.MaxYear; year++)
        {
            var start = DateOnly.FromDayNumber(YearTable.YearStart(year));
            if (start.Month != 3 || start.Year != year + YearOffset)
            {
                throw new InvalidOperationException($"1 Farvardin {year} is {start:O}, not in March {year + YearOffset}.");
            }

            int key = (start.Day << 1) | (DateTime.IsLeapYear(start.Year + 1) ? 1 : 0);
            if (!shapes.TryGetValue(key, out byte shape))
            {
                shape = checked((byte)rows.Count);
                shapes.Add(key, shape);
                var row = new ushort[1 << RowShift];
                for (int dayOfYear = 0; dayOfYear < 366; dayOfYear++)
                {
                    var (y, m, d) = start.AddDays(dayOfYear);
                    row[SlotOf(dayOfYear)] = (ushort)(((y - start.Year) << EntryYearShift) | (m << EntryMonthShift) | d);
                }

                rows.Add(row);
            }

            shapeOfYear[year] = shape;
        }

        var entries = new ushort[rows.Count << RowShift];
        for (int i = 0; i < rows.Count; i++)
        {
            rows[i].CopyTo(entries, i << RowShift);
        }

        s_shapeOfYear = shapeOfYear;
        s_entries = entries;
    }

    /// <summary>The number of distinct year shapes (for tests and docs).</summary>
    internal static int ShapeCount => s_entries.Length >> RowShift;

    /// <summary>The packed Gregorian date of a Solar Hijri day.</summary>
    /// <param name="year">The Solar Hijri year, 1–9377.</param>
    /// <param name="monthDay"><c>month &lt;&lt; 5 | day</c> of an existing date: exactly the low 9 bits of a packed <see cref="SolarHijriDate"/>.</param>
    /// <remarks>
    /// Both indexes come from a valid <see cref="SolarHijriDate"/>, so they are in range by construction;
    /// reading without bounds checks saves two compare-and-branch pairs per conversion.
    /// </remarks>
    internal static int Entry(int year, int monthDay)
    {
        int shape = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_shapeOfYear), year);
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(s_entries), (shape << RowShift) | monthDay);
    }

    /// <summary>Row slot of a 0-based day of the year: <c>month &lt;&lt; 5 | day</c> (so no day-of-year arithmetic at lookup).</summary>
    private static int SlotOf(int dayOfYear)
    {
        int month = dayOfYear < 186 ? (dayOfYear / 31) + 1 : ((dayOfYear - 186) / 30) + 7;
        int day = dayOfYear - SolarHijriCalendar.DaysBeforeMonth(month) + 1;
        return (month << SlotMonthShift) | day;
    }
}
