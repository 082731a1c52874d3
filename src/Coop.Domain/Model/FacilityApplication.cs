using System.Text.Json.Serialization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>An application for a facility (loan or credit), with the facts a bank checks at the application date.</summary>
/// <param name="Programme">The programme applied under, e.g. <c>Tabsare 18</c> or <c>Sustainable rural employment</c>; not blank.</param>
/// <param name="AppliedOn">The application date.</param>
/// <param name="AmountRequested">The amount requested, above zero.</param>
/// <param name="JobsCommitted">Jobs the cooperative commits to create, at least 0.</param>
/// <param name="Sector">The project's sector.</param>
/// <param name="Collateral">The collateral offered.</param>
/// <param name="CollateralValue">The collateral's assessed value, at least zero (zero when none).</param>
/// <param name="OverdueDebt">Overdue bank debt at <paramref name="AppliedOn"/> (Central Bank inquiry), at least zero.</param>
/// <param name="UnclearedReturnedCheques">Returned cheques not yet cleared at <paramref name="AppliedOn"/>, at least 0.</param>
public sealed record FacilityApplication(
    string Programme,
    SolarHijriDate AppliedOn,
    Money AmountRequested,
    int JobsCommitted,
    ProjectSector Sector,
    CollateralKind Collateral,
    Money CollateralValue,
    Money OverdueDebt,
    int UnclearedReturnedCheques)
{
    /// <summary>
    /// How many board members have an uncleared returned cheque at <see cref="AppliedOn"/> (Central Bank inquiry),
    /// at least 0; <see langword="null"/> when the inquiry was not made. Optional; left out of the JSON when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BoardMembersWithReturnedCheques { get; init; }

    /// <summary>Where the project is carried out (village, nomadic area or town), or <see langword="null"/> when not recorded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SettlementType? ProjectSettlement { get; init; }

    /// <summary>The population of the project's village or town (people, at least 0), or <see langword="null"/> when not recorded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ProjectSettlementPopulation { get; init; }

    /// <summary>Whether the project lies in a border area (مناطق مرزی), or <see langword="null"/> when not recorded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? ProjectInBorderArea { get; init; }
}
