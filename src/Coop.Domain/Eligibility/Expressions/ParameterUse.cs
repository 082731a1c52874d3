using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A parameter value an evaluation used, as recorded by an <see cref="ExpressionTrace"/>.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Key">The key, for keyed parameters.</param>
/// <param name="Value">The value used.</param>
/// <param name="EffectiveFrom">The date that value took effect.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<ParameterUse>))]
public sealed record ParameterUse(string Name, string? Key, FactValue Value, SolarHijriDate EffectiveFrom);
