namespace Coop.Domain.Model;

/// <summary>The legal and operating status of a cooperative; see <see cref="StatusChange"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<CooperativeStatus>))]
public enum CooperativeStatus
{
    /// <summary>Registered and operating.</summary>
    Active,

    /// <summary>Registered but not operating (dormant).</summary>
    Inactive,

    /// <summary>Dissolution decided; liquidation under way.</summary>
    InLiquidation,

    /// <summary>Dissolved; final, nothing may follow it.</summary>
    Dissolved,
}
