using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// An eligibility policy as data: identity, effective range, dated parameters, rules, scoring terms and the
/// outcome mapping. Immutable. Read one from JSON with <see cref="PolicyFile"/>; compile it against a fact
/// schema with <see cref="CompiledPolicy{TRoot}"/>.
/// </summary>
public sealed class Policy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="id">The policy's identifier (same across versions).</param>
    /// <param name="version">The version number, 1 or more.</param>
    /// <param name="title">The title in Persian and English.</param>
    /// <param name="effectiveFrom">The first day the version is in force.</param>
    /// <param name="effectiveTo">The last day it is in force (inclusive), or null for open-ended.</param>
    /// <param name="parameters">The parameters; names unique.</param>
    /// <param name="rules">The rules; ids unique.</param>
    /// <param name="scoring">The scoring terms, or null for none.</param>
    /// <param name="outcomes">The outcome mapping, or null for <see cref="OutcomeMapping.Default"/>.</param>
    /// <exception cref="ArgumentException">The id is blank, names or ids repeat, or the range is reversed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public Policy(
        string id, int version, PolicyText title, SolarHijriDate effectiveFrom, SolarHijriDate? effectiveTo,
        IEnumerable<PolicyParameter> parameters, IEnumerable<PolicyRule> rules,
        IEnumerable<ScoringTerm>? scoring = null, OutcomeMapping? outcomes = null)
        : this(id, version, title, effectiveFrom, effectiveTo, parameters, rules, scoring, outcomes, null)
    {
    }

    internal Policy(
        string id, int version, PolicyText title, SolarHijriDate effectiveFrom, SolarHijriDate? effectiveTo,
        IEnumerable<PolicyParameter> parameters, IEnumerable<PolicyRule> rules,
        IEnumerable<ScoringTerm>? scoring, OutcomeMapping? outcomes, PolicySource? source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(rules);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException($"The policy '{id}' ends ({to}) before it starts ({effectiveFrom}).", nameof(effectiveTo));
        }

        PolicyParameter[] parameterList = [.. parameters];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (PolicyParameter p in parameterList)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(parameters));
            if (!names.Add(p.Name))
            {
                throw new ArgumentException($"The parameter '{p.Name}' is declared twice in policy '{id}'.", nameof(parameters));
            }
        }

        PolicyRule[] ruleList = [.. rules];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (PolicyRule r in ruleList)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(rules));
            if (!ids.Add(r.Id))
            {
                throw new ArgumentException($"The rule id '{r.Id}' appears twice in policy '{id}'.", nameof(rules));
            }
        }

        Id = id;
        Version = version;
        Title = title;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Parameters = parameterList;
        Rules = ruleList;
        Scoring = scoring is null ? [] : [.. scoring];
        Outcomes = outcomes ?? OutcomeMapping.Default;
        Source = source;
    }

    /// <summary>The policy's identifier (same across versions).</summary>
    public string Id { get; }

    /// <summary>The version number, 1 or more.</summary>
    public int Version { get; }

    /// <summary>The title in Persian and English.</summary>
    public PolicyText Title { get; }

    /// <summary>The first day this version is in force.</summary>
    public SolarHijriDate EffectiveFrom { get; }

    /// <summary>The last day this version is in force (inclusive), or null for open-ended.</summary>
    public SolarHijriDate? EffectiveTo { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<PolicyParameter> Parameters { get; }

    /// <summary>The rules, in evaluation and report order.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; }

    /// <summary>The scoring terms.</summary>
    public IReadOnlyList<ScoringTerm> Scoring { get; }

    /// <summary>How rule results map to the outcome.</summary>
    public OutcomeMapping Outcomes { get; }

    /// <summary>Where the policy was read from (file name and JSON positions), for error reports; null when built in code.</summary>
    internal PolicySource? Source { get; }

    /// <summary>Whether this version is in force on a date (from ≤ date ≤ to).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the date lies in the effective range.</returns>
    public bool IsInForce(SolarHijriDate date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);

    /// <inheritdoc/>
    public override string ToString() =>
        Id + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + EffectiveFrom + " – " + (EffectiveTo?.ToString() ?? "…") + ")";
}
