namespace Coop.Domain.Model;

/// <summary>A cooperative's activity class under chapter 5 of the law.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ActivityClass>))]
public enum ActivityClass
{
    /// <summary>Production (تولیدی): employs its members in production.</summary>
    Production,

    /// <summary>Distribution (توزیعی): meets its members' needs for goods and services.</summary>
    Distribution,

    /// <summary>Production and distribution (multipurpose, چندمنظوره).</summary>
    Multipurpose,
}
