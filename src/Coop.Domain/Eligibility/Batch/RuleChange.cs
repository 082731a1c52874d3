using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// A rule whose status differs between two decisions for the same applicant, or that failed (or was incomplete or in
/// error) under both with a different severity, e.g. a warning made blocking (<see cref="PolicyComparer"/>).
/// </summary>
/// <param name="RuleId">The rule id (rules are matched by id).</param>
/// <param name="Code">The rule's error code.</param>
/// <param name="From">The status under the current policy; null when the current policy has no such rule.</param>
/// <param name="To">The status under the draft policy; null when the draft has no such rule.</param>
/// <param name="Message">Why: the draft's rendered message when it has one (failed, incomplete, error), else the current's; null when neither has one.</param>
/// <param name="FromSeverity">The rule's severity in the current policy; null when it has no such rule.</param>
/// <param name="ToSeverity">The rule's severity in the draft policy; null when it has no such rule.</param>
public sealed record RuleChange(
    string RuleId, string Code, RuleStatus? From, RuleStatus? To, PolicyText? Message, RuleSeverity? FromSeverity = null, RuleSeverity? ToSeverity = null)
{
    /// <summary>Whether the rule's severity differs between the policies (both have it).</summary>
    public bool SeverityChanged => FromSeverity is { } f && ToSeverity is { } t && f != t;
}
