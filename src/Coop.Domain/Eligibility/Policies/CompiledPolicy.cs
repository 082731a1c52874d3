using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// A policy compiled against a fact schema: every expression parsed, type-checked and compiled once, parameters
/// declared from the policy's parameter table. Immutable and thread-safe; evaluate as often as needed.
/// </summary>
/// <typeparam name="TRoot">The root type of the facts.</typeparam>
public sealed class CompiledPolicy<TRoot>
    where TRoot : class
{
    private readonly CompiledRule[] _rules;
    private readonly (ScoringTerm Term, CompiledCondition<TRoot> When)[] _scoring;

    /// <summary>The policy.</summary>
    public Policy Policy { get; }

    /// <summary>The policy's dated parameter values.</summary>
    public PolicyParameterSource Parameters { get; }

    /// <summary>Compiles a policy against a fact schema, collecting every expression error.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="schema">The fact schema its expressions refer to.</param>
    /// <param name="limits">Expression limits, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyLoadException">An expression does not compile; the errors carry JSON paths (e.g. <c>$.rules[3].check</c>) and the column in the expression.</exception>
    public CompiledPolicy(Policy policy, FactSchema<TRoot> schema, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(schema);
        var compiler = new ExpressionCompiler<TRoot>(schema, policy.Parameters.Select(p => p.Declaration), limits);
        var errors = new List<PolicyError>();
        var rules = new CompiledRule[policy.Rules.Count];
        for (int i = 0; i < rules.Length; i++)
        {
            PolicyRule rule = policy.Rules[i];
            string at = "$.rules[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            rules[i] = new CompiledRule(
                rule,
                rule.When is null ? null : Condition(compiler, rule.When, at + ".when", policy, errors),
                Condition(compiler, rule.Check, at + ".check", policy, errors)!,
                rule.Observed is null ? null : Expression(compiler, rule.Observed, at + ".observed", policy, errors),
                rule.Required is null ? null : Expression(compiler, rule.Required, at + ".required", policy, errors));
        }

        var scoring = new (ScoringTerm, CompiledCondition<TRoot>)[policy.Scoring.Count];
        for (int i = 0; i < scoring.Length; i++)
        {
            string at = "$.scoring[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "].when";
            scoring[i] = (policy.Scoring[i], Condition(compiler, policy.Scoring[i].When, at, policy, errors)!);
        }

        if (errors.Count > 0)
        {
            throw new PolicyLoadException(errors);
        }

        Policy = policy;
        Parameters = new PolicyParameterSource(policy);
        _rules = rules;
        _scoring = scoring;
    }

    /// <summary>Evaluates the policy for one applicant.</summary>
    /// <param name="facts">The applicant's facts.</param>
    /// <param name="asOf">The as-of date; must lie in the policy's effective range.</param>
    /// <param name="trace">Whether to record every sub-expression value and parameter use (slower; allocates).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    public Decision Evaluate(TRoot facts, SolarHijriDate asOf, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!Policy.IsInForce(asOf))
        {
            throw new PolicyNotInForceException(Policy.Id, asOf, $"The policy '{Policy.Id}' version {Policy.Version} is in force from {Policy.EffectiveFrom} to {Policy.EffectiveTo?.ToString() ?? "open end"}, not on {asOf}.");
        }

        var results = new RuleResult[_rules.Length];
        RuleTrace[]? traces = trace ? new RuleTrace[_rules.Length] : null;
        ExpressionTrace? recorder = trace ? new ExpressionTrace() : null;
        for (int i = 0; i < _rules.Length; i++)
        {
            recorder?.Clear();
            results[i] = EvaluateRule(_rules[i], facts, asOf, recorder);
            if (traces is not null)
            {
                traces[i] = new RuleTrace(_rules[i].Rule.Id, [.. recorder!.Entries], [.. recorder.Parameters]);
            }
        }

        decimal score = 0m;
        foreach ((ScoringTerm term, CompiledCondition<TRoot> when) in _scoring)
        {
            if (when.Evaluate(facts, asOf, Parameters).IsTrue)
            {
                score += term.Points * term.Weight;
            }
        }

        return new Decision(Policy, asOf, Policy.Outcomes.Map(results), score, results, traces);
    }

    private RuleResult EvaluateRule(CompiledRule rule, TRoot facts, SolarHijriDate asOf, ExpressionTrace? trace)
    {
        if (rule.When is not null)
        {
            ConditionResult applies = rule.When.Evaluate(facts, asOf, Parameters, trace);
            switch (applies.State)
            {
                case ConditionState.False:
                    return new RuleResult(rule.Rule, RuleStatus.NotApplicable);
                case ConditionState.Missing:
                    return Incomplete(rule.Rule, applies.MissingFact!);
                case ConditionState.Error:
                    return Failure(rule.Rule, applies.Error!);
            }
        }

        ConditionResult check = rule.Check.Evaluate(facts, asOf, Parameters, trace);
        switch (check.State)
        {
            case ConditionState.True:
                return new RuleResult(rule.Rule, RuleStatus.Passed);
            case ConditionState.Missing:
                return Incomplete(rule.Rule, check.MissingFact!);
            case ConditionState.Error:
                return Failure(rule.Rule, check.Error!);
        }

        FactValue? observed = Value(rule.Observed, facts, asOf, trace);
        FactValue? required = Value(rule.Required, facts, asOf, trace);
        var message = new PolicyText(
            Render(rule.Rule.Message.Fa, observed, required, asOf, persian: true),
            Render(rule.Rule.Message.En, observed, required, asOf, persian: false));
        return new RuleResult(rule.Rule, RuleStatus.Failed, observed: observed, required: required, message: message);
    }

    private FactValue? Value(CompiledExpression<TRoot>? expression, TRoot facts, SolarHijriDate asOf, ExpressionTrace? trace)
    {
        if (expression is null)
        {
            return null;
        }

        ExpressionResult result = expression.Evaluate(facts, asOf, Parameters, trace);
        return result.HasValue ? result.Value : null;
    }

    private static RuleResult Incomplete(PolicyRule rule, string fact) => new(
        rule,
        RuleStatus.Incomplete,
        missingFact: fact,
        message: new PolicyText($"قاعده‌ی {rule.Id} قابل تصمیم‌گیری نیست: {fact} معلوم نیست.", $"Rule {rule.Id} cannot be decided: {fact} is missing."));

    private static RuleResult Failure(PolicyRule rule, string error) => new(
        rule,
        RuleStatus.Error,
        error: error,
        message: new PolicyText($"ارزیابی قاعده‌ی {rule.Id} ناموفق بود: {error}", $"Rule {rule.Id} could not be evaluated: {error}"));

    private string Render(string template, FactValue? observed, FactValue? required, SolarHijriDate asOf, bool persian)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0)
        {
            return template;
        }

        string unknown = persian ? "نامعلوم" : "unknown";
        var text = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            string? replacement = name switch
            {
                "observed" => observed is { } o ? ValueText.Format(o, persian) : unknown,
                "required" => required is { } r ? ValueText.Format(r, persian) : unknown,
                "asOf" => ValueText.Format(FactValue.Date(asOf), persian),
                _ when name.StartsWith("parameter:", StringComparison.Ordinal) =>
                    Parameters.TryResolve(name["parameter:".Length..], null, asOf, out ResolvedParameter p) ? ValueText.Format(p.Value, persian) : unknown,
                _ => null,
            };
            text.Append(replacement ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return text.ToString();
    }

    private static CompiledCondition<TRoot>? Condition(ExpressionCompiler<TRoot> compiler, string text, string at, Policy policy, List<PolicyError> errors)
    {
        if (compiler.TryCompileCondition(text, out CompiledCondition<TRoot>? condition, out ExpressionError? error))
        {
            return condition;
        }

        errors.Add(ErrorAt(policy, at, error));
        return null;
    }

    private static CompiledExpression<TRoot>? Expression(ExpressionCompiler<TRoot> compiler, string text, string at, Policy policy, List<PolicyError> errors)
    {
        try
        {
            return compiler.Compile(text);
        }
        catch (ExpressionCompileException e)
        {
            errors.Add(ErrorAt(policy, at, e.Error));
            return null;
        }
    }

    private static PolicyError ErrorAt(Policy policy, string at, ExpressionError error) =>
        policy.Source?.Error(at, error.Message, Math.Max(1, error.Column))
        ?? new PolicyError(null, at, null, Math.Max(1, error.Column), error.Message);

    private sealed record CompiledRule(
        PolicyRule Rule,
        CompiledCondition<TRoot>? When,
        CompiledCondition<TRoot> Check,
        CompiledExpression<TRoot>? Observed,
        CompiledExpression<TRoot>? Required);
}
