namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What the exported JSON Schema of a file format says about one property: its description, whether it is
/// required, its allowed values and an example. Read only by <see cref="PolicyFile.ExportJsonSchema"/>; the
/// loader checks the same things itself and reports them with paths.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class PolicySchemaAttribute(string description) : Attribute
{
    /// <summary>The description editors show.</summary>
    public string Description { get; } = description;

    /// <summary>Whether the property must be present (a required string must also be non-empty).</summary>
    public bool Required { get; init; }

    /// <summary>The allowed values in their canonical spelling (the loader also accepts other letter cases); null for any.</summary>
    public string[]? Values { get; init; }

    /// <summary>An example value; null for none.</summary>
    public string? Example { get; init; }

    /// <summary>The smallest allowed number; <see cref="int.MinValue"/> for no bound.</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>A regular expression a string (or each string of an array) must match; null for any.</summary>
    public string? Pattern { get; init; }
}
