namespace Coop.Domain.Reporting;

/// <summary>What a period report measures.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ReportMeasure>))]
public enum ReportMeasure
{
    /// <summary>Facility applications dated in the period (by application date): count and exact sum of the amounts requested, in rials.</summary>
    Credits = 0,

    /// <summary>Cooperatives registered in the period: count.</summary>
    Registrations = 1,

    /// <summary>Status changes effective in the period: count.</summary>
    StatusChanges = 2,

    /// <summary>Employment records starting in the period: count of records and sum of jobs.</summary>
    Jobs = 3,

    /// <summary>Point-in-time: cooperatives whose status is Active on the period's last day.</summary>
    Active = 4,

    /// <summary>Point-in-time: members of record on the period's last day, over cooperatives registered by then.</summary>
    Members = 5,
}
