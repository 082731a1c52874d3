namespace Coop.Domain.Eligibility.Expressions;

/// <summary>The outcome of a condition: true, false, or unknown for a stated reason.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<ConditionState>))]
public enum ConditionState
{
    /// <summary>The condition does not hold.</summary>
    False,

    /// <summary>The condition holds.</summary>
    True,

    /// <summary>A fact or parameter the condition needs is not known; <see cref="ConditionResult.MissingFact"/> names it.</summary>
    Missing,

    /// <summary>Evaluation failed (division by zero, overflow, a date out of range); <see cref="ConditionResult.Error"/> says where.</summary>
    Error,
}
