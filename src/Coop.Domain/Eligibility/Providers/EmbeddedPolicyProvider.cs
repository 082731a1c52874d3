using System.Reflection;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Policies read from an assembly's embedded resources: every resource whose logical name starts with a prefix and
/// ends with <c>.json</c> (not <c>.schema.json</c> or <c>.scenario.json</c>), read when the provider is created.
/// <see cref="Shipped"/> holds the policies shipped inside Coop.Domain (prefix <see cref="ShippedResourcePrefix"/>).
/// Embed your own with <c>&lt;EmbeddedResource Include="policies/*.json" LogicalName="MyApp.Policies.%(Filename)%(Extension)" /&gt;</c>.
/// </summary>
public sealed class EmbeddedPolicyProvider : IPolicyProvider
{
    /// <summary>The resource-name prefix of the policies shipped in Coop.Domain.dll.</summary>
    public const string ShippedResourcePrefix = "Coop.Domain.Policies.";

    private static readonly Lazy<EmbeddedPolicyProvider> s_shipped =
        new(() => new EmbeddedPolicyProvider(typeof(EmbeddedPolicyProvider).Assembly, ShippedResourcePrefix), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PolicyCatalog _catalog;

    /// <summary>Reads the policies embedded in an assembly under a prefix.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="resourcePrefix">The logical-name prefix, e.g. <c>MyApp.Policies.</c> (compared ordinally); empty for every JSON resource.</param>
    /// <param name="schema">The fact schema to compile against; <see cref="CoopFactSchema.Instance"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> or <paramref name="resourcePrefix"/> is null.</exception>
    /// <exception cref="PolicyLoadException">A resource has errors, or one id and version appear twice; every error is listed,
    /// each naming its resource.</exception>
    public EmbeddedPolicyProvider(Assembly assembly, string resourcePrefix, FactSchema<EligibilityFacts>? schema = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourcePrefix);
        string[] names = [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal)
                && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                && !FilePolicyProvider.IsSkipped(n))
            .Order(StringComparer.Ordinal)];
        var errors = new List<PolicyError>();
        var policies = new List<(Policy, string?)>();
        foreach (string name in names)
        {
            PolicyReadResult result = Read(assembly, name);
            if (result.Policy is { } policy)
            {
                policies.Add((policy, name));
            }
            else
            {
                errors.AddRange(result.Errors);
            }
        }

        PolicyCatalog.ThrowIfAny(errors);
        ResourceNames = names;
        _catalog = new PolicyCatalog(policies, schema ?? CoopFactSchema.Instance);
    }

    /// <summary>
    /// The policies shipped in Coop.Domain (resources named <c>Coop.Domain.Policies.&lt;file&gt;.json</c>), compiled against
    /// <see cref="CoopFactSchema.Instance"/>; empty when the package ships none. Created on first use.
    /// </summary>
    /// <exception cref="PolicyLoadException">A shipped policy cannot be read (a packaging fault).</exception>
    public static EmbeddedPolicyProvider Shipped => s_shipped.Value;

    /// <summary>The resources read, in ordinal order.</summary>
    public IReadOnlyList<string> ResourceNames { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds => _catalog.PolicyIds;

    /// <inheritdoc/>
    public bool Contains(string policyId) => _catalog.Contains(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => _catalog.GetVersions(policyId);

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => _catalog.GetPolicySet(policyId);

    private static PolicyReadResult Read(Assembly assembly, string name)
    {
        using Stream? stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return PolicyFile.Read("", name);
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return PolicyFile.Read(buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)), name);
    }
}
