using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Service.Endpoints;

/// <summary>
/// What the service answers for one decision: the reasons in the language asked for, the parameters the policy used
/// (each with the date its value took effect), and the decision itself in its JSON contract (docs/decision-json.md),
/// with its trace.
/// </summary>
/// <param name="Application">The 1-based number of the cooperative's facility application judged, or null when the cooperative was judged alone (or the application came in the request).</param>
/// <param name="Outcome">The decision's outcome (also in <paramref name="Decision"/>), for clients that read nothing else.</param>
/// <param name="Reasons">The rules that failed, were incomplete or met an error, with their message in the chosen language.</param>
/// <param name="Parameters">The distinct parameter values the rules and scoring terms used.</param>
/// <param name="Decision">The decision, as <see cref="Coop.Domain.Serialization.DecisionJson"/> writes it.</param>
internal sealed record DecisionView(int? Application, PolicyOutcome Outcome, IReadOnlyList<Reason> Reasons, IReadOnlyList<ParameterUse> Parameters, Decision Decision)
{
    /// <summary>The view of <paramref name="decision"/>, its reasons in Persian when <paramref name="persian"/>.</summary>
    public static DecisionView Of(Decision decision, bool persian, int? application = null)
    {
        var reasons = new List<Reason>();
        foreach (RuleResult rule in decision.Rules)
        {
            if (rule.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error)
            {
                reasons.Add(new Reason(rule.Id, rule.Code, rule.Status, (persian ? rule.MessageFa : rule.MessageEn) ?? rule.Error ?? rule.Code));
            }
        }

        IEnumerable<ParameterUse> used = (decision.Trace ?? []).SelectMany(t => t.Parameters)
            .Concat((decision.ScoringTrace ?? []).SelectMany(t => t.Parameters));
        return new DecisionView(application, decision.Outcome, reasons, [.. used.DistinctBy(p => (p.Name, p.Key))], decision);
    }
}

/// <summary>Why a decision is not eligible: one rule's id, code, status and message.</summary>
internal sealed record Reason(string Rule, string Code, RuleStatus Status, string Message);
