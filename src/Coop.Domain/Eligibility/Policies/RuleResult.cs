using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What one rule concluded for one applicant. A value type that refers to its <see cref="PolicyRule"/>, so a
/// decision costs one array of small values, not one object per rule; a result that did not pass or apply refers to
/// one more object with what it found. Messages exist for failed, incomplete and error results only (null for passed
/// and not-applicable ones) and are rendered when first read, in the language read; a result may be read from several
/// threads.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<RuleResult>))]
public readonly record struct RuleResult
{
    internal RuleResult(PolicyRule rule, RuleStatus status, RuleDetail? detail = null)
    {
        _detail = detail;
        Rule = rule;
        Status = status;
    }

    // Null for passed and not-applicable results; otherwise what they carry beyond the status, the message rendered
    // when first read (RuleDetail).
    private readonly RuleDetail? _detail;

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
    public bool RestsOnAssumption => _detail?.Assumptions is not null;

    /// <summary>What this failure rests on that is unverified (see <see cref="RestsOnAssumption"/>); empty otherwise.</summary>
    public IReadOnlyList<AssumptionBasis> Assumptions => _detail?.Assumptions?.Items ?? [];

    /// <summary>
    /// For a failure resting on an assumption, the reason in Persian and English: «بر فرضی تأییدنشده استوار است: …» /
    /// "rests on an unverified assumption: $maxAmountPerJob from 1404/01/01 (no source)"; otherwise null.
    /// </summary>
    public PolicyText? AssumptionNote => _detail?.Assumptions?.Note;

    /// <summary>What the rule concluded.</summary>
    public RuleStatus Status { get; }

    /// <summary>For <see cref="RuleStatus.Incomplete"/>: the missing fact or parameter (e.g. <c>cooperative.lastAssembly.heldOn</c>).</summary>
    public string? MissingFact => _detail?.MissingFact;

    /// <summary>For <see cref="RuleStatus.Error"/>: what went wrong, naming the sub-expression and its column.</summary>
    public string? Error => _detail?.Error;

    /// <summary>For a failed rule with an <c>observed</c> expression: its value (null when it had none).</summary>
    public FactValue? Observed => _detail?.Observed;

    /// <summary>For a failed rule with a <c>required</c> expression: its value (null when it had none).</summary>
    public FactValue? Required => _detail?.Required;

    /// <summary>
    /// The rendered message in Persian and English; null for passed and not-applicable results. Rendered on first read
    /// (an evaluation does not pay for it) by the policy version that decided, and the same text on every read.
    /// </summary>
    public PolicyText? Message => _detail?.Message;

    /// <summary>The rendered Persian message, or null; rendered on first read (only this language).</summary>
    public string? MessageFa => _detail?.Text(persian: true);

    /// <summary>The rendered English message, or null; rendered on first read (only this language).</summary>
    public string? MessageEn => _detail?.Text(persian: false);

    /// <summary>
    /// Whether two results are of the same rule with the same status, missing fact, error, observed and required values,
    /// message and unverified assumptions (the value equality of a record, over what the result says).
    /// </summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(RuleResult other) =>
        EqualityComparer<PolicyRule>.Default.Equals(Rule, other.Rule)
        && Status == other.Status
        && (ReferenceEquals(_detail, other._detail)
            || (_detail is not null && other._detail is not null
                && string.Equals(MissingFact, other.MissingFact, StringComparison.Ordinal)
                && string.Equals(Error, other.Error, StringComparison.Ordinal)
                && Nullable.Equals(Observed, other.Observed)
                && Nullable.Equals(Required, other.Required)
                && ReferenceEquals(_detail.Assumptions, other._detail.Assumptions)
                && EqualityComparer<PolicyText?>.Default.Equals(Message, other.Message)));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rule, Status, MissingFact, Error, Observed, Required);
}
