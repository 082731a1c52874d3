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

    internal static int MinDayNumber => s_yearStarts[0];

    internal static int MaxDayNumber => s_yearStarts[MaxYear - MinYear + 1] - 1;

    internal static bool IsLeap(int year) => (s_leap[year >> 3] & (1 << (year & 7))) != 0;

    internal static int YearStart(int year) => s_yearStarts[year - MinYear];

    /// <summary>Finds the year whose span contains <paramref name="dayNumber"/>; the caller has range-checked it.</summary>
    internal static int YearOf(int dayNumber)
    {
        // 12053 days in 33 years is the mean year of the calendar; the estimate is off by at most one.
        int offset = dayNumber - EpochDayNumber;
        int index = (int)(offset * 33L / 12053);
        if (index > MaxYear - MinYear)
        {
            index = MaxYear - MinYear;
        }

        int[] starts = s_yearStarts;
        while (starts[index] > dayNumber)
        {
            index--;
        }

        while (starts[index + 1] <= dayNumber)
        {
            index++;
        }

        return index + MinYear;
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

        return starts;
    }
}
