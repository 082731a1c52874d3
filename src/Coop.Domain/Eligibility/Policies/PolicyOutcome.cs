namespace Coop.Domain.Eligibility.Policies;

/// <summary>The overall outcome of a <see cref="Decision"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<PolicyOutcome>))]
public enum PolicyOutcome
{
    /// <summary>No outcome rule matched: the applicant is eligible.</summary>
    Eligible,

    /// <summary>A blocking rule failed (default mapping).</summary>
    Ineligible,

    /// <summary>No blocking rule failed, but one could not be decided for missing data (default mapping).</summary>
    Incomplete,

    /// <summary>A person must look: a warning failed or a blocking rule met bad data (default mapping).</summary>
    NeedsReview,
}
