using Coop.Domain.Calendar;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Allocation;

/// <summary>One applicant competing for a credit line.</summary>
/// <param name="Id">A unique, non-blank identifier (compared ordinally); the last tie-breaker.</param>
/// <param name="Score">The applicant's score; higher ranks first.</param>
/// <param name="Requested">The amount requested, in rials; above zero.</param>
/// <param name="AppliedOn">The application date; on equal scores the earlier application ranks first.</param>
public sealed record AllocationApplicant(string Id, decimal Score, Money Requested, SolarHijriDate AppliedOn);
