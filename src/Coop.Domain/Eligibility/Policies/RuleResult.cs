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
    internal RuleResult(PolicyRule rule, RuleStatus status, string? missingFact = null, string? error = null, FactValue? observed = null, FactValue? required = null, PolicyText? message = null, AssumptionSet? assumptions = null)
    {
        _assumptions = assumptions;
        Rule = rule;
        Status = status;
        MissingFact = missingFact;
        Error = error;
        Observed = observed;
        Required = required;
        Message = message;
    }

    private readonly AssumptionSet? _assumptions;

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

    /// <summary>The ids of the source register entries the rule encodes (<see cref="PolicyRule.Sources"/>).</summary>
    public IReadOnlyList<string> Sources => Rule.Sources;

    /// <summary>
    /// Whether this failure rests on an unverified assumption: the rule's <c>when</c> or <c>check</c> uses a parameter
    /// whose value in force on the as-of date names no source or rests on a source of standing <c>assumption</c>, or
    /// every source the rule itself cites is an assumption. Only a <see cref="RuleStatus.Failed"/> result can; what it
    /// does to the outcome is the policy's <see cref="OutcomeMapping.AssumptionFailures"/>.
    /// </summary>
    public bool RestsOnAssumption => _assumptions is not null;

    /// <summary>What this failure rests on that is unverified (see <see cref="RestsOnAssumption"/>); empty otherwise.</summary>
    public IReadOnlyList<AssumptionBasis> Assumptions => _assumptions?.Items ?? [];

    /// <summary>
    /// For a failure resting on an assumption, the reason in Persian and English: «بر فرضی تأییدنشده استوار است: …» /
    /// "rests on an unverified assumption: $maxAmountPerJob from 1404/01/01 (no source)"; otherwise null.
    /// </summary>
    public PolicyText? AssumptionNote => _assumptions?.Note;

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
