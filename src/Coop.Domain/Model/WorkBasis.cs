namespace Coop.Domain.Model;

/// <summary>Whether a board member serves full-time (موظف) or part-time (غیرموظف) (B3).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<WorkBasis>))]
public enum WorkBasis
{
    /// <summary>Full-time, salaried (موظف).</summary>
    FullTime,

    /// <summary>Part-time, not salaried (غیرموظف).</summary>
    PartTime,
}
