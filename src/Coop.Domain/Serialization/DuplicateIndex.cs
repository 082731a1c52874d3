using System.Runtime.CompilerServices;

namespace Coop.Domain.Serialization;

/// <summary>
/// The line on which each key (a national ID or registration number) was first seen, kept compactly: a key of up to 17
/// ASCII digits is packed exactly into one 64-bit number (its digit count in the top bits, its value below), so no string
/// is kept and two different keys never share a number (<c>"0123"</c> and <c>"123"</c> differ by their count). Any other
/// key — longer, or not only ASCII digits, which validated identifiers never are — goes to an ordinary string dictionary.
/// About 30 bytes per key instead of ~75 for a string and its dictionary entry. Not thread-safe: the registry reader uses it
/// on the reading thread, in file order.
/// </summary>
internal sealed class DuplicateIndex
{
    // 10^17 - 1 < 2^57: the value takes the low 57 bits, the digit count (0–17) the 6 bits above.
    private const int MaxPackedDigits = 17;
    private const int CountShift = 57;

    private readonly Dictionary<long, long> _packed = [];
    private Dictionary<string, long>? _other;

    /// <summary>How many keys are held.</summary>
    public int Count => _packed.Count + (_other?.Count ?? 0);

    /// <summary>The line on which <paramref name="key"/> was first added, when it was.</summary>
    public bool TryGetFirst(string key, out long line) =>
        TryPack(key, out long packed) ? _packed.TryGetValue(packed, out line) : TryGetOther(key, out line);

    /// <summary>Records that <paramref name="key"/> is on <paramref name="line"/>; the key must not be held yet.</summary>
    /// <exception cref="ArgumentException">The key is already held.</exception>
    public void Add(string key, long line)
    {
        if (TryPack(key, out long packed))
        {
            _packed.Add(packed, line);
        }
        else
        {
            (_other ??= new Dictionary<string, long>(StringComparer.Ordinal)).Add(key, line);
        }
    }

    /// <summary>Packs a key of at most 17 ASCII digits (none is packed too: count 0, value 0) into one distinct number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryPack(string key, out long packed)
    {
        packed = 0;
        if (key.Length > MaxPackedDigits)
        {
            return false;
        }

        long value = 0;
        foreach (char c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        packed = ((long)key.Length << CountShift) | value;
        return true;
    }

    private bool TryGetOther(string key, out long line)
    {
        line = 0;
        return _other is not null && _other.TryGetValue(key, out line);
    }
}
