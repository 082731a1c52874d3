using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// A scenario file that was read without errors: the policy it tests (compiled against
/// <see cref="CoopFactSchema.Instance"/>), and its cases with their facts built and their expectations checked
/// against the policy's rules. Immutable. Run its cases with <see cref="ScenarioRunner"/>.
/// </summary>
public sealed class ScenarioSuite
{
    internal ScenarioSuite(string file, string? title, PolicySet<EligibilityFacts> policy, IReadOnlyList<string> policyFiles, IReadOnlyList<ScenarioCase> cases)
    {
        File = file;
        Title = title;
        Policy = policy;
        PolicyFiles = policyFiles;
        Cases = cases;
    }

    /// <summary>The scenario file, as it was named to the reader.</summary>
    public string File { get; }

    /// <summary>The file's title, or null.</summary>
    public string? Title { get; }

    /// <summary>The policy versions under test (one per policy file named in the scenario, or every version of the policy its <c>policyId</c> names).</summary>
    public PolicySet<EligibilityFacts> Policy { get; }

    /// <summary>The full paths of the policy files, in the order the scenario names them; empty when it names the policy by <c>policyId</c>.</summary>
    public IReadOnlyList<string> PolicyFiles { get; }

    /// <summary>The cases, in file order; names are unique.</summary>
    public IReadOnlyList<ScenarioCase> Cases { get; }

    /// <summary>The case with a name.</summary>
    /// <param name="name">The case name (ordinal comparison).</param>
    /// <returns>The case.</returns>
    /// <exception cref="KeyNotFoundException">No case has that name.</exception>
    public ScenarioCase this[string name] =>
        Cases.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The scenario file '{File}' has no case '{name}'.");

    /// <inheritdoc/>
    public override string ToString() => File + " (" + Policy.Id + ", " + Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " cases)";
}
