using System.Reflection;
using System.Runtime.CompilerServices;

namespace Coop.Domain.Eligibility.Expressions;

// Owners are read with Unsafe.As, not a cast: the types line up by construction (a field of RecordType<T> is only
// ever compiled against owners the schema types as T — the root of a FactSchema<T>, the elements of a
// Collection<T>, the value of a Record<T> accessor — and evaluation takes the root as TRoot), and a checked cast
// to a shared generic type costs a runtime type lookup on every fact read.
//
// ValueField and ReferenceField read alike; they stay twins on purpose. "Not known" is Nullable<T>.HasValue
// for one and a null reference for the other, and C# generics cannot abstract over both without an extra
// delegate call per fact read, which is the cost this design exists to avoid.

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

    internal override Delegate Accessor => _accessor;

    internal override MethodInfo? HasValue => HasValueMethod;

    private static MethodInfo HasValueMethod { get; } = new Func<T?, bool>(IsKnown).Method;

    internal override Delegate Compile(Eval<object>? owner, int ownerSlot, PathText path)
    {
        Func<TOwner, T?> get = _accessor;
        if (owner is null && ownerSlot < 0)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                T? r = get(Unsafe.As<TOwner>(f.Root));
                v = r.GetValueOrDefault();
                return r.HasValue || f.SetMissing(path.Render(ref f));
            });
        }

        if (owner is null)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                T? r = get(Unsafe.As<TOwner>(f.Slots[ownerSlot].Item!));
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

            T? r = get(Unsafe.As<TOwner>(o));
            v = r.GetValueOrDefault();
            return r.HasValue || f.SetMissing(path.Render(ref f));
        });
    }

    internal override Delegate CompileUnderRootRecord<TRoot, TRecord>(Func<TRoot, TRecord?> recordGet, PathText recordPath, PathText path)
        where TRoot : class
        where TRecord : class
    {
        // The schema builder guarantees that this field's owner type is the record type.
        var ownerGet = (Func<TRoot, TOwner?>)(object)recordGet;
        Func<TOwner, T?> get = _accessor;
        return new Eval<T>((ref Frame f, out T v) =>
        {
            TOwner? o = ownerGet(Unsafe.As<TRoot>(f.Root));
            if (o is null)
            {
                v = default;
                return f.SetMissing(recordPath.Render(ref f));
            }

            T? r = get(o);
            v = r.GetValueOrDefault();
            return r.HasValue || f.SetMissing(path.Render(ref f));
        });
    }

    private static bool IsKnown(T? value) => value.HasValue;
}

/// <summary>A field of a reference type (String, a nested record, a collection).</summary>
internal class ReferenceField<TOwner, T> : FactField
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

    internal override Delegate Accessor => _accessor;

    internal override Delegate Compile(Eval<object>? owner, int ownerSlot, PathText path)
    {
        Func<TOwner, T?> get = _accessor;
        if (owner is null && ownerSlot < 0)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                v = get(Unsafe.As<TOwner>(f.Root))!;
                return v is not null || f.SetMissing(path.Render(ref f));
            });
        }

        if (owner is null)
        {
            return new Eval<T>((ref Frame f, out T v) =>
            {
                v = get(Unsafe.As<TOwner>(f.Slots[ownerSlot].Item!))!;
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

            v = get(Unsafe.As<TOwner>(o))!;
            return v is not null || f.SetMissing(path.Render(ref f));
        });
    }

    internal override Delegate CompileUnderRootRecord<TRoot, TRecord>(Func<TRoot, TRecord?> recordGet, PathText recordPath, PathText path)
        where TRoot : class
        where TRecord : class
    {
        // The schema builder guarantees that this field's owner type is the record type.
        var ownerGet = (Func<TRoot, TOwner?>)(object)recordGet;
        Func<TOwner, T?> get = _accessor;
        return new Eval<T>((ref Frame f, out T v) =>
        {
            TOwner? o = ownerGet(Unsafe.As<TRoot>(f.Root));
            if (o is null)
            {
                v = default!;
                return f.SetMissing(recordPath.Render(ref f));
            }

            v = get(o)!;
            return v is not null || f.SetMissing(path.Render(ref f));
        });
    }
}

/// <summary>A field holding a nested record; it keeps the record's C# type so that reads below it can be fused.</summary>
internal sealed class RecordField<TOwner, TChild> : ReferenceField<TOwner, object>, IRootRecordField
    where TOwner : class
    where TChild : class
{
    private readonly Func<TOwner, TChild?> _typed;

    public RecordField(string name, FactType type, Func<TOwner, TChild?> accessor, string? description, bool isGroup = false)
        : base(name, type, accessor, description)
    {
        _typed = accessor;
        IsGroup = isGroup;
    }

    /// <inheritdoc />
    public bool IsGroup { get; }

    /// <summary>Compiles <paramref name="child"/> (a field of this record) read through this field of the root.</summary>
    public Delegate CompileChild(FactField child, PathText path, PathText childPath) =>
        child.CompileUnderRootRecord(_typed, path, childPath);
}

/// <summary>A record-valued field that can compile reads of its own fields in one step.</summary>
internal interface IRootRecordField
{
    /// <summary>
    /// Whether the field is a group (<see cref="RecordTypeBuilder{T}.Group"/>): its value is its owner itself, so a
    /// read through it compiles as a read of the owner's field, with no step of its own.
    /// </summary>
    bool IsGroup { get; }

    Delegate CompileChild(FactField child, PathText path, PathText childPath);
}
