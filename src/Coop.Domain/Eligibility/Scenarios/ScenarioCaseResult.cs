using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>The result of running one case: pass or fail, with every unmet expectation and the decision itself.</summary>
public sealed class ScenarioCaseResult
{
    internal ScenarioCaseResult(string file, string name, Decision decision, IReadOnlyList<UnmetExpectation> unmet)
    {
        File = file;
        Name = name;
        Decision = decision;
        Unmet = unmet;
    }

    /// <summary>The scenario file, as named to the runner.</summary>
    public string File { get; }

    /// <summary>The case name.</summary>
    public string Name { get; }

    /// <summary>Whether every expectation was met.</summary>
    public bool Passed => Unmet.Count == 0;

    /// <summary>The expectations not met, in the order outcome, fails, passes, incomplete, not applicable, score; empty when the case passed.</summary>
    public IReadOnlyList<UnmetExpectation> Unmet { get; }

    /// <summary>The policy's decision for the case.</summary>
    public Decision Decision { get; }

    /// <inheritdoc/>
    public override string ToString() => (Passed ? "PASS " : "FAIL ") + File + " › " + Name;
}
