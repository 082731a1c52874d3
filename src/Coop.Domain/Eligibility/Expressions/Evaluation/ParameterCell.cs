using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Marks a parameter source whose answers depend only on (name, key, as-of date) and never change: compiled
/// lookups may then remember an answer per date instead of asking again on every evaluation.
/// </summary>
internal interface IImmutableParameterSource : IParameterSource;

/// <summary>
/// The memory of one compiled <c>$name</c> / <c>$name[key]</c> lookup: the answers of an immutable source on one
/// as-of date (the date of the last evaluation), so that evaluating many applicants at one date resolves each
/// dated value once instead of searching the dated table every time.
/// </summary>
/// <remarks>
/// Thread-safe without locks: the memory is an immutable <see cref="Snapshot"/> replaced as a whole by a
/// reference write; two threads racing on a new date or key only lose one of the two insertions. A mutable
/// source (any <see cref="IParameterSource"/> not marked <see cref="IImmutableParameterSource"/>) is asked every
/// time, as before. Keys (e.g. cooperative kinds) are few and their strings are usually the same instances,
/// so a short array compared by reference first beats a hash; past <see cref="MaxKeys"/> keys the lookup
/// stops remembering new ones.
/// </remarks>
internal sealed class ParameterCell(string name)
{
    private const int MaxKeys = 64;

    private Snapshot? _snapshot;

    public bool TryGet(IParameterSource source, string? key, SolarHijriDate asOf, out ParameterValue value)
    {
        if (source is not IImmutableParameterSource)
        {
            return source.TryGetValue(name, key, asOf, out value);
        }

        Snapshot? s = _snapshot;
        if (s is null || !ReferenceEquals(s.Source, source) || s.AsOf != asOf)
        {
            s = new Snapshot(source, asOf, []);
            _snapshot = s;
        }

        Entry[] entries = s.Entries;
        for (int i = 0; i < entries.Length; i++)
        {
            ref readonly Entry e = ref entries[i];
            if (ReferenceEquals(e.Key, key) || (key is not null && string.Equals(e.Key, key, StringComparison.Ordinal)))
            {
                value = e.Value;
                return e.Found;
            }
        }

        bool found = source.TryGetValue(name, key, asOf, out value);
        if (entries.Length < MaxKeys)
        {
            _snapshot = new Snapshot(source, asOf, [.. entries, new Entry(key, found, value)]);
        }

        return found;
    }

    private sealed record Snapshot(IParameterSource Source, SolarHijriDate AsOf, Entry[] Entries);

    private readonly record struct Entry(string? Key, bool Found, ParameterValue Value);
}
