using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using NodaTime;

namespace Coop.Domain.Eligibility;

/// <summary>
/// The standard <see cref="IEligibilityEvaluator"/>: policies from an <see cref="IPolicyProvider"/> (compiled once and
/// cached there), "today" from a NodaTime <see cref="IClock"/> in Iran's time zone. Immutable and thread-safe.
/// </summary>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private readonly IClock _clock;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="policies">Where policies come from.</param>
    /// <param name="clock">The clock for "today"; <see cref="SystemClock.Instance"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public EligibilityEvaluator(IPolicyProvider policies, IClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
        _clock = clock ?? SystemClock.Instance;
    }

    /// <inheritdoc/>
    public IPolicyProvider Policies { get; }

    /// <summary>Today's date in Iran (Asia/Tehran) by the evaluator's clock.</summary>
    public SolarHijriDate Today => SolarHijriDate.Today(_clock);

    /// <inheritdoc/>
    public Decision Evaluate(string policyId, EligibilityFacts facts, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(policyId);
        ArgumentNullException.ThrowIfNull(facts);
        return Policies.GetPolicySet(policyId).Evaluate(facts, facts.AsOf, trace);
    }

    /// <inheritdoc/>
    public Decision Evaluate(string policyId, Cooperative cooperative, FacilityApplication? application = null, SolarHijriDate? asOf = null, bool trace = false)
    {
        ArgumentNullException.ThrowIfNull(policyId);
        ArgumentNullException.ThrowIfNull(cooperative);
        PolicySet<EligibilityFacts> set = Policies.GetPolicySet(policyId);
        SolarHijriDate date = asOf ?? Today;
        return set.Evaluate(new EligibilityFacts(cooperative, date, application), date, trace);
    }
}
