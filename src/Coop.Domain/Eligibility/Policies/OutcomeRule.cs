namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// One line of an <see cref="OutcomeMapping"/>: when any rule of <see cref="Severity"/> ended with
/// <see cref="Status"/>, the decision's outcome is <see cref="Outcome"/> (unless an earlier line matched).
/// </summary>
/// <param name="Severity">The severity of the rules this line looks at.</param>
/// <param name="Status">The status that triggers this line.</param>
/// <param name="Outcome">The outcome when it triggers.</param>
public sealed record OutcomeRule(RuleSeverity Severity, RuleStatus Status, PolicyOutcome Outcome);
