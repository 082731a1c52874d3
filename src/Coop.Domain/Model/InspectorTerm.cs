using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>An inspector's (بازرس) term, elected by the ordinary general assembly for one fiscal year (B4).</summary>
/// <param name="Name">The inspector's (person's or firm's) name, not blank.</param>
/// <param name="Kind">Natural or legal person.</param>
/// <param name="Type">Principal or alternate.</param>
/// <param name="StartsOn">The first day of the term.</param>
/// <param name="EndsOn">The last day of the term; on or after <paramref name="StartsOn"/>.</param>
public sealed record InspectorTerm(string Name, PersonKind Kind, SeatType Type, SolarHijriDate StartsOn, SolarHijriDate EndsOn)
{
    /// <summary>Whether <paramref name="date"/> falls within the term (both ends included).</summary>
    /// <param name="date">The day.</param>
    public bool Covers(SolarHijriDate date) => StartsOn <= date && date <= EndsOn;
}
