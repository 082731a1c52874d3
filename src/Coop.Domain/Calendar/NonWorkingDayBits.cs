using System.Numerics;

namespace Coop.Domain.Calendar;

/// <summary>
/// One bit per day over a span of days (set = the day fails the predicate given, e.g. "not a working day"), built
/// once per year of a <see cref="WorkCalendar"/>. Makes <c>IsWorkingDay</c> a bit test and counting a population count.
/// </summary>
internal sealed class NonWorkingDayBits
{
    private readonly int _first;
    private readonly int _last;
    private readonly ulong[] _bits;

    /// <summary>Builds the bits for day numbers <paramref name="first"/>..<paramref name="last"/> from <paramref name="isWorkingDay"/>.</summary>
    internal NonWorkingDayBits(int first, int last, Func<int, bool> isWorkingDay)
    {
        _first = first;
        _last = last;
        _bits = new ulong[((last - first) >> 6) + 1];
        for (int dayNumber = first; dayNumber <= last; dayNumber++)
        {
            if (!isWorkingDay(dayNumber))
            {
                int i = dayNumber - first;
                _bits[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    internal int First => _first;

    internal int Last => _last;

    internal bool Contains(int dayNumber) => dayNumber >= _first && dayNumber <= _last;

    /// <summary>Whether a day inside the span is a working day; the caller has checked <see cref="Contains"/>.</summary>
    internal bool IsWorkingDay(int dayNumber)
    {
        int i = dayNumber - _first;
        return (_bits[i >> 6] & (1UL << (i & 63))) == 0;
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/>, both inside the span and in order.</summary>
    internal int CountWorkingDays(int from, int to)
    {
        int a = from - _first;
        int b = to - _first;
        int wordA = a >> 6;
        int wordB = b >> 6;
        ulong maskA = ulong.MaxValue << (a & 63);
        ulong maskB = ulong.MaxValue >> (63 - (b & 63));
        int nonWorking;
        if (wordA == wordB)
        {
            nonWorking = BitOperations.PopCount(_bits[wordA] & maskA & maskB);
        }
        else
        {
            nonWorking = BitOperations.PopCount(_bits[wordA] & maskA) + BitOperations.PopCount(_bits[wordB] & maskB);
            for (int w = wordA + 1; w < wordB; w++)
            {
                nonWorking += BitOperations.PopCount(_bits[w]);
            }
        }

        return b - a + 1 - nonWorking;
    }
}
