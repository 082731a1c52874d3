namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A field of a value type (Boolean, Integer, Decimal, Money, Date, Duration).</summary>
internal sealed class ValueField<TOwner, T> : FactField
    where TOwner : class
    where T : struct
{
    private readonly Func<TOwner, T?> _accessor;

    public ValueField(string name, FactType type, Func<TOwner, T?> accessor, string? description)
        : base(name, type, description)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        _accessor = accessor;
    }

    internal override Delegate Compile(Eval<object>? owner, int ownerSlot, PathText path)
    {
        Func<TOwner, T?> get = _accessor;
        if (owner is null && ownerSlot < 0)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                T? r = get((TOwner)f.Root);
                v = r.GetValueOrDefault();
                return r.HasValue || f.SetMissing(path.Render(ref f));
            });
        }

        if (owner is null)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                T? r = get((TOwner)f.Slots[ownerSlot].Item!);
                v = r.GetValueOrDefault();
                return r.HasValue || f.SetMissing(path.Render(ref f));
            });
        }

        return new Eval<T>((ref Frame f, out T v) =>
        {
            if (!owner(ref f, out object o))
            {
                v = default;
                return false;
            }

            T? r = get((TOwner)o);
            v = r.GetValueOrDefault();
            return r.HasValue || f.SetMissing(path.Render(ref f));
        });
    }
}

/// <summary>A field of a reference type (String, a nested record, a collection).</summary>
internal sealed class ReferenceField<TOwner, T> : FactField
    where TOwner : class
    where T : class
{
    private readonly Func<TOwner, T?> _accessor;

    public ReferenceField(string name, FactType type, Func<TOwner, T?> accessor, string? description)
        : base(name, type, description)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        _accessor = accessor;
    }

    internal override Delegate Compile(Eval<object>? owner, int ownerSlot, PathText path)
    {
        Func<TOwner, T?> get = _accessor;
        if (owner is null && ownerSlot < 0)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                v = get((TOwner)f.Root)!;
                return v is not null || f.SetMissing(path.Render(ref f));
            });
        }

        if (owner is null)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                v = get((TOwner)f.Slots[ownerSlot].Item!)!;
                return v is not null || f.SetMissing(path.Render(ref f));
            });
        }

        return new Eval<T>((ref Frame f, out T v) =>
        {
            if (!owner(ref f, out object o))
            {
                v = default!;
                return false;
            }

            v = get((TOwner)o)!;
            return v is not null || f.SetMissing(path.Render(ref f));
        });
    }
}
