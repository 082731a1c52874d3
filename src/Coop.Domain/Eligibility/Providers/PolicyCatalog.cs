using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// The shared core of the providers: policies grouped by id, each id's set compiled lazily (once, thread-safely,
/// exceptions cached) against one fact schema. The same id and version twice is an error naming both origins.
/// </summary>
internal sealed class PolicyCatalog
{
    private readonly Dictionary<string, Policy[]> _versions;
    private readonly Dictionary<string, Lazy<PolicySet<EligibilityFacts>>> _sets;

    public PolicyCatalog(IEnumerable<(Policy Policy, string? Origin)> policies, FactSchema<EligibilityFacts> schema)
    {
        var byId = new Dictionary<string, List<(Policy Policy, string? Origin)>>(StringComparer.Ordinal);
        var errors = new List<PolicyError>();
        foreach ((Policy policy, string? origin) in policies)
        {
            if (!byId.TryGetValue(policy.Id, out List<(Policy Policy, string? Origin)>? list))
            {
                byId[policy.Id] = list = [];
            }

            (Policy Policy, string? Origin) twin = list.Find(p => p.Policy.Version == policy.Version);
            if (twin.Policy is not null)
            {
                errors.Add(new PolicyError(origin, "$.version", null, null,
                    $"policy '{policy.Id}' version {policy.Version} is defined twice" + (twin.Origin is null ? string.Empty : $" (also in {twin.Origin})")
                    + "; give each version its own number").With(
                    PolicyErrorCode.DuplicateVersion, policy.Id, policy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), twin.Origin ?? string.Empty));
                continue;
            }

            list.Add((policy, origin));
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }

        _versions = byId.ToDictionary(p => p.Key, p => p.Value.Select(v => v.Policy).OrderBy(v => v.Version).ToArray(), StringComparer.Ordinal);
        _sets = _versions.ToDictionary(
            p => p.Key,
            p => new Lazy<PolicySet<EligibilityFacts>>(() => Compile(p.Value, schema), LazyThreadSafetyMode.ExecutionAndPublication),
            StringComparer.Ordinal);
        PolicyIds = [.. _versions.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> PolicyIds { get; }

    public bool Contains(string policyId) => policyId is not null && _versions.ContainsKey(policyId);

    public IReadOnlyList<Policy> GetVersions(string policyId) =>
        policyId is not null && _versions.TryGetValue(policyId, out Policy[]? versions) ? versions : throw new UnknownPolicyException(policyId ?? "(null)", PolicyIds);

    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) =>
        policyId is not null && _sets.TryGetValue(policyId, out Lazy<PolicySet<EligibilityFacts>>? set) ? set.Value : throw new UnknownPolicyException(policyId ?? "(null)", PolicyIds);

    /// <summary>Compiles every version (collecting the errors of all of them) and forms the set.</summary>
    public static PolicySet<EligibilityFacts> Compile(IReadOnlyList<Policy> versions, FactSchema<EligibilityFacts> schema)
    {
        var compiled = new List<CompiledPolicy<EligibilityFacts>>();
        var errors = new List<PolicyError>();
        foreach (Policy policy in versions)
        {
            try
            {
                compiled.Add(new CompiledPolicy<EligibilityFacts>(policy, schema));
            }
            catch (PolicyLoadException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }

        // What the set's constructor would refuse (versions that overlap), as a coded error with the constructor's words.
        if (Policy.VersionConflict(compiled.Select(c => c.Policy)) is { } conflict)
        {
            throw new PolicyLoadException([conflict]);
        }

        return new PolicySet<EligibilityFacts>(compiled);
    }

    public static void ThrowIfAny(List<PolicyError> errors)
    {
        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }
    }
}
