using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What one rule concluded for one applicant. A value type that refers to its <see cref="PolicyRule"/>, so a
/// decision costs one array, not one object per rule. Messages are rendered for failed, incomplete and error
/// results only; they are null for passed and not-applicable ones.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<RuleResult>))]
public readonly record struct RuleResult
{
    internal RuleResult(PolicyRule rule, RuleStatus status, string? missingFact = null, string? error = null, FactValue? observed = null, FactValue? required = null, PolicyText? message = null)
    {
        Rule = rule;
        Status = status;
        MissingFact = missingFact;
        Error = error;
        Observed = observed;
        Required = required;
        Message = message;
    }

    /// <summary>The rule.</summary>
    public PolicyRule Rule { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Rule.Id;

    /// <summary>The rule's error code.</summary>
    public string Code => Rule.Code;

    /// <summary>The rule's severity.</summary>
    public RuleSeverity Severity => Rule.Severity;

    /// <summary>The rule's citation, or null.</summary>
    public string? Citation => Rule.Citation;

    /// <summary>What the rule concluded.</summary>
    public RuleStatus Status { get; }

    /// <summary>For <see cref="RuleStatus.Incomplete"/>: the missing fact or parameter (e.g. <c>cooperative.lastAssembly.heldOn</c>).</summary>
    public string? MissingFact { get; }

    /// <summary>For <see cref="RuleStatus.Error"/>: what went wrong, naming the sub-expression and its column.</summary>
    public string? Error { get; }

    /// <summary>For a failed rule with an <c>observed</c> expression: its value (null when it had none).</summary>
    public FactValue? Observed { get; }

    /// <summary>For a failed rule with a <c>required</c> expression: its value (null when it had none).</summary>
    public FactValue? Required { get; }

    /// <summary>The rendered message in Persian and English; null for passed and not-applicable results.</summary>
    public PolicyText? Message { get; }

    /// <summary>The rendered Persian message, or null.</summary>
    public string? MessageFa => Message?.Fa;

    /// <summary>The rendered English message, or null.</summary>
    public string? MessageEn => Message?.En;
}
