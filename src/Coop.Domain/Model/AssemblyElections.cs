namespace Coop.Domain.Model;

/// <summary>Which elections a general assembly held.</summary>
[Flags]
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<AssemblyElections>))]
public enum AssemblyElections
{
    /// <summary>No elections.</summary>
    None = 0,

    /// <summary>The board of directors was elected.</summary>
    Board = 1,

    /// <summary>The inspectors were elected.</summary>
    Inspectors = 2,
}
