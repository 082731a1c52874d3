using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Several providers seen as one. An id's versions from every provider form one policy set; when two providers give the
/// same id <b>and</b> version, the provider listed first wins (so an application's own file can replace a shipped
/// version). When all of an id's versions come from one provider, that provider's cached set is returned; otherwise the
/// merged versions are compiled once against <c>schema</c> and cached.
/// </summary>
public sealed class CompositePolicyProvider : IPolicyProvider
{
    private readonly Dictionary<string, Lazy<(IReadOnlyList<Policy> Versions, Lazy<PolicySet<EligibilityFacts>> Set)>> _entries;
    private readonly IPolicyProvider[] _providers;

    /// <summary>Combines providers, first-listed first.</summary>
    /// <param name="providers">The providers.</param>
    /// <param name="schema">The fact schema for sets merged from several providers; <see cref="CoopFactSchema.Instance"/> when null.
    /// Give the providers the same schema.</param>
    /// <exception cref="ArgumentNullException"><paramref name="providers"/> or an item is null.</exception>
    public CompositePolicyProvider(IEnumerable<IPolicyProvider> providers, FactSchema<EligibilityFacts>? schema = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _providers = [.. providers];
        foreach (IPolicyProvider p in _providers)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(providers));
        }

        FactSchema<EligibilityFacts> factSchema = schema ?? CoopFactSchema.Instance;
        PolicyIds = [.. _providers.SelectMany(p => p.PolicyIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _entries = PolicyIds.ToDictionary(
            id => id,
            id => new Lazy<(IReadOnlyList<Policy>, Lazy<PolicySet<EligibilityFacts>>)>(() => Merge(id, factSchema), LazyThreadSafetyMode.ExecutionAndPublication),
            StringComparer.Ordinal);
    }

    /// <summary>The providers, first-listed first.</summary>
    public IReadOnlyList<IPolicyProvider> Providers => _providers;

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds { get; }

    /// <inheritdoc/>
    public bool Contains(string policyId) => policyId is not null && _entries.ContainsKey(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => Entry(policyId).Versions;

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => Entry(policyId).Set.Value;

    private (IReadOnlyList<Policy> Versions, Lazy<PolicySet<EligibilityFacts>> Set) Entry(string policyId) =>
        policyId is not null && _entries.TryGetValue(policyId, out var entry) ? entry.Value : throw new UnknownPolicyException(policyId ?? "(null)", PolicyIds);

    private (IReadOnlyList<Policy>, Lazy<PolicySet<EligibilityFacts>>) Merge(string id, FactSchema<EligibilityFacts> schema)
    {
        var versions = new List<Policy>();
        var contributors = new List<IPolicyProvider>();
        foreach (IPolicyProvider provider in _providers)
        {
            if (!provider.Contains(id))
            {
                continue;
            }

            bool contributed = false;
            foreach (Policy policy in provider.GetVersions(id))
            {
                if (!versions.Exists(v => v.Version == policy.Version))
                {
                    versions.Add(policy);
                    contributed = true;
                }
            }

            if (contributed)
            {
                contributors.Add(provider);
            }
        }

        Policy[] sorted = [.. versions.OrderBy(v => v.Version)];
        IPolicyProvider? only = contributors.Count == 1 && contributors[0].GetVersions(id).Count == sorted.Length ? contributors[0] : null;
        return (sorted, new Lazy<PolicySet<EligibilityFacts>>(
            () => only is not null ? only.GetPolicySet(id) : PolicyCatalog.Compile(sorted, schema),
            LazyThreadSafetyMode.ExecutionAndPublication));
    }
}
