using System.Collections.Immutable;
using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>A term of the board of directors (هیئت‌مدیره), from election to the end of its mandate.</summary>
/// <param name="StartsOn">The first day of the term.</param>
/// <param name="EndsOn">The last day of the term (usually 3 years on, B2); on or after <paramref name="StartsOn"/>.</param>
/// <param name="Seats">The seats; each member at most once.</param>
public sealed record BoardTerm(SolarHijriDate StartsOn, SolarHijriDate EndsOn, ImmutableArray<BoardSeat> Seats)
{
    /// <summary>The seats; a <c>default</c> array is stored as empty.</summary>
    public ImmutableArray<BoardSeat> Seats { get; init; } = Seats.IsDefault ? [] : Seats;

    /// <summary>Whether <paramref name="date"/> falls within the term (both ends included).</summary>
    /// <param name="date">The day.</param>
    public bool Covers(SolarHijriDate date) => StartsOn <= date && date <= EndsOn;
}
