using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Builds a decision's rule results when they are first read (a compiled policy over immutable facts): the statuses
/// were found during the evaluation; what a failure observed and required, and the missing fact or error of an incomplete
/// or failed evaluation, are found from the same facts now.
/// </summary>
internal interface IDeferredRuleResults
{
    /// <summary>One result per rule, in rule order.</summary>
    /// <param name="facts">The facts evaluated (the policy's root type).</param>
    /// <param name="asOf">The as-of date of the evaluation.</param>
    /// <param name="statuses">Each rule's <see cref="RuleStatus"/> as the evaluation found it.</param>
    RuleResult[] Results(object facts, SolarHijriDate asOf, byte[] statuses);
}
