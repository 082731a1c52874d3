using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// A source of eligibility policies by id: files (<see cref="FilePolicyProvider"/>), embedded resources
/// (<see cref="EmbeddedPolicyProvider"/>), policies built in code (<see cref="InMemoryPolicyProvider"/>) or several of
/// these (<see cref="CompositePolicyProvider"/>). All versions of one id form one <see cref="PolicySet{TRoot}"/>,
/// compiled once against the standard fact schema (<see cref="EligibilityFacts"/>) and cached. Implementations are
/// immutable after construction and safe to share between threads.
/// </summary>
public interface IPolicyProvider
{
    /// <summary>The ids of the policies this provider knows, sorted ordinally.</summary>
    IReadOnlyList<string> PolicyIds { get; }

    /// <summary>Whether the provider knows a policy id.</summary>
    /// <param name="policyId">The id (compared ordinally).</param>
    /// <returns>Whether <see cref="GetPolicySet"/> would find it.</returns>
    bool Contains(string policyId);

    /// <summary>The versions of a policy as data, by version number.</summary>
    /// <param name="policyId">The id.</param>
    /// <returns>At least one version.</returns>
    /// <exception cref="UnknownPolicyException">No policy has that id; the message lists the known ids.</exception>
    IReadOnlyList<Policy> GetVersions(string policyId);

    /// <summary>The compiled versions of a policy; compiled on first request and cached.</summary>
    /// <param name="policyId">The id.</param>
    /// <returns>The policy set (the same instance on every call).</returns>
    /// <exception cref="UnknownPolicyException">No policy has that id; the message lists the known ids.</exception>
    /// <exception cref="PolicyLoadException">A version does not compile against the fact schema, or versions overlap; every error is listed.</exception>
    PolicySet<EligibilityFacts> GetPolicySet(string policyId);
}
