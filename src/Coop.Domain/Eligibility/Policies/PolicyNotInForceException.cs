using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>No version of a policy is in force on the requested as-of date; the engine never falls back to another version.</summary>
public sealed class PolicyNotInForceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="policyId">The policy.</param>
    /// <param name="asOf">The date no version covers.</param>
    /// <param name="message">A message listing the versions' ranges.</param>
    public PolicyNotInForceException(string policyId, SolarHijriDate asOf, string message)
        : base(message)
    {
        PolicyId = policyId;
        AsOf = asOf;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public PolicyNotInForceException(string message)
        : this(string.Empty, default, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyNotInForceException(string message, Exception innerException)
        : base(message, innerException)
    {
        PolicyId = string.Empty;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PolicyNotInForceException()
        : this("No version of the policy is in force on that date.")
    {
    }

    /// <summary>The policy id.</summary>
    public string PolicyId { get; }

    /// <summary>The date no version covers.</summary>
    public SolarHijriDate AsOf { get; }
}
