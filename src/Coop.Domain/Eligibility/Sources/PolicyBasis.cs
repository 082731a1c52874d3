using System.Globalization;
using System.Text.RegularExpressions;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// What a policy rests on, read against a <see cref="SourceRegister"/>: each rule's cited entries and standing, each
/// parameter value's sources and standing, and on which dates a rule's failure rests on an unverified assumption
/// (docs/sources.md). Built once per (policy, register); immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// A parameter value rests on the ids it names in <c>sources</c>, or, when it names none, on its parameter's; its
/// standing is the weakest of theirs. A value that rests on no source, or on an <see cref="SourceStanding.Assumption"/>,
/// is unverified: a failure of a rule whose <c>when</c> or <c>check</c> uses it rests on an assumption, and so does a
/// failure of a rule that cites only assumptions. A rule that cites nothing is a documentation gap (a warning), not an
/// assumption: it is a number nobody sourced that stands as an assumption.
/// </para>
/// <para>
/// <see cref="Errors"/>: every id the register lacks (<c>$.rules[3].sources[1] (line 40, column 20): unknown source id
/// 'x' in rule 'minimum-members' (MIN_MEMBERS) — did you mean 'y'?</c>). <see cref="Warnings"/>: every rule that cites
/// no source and every parameter value that rests on none.
/// </para>
/// </remarks>
public sealed partial class PolicyBasis
{
    private readonly Dictionary<string, ParameterBasis> _byName;

    private PolicyBasis(
        Policy policy, SourceRegister register, IReadOnlyList<RuleBasis> rules, IReadOnlyList<ParameterBasis> parameters,
        IReadOnlyList<IReadOnlyList<string>> scoringParameters, IReadOnlyList<PolicyError> errors, IReadOnlyList<PolicyError> warnings)
    {
        Policy = policy;
        Register = register;
        Rules = rules;
        Parameters = parameters;
        ScoringParameters = scoringParameters;
        Errors = errors;
        Warnings = warnings;
        _byName = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The policy.</summary>
    public Policy Policy { get; }

    /// <summary>The register it was read against.</summary>
    public SourceRegister Register { get; }

    /// <summary>One basis per rule, in the policy's rule order.</summary>
    public IReadOnlyList<RuleBasis> Rules { get; }

    /// <summary>One basis per parameter, in the policy's parameter order.</summary>
    public IReadOnlyList<ParameterBasis> Parameters { get; }

    /// <summary>Every source id the register lacks, naming the rule, parameter or term, with its JSON path, line and column.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>Every rule that cites no source and every parameter value that rests on none (it stands as an assumption).</summary>
    public IReadOnlyList<PolicyError> Warnings { get; }

    /// <summary>The parameters each scoring term's condition uses, in the policy's term order.</summary>
    internal IReadOnlyList<IReadOnlyList<string>> ScoringParameters { get; }

    /// <summary>Reads what <paramref name="policy"/> rests on against <paramref name="register"/>. Never throws for unknown ids: they are <see cref="Errors"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="register">The register its ids name entries of.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PolicyBasis Of(Policy policy, SourceRegister register)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(register);
        var errors = new List<PolicyError>();
        var warnings = new List<PolicyError>();

        var parameters = new List<ParameterBasis>(policy.Parameters.Count);
        var usedBy = policy.Parameters.ToDictionary(p => p.Name, _ => new List<string>(), StringComparer.Ordinal);
        var ruleParameters = new List<(List<string> WhenCheck, List<string> When, List<string> All)>(policy.Rules.Count);
        foreach (PolicyRule rule in policy.Rules)
        {
            var when = new List<string>();
            ExpressionReferences.Collect(rule.When, null, when);
            var whenCheck = new List<string>(when);
            ExpressionReferences.Collect(rule.Check, null, whenCheck);
            var all = new List<string>(whenCheck);
            ExpressionReferences.Collect(rule.Observed, null, all);
            ExpressionReferences.Collect(rule.Required, null, all);
            foreach (Match m in MessageParameter().Matches(rule.Message.Fa + " " + rule.Message.En))
            {
                all.Add(m.Groups[1].Value);
            }

            ruleParameters.Add((Distinct(whenCheck), Distinct(when), Distinct(all)));
            foreach (string name in ruleParameters[^1].All)
            {
                usedBy.GetValueOrDefault(name)?.Add(rule.Id);
            }
        }

        var scoringParameters = new List<IReadOnlyList<string>>(policy.Scoring.Count);
        for (int i = 0; i < policy.Scoring.Count; i++)
        {
            var used = new List<string>();
            ExpressionReferences.Collect(policy.Scoring[i].When, null, used);
            List<string> distinct = Distinct(used);
            scoringParameters.Add(distinct);
            foreach (string name in distinct)
            {
                usedBy.GetValueOrDefault(name)?.Add(policy.Scoring[i].Id);
            }

            Resolve(policy, register, policy.Scoring[i].Sources, At("$.scoring", i), $"scoring term '{policy.Scoring[i].Id}'", ["scoring", policy.Scoring[i].Id, string.Empty], errors);
        }

        for (int i = 0; i < policy.Parameters.Count; i++)
        {
            PolicyParameter p = policy.Parameters[i];
            string at = At("$.parameters", i);
            Resolve(policy, register, p.Sources, at, $"parameter ${p.Name}", ["parameter", p.Name, string.Empty], errors);
            var values = new List<ValueBasis>(p.Values.Count);
            bool anyUnsourced = false, allUnsourced = true;
            for (int j = 0; j < p.Values.Count; j++)
            {
                DatedParameterValue v = p.Values[j];
                IReadOnlyList<Source> own = Resolve(policy, register, v.Sources, At(at + ".values", j), $"the value of ${p.Name} from {v.EffectiveFrom}", ["value", p.Name, v.EffectiveFrom.ToString()], errors);
                bool inherited = v.Sources.Count == 0;
                IReadOnlyList<Source> sources = inherited ? ResolveQuietly(register, p.Sources) : own;
                values.Add(new ValueBasis(v, p.SourcesOf(v), inherited, sources));
                if (!v.IsEnd)
                {
                    bool unsourced = p.SourcesOf(v).Count == 0;
                    anyUnsourced |= unsourced;
                    allUnsourced &= unsourced;
                }
            }

            if (anyUnsourced && allUnsourced)
            {
                warnings.Add(Error(policy, at, $"parameter ${p.Name} names no source: its values stand as assumptions, and a failure resting on them is reported as such; list the register ids they rest on in 'sources'").With(PolicyErrorCode.ParameterWithoutSource, p.Name));
            }
            else if (anyUnsourced)
            {
                for (int j = 0; j < p.Values.Count; j++)
                {
                    if (!p.Values[j].IsEnd && p.SourcesOf(p.Values[j]).Count == 0)
                    {
                        warnings.Add(Error(policy, At(at + ".values", j), $"the value of ${p.Name} from {p.Values[j].EffectiveFrom} names no source (nor does its parameter): it stands as an assumption")
                            .With(PolicyErrorCode.ValueWithoutSource, p.Name, p.Values[j].EffectiveFrom.ToString()));
                    }
                }
            }

            parameters.Add(new ParameterBasis(p, values, usedBy[p.Name]));
        }

        var byName = parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var rules = new List<RuleBasis>(policy.Rules.Count);
        for (int i = 0; i < policy.Rules.Count; i++)
        {
            PolicyRule rule = policy.Rules[i];
            string at = At("$.rules", i);
            List<Source> sources = Resolve(policy, register, rule.Sources, at, $"rule '{rule.Id}' ({rule.Code})", ["rule", rule.Id, rule.Code], errors);
            if (rule.Sources.Count == 0)
            {
                warnings.Add(Error(policy, at, $"rule '{rule.Id}' ({rule.Code}) cites no source: list the register ids it encodes in 'sources'").With(PolicyErrorCode.RuleWithoutSource, rule.Id, rule.Code));
            }

            (List<string> whenCheck, List<string> when, List<string> all) = ruleParameters[i];
            bool ownAssumption = sources.Count > 0 && sources.All(s => s.Standing == SourceStanding.Assumption);
            rules.Add(new RuleBasis(rule, sources, whenCheck, when, all, Timeline(rule, ownAssumption, whenCheck, byName)));
        }

        return new PolicyBasis(policy, register, rules, parameters, scoringParameters, errors, warnings);
    }

    /// <summary>The basis of a parameter by name.</summary>
    /// <param name="name">The parameter's name (without <c>$</c>).</param>
    /// <returns>The basis.</returns>
    /// <exception cref="KeyNotFoundException">The policy has no parameter of that name.</exception>
    public ParameterBasis Parameter(string name) =>
        name is not null && _byName.TryGetValue(name, out ParameterBasis? basis)
            ? basis
            : throw new KeyNotFoundException($"The policy '{Policy.Id}' has no parameter '{name}'.");

    /// <summary>Throws when the policy names an id the register lacks.</summary>
    /// <exception cref="PolicyLoadException">Some id is unknown; every one is listed with its path and line.</exception>
    public void ThrowIfErrors()
    {
        if (Errors.Count > 0)
        {
            throw new PolicyLoadException(Errors);
        }
    }

    /// <summary>
    /// The dates on which a failure of the rule rests on an assumption, as (first day, set) steps: a new step at each
    /// date one of its <c>when</c>/<c>check</c> parameters changes value; equal neighbours merged.
    /// </summary>
    private static (SolarHijriDate From, AssumptionSet? Set)[] Timeline(
        PolicyRule rule, bool ownAssumption, List<string> parameters, Dictionary<string, ParameterBasis> byName)
    {
        List<ParameterBasis> used = [.. parameters.Where(byName.ContainsKey).Select(n => byName[n])];
        SortedSet<SolarHijriDate> starts = [SolarHijriDate.MinValue, .. used.SelectMany(p => p.Values).Select(v => v.Value.EffectiveFrom)];
        var steps = new List<(SolarHijriDate, AssumptionSet?)>();
        List<AssumptionBasis>? previous = null;
        foreach (SolarHijriDate start in starts)
        {
            var items = new List<AssumptionBasis>();
            if (ownAssumption)
            {
                items.Add(new AssumptionBasis(null, null, rule.Sources));
            }

            foreach (ParameterBasis p in used)
            {
                if (p.At(start) is { RestsOnAssumption: true } v)
                {
                    items.Add(new AssumptionBasis(p.Name, v.Value.EffectiveFrom, v.SourceIds) { Label = p.Parameter.Description });
                }
            }

            if (previous is not null && previous.SequenceEqual(items))
            {
                continue;
            }

            steps.Add((start, items.Count == 0 ? null : new AssumptionSet(items)));
            previous = items;
        }

        return [.. steps];
    }

    private static List<Source> Resolve(Policy policy, SourceRegister register, IReadOnlyList<string> ids, string at, string what, string[] citing, List<PolicyError> errors)
    {
        var found = new List<Source>(ids.Count);
        for (int k = 0; k < ids.Count; k++)
        {
            if (register.TryGet(ids[k], out Source? source))
            {
                found.Add(source);
                continue;
            }

            string? close = Suggestions.Closest(ids[k], register.Sources.Select(s => s.Id));
            errors.Add(Error(policy, At(at + ".sources", k), $"unknown source id '{ids[k]}' in {what}: the register has no such entry{(close is null ? string.Empty : $" — did you mean '{close}'?")}")
                .With(PolicyErrorCode.UnknownSourceId, [ids[k], .. citing, close ?? string.Empty]));
        }

        return found;
    }

    private static IReadOnlyList<Source> ResolveQuietly(SourceRegister register, IReadOnlyList<string> ids) =>
        [.. ids.Select(id => register.TryGet(id, out Source? s) ? s : null).OfType<Source>()];

    private static PolicyError Error(Policy policy, string at, string message) =>
        policy.Source?.Error(at, message) ?? new PolicyError(null, at, null, null, message);

    private static List<string> Distinct(List<string> names) => [.. names.Distinct(StringComparer.Ordinal)];

    private static string At(string path, int i) => path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";

    [GeneratedRegex(@"\{parameter:([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex MessageParameter();
}
