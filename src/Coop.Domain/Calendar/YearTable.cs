namespace Coop.Domain.Calendar;

/// <summary>
/// The official Solar Hijri calendar as data: one leap flag per year and the day number of every
/// 1 Farvardin, computed once when the type is first used. Conversions are table lookups, never
/// astronomy per call.
/// </summary>
/// <remarks>
/// The leap flags are those of the astronomical rule (vernal equinox before apparent noon at 52.5°E)
/// that .NET's <see cref="System.Globalization.PersianCalendar"/> implements and NodaTime's
/// <c>CalendarSystem.PersianAstronomical</c> embeds. They were extracted once from the BCL for years
/// 1–9377 and are stored here as a bit set (bit <c>y &amp; 7</c> of byte <c>y &gt;&gt; 3</c>). The
/// tests check them against both implementations, so a change in either is noticed.
/// </remarks>
internal static class YearTable
{
    internal const int MinYear = 1;
    internal const int MaxYear = 9377;

    /// <summary>Day number (days since 0001-01-01 Gregorian, as <see cref="DateOnly.DayNumber"/>) of 1 Farvardin 1 = 622-03-22.</summary>
    internal const int EpochDayNumber = 226_895;

    private const string LeapBits =
        "ICIiIkJERESEiIiICBEREREiIiJCREREhIiIiAgRERERIiIiIkRERISIiIiIEBERESEiIiJEREREiIiIiBAREREhIiIiQkRERISIiIgIERERESIiIkJERESEiIiICBEREREiIiIiRERERIiIiIgQERERISIiIkJERESEiIiICBEREREiIiIiREREhIiIiAgRERERISIiIkRERESIiIiIEBERESEiIiJCREREhIiIiAgRERERIiIiIkRERISIiIgIERERESEiIiJEREREiIiIiBAREREhIiIiQkRERISIiIgIERERESIiIiJEREREiIiIiBAREREhIiIiQkRERIiIiIgQERERISIiIiJERESEiIiICBEREREiIiIiRERERIiIiIgQERERISIiIkJERESEiIiICBEREREiIiIiRERERIiIiAgRERERIiIiIkJERESEiIiIEBERESEiIiJCRERERIiIiAgRERERIiIiIkRERESIiIiIEBERESEiIiJCREREhIiIiAgREREhIiIiIkRERESIiIiIEBERESIiIiJEREREiIiIiBAREREhIiIiQkRERISIiIgIERERESIiIiJEREREiIiIiBAREREiIiIiRERERIiIiIgQERERISIiIkJERESEiIiICBERESEiIiJCREREhIiIiAgRERERIiIiIkRERESIiIiIEBERESIiIiJEREREiIiIiBAREREhIiIiQkRERISIiIgIERERISIiIkJERESEiIiICBEREREiIiIiRERERIiIiAgRERERIiIiIkRERESIiIgIERERESIiIiJEREREiIiIiBAREREhIiIiQkRERIiIiIgQERERISIiIkJERESIiIiIEBERESEiIiJCREREiIiIiBAREREhIiIiQkRERIiIiIgQERERISIiIkRERESIiIiIEBERESIiIiJEREREiIiIiBAREREiIiIiRERERIiIiAgRERERIiIiIkRERISIiIgIERERESIiIkJERESEiIiIEBERESEiIiJEREREiIiIiBAREREiIiIiRERERIiIiAgRERERIiIiIkRERISIiIgQERERISIiIkJERESIiIiIEBERESEiIiJERESEiIiICBERESEiIiJCREREhIiIiBAREREhIiIiREREhIiIiAgRERERIiIiQkRERIiIiIgQERERIiIiIkRERISIiIgQERERISIiIkRERESIiIgIERERISIiIkJERESIiIiIEBERESIiIkJERESIiIiIEBERESIiIiJERESEiIiIEBERESEiIiJERESEiIiICBERESEiIiJEREREiIiICBERESEiIiJERESEiIiICBERESEiIiJEREREiIiICBERESEiIiJERESEiIiICBERESEiIiJERESEiIiICBERESEiIiJERESEiIiIEBERESIiIiJERESEiIiIEBERESIiIkJERESIiIgIERERISIiIkRERESIiIgIERERISIiIkRERISIiIgQERERIiIiQkRERIiIiAgREREhIiIiREREhIiIiBAREREiIiJCREREiIiICBERESEC";

    /// <summary>Start day numbers; index <c>y - MinYear</c>, with one extra entry for the year after <see cref="MaxYear"/>.</summary>
    private static readonly int[] s_yearStarts = BuildYearStarts();

    private static readonly byte[] s_leap = Convert.FromBase64String(LeapBits);

    /// <summary>Days per block of <see cref="s_blocks"/> as a power of two; a block must be shorter than a year.</summary>
    private const int BlockShift = 8;

    private const int BlockDayMask = (1 << BlockShift) - 1;

    /// <summary>Bit position of the year index in a <see cref="s_blocks"/> entry; below it, the leap flag (bit 9) and the day of year (bits 0–8).</summary>
    private const int BlockYearShift = 10;

    /// <summary>
    /// For each block of 256 days from the epoch, where its first day lies: <c>yearIndex &lt;&lt; 10 | leap &lt;&lt; 9 | dayOfYear</c>
    /// (0-based day of the year; 37 KB).
    /// </summary>
    private static readonly int[] s_blocks = BuildBlocks();

    /// <summary>Day number of 0001/01/01 (622-03-22); constants so that range checks read no memory.</summary>
    internal const int MinDayNumber = EpochDayNumber;

    /// <summary>Day number of 9377/12/30 (9999-03-17); <see cref="BuildYearStarts"/> checks it against the table.</summary>
    internal const int MaxDayNumber = 3_651_769;

    internal static bool IsLeap(int year) => (s_leap[year >> 3] & (1 << (year & 7))) != 0;

    /// <summary>1 when <paramref name="year"/> is a leap year, 0 otherwise (for branch-free arithmetic).</summary>
    internal static int LeapBit(int year) => (s_leap[year >> 3] >> (year & 7)) & 1;

    internal static int YearStart(int year) => s_yearStarts[year - MinYear];

    /// <summary>
    /// Finds the year whose span contains <paramref name="dayNumber"/> and the 0-based day of that year;
    /// the caller has range-checked <paramref name="dayNumber"/>.
    /// </summary>
    /// <remarks>
    /// A block of 256 days holds at most one 1 Farvardin, so the day is in the year of the block's first
    /// day or the next one. The block entry carries that year, its length and the block's day of the year,
    /// so the answer takes one table read and a branch-free comparison, the same work for every input.
    /// </remarks>
    internal static int Locate(int dayNumber, out int dayOfYear)
    {
        int offset = dayNumber - EpochDayNumber;
        int entry = s_blocks[offset >> BlockShift];
        int day = (entry & 511) + (offset & BlockDayMask);
        int length = 365 + ((entry >> 9) & 1);
        int next = (length - 1 - day) >>> 31; // 1 when the day is past the year's end
        dayOfYear = day - (length & -next);
        return (entry >> BlockYearShift) + next + MinYear;
    }

    private static int[] BuildBlocks()
    {
        int[] starts = s_yearStarts;
        var blocks = new int[((starts[^1] - 1 - EpochDayNumber) >> BlockShift) + 1];
        int index = 0;
        for (int block = 0; block < blocks.Length; block++)
        {
            int first = EpochDayNumber + (block << BlockShift);
            while (starts[index + 1] <= first)
            {
                index++;
            }

            int leap = starts[index + 1] - starts[index] - 365;
            blocks[block] = (index << BlockYearShift) | (leap << 9) | (first - starts[index]);
        }

        return blocks;
    }

    private static int[] BuildYearStarts()
    {
        byte[] leap = Convert.FromBase64String(LeapBits);
        var starts = new int[MaxYear - MinYear + 2];
        int day = EpochDayNumber;
        for (int year = MinYear; year <= MaxYear + 1; year++)
        {
            starts[year - MinYear] = day;
            if (year <= MaxYear)
            {
                day += (leap[year >> 3] & (1 << (year & 7))) != 0 ? 366 : 365;
            }
        }

        if (starts[^1] - 1 != MaxDayNumber)
        {
            throw new InvalidOperationException("The leap table does not end on 9999-03-17; MaxDayNumber is stale.");
        }

        return starts;
    }
}
