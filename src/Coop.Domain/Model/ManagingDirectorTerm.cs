using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Model;

/// <summary>A managing director's (مدیرعامل) appointment by the board (B3); the director may be from outside the board.</summary>
/// <param name="Name">The director's name, not blank.</param>
/// <param name="NationalCode">The director's national code, when recorded.</param>
/// <param name="MemberNumber">The member number when the director is a member; otherwise absent.</param>
/// <param name="StartsOn">The first day of the appointment.</param>
/// <param name="EndsOn">The last day, or <see langword="null"/> while open-ended; not before <paramref name="StartsOn"/>.</param>
public sealed record ManagingDirectorTerm(
    string Name,
    NationalCode? NationalCode,
    int? MemberNumber,
    SolarHijriDate StartsOn,
    SolarHijriDate? EndsOn)
{
    /// <summary>Whether <paramref name="date"/> falls within the appointment.</summary>
    /// <param name="date">The day.</param>
    public bool Covers(SolarHijriDate date) => StartsOn <= date && (EndsOn is null || date <= EndsOn.Value);
}
