using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>An applicant whose outcome differs between the current and the draft policy.</summary>
/// <param name="Applicant">Who.</param>
/// <param name="Current">The decision under the current policy.</param>
/// <param name="Draft">The decision under the draft policy.</param>
/// <param name="Changes">The rules whose status changed, in the draft's rule order, then rules only the current policy has.</param>
public sealed record DecisionFlip(RegistryApplicant Applicant, Decision Current, Decision Draft, IReadOnlyList<RuleChange> Changes)
{
    /// <summary>The outcome under the current policy.</summary>
    public PolicyOutcome From => Current.Outcome;

    /// <summary>The outcome under the draft policy.</summary>
    public PolicyOutcome To => Draft.Outcome;
}
