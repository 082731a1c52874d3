using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>Names of outcomes and statuses as scenario files and reports write them (kebab-case).</summary>
internal static class ScenarioText
{
    public static PolicyOutcome? ParseOutcome(string text) => text switch
    {
        "eligible" => PolicyOutcome.Eligible,
        "ineligible" => PolicyOutcome.Ineligible,
        "incomplete" => PolicyOutcome.Incomplete,
        "needs-review" or "needsReview" => PolicyOutcome.NeedsReview,
        _ => null,
    };

    public static string Outcome(PolicyOutcome outcome) => outcome switch
    {
        PolicyOutcome.Eligible => "eligible",
        PolicyOutcome.Ineligible => "ineligible",
        PolicyOutcome.Incomplete => "incomplete",
        PolicyOutcome.NeedsReview => "needs-review",
        _ => outcome.ToString(),
    };

    public static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.NotApplicable => "was not applicable",
        RuleStatus.Incomplete => "was incomplete",
        RuleStatus.Error => "met an error",
        _ => status.ToString(),
    };

    /// <summary>A status as <see cref="UnmetExpectation.Arguments"/> write it: passed, failed, not-applicable, incomplete, error.</summary>
    public static string StatusToken(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.NotApplicable => "not-applicable",
        RuleStatus.Incomplete => "incomplete",
        RuleStatus.Error => "error",
        _ => status.ToString(),
    };

    public static string Verb(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "pass",
        RuleStatus.Failed => "fail",
        RuleStatus.NotApplicable => "be not applicable",
        RuleStatus.Incomplete => "be incomplete",
        _ => status.ToString(),
    };
}
