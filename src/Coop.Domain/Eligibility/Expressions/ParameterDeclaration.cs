namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A parameter expressions may look up with <c>$name</c> or <c>$name[key]</c>: its name, its scalar
/// type, and whether its values are keyed (e.g. minimum members per cooperative kind).
/// </summary>
public sealed class ParameterDeclaration
{
    /// <summary>Declares a parameter.</summary>
    /// <param name="name">The name: a letter or underscore, then letters, digits or underscores.</param>
    /// <param name="type">The scalar type of its values.</param>
    /// <param name="keyed">Whether a String key selects the value (<c>$name[key]</c>).</param>
    /// <exception cref="ArgumentException">The name is not an identifier.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is a record or collection type.</exception>
    public ParameterDeclaration(string name, FactType type, bool keyed = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        if (!Lexer.IsIdentifier(name))
        {
            throw new ArgumentException($"The parameter name '{name}' must start with a letter or '_' and contain only letters, digits and '_'.", nameof(name));
        }

        if (!type.IsScalar)
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, $"The parameter '{name}' must have a scalar type, not {type}.");
        }

        Name = name;
        Type = type;
        IsKeyed = keyed;
    }

    /// <summary>The parameter's name (without the <c>$</c>).</summary>
    public string Name { get; }

    /// <summary>The type of its values.</summary>
    public FactType Type { get; }

    /// <summary>Whether a String key selects the value.</summary>
    public bool IsKeyed { get; }

    /// <inheritdoc />
    public override string ToString() => "$" + Name + (IsKeyed ? "[key]" : string.Empty) + ": " + Type;
}
