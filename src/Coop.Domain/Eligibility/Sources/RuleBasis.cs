using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// What a rule rests on: the register entries it cites, the parameters its <c>when</c> and <c>check</c> use, and on
/// which dates a failure of it rests on an unverified assumption. Immutable.
/// </summary>
public sealed class RuleBasis
{
    private readonly (SolarHijriDate From, AssumptionSet? Set)[] _timeline;

    internal RuleBasis(
        PolicyRule rule, IReadOnlyList<Source> sources, IReadOnlyList<string> parameters, IReadOnlyList<string> whenParameters,
        IReadOnlyList<string> consulted, (SolarHijriDate From, AssumptionSet? Set)[] timeline)
    {
        Rule = rule;
        Sources = sources;
        Standing = sources.Count == 0 ? null : sources.Max(s => s.Standing);
        Parameters = parameters;
        WhenParameters = whenParameters;
        Consulted = consulted;
        _timeline = timeline;
    }

    /// <summary>The rule.</summary>
    public PolicyRule Rule { get; }

    /// <summary>The register entries the rule cites (<see cref="PolicyRule.Sources"/>; an id the register lacks is an error of the basis and is left out here).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The weakest standing of <see cref="Sources"/>; null when the rule cites none.</summary>
    public SourceStanding? Standing { get; }

    /// <summary>The parameters the rule's <c>when</c> and <c>check</c> use (a failure depends on their values), in order of first use.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>
    /// Whether the rule may ever fail resting on an assumption (on some date): it cites only assumptions, or uses a
    /// parameter one of whose values is unverified.
    /// </summary>
    public bool MayRestOnAssumption => _timeline.Any(t => t.Set is not null);

    /// <summary>The parameters its <c>when</c> uses (all an inapplicable rule consulted).</summary>
    internal IReadOnlyList<string> WhenParameters { get; }

    /// <summary>The parameters any of its expressions or message placeholders use.</summary>
    internal IReadOnlyList<string> Consulted { get; }

    /// <summary>
    /// What a failure of the rule on <paramref name="asOf"/> would rest on that is unverified: each parameter value in
    /// force that its <c>when</c> or <c>check</c> uses and that is unverified, and the rule's own reading when every
    /// source it cites is an assumption. Empty when nothing is.
    /// </summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The unverified bases.</returns>
    public IReadOnlyList<AssumptionBasis> AssumptionsAt(SolarHijriDate asOf) => SetAt(asOf)?.Items ?? [];

    /// <summary>The precomputed set for <paramref name="asOf"/>, or null; a binary search, no allocation.</summary>
    internal AssumptionSet? SetAt(SolarHijriDate asOf)
    {
        (SolarHijriDate From, AssumptionSet? Set)[] timeline = _timeline;
        int lo = 0, hi = timeline.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (timeline[mid].From <= asOf)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : timeline[found].Set;
    }
}
