namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Describes one rule inside <see cref="PolicyBuilder.Rule"/>, in the words of the policy file: code, severity
/// (<see cref="Blocking"/> unless set), citation, source register ids, <c>when</c>, <c>check</c>, <c>observed</c>, <c>required</c> and the
/// message with its placeholders (<c>{observed}</c>, <c>{required}</c>, <c>{asOf}</c>, <c>{parameter:name}</c>).
/// Problems are reported by <see cref="PolicyBuilder.Build"/>.
/// </summary>
public sealed class RuleBuilder
{
    internal RuleBuilder(string id)
    {
        Dto = new RuleDto { Id = id, Severity = nameof(RuleSeverity.Blocking) };
    }

    internal RuleDto Dto { get; }

    /// <summary>Sets the error code reported when the rule fails (e.g. <c>MIN_MEMBERS</c>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Code(string code)
    {
        Dto.Code = code;
        return this;
    }

    /// <summary>Sets the severity.</summary>
    /// <param name="severity">How a failure weighs in the outcome.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Severity(RuleSeverity severity)
    {
        Dto.Severity = severity.ToString();
        return this;
    }

    /// <summary>A failure makes the applicant ineligible (the default).</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder Blocking() => Severity(RuleSeverity.Blocking);

    /// <summary>A failure sends the application for review.</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder Warning() => Severity(RuleSeverity.Warning);

    /// <summary>A failure is reported only.</summary>
    /// <returns>This builder.</returns>
    public RuleBuilder Info() => Severity(RuleSeverity.Info);

    /// <summary>Sets the article or circular the rule comes from.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Citation(string citation)
    {
        Dto.Citation = citation;
        return this;
    }

    /// <summary>Names the source register entries the rule encodes (docs/sources.md).</summary>
    /// <param name="ids">The register ids, kebab-case.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public RuleBuilder Sources(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Dto.Sources = [.. ids];
        return this;
    }

    /// <summary>Sets the applicability condition (the rule is not applicable when it is false).</summary>
    /// <param name="condition">A Boolean expression.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder When(string condition)
    {
        Dto.When = condition;
        return this;
    }

    /// <summary>Sets the condition that must hold.</summary>
    /// <param name="condition">A Boolean expression.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Check(string condition)
    {
        Dto.Check = condition;
        return this;
    }

    /// <summary>Sets the expression whose value fills <c>{observed}</c>.</summary>
    /// <param name="expression">An expression.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Observed(string expression)
    {
        Dto.Observed = expression;
        return this;
    }

    /// <summary>Sets the expression whose value fills <c>{required}</c>.</summary>
    /// <param name="expression">An expression.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Required(string expression)
    {
        Dto.Required = expression;
        return this;
    }

    /// <summary>Sets the failure message.</summary>
    /// <param name="fa">In Persian.</param>
    /// <param name="en">In English.</param>
    /// <returns>This builder.</returns>
    public RuleBuilder Message(string fa, string en)
    {
        Dto.Message = new TextDto { Fa = fa, En = en };
        return this;
    }
}
