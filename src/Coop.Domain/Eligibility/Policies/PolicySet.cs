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
            throw new ArgumentException("A policy set needs at least one version.", nameof(versions));
        }

        foreach (CompiledPolicy<TRoot> v in list)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(versions));
        }

        if (Policy.VersionConflict(list.Select(v => v.Policy)) is { } conflict)
        {
            throw new ArgumentException(conflict.Message, nameof(versions));
        }

        Array.Sort(list, (a, b) => a.Policy.EffectiveFrom.CompareTo(b.Policy.EffectiveFrom));
        string id = list[0].Policy.Id;
        Id = id;
        Versions = list;
    }

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

        throw PolicyNotInForceException.For(Id, asOf, Versions.Select(v => v.Policy));
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
