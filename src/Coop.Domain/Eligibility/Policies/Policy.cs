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

    /// <summary>
    /// Why policies cannot be the versions of one <see cref="PolicySet{TRoot}"/> (whose constructor refuses them with this
    /// error's <see cref="PolicyError.Message"/>): a different id (<see cref="PolicyErrorCode.DifferentPolicies"/>), a version
    /// number twice (<see cref="PolicyErrorCode.DuplicateVersion"/>) or two versions in force on one day
    /// (<see cref="PolicyErrorCode.VersionsOverlap"/>); the first found, by effective date, at <c>$</c> with no file.
    /// </summary>
    /// <param name="versions">The policies.</param>
    /// <returns>The error, or null when they can form one set (or there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> or an item is null.</exception>
    public static PolicyError? VersionConflict(IEnumerable<Policy> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Policy[] list = [.. versions];
        foreach (Policy v in list)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(versions));
        }

        if (list.Length == 0)
        {
            return null;
        }

        Array.Sort(list, (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
        string id = list[0].Id;
        var numbers = new HashSet<int>();
        for (int i = 0; i < list.Length; i++)
        {
            Policy p = list[i];
            string version = Invariant(p.Version);
            if (!string.Equals(p.Id, id, StringComparison.Ordinal))
            {
                return Conflict($"A policy set holds versions of one policy; '{p.Id}' is not '{id}'.", PolicyErrorCode.DifferentPolicies, p.Id, id);
            }

            if (!numbers.Add(p.Version))
            {
                return Conflict($"The policy '{id}' has version {p.Version} twice.", PolicyErrorCode.DuplicateVersion, id, version, string.Empty);
            }

            if (i == 0)
            {
                continue;
            }

            Policy previous = list[i - 1];
            if (previous.EffectiveTo is not { } previousEnd)
            {
                return Conflict(
                    $"Version {previous.Version} of '{id}' is open-ended, so it overlaps version {p.Version} from {p.EffectiveFrom}.",
                    PolicyErrorCode.VersionsOverlap, id, Invariant(previous.Version), version, p.EffectiveFrom.ToString(), string.Empty);
            }

            if (previousEnd >= p.EffectiveFrom)
            {
                return Conflict(
                    $"Versions {previous.Version} and {p.Version} of '{id}' overlap on {p.EffectiveFrom}.",
                    PolicyErrorCode.VersionsOverlap, id, Invariant(previous.Version), version, p.EffectiveFrom.ToString(), previousEnd.ToString());
            }
        }

        return null;

        static PolicyError Conflict(string message, PolicyErrorCode code, params string[] arguments) =>
            new PolicyError(null, "$", null, null, message).With(code, arguments);

        static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Id + " v" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + EffectiveFrom + " – " + (EffectiveTo?.ToString() ?? "…") + ")";
}
