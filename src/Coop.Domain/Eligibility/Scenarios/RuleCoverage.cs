namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>How often the cases of a run saw one rule of one policy version fail and pass.</summary>
/// <param name="PolicyId">The policy id.</param>
/// <param name="PolicyVersion">The policy version.</param>
/// <param name="RuleId">The rule id.</param>
/// <param name="Code">The rule's code.</param>
/// <param name="Failed">Cases in which the rule was failed, 0 or more.</param>
/// <param name="Passed">Cases in which the rule was passed, 0 or more.</param>
public sealed record RuleCoverage(string PolicyId, int PolicyVersion, string RuleId, string Code, int Failed, int Passed)
{
    /// <summary>Whether some case saw the rule fail; a rule no case ever saw fail is <em>uncovered</em>.</summary>
    public bool IsCovered => Failed > 0;

    /// <summary>The rule as <c>policy v1 rule-id (CODE)</c>.</summary>
    /// <returns>The label.</returns>
    public override string ToString() =>
        PolicyId + " v" + PolicyVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + RuleId + " (" + Code + ")";
}
