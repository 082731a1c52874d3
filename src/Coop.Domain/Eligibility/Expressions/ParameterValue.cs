using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A parameter's value in force at some date, with the date that value took effect.</summary>
/// <param name="Value">The value; its kind must match the parameter's declared type.</param>
/// <param name="EffectiveFrom">The first day the value applies.</param>
public readonly record struct ParameterValue(FactValue Value, SolarHijriDate EffectiveFrom);
