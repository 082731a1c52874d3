using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Renders the messages of one compiled policy's rule results: a failed rule's message template with its observed and
/// required values, the as-of date and parameter values filled in, and the fixed texts of incomplete and error results.
/// Immutable and thread-safe (it reads only the policy and its parameter values); a <see cref="Decision"/> keeps it so
/// that its messages are rendered when read, by the policy that decided.
/// </summary>
internal sealed class RuleMessages
{
    private readonly Policy _policy;
    private readonly PolicyParameterSource _parameters;

    public RuleMessages(Policy policy, PolicyParameterSource parameters)
    {
        _policy = policy;
        _parameters = parameters;
    }

    /// <summary>The message of a failed rule in one language; records the parameters its placeholders use in <paramref name="trace"/> when one is given.</summary>
    public string Failed(PolicyRule rule, FactValue? observed, FactValue? required, SolarHijriDate asOf, bool persian, ExpressionTrace? trace = null) =>
        Render(persian ? rule.Message.Fa : rule.Message.En, observed, required, asOf, persian, trace);

    /// <summary>
    /// The message of an incomplete rule. The Persian message names what is missing by its Persian description when it
    /// is a parameter that has one (the rule id and the parameter's name are English identifiers a Persian reader need
    /// not see); a fact path has no Persian label.
    /// </summary>
    public string Incomplete(PolicyRule rule, string fact, bool persian)
    {
        if (!persian)
        {
            return $"Rule {rule.Id} cannot be decided: {fact} is missing.";
        }

        string missingFa = fact.StartsWith('$')
            && _policy.Parameters.FirstOrDefault(p => string.Equals("$" + p.Name, fact.Split('[')[0], StringComparison.Ordinal)) is { Description: { } description }
            ? "مقدار «" + description.Fa + "»"
            : fact;
        return $"برای داوری این قاعده داده‌ای در دست نیست: {missingFa} معلوم نیست.";
    }

    /// <summary>The message of a rule whose evaluation met an error.</summary>
    public static string Failure(PolicyRule rule, string error, bool persian) => persian
        ? $"ارزیابی قاعده‌ی {rule.Id} ناموفق بود: {error}"
        : $"Rule {rule.Id} could not be evaluated: {error}";

    private string Render(string template, FactValue? observed, FactValue? required, SolarHijriDate asOf, bool persian, ExpressionTrace? trace)
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
                "observed" => observed is { } o ? ValueText.Format(o, persian, forMessage: true) : unknown,
                "required" => required is { } r ? ValueText.Format(r, persian, forMessage: true) : unknown,
                "asOf" => ValueText.Format(FactValue.Date(asOf), persian),
                _ when name.StartsWith("parameter:", StringComparison.Ordinal) => MessageParameter(name["parameter:".Length..], asOf, persian, trace) ?? unknown,
                _ => null,
            };
            text.Append(replacement ?? template.Substring(open, close - open + 1));
            i = close + 1;
        }

        return text.ToString();
    }

    /// <summary>A <c>{parameter:name}</c> placeholder's text, recording the value used in the trace; null when no value is in force.</summary>
    private string? MessageParameter(string name, SolarHijriDate asOf, bool persian, ExpressionTrace? trace)
    {
        if (!_parameters.TryResolve(name, null, asOf, out ResolvedParameter p))
        {
            return null;
        }

        trace?.RecordParameter(new ParameterUse(name, null, p.Value, p.EffectiveFrom));
        return ValueText.Format(p.Value, persian);
    }
}
