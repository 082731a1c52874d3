using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>How many applicants went from one outcome (current policy) to another (draft policy); From = To counts the unchanged.</summary>
/// <param name="From">The outcome under the current policy.</param>
/// <param name="To">The outcome under the draft policy.</param>
/// <param name="Count">The number of applicants.</param>
public sealed record OutcomeTransition(PolicyOutcome From, PolicyOutcome To, int Count)
{
    /// <summary>Whether the outcome changed.</summary>
    public bool IsChange => From != To;
}
