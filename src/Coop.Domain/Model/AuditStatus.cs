namespace Coop.Domain.Model;

/// <summary>Whether a year's financial statements have been audited.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<AuditStatus>))]
public enum AuditStatus
{
    /// <summary>Not audited.</summary>
    NotAudited,

    /// <summary>Audit under way.</summary>
    InProgress,

    /// <summary>Audited with an unqualified (clean) opinion.</summary>
    Unqualified,

    /// <summary>Audited with a qualified opinion.</summary>
    Qualified,

    /// <summary>Audited with an adverse opinion or a disclaimer.</summary>
    AdverseOrDisclaimer,
}
