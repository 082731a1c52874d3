using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using NodaTime;

namespace Coop.Domain.Eligibility;

/// <summary>
/// The standard <see cref="IEligibilityEvaluator"/>: policies from an <see cref="IPolicyProvider"/> (compiled once and
/// cached there), "today" from a NodaTime <see cref="IClock"/> or .NET's <see cref="TimeProvider"/> in Iran's time zone (or
/// another one given). Immutable and thread-safe.
/// </summary>
public sealed class EligibilityEvaluator : IEligibilityEvaluator
{
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Creates the evaluator.</summary>
    /// <param name="policies">Where policies come from.</param>
    /// <param name="clock">The clock for "today"; <see cref="SystemClock.Instance"/> when null.</param>
    /// <param name="timeZone">The zone whose calendar day is "today"; <c>Asia/Tehran</c> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public EligibilityEvaluator(IPolicyProvider policies, IClock? clock = null, DateTimeZone? timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
        _clock = clock ?? SystemClock.Instance;
        _zone = timeZone ?? SolarHijriDate.TehranTimeZone;
    }

    /// <summary>Creates the evaluator with .NET's time provider for "today".</summary>
    /// <param name="policies">Where policies come from.</param>
    /// <param name="timeProvider">The time provider, e.g. <see cref="TimeProvider.System"/>; a <c>FakeTimeProvider</c> in tests.</param>
    /// <param name="timeZone">The zone whose calendar day is "today"; <c>Asia/Tehran</c> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or <paramref name="timeProvider"/> is null.</exception>
    public EligibilityEvaluator(IPolicyProvider policies, TimeProvider timeProvider, DateTimeZone? timeZone = null)
        : this(policies, new TimeProviderClock(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider))), timeZone)
    {
    }

    /// <inheritdoc/>
    public IPolicyProvider Policies { get; }

    /// <summary>Today's date in the evaluator's time zone (Asia/Tehran unless another was given) by its clock.</summary>
    public SolarHijriDate Today => SolarHijriDate.Today(_clock, _zone);

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
