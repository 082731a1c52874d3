namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// What kind of expectation an <see cref="UnmetExpectation"/> is; its <see cref="UnmetExpectation.Arguments"/> (invariant-culture
/// strings) are the values each member lists, and <see cref="UnmetExpectation.TextFa"/> says it in Persian. Outcomes are
/// written as scenario files write them (<c>eligible</c>, <c>ineligible</c>, <c>incomplete</c>, <c>needs-review</c>), rule
/// statuses as <c>passed</c>, <c>failed</c>, <c>not-applicable</c>, <c>incomplete</c> or <c>error</c>. New members may be
/// added; a host should treat an unknown one as <see cref="Unspecified"/>.
/// </summary>
public enum UnmetExpectationCode
{
    /// <summary>Only the English <see cref="UnmetExpectation.Text"/> says what was expected. No arguments.</summary>
    Unspecified = 0,

    /// <summary>
    /// The outcome was not the one expected. Arguments: the outcome expected; the outcome decided; then, for each rule that
    /// failed, was incomplete or met an error, its code and its status.
    /// </summary>
    Outcome,

    /// <summary>A rule did not end as expected. Arguments: the code or id as written; the status expected; the status it had.</summary>
    Status,

    /// <summary>
    /// The policy version in force has no rule with the code or id. Arguments: the code or id; the status expected, or
    /// <c>assumption</c> for <c>restsOnAssumption</c>; the version; the policy id; the as-of date (<c>1404/01/01</c>).
    /// </summary>
    NoSuchRule,

    /// <summary>A rule expected to fail resting on an assumption did not fail. Arguments: the code or id; the status it had.</summary>
    NotFailedOnAssumption,

    /// <summary>A rule expected to fail resting on an assumption failed on sourced values only. Arguments: the code or id.</summary>
    FailedOnSources,

    /// <summary>The score was outside the expected range. Arguments: the minimum, or empty; the maximum, or empty; the score.</summary>
    Score,
}
