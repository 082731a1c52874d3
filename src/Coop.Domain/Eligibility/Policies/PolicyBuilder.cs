using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Writes a <see cref="Policy"/> in C# so that the code reads like the policy file (docs/policies.md, "C# authoring"):
/// <code>
/// Policy policy = PolicyBuilder.Create("example-credit", version: 1)
///     .Title("نمونه", "Example")
///     .Effective(new SolarHijriDate(1403, 1, 1), new SolarHijriDate(1405, 12, 29))
///     .Parameter("maximumAmount", FactType.Money, p => p.Unit("rial").From(new SolarHijriDate(1403, 1, 1), "30 billion rial"))
///     .Rule("amount-ceiling", r => r.Code("AMOUNT_TOO_HIGH").Blocking()
///         .Check("application.amount &lt;= $maximumAmount").Observed("application.amount")
///         .Message("مبلغ {observed} بیش از سقف است.", "The requested {observed} exceeds the ceiling."))
///     .Build();
/// </code>
/// <see cref="Build"/> runs exactly the checks <see cref="PolicyFile"/> runs on a file (required fields, duplicate
/// names and ids, dates in order, value types, placeholders, expression syntax) and reports every problem at once
/// with the JSON path the same policy would have as a file (e.g. <c>$.rules[2].check</c>). Field names and types in
/// expressions are checked when the policy is compiled against a fact schema, as for files. A builder is not
/// thread-safe; the policy it builds is immutable.
/// </summary>
public sealed class PolicyBuilder
{
    private readonly PolicyFileDto _dto;

    private PolicyBuilder(string id, int version)
    {
        _dto = new PolicyFileDto { Id = id, Version = version };
    }

    /// <summary>Starts a policy.</summary>
    /// <param name="id">The policy's identifier (same across versions); checked by <see cref="Build"/>.</param>
    /// <param name="version">The version number, 1 or more; checked by <see cref="Build"/>.</param>
    /// <returns>The builder.</returns>
    public static PolicyBuilder Create(string id, int version) => new(id, version);

    /// <summary>Sets the title.</summary>
    /// <param name="fa">The Persian title.</param>
    /// <param name="en">The English title.</param>
    /// <returns>This builder.</returns>
    public PolicyBuilder Title(string fa, string en)
    {
        _dto.Title = new TextDto { Fa = fa, En = en };
        return this;
    }

    /// <summary>Sets the effective range.</summary>
    /// <param name="from">The first day the version is in force.</param>
    /// <param name="to">The last day it is in force (inclusive), or null for open-ended.</param>
    /// <returns>This builder.</returns>
    public PolicyBuilder Effective(SolarHijriDate from, SolarHijriDate? to = null)
    {
        _dto.EffectiveFrom = from.ToString();
        _dto.EffectiveTo = to?.ToString();
        return this;
    }

    /// <summary>Declares a parameter (in declaration order).</summary>
    /// <param name="name">The name used in expressions as <c>$name</c>.</param>
    /// <param name="type">A scalar type: <see cref="FactType.Integer"/>, <see cref="FactType.Decimal"/>, <see cref="FactType.Money"/>,
    /// <see cref="FactType.Date"/>, <see cref="FactType.Duration"/>, <see cref="FactType.String"/> or <see cref="FactType.Boolean"/>.</param>
    /// <param name="configure">Sets the unit, source, values and so on.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="configure"/> is null.</exception>
    public PolicyBuilder Parameter(string name, FactType type, Action<ParameterBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(configure);
        var parameter = new ParameterBuilder(name, type);
        configure(parameter);
        (_dto.Parameters ??= []).Add(parameter.Dto);
        return this;
    }

    /// <summary>Adds a rule (rules are evaluated and reported in the order added).</summary>
    /// <param name="id">The rule id, unique within the policy.</param>
    /// <param name="configure">Sets the code, severity, expressions and message.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public PolicyBuilder Rule(string id, Action<RuleBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var rule = new RuleBuilder(id);
        configure(rule);
        (_dto.Rules ??= []).Add(rule.Dto);
        return this;
    }

    /// <summary>Adds a scoring term: when <paramref name="when"/> holds, the score gains <paramref name="points"/> × <paramref name="weight"/>.</summary>
    /// <param name="id">The term id, unique among the scoring terms.</param>
    /// <param name="when">The Boolean condition.</param>
    /// <param name="points">The points.</param>
    /// <param name="weight">The multiplier; 1 by default.</param>
    /// <param name="sources">The source register ids behind the term's priority or weight, or null for none.</param>
    /// <returns>This builder.</returns>
    public PolicyBuilder Score(string id, string when, decimal points, decimal weight = 1m, IEnumerable<string>? sources = null)
    {
        (_dto.Scoring ??= []).Add(new ScoringDto { Id = id, When = when, Points = points, Weight = weight, Sources = sources is null ? null : [.. sources] });
        return this;
    }

    /// <summary>
    /// Sets what a failed rule resting on an unverified assumption does to the outcome (<c>"assumptionFailures"</c> in a
    /// file); without it, <see cref="AssumptionFailureHandling.NeedsReview"/>.
    /// </summary>
    /// <param name="handling">The handling.</param>
    /// <returns>This builder.</returns>
    public PolicyBuilder AssumptionFailures(AssumptionFailureHandling handling)
    {
        _dto.AssumptionFailures = handling.ToString();
        return this;
    }

    /// <summary>
    /// Adds a line to the outcome mapping (first match wins). Without any line the policy uses
    /// <see cref="OutcomeMapping.Default"/>. A table must map a failed blocking rule to an outcome other than eligible, and
    /// no line may map to eligible (what no matching line means); <see cref="Build"/> refuses one that does not.
    /// </summary>
    /// <param name="severity">The severity of the rules the line looks at.</param>
    /// <param name="status">The status that triggers it.</param>
    /// <param name="outcome">The outcome when it triggers.</param>
    /// <returns>This builder.</returns>
    public PolicyBuilder Outcome(RuleSeverity severity, RuleStatus status, PolicyOutcome outcome)
    {
        (_dto.Outcomes ??= []).Add(new OutcomeDto
        {
            Severity = severity.ToString(),
            Status = status.ToString(),
            Outcome = outcome.ToString(),
        });
        return this;
    }

    /// <summary>
    /// Uses an explicit outcome mapping (instead of the default) made only of the lines <see cref="Outcome"/> adds; with
    /// none, <see cref="Build"/> refuses the policy (an empty table would make every applicant eligible).
    /// </summary>
    /// <returns>This builder.</returns>
    public PolicyBuilder NoOutcomeRules()
    {
        _dto.Outcomes ??= [];
        return this;
    }

    /// <summary>Checks the policy as <see cref="PolicyFile"/> checks a file and returns it, or every error found.</summary>
    /// <returns>The policy, or the errors (JSON paths as in a file, no line numbers; columns inside expressions).</returns>
    public PolicyReadResult TryBuild() => new PolicyReader(null, new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal)).Read(_dto);

    /// <summary>Checks the policy as <see cref="PolicyFile"/> checks a file and returns it.</summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="PolicyLoadException">Something is wrong; <see cref="PolicyLoadException.Errors"/> lists every problem with its JSON path (e.g. <c>$.rules[2].check</c>).</exception>
    public Policy Build() => TryBuild().GetPolicyOrThrow();

    /// <inheritdoc/>
    public override string ToString() =>
        "PolicyBuilder " + _dto.Id + " v" + (_dto.Version ?? 0).ToString(CultureInfo.InvariantCulture);
}
