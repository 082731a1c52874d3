namespace Coop.Domain.Eligibility.Policies;

/// <summary>How much a rule's failure weighs in the outcome (see <see cref="OutcomeMapping"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<RuleSeverity>))]
public enum RuleSeverity
{
    /// <summary>A failure makes the applicant ineligible (by the default mapping).</summary>
    Blocking,

    /// <summary>A failure sends the application to a person for review (by the default mapping).</summary>
    Warning,

    /// <summary>Reported only; never changes the outcome by the default mapping.</summary>
    Info,
}
