namespace Coop.Domain.Model;

/// <summary>The office a principal board member holds (B3); alternates hold <see cref="Member"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<BoardRole>))]
public enum BoardRole
{
    /// <summary>Chair (رئیس هیئت‌مدیره).</summary>
    Chair,

    /// <summary>Vice-chair (نایب رئیس).</summary>
    ViceChair,

    /// <summary>Secretary (منشی).</summary>
    Secretary,

    /// <summary>Ordinary board member (عضو).</summary>
    Member,
}
