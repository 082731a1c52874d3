namespace Coop.Domain.Eligibility.Policies;

/// <summary>A text in Persian and English (titles, descriptions, messages).</summary>
/// <param name="Fa">The Persian text.</param>
/// <param name="En">The English text.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<PolicyText>))]
public sealed record PolicyText(string Fa, string En);
