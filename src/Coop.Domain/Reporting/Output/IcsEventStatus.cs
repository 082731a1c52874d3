namespace Coop.Domain.Reporting.Output;

/// <summary>The <c>STATUS</c> of an iCalendar event (RFC 5545 §3.8.1.11).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<IcsEventStatus>))]
public enum IcsEventStatus
{
    /// <summary>No <c>STATUS</c> property is written.</summary>
    None = 0,

    /// <summary><c>TENTATIVE</c>.</summary>
    Tentative = 1,

    /// <summary><c>CONFIRMED</c>.</summary>
    Confirmed = 2,

    /// <summary><c>CANCELLED</c>.</summary>
    Cancelled = 3,
}
