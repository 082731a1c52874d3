using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>A parameter value in force on a date: the value, the date it took effect, and where it was published.</summary>
/// <param name="Value">The value.</param>
/// <param name="EffectiveFrom">The date the value took effect.</param>
/// <param name="Reference">Where it was published, or null.</param>
public readonly record struct ResolvedParameter(FactValue Value, SolarHijriDate EffectiveFrom, string? Reference);
