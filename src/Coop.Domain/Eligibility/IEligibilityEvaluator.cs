using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility;

/// <summary>
/// Evaluates policies by id: picks the version in force on the as-of date from an <see cref="IPolicyProvider"/> and
/// returns the <see cref="Decision"/>. Implementations are safe to share between threads (register as a singleton).
/// </summary>
public interface IEligibilityEvaluator
{
    /// <summary>The policies this evaluator can evaluate.</summary>
    IPolicyProvider Policies { get; }

    /// <summary>Evaluates a policy on facts already derived; the as-of date is <see cref="EligibilityFacts.AsOf"/>.</summary>
    /// <param name="policyId">The policy id.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="trace">Whether to record every sub-expression value and parameter use (slower; allocates).</param>
    /// <returns>The decision of the version in force on the facts' as-of date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyId"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="UnknownPolicyException">No policy has that id.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on the as-of date.</exception>
    /// <exception cref="PolicyLoadException">The policy does not compile against the fact schema.</exception>
    Decision Evaluate(string policyId, EligibilityFacts facts, bool trace = false);

    /// <summary>Evaluates a policy for a cooperative and, optionally, a facility application.</summary>
    /// <param name="policyId">The policy id.</param>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="application">The application being judged, or null to judge the cooperative alone.</param>
    /// <param name="asOf">The as-of date; null for today in Iran (Asia/Tehran) by the evaluator's clock.</param>
    /// <param name="trace">Whether to record a trace.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyId"/> or <paramref name="cooperative"/> is null.</exception>
    /// <exception cref="UnknownPolicyException">No policy has that id.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on the as-of date.</exception>
    /// <exception cref="PolicyLoadException">The policy does not compile against the fact schema.</exception>
    Decision Evaluate(string policyId, Cooperative cooperative, FacilityApplication? application = null, SolarHijriDate? asOf = null, bool trace = false);
}
