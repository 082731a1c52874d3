namespace Coop.Domain.Eligibility.Allocation;

/// <summary>What an applicant receives from a credit line.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<AllocationOutcome>))]
public enum AllocationOutcome
{
    /// <summary>The whole requested amount is granted.</summary>
    Funded,

    /// <summary>Part of the requested amount is granted: the rest of the budget, which did not cover the request.</summary>
    PartlyFunded,

    /// <summary>Nothing is granted; the applicant waits for more budget.</summary>
    Waiting,
}
