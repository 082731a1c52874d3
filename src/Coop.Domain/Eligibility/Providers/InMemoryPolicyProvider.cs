using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>Policies given as objects, e.g. made with <see cref="PolicyBuilder"/> or read by the application itself.</summary>
public sealed class InMemoryPolicyProvider : IPolicyProvider
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Holds the policies; each id's versions are compiled on first use and cached.</summary>
    /// <param name="policies">The policies; several versions of one id form one policy set.</param>
    /// <param name="schema">The fact schema to compile against; <see cref="CoopFactSchema.Instance"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or an item is null.</exception>
    /// <exception cref="PolicyLoadException">One id and version appear twice.</exception>
    public InMemoryPolicyProvider(IEnumerable<Policy> policies, FactSchema<EligibilityFacts>? schema = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policy[] list = [.. policies];
        foreach (Policy p in list)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(policies));
        }

        _catalog = new PolicyCatalog(list.Select(p => (p, (string?)null)), schema ?? CoopFactSchema.Instance);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds => _catalog.PolicyIds;

    /// <inheritdoc/>
    public bool Contains(string policyId) => _catalog.Contains(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => _catalog.GetVersions(policyId);

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => _catalog.GetPolicySet(policyId);
}
