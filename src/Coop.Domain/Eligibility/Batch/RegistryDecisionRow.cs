using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>One decision of a registry evaluation: who, and what the policy decided.</summary>
/// <param name="Applicant">The cooperative (and application) evaluated.</param>
/// <param name="Decision">The decision.</param>
public sealed record RegistryDecisionRow(RegistryApplicant Applicant, Decision Decision);
