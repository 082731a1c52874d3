namespace Coop.Domain.Model;

/// <summary>The legal and operating status of a cooperative; see <see cref="StatusChange"/>.</summary>
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
