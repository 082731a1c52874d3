namespace Coop.Domain.Model;

/// <summary>Who may join a cooperative.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<Openness>))]
public enum Openness
{
    /// <summary>General (عام): membership open to all who meet the legal conditions.</summary>
    General,

    /// <summary>Special (خاص): limited to a group such as workers, employees, farmers or students.</summary>
    Special,
}
