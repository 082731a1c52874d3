using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Allocation;

/// <summary>One applicant's place and grant in a credit-line allocation.</summary>
/// <param name="Applicant">The applicant.</param>
/// <param name="Rank">1-based position in the ranking; unique (ties are broken, never shared).</param>
/// <param name="Outcome">Funded, partly funded or waiting.</param>
/// <param name="Granted">The amount granted, in rials: the request, part of it, or zero.</param>
/// <param name="RemainingBudget">The budget left after this applicant's grant, in rials.</param>
public sealed record AllocationResult(AllocationApplicant Applicant, int Rank, AllocationOutcome Outcome, Money Granted, Money RemainingBudget);
