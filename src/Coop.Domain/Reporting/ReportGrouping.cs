namespace Coop.Domain.Reporting;

/// <summary>The keys a period report groups by, besides the period; combine with <c>|</c>.</summary>
[Flags]
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ReportGrouping>))]
public enum ReportGrouping
{
    /// <summary>One group: everything.</summary>
    None = 0,

    /// <summary>By the cooperative's county code.</summary>
    County = 1,

    /// <summary>By the facility's project sector; records that have none (all but credits) group under <see cref="ReportRecord.NoSector"/>.</summary>
    Sector = 2,

    /// <summary>By the cooperative's kind.</summary>
    Kind = 4,
}
