using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Policies read from policy files (docs/policies.md). Each path is a file, or a folder whose <c>*.json</c> files
/// (not its subfolders) are read in ordinal name order, skipping JSON Schemas (<c>*.schema.json</c>) and scenario
/// files (<c>*.scenario.json</c>). Files are read when the provider is created; each policy id's versions are compiled
/// on first use and cached. Later changes to the files are not seen: create a new provider to reload.
/// </summary>
public sealed class FilePolicyProvider : IPolicyProvider
{
    private readonly PolicyCatalog _catalog;

    /// <summary>Reads the policy files.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="schema">The fact schema to compile against; <see cref="CoopFactSchema.Instance"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or an item is null.</exception>
    /// <exception cref="PolicyLoadException">A path does not exist, a file has errors, or one id and version appear twice;
    /// every error of every file is listed, each naming its file.</exception>
    public FilePolicyProvider(IEnumerable<string> paths, FactSchema<EligibilityFacts>? schema = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var errors = new List<PolicyError>();
        var policies = new List<(Policy, string?)>();
        var files = new List<string>();
        foreach (string path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly)
                    .Where(f => !IsSkipped(f))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                errors.Add(new PolicyError(path, "$", null, null, "no such policy file or folder"));
            }
        }

        foreach (string file in files)
        {
            PolicyReadResult result = PolicyFile.ReadFile(file);
            if (result.Policy is { } policy)
            {
                policies.Add((policy, file));
            }
            else
            {
                errors.AddRange(result.Errors);
            }
        }

        PolicyCatalog.ThrowIfAny(errors);
        Files = files;
        _catalog = new PolicyCatalog(policies, schema ?? CoopFactSchema.Instance);
    }

    /// <summary>The files read, in reading order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds => _catalog.PolicyIds;

    /// <inheritdoc/>
    public bool Contains(string policyId) => _catalog.Contains(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => _catalog.GetVersions(policyId);

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => _catalog.GetPolicySet(policyId);

    internal static bool IsSkipped(string name) =>
        name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".scenario.json", StringComparison.OrdinalIgnoreCase);
}
