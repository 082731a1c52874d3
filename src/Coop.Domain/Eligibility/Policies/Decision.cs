using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>The result of evaluating a policy for one applicant on one date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<Decision>))]
public sealed class Decision
{
    private readonly PolicyBasis? _basis;
    private IReadOnlyList<DecisionParameter>? _parameters;

    // The rule results; for a deferred decision null until first read, then built by _deferred from the facts and the
    // statuses kept (published once with Interlocked.CompareExchange: building is deterministic, a race only builds twice).
    private RuleResult[]? _rules;
    private readonly IDeferredRuleResults? _deferred;
    private readonly object? _facts;
    private readonly byte[]? _statuses;

    internal Decision(Policy policy, SolarHijriDate asOf, PolicyOutcome outcome, decimal score, RuleResult[] rules, IReadOnlyList<RuleTrace>? trace, IReadOnlyList<ScoringTrace>? scoringTrace = null, PolicyBasis? basis = null)
    {
        _basis = basis;
        Policy = policy;
        AsOf = asOf;
        Outcome = outcome;
        Score = score;
        _rules = rules;
        Trace = trace;
        ScoringTrace = scoringTrace;
    }

    /// <summary>A decision whose rule results are built when first read, from immutable facts and the statuses found.</summary>
    internal Decision(Policy policy, SolarHijriDate asOf, PolicyOutcome outcome, decimal score, IDeferredRuleResults deferred, object facts, byte[] statuses, PolicyBasis basis)
    {
        _basis = basis;
        Policy = policy;
        AsOf = asOf;
        Outcome = outcome;
        Score = score;
        _deferred = deferred;
        _facts = facts;
        _statuses = statuses;
    }

    /// <summary>The policy version that decided.</summary>
    public Policy Policy { get; }

    /// <summary>The as-of date of the evaluation.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The outcome, by the policy's <see cref="OutcomeMapping"/>.</summary>
    public PolicyOutcome Outcome { get; }

    /// <summary>The sum of points × weight of the scoring terms whose condition held.</summary>
    public decimal Score { get; }

    /// <summary>
    /// One result per rule, in the policy's rule order. The messages of the results are rendered when first read, in
    /// the language read, by the policy version that decided; a decision is immutable and may be read from several
    /// threads at once. Over facts whose schema declares them immutable (<see cref="Expressions.FactSchema{TRoot}.FactsAreImmutable"/>)
    /// the results themselves (observed and required values, missing facts, errors) are built from the facts on the first
    /// read, once for every thread; until then the decision keeps a reference to the facts.
    /// </summary>
    public IReadOnlyList<RuleResult> Rules => Results;

    private RuleResult[] Results => Volatile.Read(ref _rules) ?? Build();

    /// <summary>The trace, one entry per rule, when it was asked for; otherwise null.</summary>
    public IReadOnlyList<RuleTrace>? Trace { get; }

    /// <summary>
    /// The trace of the score, one entry per scoring term in the policy's order, when a trace was asked for;
    /// otherwise null. The <see cref="ScoringTrace.Points"/> of the entries add up to <see cref="Score"/>.
    /// </summary>
    public IReadOnlyList<ScoringTrace>? ScoringTrace { get; }

    /// <summary>
    /// The parameters this decision consulted, in the policy's parameter order, each with the value in force on
    /// <see cref="AsOf"/>, its effective date, source ids and standing: those a rule's <c>when</c> names, and for a rule
    /// that applied also those its <c>check</c>, <c>observed</c>, <c>required</c> and message name, and those of the
    /// scoring terms. Built on first read (an evaluation does not pay for it); empty for a decision made without a
    /// compiled policy's basis.
    /// </summary>
    public IReadOnlyList<DecisionParameter> Parameters =>
        _parameters ??= _basis is null ? [] : BuildParameters(_basis);

    /// <summary>Whether some failed rule rests on an unverified assumption (<see cref="RuleResult.RestsOnAssumption"/>).</summary>
    public bool RestsOnAssumption
    {
        get
        {
            foreach (RuleResult r in Results)
            {
                if (r.RestsOnAssumption)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The result of the rule with an id.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The result.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public RuleResult this[string ruleId]
    {
        get
        {
            foreach (RuleResult r in Results)
            {
                if (string.Equals(r.Id, ruleId, StringComparison.Ordinal))
                {
                    return r;
                }
            }

            throw new KeyNotFoundException($"The policy '{Policy.Id}' has no rule '{ruleId}'.");
        }
    }

    /// <summary>
    /// The reasons for the outcome, in one language: the message of every rule that failed, could not be decided
    /// (a missing fact) or met an error, in rule order, each followed by the note on what it rests on when its failure
    /// rests on an unverified assumption. Empty when every rule passed or did not apply. The same text
    /// <c>coop evaluate</c> prints in its reasons column. The messages are rendered on the first read in a language
    /// (only that language) and kept; a later read returns the same texts.
    /// </summary>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The reasons, one per rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public IReadOnlyList<string> Reasons(Text.Language language)
    {
        if (language is not (Text.Language.Fa or Text.Language.En))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Use Language.Fa or Language.En.");
        }

        bool persian = language == Text.Language.Fa;
        var reasons = new List<string>();
        foreach (RuleResult rule in Results)
        {
            if (rule.Status is not (RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error))
            {
                continue;
            }

            string message = (persian ? rule.MessageFa : rule.MessageEn) ?? rule.Code;
            reasons.Add(rule.AssumptionNote is { } note ? message + " (" + (persian ? note.Fa : note.En) + ")" : message);
        }

        return reasons;
    }

    private RuleResult[] Build()
    {
        RuleResult[] built = _deferred!.Results(_facts!, AsOf, _statuses!);
        return Interlocked.CompareExchange(ref _rules, built, null) ?? built;
    }

    private DecisionParameter[] BuildParameters(PolicyBasis basis)
    {
        RuleResult[] rules = Results;
        var usedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            RuleBasis rule = basis.Rules[i];
            foreach (string name in rules[i].Status == RuleStatus.NotApplicable ? rule.WhenParameters : rule.Consulted)
            {
                Use(usedBy, name, rule.Rule.Id);
            }
        }

        for (int i = 0; i < basis.ScoringParameters.Count; i++)
        {
            foreach (string name in basis.ScoringParameters[i])
            {
                Use(usedBy, name, Policy.Scoring[i].Id);
            }
        }

        return [.. basis.Parameters
            .Where(p => usedBy.ContainsKey(p.Name))
            .Select(p => new DecisionParameter(p, p.At(AsOf), usedBy[p.Name]))];
    }

    private static void Use(Dictionary<string, List<string>> usedBy, string name, string id)
    {
        if (!usedBy.TryGetValue(name, out List<string>? ids))
        {
            usedBy[name] = ids = [];
        }

        ids.Add(id);
    }

    /// <inheritdoc/>
    public override string ToString() => Outcome + " (score " + Score.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
}
