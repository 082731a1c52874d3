using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>A named, typed, dated parameter of a policy (e.g. the minimum number of members per cooperative kind).</summary>
public sealed class PolicyParameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The name used in expressions as <c>$name</c>.</param>
    /// <param name="type">The scalar type of its values.</param>
    /// <param name="keyed">Whether values are tables keyed by a string (<c>$name[key]</c>).</param>
    /// <param name="values">The dated values, strictly increasing by <see cref="DatedParameterValue.EffectiveFrom"/>.</param>
    /// <param name="unit">The unit as documentation (e.g. <c>rial</c>, <c>members</c>), or null.</param>
    /// <param name="description">What the parameter means, or null.</param>
    /// <param name="source">The legal or administrative source it comes from, as a note for people, or null.</param>
    /// <param name="sources">The ids of the source register entries its values rest on, unless a value names its own
    /// (<see cref="DatedParameterValue.Sources"/>); null for none. A value that rests on no source stands as an assumption.</param>
    /// <exception cref="ArgumentException">The name is not an identifier, or the values are out of order or of the wrong type.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public PolicyParameter(
        string name, FactType type, bool keyed, IEnumerable<DatedParameterValue> values,
        string? unit = null, PolicyText? description = null, string? source = null, IEnumerable<string>? sources = null)
    {
        Declaration = new ParameterDeclaration(name, type, keyed);
        ArgumentNullException.ThrowIfNull(values);
        DatedParameterValue[] list = [.. values];
        for (int i = 0; i < list.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(list[i], nameof(values));
            if (i > 0 && list[i].EffectiveFrom <= list[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"The values of parameter '{name}' must be in strictly increasing date order; {list[i].EffectiveFrom} follows {list[i - 1].EffectiveFrom}.", nameof(values));
            }

            if (!list[i].IsEnd && (keyed != (list[i].ByKey is not null)))
            {
                throw new ArgumentException($"The value of parameter '{name}' from {list[i].EffectiveFrom} must be {(keyed ? "a table by key" : "a single value")}.", nameof(values));
            }

            foreach (FactValue v in list[i].ByKey?.Values ?? (list[i].Value is { } one ? [one] : []))
            {
                if (v.Kind != type.Kind)
                {
                    throw new ArgumentException($"The value {v} of parameter '{name}' from {list[i].EffectiveFrom} is a {v.Kind}, not a {type}.", nameof(values));
                }
            }
        }

        Values = list;
        Unit = unit;
        Description = description;
        Source = source;
        Sources = sources is null ? [] : [.. sources];
    }

    /// <summary>The name used in expressions as <c>$name</c>.</summary>
    public string Name => Declaration.Name;

    /// <summary>The type of its values.</summary>
    public FactType Type => Declaration.Type;

    /// <summary>Whether values are tables keyed by a string.</summary>
    public bool IsKeyed => Declaration.IsKeyed;

    /// <summary>The declaration the expression compiler sees.</summary>
    public ParameterDeclaration Declaration { get; }

    /// <summary>The dated values, in strictly increasing date order.</summary>
    public IReadOnlyList<DatedParameterValue> Values { get; }

    /// <summary>The unit as documentation, or null.</summary>
    public string? Unit { get; }

    /// <summary>What the parameter means, or null.</summary>
    public PolicyText? Description { get; }

    /// <summary>The legal or administrative source, as a note for people, or null.</summary>
    public string? Source { get; }

    /// <summary>
    /// The ids of the source register entries the values rest on, unless a value names its own; empty when none.
    /// <see cref="SourcesOf"/> gives the ids a given value rests on.
    /// </summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>The ids a dated value of this parameter rests on: its own <see cref="DatedParameterValue.Sources"/> when it names any, otherwise the parameter's <see cref="Sources"/>.</summary>
    /// <param name="value">A value of this parameter.</param>
    /// <returns>The ids; empty when neither names any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public IReadOnlyList<string> SourcesOf(DatedParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Sources.Count > 0 ? value.Sources : Sources;
    }
}
