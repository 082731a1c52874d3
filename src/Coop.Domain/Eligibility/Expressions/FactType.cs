namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The type of a fact, parameter or expression in the expression language: one of the scalar types
/// (<see cref="Boolean"/>, <see cref="Integer"/>, <see cref="Decimal"/>, <see cref="Money"/>,
/// <see cref="String"/>, <see cref="Date"/>, <see cref="Duration"/>), a record type, or a collection
/// of a record type.
/// </summary>
/// <remarks>Scalar types are singletons; record and collection types compare by their record type.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Integer, Decimal and String are the expression language's own type names (docs/expression-language.md).")]
public sealed class FactType : IEquatable<FactType>
{
    private FactType(FactTypeKind kind, RecordType? record)
    {
        Kind = kind;
        RecordType = record;
    }

    /// <summary>The Boolean type.</summary>
    public static FactType Boolean { get; } = new(FactTypeKind.Boolean, null);

    /// <summary>The Integer type (64-bit whole numbers).</summary>
    public static FactType Integer { get; } = new(FactTypeKind.Integer, null);

    /// <summary>The Decimal type (exact decimal numbers).</summary>
    public static FactType Decimal { get; } = new(FactTypeKind.Decimal, null);

    /// <summary>The Money type (exact amounts in rials).</summary>
    public static FactType Money { get; } = new(FactTypeKind.Money, null);

    /// <summary>The String type.</summary>
    public static FactType String { get; } = new(FactTypeKind.String, null);

    /// <summary>The Date type (Solar Hijri days).</summary>
    public static FactType Date { get; } = new(FactTypeKind.Date, null);

    /// <summary>The Duration type (months and days).</summary>
    public static FactType Duration { get; } = new(FactTypeKind.Duration, null);

    /// <summary>The kind of this type.</summary>
    public FactTypeKind Kind { get; }

    /// <summary>The record type of a <see cref="FactTypeKind.Record"/> or the element type of a <see cref="FactTypeKind.Collection"/>; otherwise <see langword="null"/>.</summary>
    public RecordType? RecordType { get; }

    /// <summary>Whether this is a scalar type (not a record or collection).</summary>
    public bool IsScalar => Kind is not (FactTypeKind.Record or FactTypeKind.Collection);

    /// <summary>Whether values of this type are numbers (Integer, Decimal or Money).</summary>
    public bool IsNumeric => Kind is FactTypeKind.Integer or FactTypeKind.Decimal or FactTypeKind.Money;

    /// <summary>The type of a single record of <paramref name="record"/>.</summary>
    /// <param name="record">The record type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static FactType RecordOf(RecordType record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new FactType(FactTypeKind.Record, record);
    }

    /// <summary>The type of a list of <paramref name="element"/> records.</summary>
    /// <param name="element">The element record type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static FactType CollectionOf(RecordType element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return new FactType(FactTypeKind.Collection, element);
    }

    /// <inheritdoc />
    public bool Equals(FactType? other) =>
        other is not null && Kind == other.Kind && ReferenceEquals(RecordType, other.RecordType);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, RecordType);

    /// <summary>The name used in error messages: <c>Integer</c>, <c>Date</c>, <c>Member</c>, <c>Collection of Member</c>.</summary>
    public override string ToString() => Kind switch
    {
        FactTypeKind.Record => RecordType!.Name,
        FactTypeKind.Collection => "Collection of " + RecordType!.Name,
        _ => Kind.ToString(),
    };
}
