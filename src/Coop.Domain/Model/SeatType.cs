namespace Coop.Domain.Model;

/// <summary>Whether a board member or inspector is principal (اصلی) or alternate (علی‌البدل).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<SeatType>))]
public enum SeatType
{
    /// <summary>Principal (اصلی).</summary>
    Principal,

    /// <summary>Alternate (علی‌البدل), called in when a principal leaves.</summary>
    Alternate,
}
