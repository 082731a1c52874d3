using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>One decided applicant offered to <see cref="DecisionRanking.Allocate"/>.</summary>
/// <param name="Id">A unique, non-blank id (compared ordinally): the last tie-breaker of the ranking.</param>
/// <param name="Decision">The applicant's decision; only <see cref="PolicyOutcome.Eligible"/> ones compete.</param>
/// <param name="Requested">The amount requested, in rials; above zero for an eligible applicant.</param>
/// <param name="AppliedOn">The application date; on equal scores the earlier application ranks first.</param>
public sealed record RankingCandidate(string Id, Decision Decision, Money Requested, SolarHijriDate AppliedOn);
