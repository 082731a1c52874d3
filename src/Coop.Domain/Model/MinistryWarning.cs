using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// A written warning (اخطار کتبی) from the Ministry of Cooperatives, Labour and Social Welfare for not observing the
/// laws and regulations; three in a year are a ground for dissolution under Art. 54 of the Cooperative Sector Law.
/// </summary>
/// <param name="IssuedOn">The day the warning was issued; on or after registration.</param>
public sealed record MinistryWarning(SolarHijriDate IssuedOn);
