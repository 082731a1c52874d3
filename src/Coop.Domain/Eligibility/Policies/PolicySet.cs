using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The versions of one policy. <see cref="Select"/> picks the version in force on a date; a date no version
/// covers is a <see cref="PolicyNotInForceException"/>, never a silent fall-back to another version.
/// </summary>
/// <typeparam name="TRoot">The root type of the facts.</typeparam>
public sealed class PolicySet<TRoot>
    where TRoot : class
{
    /// <summary>Creates a set from compiled versions of one policy.</summary>
    /// <param name="versions">The versions: at least one, all with the same id, distinct version numbers and non-overlapping ranges.</param>
    /// <exception cref="ArgumentException">The list is empty, ids differ, or version numbers or ranges overlap.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> or an item is null.</exception>
    public PolicySet(IEnumerable<CompiledPolicy<TRoot>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        CompiledPolicy<TRoot>[] list = [.. versions];
        if (list.Length == 0)
        {
            throw Conflict(new ArgumentException("A policy set needs at least one version.", nameof(versions)), "no-versions");
        }

        foreach (CompiledPolicy<TRoot> v in list)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(versions));
        }

        Array.Sort(list, (a, b) => a.Policy.EffectiveFrom.CompareTo(b.Policy.EffectiveFrom));
        string id = list[0].Policy.Id;
        var numbers = new HashSet<int>();
        for (int i = 0; i < list.Length; i++)
        {
            Policy p = list[i].Policy;
            if (!string.Equals(p.Id, id, StringComparison.Ordinal))
            {
                throw Conflict(new ArgumentException($"A policy set holds versions of one policy; '{p.Id}' is not '{id}'.", nameof(versions)), "different-ids", p.Id, id);
            }

            if (!numbers.Add(p.Version))
            {
                throw Conflict(new ArgumentException($"The policy '{id}' has version {p.Version} twice.", nameof(versions)), "duplicate-version", id, Invariant(p.Version));
            }

            if (i > 0 && list[i - 1].Policy.EffectiveTo is not { } previousEnd)
            {
                throw Conflict(
                    new ArgumentException($"Version {list[i - 1].Policy.Version} of '{id}' is open-ended, so it overlaps version {p.Version} from {p.EffectiveFrom}.", nameof(versions)),
                    "open-ended", id, Invariant(list[i - 1].Policy.Version), Invariant(p.Version), p.EffectiveFrom.ToString());
            }

            if (i > 0 && list[i - 1].Policy.EffectiveTo >= p.EffectiveFrom)
            {
                throw Conflict(
                    new ArgumentException($"Versions {list[i - 1].Policy.Version} and {p.Version} of '{id}' overlap on {p.EffectiveFrom}.", nameof(versions)),
                    "overlap", id, Invariant(list[i - 1].Policy.Version), Invariant(p.Version), p.EffectiveFrom.ToString());
            }
        }

        Id = id;
        Versions = list;
    }

    /// <summary>The key under which the exceptions of the constructor carry what conflicts (for a translated message).</summary>
    internal const string ConflictKey = "Coop.Domain.PolicySetConflict";

    /// <summary>
    /// An <see cref="ArgumentException"/> for the versions argument that carries, in <see cref="Exception.Data"/>, what conflicts:
    /// a kind (<c>no-versions</c>, <c>different-ids</c>, <c>duplicate-version</c>, <c>open-ended</c>, <c>overlap</c>) and its values.
    /// </summary>
    private static ArgumentException Conflict(ArgumentException exception, string kind, params string[] values)
    {
        exception.Data[ConflictKey] = (string[])[kind, .. values];
        return exception;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The policy id.</summary>
    public string Id { get; }

    /// <summary>The versions, by effective date.</summary>
    public IReadOnlyList<CompiledPolicy<TRoot>> Versions { get; }

    /// <summary>The version in force on a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The version whose effective range contains the date.</returns>
    /// <exception cref="PolicyNotInForceException">No version covers the date; the message lists the versions' ranges.</exception>
    public CompiledPolicy<TRoot> Select(SolarHijriDate asOf)
    {
        foreach (CompiledPolicy<TRoot> v in Versions)
        {
            if (v.Policy.IsInForce(asOf))
            {
                return v;
            }
        }

        string ranges = string.Join("; ", Versions.Select(v => "v" + v.Policy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + v.Policy.EffectiveFrom + "–" + (v.Policy.EffectiveTo?.ToString() ?? "open end")));
        throw new PolicyNotInForceException(Id, asOf, $"No version of the policy '{Id}' is in force on {asOf} (versions: {ranges}).");
    }

    /// <summary>Evaluates the version in force on <paramref name="asOf"/>.</summary>
    /// <param name="facts">The applicant's facts.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="trace">Whether to record a trace.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="PolicyNotInForceException">No version covers the date.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Decision Evaluate(TRoot facts, SolarHijriDate asOf, bool trace = false) => Select(asOf).Evaluate(facts, asOf, trace);
}
