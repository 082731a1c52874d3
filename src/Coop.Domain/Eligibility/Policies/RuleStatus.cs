namespace Coop.Domain.Eligibility.Policies;

/// <summary>What one rule concluded for one applicant.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<RuleStatus>))]
public enum RuleStatus
{
    /// <summary>The rule applied and its check held.</summary>
    Passed,

    /// <summary>The rule applied and its check did not hold.</summary>
    Failed,

    /// <summary>The rule's <c>when</c> condition was false: the rule does not apply.</summary>
    NotApplicable,

    /// <summary>A fact or parameter the rule needs is missing; <see cref="RuleResult.MissingFact"/> names it.</summary>
    Incomplete,

    /// <summary>Evaluation failed on bad data (e.g. division by zero); <see cref="RuleResult.Error"/> says why.</summary>
    Error,
}
