using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>The jobs a cooperative provided during a period (e.g. a season or a fiscal year).</summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period; on or after <paramref name="From"/>. Periods do not overlap.</param>
/// <param name="Jobs">Jobs (members and employees working in the cooperative), at least 0.</param>
/// <param name="InsuredEmployees">Of those, the insured; between 0 and <paramref name="Jobs"/>.</param>
public sealed record EmploymentRecord(SolarHijriDate From, SolarHijriDate To, int Jobs, int InsuredEmployees);
