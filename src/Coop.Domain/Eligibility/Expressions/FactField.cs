namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A named field of a <see cref="RecordType"/>: its name in expressions, its language type and a typed
/// accessor registered in C#. Created by <see cref="RecordTypeBuilder{T}"/>.
/// </summary>
/// <remarks>
/// The accessor returns <see langword="null"/> when the fact is not known; an expression that needs it
/// then evaluates to <see cref="ConditionState.Missing"/> naming the field's path.
/// </remarks>
public abstract class FactField
{
    private protected FactField(string name, FactType type, string? description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The field's name as written in expressions, e.g. <c>members</c>.</summary>
    public string Name { get; }

    /// <summary>The field's language type.</summary>
    public FactType Type { get; }

    /// <summary>An optional human description (for documentation and editors).</summary>
    public string? Description { get; }

    /// <summary>
    /// The values a String field can take (the kebab-case names of an enum), or null when it holds any text. A policy
    /// comparing the field with a text outside them is refused at load, with a suggestion.
    /// </summary>
    public IReadOnlyList<string>? Values { get; internal init; }

    /// <summary>The record type that declares the field.</summary>
    public RecordType Owner { get; internal set; } = null!;

    /// <summary>Builds the evaluator that reads this field from the owner <paramref name="owner"/> produces.</summary>
    internal abstract Delegate Compile(Eval<object>? owner, int ownerSlot, PathText path);

    /// <summary>The accessor the schema was built with: a <c>Func&lt;TOwner, T?&gt;</c> (read by the generated-code tier).</summary>
    internal abstract Delegate Accessor { get; }

    /// <summary>For a value-typed field, a static <c>bool HasValue(T?)</c> (read by the generated-code tier); otherwise null.</summary>
    internal virtual System.Reflection.MethodInfo? HasValue => null;

    /// <summary>
    /// Builds one evaluator that reads a record field of the root (<paramref name="recordGet"/>) and then this
    /// field of that record: one delegate call fewer per read than composing two evaluators.
    /// </summary>
    internal abstract Delegate CompileUnderRootRecord<TRoot, TRecord>(Func<TRoot, TRecord?> recordGet, PathText recordPath, PathText path)
        where TRoot : class
        where TRecord : class;

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}
