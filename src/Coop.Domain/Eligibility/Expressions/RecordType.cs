namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A record type of the fact schema: a name (e.g. <c>Member</c>) and named, typed fields. Built with
/// <see cref="RecordTypeBuilder{T}"/>; immutable and safe to share between threads.
/// </summary>
public abstract class RecordType
{
    private readonly Dictionary<string, FactField> _byName;

    private protected RecordType(string name, IReadOnlyList<FactField> fields)
    {
        Name = name;
        Fields = fields;
        _byName = new Dictionary<string, FactField>(StringComparer.Ordinal);
        foreach (FactField field in fields)
        {
            _byName.Add(field.Name, field);
            field.Owner = this;
        }
    }

    /// <summary>The record type's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>The fields, in registration order.</summary>
    public IReadOnlyList<FactField> Fields { get; }

    /// <summary>Finds a field by its exact (case-sensitive) name.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="field">The field when found.</param>
    /// <returns>Whether the record type has the field.</returns>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactField? field) =>
        _byName.TryGetValue(name, out field);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A record type whose records are instances of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The C# class the record type reads its fields from.</typeparam>
public sealed class RecordType<T> : RecordType
    where T : class
{
    internal RecordType(string name, IReadOnlyList<FactField> fields)
        : base(name, fields)
    {
    }
}
