using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// A parameter's value from <see cref="EffectiveFrom"/> until the next dated value: either one
/// <see cref="Value"/>, or (for a keyed parameter) a table <see cref="ByKey"/>, or neither — the parameter
/// ends on that date and has no value afterwards (as in OpenFisca).
/// </summary>
public sealed class DatedParameterValue
{
    /// <summary>Creates a dated value.</summary>
    /// <param name="effectiveFrom">The first day the value applies.</param>
    /// <param name="value">The value of an unkeyed parameter, or null.</param>
    /// <param name="byKey">The table of a keyed parameter (keys compared ordinally), or null. Each dated value gives the whole table.</param>
    /// <param name="reference">Where this value was published (gazette, circular number), as a note for people, or null.</param>
    /// <param name="sources">The ids of the source register entries this value rests on, or null to rest on its parameter's
    /// (one value may be official and a later amendment an assumption).</param>
    /// <exception cref="ArgumentException">Both <paramref name="value"/> and <paramref name="byKey"/> are given.</exception>
    public DatedParameterValue(SolarHijriDate effectiveFrom, FactValue? value, IReadOnlyDictionary<string, FactValue>? byKey = null, string? reference = null, IEnumerable<string>? sources = null)
    {
        if (value is not null && byKey is not null)
        {
            throw new ArgumentException("A dated parameter value is either one value or a table by key, not both.", nameof(byKey));
        }

        EffectiveFrom = effectiveFrom;
        Value = value;
        ByKey = byKey is null ? null : new Dictionary<string, FactValue>(byKey, StringComparer.Ordinal);
        Reference = reference;
        Sources = sources is null ? [] : [.. sources];
    }

    /// <summary>The first day the value applies.</summary>
    public SolarHijriDate EffectiveFrom { get; }

    /// <summary>The value of an unkeyed parameter; null for a table or an end.</summary>
    public FactValue? Value { get; }

    /// <summary>The table of a keyed parameter; null for a single value or an end.</summary>
    public IReadOnlyDictionary<string, FactValue>? ByKey { get; }

    /// <summary>Whether this entry ends the parameter (no value from <see cref="EffectiveFrom"/> on).</summary>
    public bool IsEnd => Value is null && ByKey is null;

    /// <summary>Where this value was published, as a note for people, or null.</summary>
    public string? Reference { get; }

    /// <summary>The ids of the source register entries this value rests on; empty when it rests on its parameter's (<see cref="PolicyParameter.SourcesOf"/>).</summary>
    public IReadOnlyList<string> Sources { get; }
}
