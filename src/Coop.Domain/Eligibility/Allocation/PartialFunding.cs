namespace Coop.Domain.Eligibility.Allocation;

/// <summary>What happens when the rest of the budget does not cover the next applicant's request.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<PartialFunding>))]
public enum PartialFunding
{
    /// <summary>
    /// The default: the next applicant receives the whole rest of the budget (<see cref="AllocationOutcome.PartlyFunded"/>)
    /// and everyone after waits. Funding follows rank strictly and the budget is used up exactly.
    /// </summary>
    FundRemainder,

    /// <summary>
    /// No partial grants: the applicant waits and the allocator moves down the ranking to the next request that
    /// fits in full. Lower-ranked applicants may then be funded ahead of a waiting higher-ranked one.
    /// </summary>
    SkipToNextThatFits,
}
