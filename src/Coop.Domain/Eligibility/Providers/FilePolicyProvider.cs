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
        var errors = new List<PolicyError>();
        List<string> files = FindFiles(paths, errors);
        var policies = new List<(Policy, string?)>();
        foreach (string file in files)
        {
            Add(PolicyFile.ReadFile(file), file, policies, errors);
        }

        PolicyCatalog.ThrowIfAny(errors);
        Files = files;
        _catalog = new PolicyCatalog(policies, schema ?? CoopFactSchema.Instance);
    }

    private FilePolicyProvider(List<string> files, List<(Policy, string?)> policies, FactSchema<EligibilityFacts>? schema)
    {
        Files = files;
        _catalog = new PolicyCatalog(policies, schema ?? CoopFactSchema.Instance);
    }

    /// <summary>
    /// Reads the policy files asynchronously (no synchronous file reads) and compiles them as the constructor
    /// <see cref="FilePolicyProvider(IEnumerable{string}, FactSchema{EligibilityFacts}?)"/> does: the same files, the same policies, the same errors.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="schema">The fact schema to compile against; <see cref="CoopFactSchema.Instance"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading; checked before each file.</param>
    /// <returns>The provider.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or an item is null.</exception>
    /// <exception cref="PolicyLoadException">A path does not exist, a file has errors, or one id and version appear twice;
    /// every error of every file is listed, each naming its file.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled (also when <paramref name="cancellationToken"/> is already cancelled).</exception>
    public static async Task<FilePolicyProvider> LoadAsync(IEnumerable<string> paths, FactSchema<EligibilityFacts>? schema = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var errors = new List<PolicyError>();
        List<string> files = FindFiles(paths, errors);
        var policies = new List<(Policy, string?)>();
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(await PolicyFile.ReadFileAsync(file, cancellationToken).ConfigureAwait(false), file, policies, errors);
        }

        PolicyCatalog.ThrowIfAny(errors);
        return new FilePolicyProvider(files, policies, schema);
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

    /// <summary>Lists the files to read: each file path, and each folder's <c>*.json</c> files in ordinal order; a missing path is an error.</summary>
    private static List<string> FindFiles(IEnumerable<string> paths, List<PolicyError> errors)
    {
        ArgumentNullException.ThrowIfNull(paths);
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
                errors.Add(new PolicyError(path, "$", null, null, "no such policy file or folder").With(PolicyErrorCode.FileNotFound));
            }
        }

        return files;
    }

    private static void Add(PolicyReadResult result, string file, List<(Policy, string?)> policies, List<PolicyError> errors)
    {
        if (result.Policy is { } policy)
        {
            policies.Add((policy, file));
        }
        else
        {
            errors.AddRange(result.Errors);
        }
    }

    internal static bool IsSkipped(string name) =>
        name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".scenario.json", StringComparison.OrdinalIgnoreCase);
}
