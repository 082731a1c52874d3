namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The loop behind the collection functions: visits each element of the source list, binds it to the
/// function's slot, and applies the optional <c>where</c> filter.
/// </summary>
internal sealed class ElementLoop(Eval<IReadOnlyList<object>> source, int slot, Eval<bool>? filter, PathText elementPath)
{
    private enum Visit
    {
        Skip,
        Take,
        Unknown,
    }

    public Eval<long> Count() => (ref Frame f, out long v) =>
    {
        v = 0;
        if (!source(ref f, out IReadOnlyList<object> list))
        {
            return false;
        }

        if (filter is null)
        {
            v = list.Count;
            return true;
        }

        for (int i = 0; i < list.Count; i++)
        {
            switch (Bind(ref f, list, i))
            {
                case Visit.Unknown:
                    v = 0;
                    return false;
                case Visit.Take:
                    v++;
                    break;
            }
        }

        return true;
    };

    /// <summary>any / all with Kleene logic: one deciding element settles the answer even if others are unknown.</summary>
    public Eval<bool> Quantify(Eval<bool> condition, bool any) => (ref Frame f, out bool v) =>
    {
        v = false;
        if (!source(ref f, out IReadOnlyList<object> list))
        {
            return false;
        }

        string? missing = null;
        string? error = null;
        bool unknown = false;
        for (int i = 0; i < list.Count; i++)
        {
            Visit visit = Bind(ref f, list, i);
            bool known = visit != Visit.Unknown;
            bool x = false;
            if (visit == Visit.Take)
            {
                known = condition(ref f, out x);
            }
            else if (visit == Visit.Skip)
            {
                continue;
            }

            if (!known)
            {
                if (!unknown)
                {
                    (missing, error, unknown) = (f.Missing, f.Error, true);
                }

                (f.Missing, f.Error) = (null, null);
                continue;
            }

            if (x == any)
            {
                v = any;
                return true;
            }
        }

        if (unknown)
        {
            (f.Missing, f.Error) = (missing, error);
            return false;
        }

        v = !any;
        return true;
    };

    /// <summary>
    /// Folds the values of the (filtered) elements with <typeparamref name="TStep"/>: a sum, a minimum or a
    /// maximum. No elements give <c>default</c> (0) when <paramref name="empty"/> is null, else missing with that text.
    /// </summary>
    public Eval<T> Fold<T, TStep>(Eval<T> value, string where, string? empty)
        where T : struct
        where TStep : struct, IArithmetic<T> => (ref Frame f, out T v) =>
    {
        v = default;
        if (!source(ref f, out IReadOnlyList<object> list))
        {
            return false;
        }

        bool any = false;
        for (int i = 0; i < list.Count; i++)
        {
            Visit visit = Bind(ref f, list, i);
            if (visit == Visit.Skip)
            {
                continue;
            }

            if (visit == Visit.Unknown || !value(ref f, out T x))
            {
                v = default;
                return false;
            }

            try
            {
                v = any ? TStep.Apply(v, x) : x;
                any = true;
            }
            catch (ArithmeticException)
            {
                v = default;
                return f.SetError("arithmetic overflow in " + where);
            }
        }

        return any || empty is null || f.SetMissing(empty);
    };

    private Visit Bind(ref Frame f, IReadOnlyList<object> list, int index)
    {
        object? item = list[index];
        ref Slot s = ref f.Slots[slot];
        s.Item = item;
        s.Index = index;
        if (item is null)
        {
            f.SetMissing(elementPath.Render(ref f));
            return Visit.Unknown;
        }

        if (filter is null)
        {
            return Visit.Take;
        }

        if (!filter(ref f, out bool keep))
        {
            return Visit.Unknown;
        }

        return keep ? Visit.Take : Visit.Skip;
    }
}
