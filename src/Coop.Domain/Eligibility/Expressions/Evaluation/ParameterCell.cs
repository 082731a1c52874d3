using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Marks a parameter source whose answers depend only on (name, key, as-of date) and never change: compiled
/// lookups may then remember an answer per date instead of asking again on every evaluation.
/// </summary>
internal interface IImmutableParameterSource : IParameterSource;

/// <summary>
/// One compiled <c>$name</c> / <c>$name[key]</c> lookup of a parameter of type <typeparamref name="T"/>, with the
/// memory of an immutable source's answers on one as-of date (the date of the last evaluation): evaluating many
/// applicants at one date resolves, type-checks and unpacks each dated value once, and every later lookup is a
/// reference comparison and a read.
/// </summary>
/// <remarks>
/// Thread-safe without locks: the memory is an immutable <see cref="Snapshot"/> replaced as a whole by a
/// reference write; two threads racing on a new date or key only lose one of the two insertions. A mutable
/// source (any <see cref="IParameterSource"/> not marked <see cref="IImmutableParameterSource"/>) is asked every
/// time. Keys (e.g. cooperative kinds) are few and their strings are usually the same instances, so a short array
/// compared by reference first beats a hash; past <see cref="MaxKeys"/> keys the lookup stops remembering new ones.
/// </remarks>
internal sealed class ParameterCell<T>(string name, FactTypeKind kind, bool record)
{
    private const int MaxKeys = 64;

    private Snapshot? _snapshot;

    private enum State : byte
    {
        Found,
        Missing,
        WrongKind,
    }

    /// <summary>Looks the parameter up for the frame's source and as-of date; on failure records why in the frame.</summary>
    public bool TryGet(ref Frame frame, string? key, out T value)
    {
        IParameterSource? source = frame.Parameters;
        Snapshot? s = _snapshot;
        if (s is not null && source is not null && ReferenceEquals(s.Source, source) && s.AsOf == frame.AsOf)
        {
            Entry[] entries = s.Entries;
            for (int i = 0; i < entries.Length; i++)
            {
                if (ReferenceEquals(entries[i].Key, key))
                {
                    return Deliver(ref frame, in entries[i], out value);
                }
            }
        }

        return Slow(ref frame, source, key, out value);
    }

    private bool Slow(ref Frame frame, IParameterSource? source, string? key, out T value)
    {
        if (source is null)
        {
            value = default!;
            return frame.SetMissing(Path(key));
        }

        if (source is not IImmutableParameterSource)
        {
            return Deliver(ref frame, Resolve(source, key, frame.AsOf), out value);
        }

        // The remembered answers, when they are for this source and date; otherwise they start again from none.
        Snapshot? s = _snapshot;
        Entry[] entries = s is not null && ReferenceEquals(s.Source, source) && s.AsOf == frame.AsOf ? s.Entries : [];
        if (key is not null)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                if (string.Equals(entries[i].Key, key, StringComparison.Ordinal))
                {
                    return Deliver(ref frame, in entries[i], out value);
                }
            }
        }

        Entry entry = Resolve(source, key, frame.AsOf);
        if (entries.Length < MaxKeys)
        {
            _snapshot = new Snapshot(source, frame.AsOf, [.. entries, entry]);
        }

        return Deliver(ref frame, in entry, out value);
    }

    private Entry Resolve(IParameterSource source, string? key, SolarHijriDate asOf)
    {
        if (!source.TryGetValue(name, key, asOf, out ParameterValue found))
        {
            return new Entry(key, State.Missing, default!, found);
        }

        return found.Value.Kind == kind
            ? new Entry(key, State.Found, Emitter.Extract<T>(found.Value), found)
            : new Entry(key, State.WrongKind, default!, found);
    }

    private bool Deliver(ref Frame frame, in Entry entry, out T value)
    {
        value = entry.Value;
        switch (entry.State)
        {
            case State.Found:
                if (record)
                {
                    frame.Trace?.RecordParameter(new ParameterUse(name, entry.Key, entry.Raw.Value, entry.Raw.EffectiveFrom));
                }

                return true;
            case State.Missing:
                return frame.SetMissing(Path(entry.Key));
            default:
                return frame.SetError($"the parameter ${name} is declared {kind} but its value {entry.Raw.Value} is a {entry.Raw.Value.Kind}");
        }
    }

    private string Path(string? key) => key is null ? "$" + name : "$" + name + "[" + key + "]";

    private sealed record Snapshot(IParameterSource Source, SolarHijriDate AsOf, Entry[] Entries);

    private readonly record struct Entry(string? Key, State State, T Value, ParameterValue Raw);
}
