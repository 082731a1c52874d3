namespace Coop.Domain.Eligibility.Providers;

/// <summary>An <see cref="IPolicyProvider"/> was asked for a policy id it does not know; the message lists the ids it knows.</summary>
public sealed class UnknownPolicyException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="policyId">The id asked for.</param>
    /// <param name="knownPolicyIds">The ids the provider knows.</param>
    public UnknownPolicyException(string policyId, IReadOnlyList<string> knownPolicyIds)
        : base(Describe(policyId, knownPolicyIds))
    {
        PolicyId = policyId;
        KnownPolicyIds = knownPolicyIds;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public UnknownPolicyException(string message)
        : base(message)
    {
        PolicyId = string.Empty;
        KnownPolicyIds = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
        PolicyId = string.Empty;
        KnownPolicyIds = [];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public UnknownPolicyException()
        : this("The policy is not known.")
    {
    }

    /// <summary>The id asked for.</summary>
    public string PolicyId { get; }

    /// <summary>The ids the provider knows, sorted ordinally.</summary>
    public IReadOnlyList<string> KnownPolicyIds { get; }

    private static string Describe(string? policyId, IReadOnlyList<string>? known) =>
        $"No policy with id '{policyId}' is known. Known policies: "
        + (known is null || known.Count == 0 ? "(none)" : string.Join(", ", known)) + ".";
}
