namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// Rule coverage of a run: for every rule of every policy version the scenario files named, the number of cases
/// that saw it fail and pass. A rule never seen failing is <see cref="Uncovered"/>; one never seen passing is
/// listed in <see cref="NeverPassed"/>.
/// </summary>
public sealed class CoverageReport
{
    internal CoverageReport(IReadOnlyList<RuleCoverage> rules)
    {
        Rules = rules;
        Uncovered = [.. rules.Where(r => r.Failed == 0)];
        NeverPassed = [.. rules.Where(r => r.Passed == 0)];
    }

    /// <summary>Every rule, by policy id (ordinal), version, then the policy's rule order.</summary>
    public IReadOnlyList<RuleCoverage> Rules { get; }

    /// <summary>The rules no case saw fail.</summary>
    public IReadOnlyList<RuleCoverage> Uncovered { get; }

    /// <summary>The rules no case saw pass.</summary>
    public IReadOnlyList<RuleCoverage> NeverPassed { get; }

    /// <summary>Whether every rule was seen failing at least once.</summary>
    public bool AllCovered => Uncovered.Count == 0;
}
