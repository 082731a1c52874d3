namespace Coop.Domain.Reporting;

/// <summary>Where an obligation stands on the as-of date.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ComplianceStatus>))]
public enum ComplianceStatus
{
    /// <summary>The records show it done (possibly late: see <see cref="ComplianceItem.IsLate"/>).</summary>
    Done = 0,

    /// <summary>Not done yet, and the due date is on or after the as-of date.</summary>
    Due = 1,

    /// <summary>Not done, and the due date has passed.</summary>
    Overdue = 2,
}
