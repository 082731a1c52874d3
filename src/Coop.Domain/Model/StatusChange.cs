using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>A cooperative's status from a date on, until the next change.</summary>
/// <param name="Status">The status.</param>
/// <param name="EffectiveFrom">The first day the status holds.</param>
public sealed record StatusChange(CooperativeStatus Status, SolarHijriDate EffectiveFrom);
