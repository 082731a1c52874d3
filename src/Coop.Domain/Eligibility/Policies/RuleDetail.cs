using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// What a <see cref="RuleResult"/> that did not pass or apply carries beyond its status: the missing fact, the error,
/// the observed and required values, the unverified assumptions, and its message. The message is rendered on first
/// read, in the language read (by the <see cref="RuleMessages"/> of the policy that decided, so a provider that has
/// since swapped its policy does not change it), and kept. Immutable as seen from outside; the message caches are
/// published with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>, so readers on several threads all see one
/// text (rendering is deterministic: a race only renders a text twice).
/// </summary>
internal sealed class RuleDetail
{
    private readonly RuleMessages? _messages;
    private readonly PolicyRule _rule;
    private readonly SolarHijriDate _asOf;
    private readonly RuleStatus _status;
    private string? _fa;
    private string? _en;
    private PolicyText? _message;

    /// <summary>A detail whose message is rendered when read.</summary>
    public RuleDetail(RuleMessages messages, PolicyRule rule, RuleStatus status, SolarHijriDate asOf, string? missingFact = null, string? error = null, FactValue? observed = null, FactValue? required = null, AssumptionSet? assumptions = null)
    {
        _messages = messages;
        _rule = rule;
        _status = status;
        _asOf = asOf;
        MissingFact = missingFact;
        Error = error;
        Observed = observed;
        Required = required;
        Assumptions = assumptions;
    }

    /// <summary>A detail with its message already rendered (a traced evaluation, which records the parameters a message uses).</summary>
    public RuleDetail(PolicyRule rule, RuleStatus status, PolicyText message, string? missingFact = null, string? error = null, FactValue? observed = null, FactValue? required = null, AssumptionSet? assumptions = null)
    {
        _rule = rule;
        _status = status;
        (_fa, _en, _message) = (message.Fa, message.En, message);
        MissingFact = missingFact;
        Error = error;
        Observed = observed;
        Required = required;
        Assumptions = assumptions;
    }

    public string? MissingFact { get; }

    public string? Error { get; }

    public FactValue? Observed { get; }

    public FactValue? Required { get; }

    /// <summary>The unverified bases of a failure that rests on an assumption; otherwise null.</summary>
    public AssumptionSet? Assumptions { get; }

    /// <summary>The message in Persian and English (both rendered on first read).</summary>
    public PolicyText Message
    {
        get
        {
            PolicyText? message = Volatile.Read(ref _message);
            if (message is null)
            {
                message = new PolicyText(Text(persian: true), Text(persian: false));
                message = Interlocked.CompareExchange(ref _message, message, null) ?? message;
            }

            return message;
        }
    }

    /// <summary>The message in one language, rendered on first read.</summary>
    public string Text(bool persian)
    {
        ref string? slot = ref persian ? ref _fa : ref _en;
        string? text = Volatile.Read(ref slot);
        if (text is null)
        {
            text = Render(persian);
            text = Interlocked.CompareExchange(ref slot, text, null) ?? text;
        }

        return text;
    }

    private string Render(bool persian) => _status switch
    {
        RuleStatus.Incomplete => _messages!.Incomplete(_rule, MissingFact!, persian),
        RuleStatus.Error => RuleMessages.Failure(_rule, Error!, persian),
        _ => _messages!.Failed(_rule, Observed, Required, _asOf, persian),
    };
}
