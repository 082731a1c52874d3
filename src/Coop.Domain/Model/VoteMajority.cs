namespace Coop.Domain.Model;

/// <summary>The majority a resolution needed, as the assembly's minutes state it.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<VoteMajority>))]
public enum VoteMajority
{
    /// <summary>More than half of the votes present.</summary>
    MoreThanHalf,

    /// <summary>At least two thirds of the votes present.</summary>
    TwoThirds,
}
