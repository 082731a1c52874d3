namespace Coop.Domain.Eligibility.Policies;

/// <summary>The result of reading a policy: the policy, or every error found.</summary>
public sealed class PolicyReadResult
{
    internal PolicyReadResult(Policy? policy, IReadOnlyList<PolicyError> errors, IReadOnlyList<PolicyError>? warnings = null)
    {
        Policy = policy;
        Errors = errors;
        Warnings = warnings ?? [];
    }

    /// <summary>The policy, or null when there are errors.</summary>
    public Policy? Policy { get; }

    /// <summary>Every error found, in document order; empty on success.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>
    /// What the file says that is accepted but should change, each with its JSON path, line and column: a deprecated
    /// property such as a parameter's <c>verified</c>. Warnings never stop a policy from loading.
    /// </summary>
    public IReadOnlyList<PolicyError> Warnings { get; }

    /// <summary>Whether the policy was read without errors.</summary>
    public bool Success => Policy is not null;

    /// <summary>The policy, or throws.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyLoadException">There were errors; the exception lists them all.</exception>
    public Policy GetPolicyOrThrow() => Policy ?? throw new PolicyLoadException(Errors);
}
