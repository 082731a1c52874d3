using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Registers the fields of a record type with typed accessor delegates: no reflection, safe for trimming
/// and native AOT. Each accessor returns <see langword="null"/> when the fact is not known.
/// </summary>
/// <typeparam name="T">The C# class whose instances are the records.</typeparam>
/// <example>
/// <code>
/// var member = new RecordTypeBuilder&lt;Member&gt;("Member")
///     .Boolean("employed", m =&gt; m.Employed)
///     .Date("joinedOn", m =&gt; m.JoinedOn)
///     .Build();
/// </code>
/// </example>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Integer, Decimal and String are the expression language's own type names (docs/expression-language.md).")]
public sealed class RecordTypeBuilder<T>
    where T : class
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "between", "where", "true", "false",
    };

    private readonly string _name;
    private readonly List<FactField> _fields = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Starts a record type.</summary>
    /// <param name="name">The record type's name for messages, e.g. <c>Member</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or blank.</exception>
    public RecordTypeBuilder(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>Adds a Boolean field.</summary>
    /// <param name="name">The field name: a letter or underscore, then letters, digits or underscores; not a keyword.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Boolean(string name, Func<T, bool?> accessor, string? description = null) =>
        Add(new ValueField<T, bool>(Check(name), FactType.Boolean, accessor, description));

    /// <summary>Adds an Integer field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Integer(string name, Func<T, long?> accessor, string? description = null) =>
        Add(new ValueField<T, long>(Check(name), FactType.Integer, accessor, description));

    /// <summary>Adds a Decimal field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Decimal(string name, Func<T, decimal?> accessor, string? description = null) =>
        Add(new ValueField<T, decimal>(Check(name), FactType.Decimal, accessor, description));

    /// <summary>Adds a Money field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the amount in rials; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Money(string name, Func<T, decimal?> accessor, string? description = null) =>
        Add(new ValueField<T, decimal>(Check(name), FactType.Money, accessor, description));

    /// <summary>Adds a String field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> String(string name, Func<T, string?> accessor, string? description = null) =>
        Add(new ReferenceField<T, string>(Check(name), FactType.String, accessor, description));

    /// <summary>Adds a String field that takes one of a fixed set of values (e.g. an enum's kebab-case names).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="values">Every value the field can take; a comparison with another text is refused when a policy is compiled.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used; or <paramref name="values"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> or <paramref name="values"/> is null.</exception>
    public RecordTypeBuilder<T> String(string name, Func<T, string?> accessor, IEnumerable<string> values, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        string[] list = [.. values];
        if (list.Length == 0)
        {
            throw new ArgumentException("A field with a fixed set of values needs at least one value.", nameof(values));
        }

        return Add(new ReferenceField<T, string>(Check(name), FactType.String, accessor, description) { Values = list });
    }

    /// <summary>Adds a Date field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Date(string name, Func<T, SolarHijriDate?> accessor, string? description = null) =>
        Add(new ValueField<T, SolarHijriDate>(Check(name), FactType.Date, accessor, description));

    /// <summary>Adds a Duration field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the field; <see langword="null"/> means not known.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> is null.</exception>
    public RecordTypeBuilder<T> Duration(string name, Func<T, CalendarDuration?> accessor, string? description = null) =>
        Add(new ValueField<T, CalendarDuration>(Check(name), FactType.Duration, accessor, description));

    /// <summary>Adds a field holding one record of another record type (e.g. <c>lastAssembly</c>).</summary>
    /// <typeparam name="TChild">The C# class of the nested record.</typeparam>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the record; <see langword="null"/> means not known.</param>
    /// <param name="type">The nested record type.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> or <paramref name="type"/> is null.</exception>
    public RecordTypeBuilder<T> Record<TChild>(string name, Func<T, TChild?> accessor, RecordType<TChild> type, string? description = null)
        where TChild : class
    {
        ArgumentNullException.ThrowIfNull(type);
        return Add(new RecordField<T, TChild>(Check(name), FactType.RecordOf(type), accessor, description));
    }

    /// <summary>
    /// Adds a group: a named record whose fields are read from this same object (e.g. <c>cooperative</c> over the
    /// root facts, so that expressions say <c>cooperative.memberCount</c>). A group is never missing, and reading
    /// <c>name.field</c> costs exactly what reading a field of this record costs.
    /// </summary>
    /// <param name="name">The group name.</param>
    /// <param name="type">The group's record type, over the same C# class as this record.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public RecordTypeBuilder<T> Group(string name, RecordType<T> type, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Add(new RecordField<T, T>(Check(name), FactType.RecordOf(type), static x => x, description, isGroup: true));
    }

    /// <summary>Adds a field holding a list of records (e.g. <c>members</c>).</summary>
    /// <typeparam name="TElement">The C# class of the elements.</typeparam>
    /// <param name="name">The field name.</param>
    /// <param name="accessor">Reads the list; <see langword="null"/> means not known (an empty list is known and empty).</param>
    /// <param name="elementType">The element record type.</param>
    /// <param name="description">An optional description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is invalid, a keyword, or already used.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="accessor"/> or <paramref name="elementType"/> is null.</exception>
    public RecordTypeBuilder<T> Collection<TElement>(
        string name, Func<T, IReadOnlyList<TElement>?> accessor, RecordType<TElement> elementType, string? description = null)
        where TElement : class
    {
        ArgumentNullException.ThrowIfNull(elementType);
        return Add(new ReferenceField<T, IReadOnlyList<object>>(Check(name), FactType.CollectionOf(elementType), accessor, description));
    }

    /// <summary>Creates the record type. The builder should not be used afterwards.</summary>
    /// <returns>The record type.</returns>
    public RecordType<T> Build() => new(_name, _fields.ToArray());

    private RecordTypeBuilder<T> Add(FactField field)
    {
        _fields.Add(field);
        return this;
    }

    private string Check(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Lexer.IsIdentifier(name))
        {
            throw new ArgumentException(
                $"The field name '{name}' of {_name} must start with a letter or '_' and contain only letters, digits and '_'.",
                nameof(name));
        }

        if (s_reserved.Contains(name))
        {
            throw new ArgumentException($"The field name '{name}' of {_name} is a keyword of the expression language.", nameof(name));
        }

        if (!_names.Add(name))
        {
            throw new ArgumentException($"{_name} already has a field named '{name}'.", nameof(name));
        }

        return name;
    }
}
