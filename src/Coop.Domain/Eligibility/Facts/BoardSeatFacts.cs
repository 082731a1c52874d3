using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>A seat of the board term covering the as-of date, with whether its holder is an employed member on that date.</summary>
internal sealed class BoardSeatFacts
{
    internal BoardSeatFacts(BoardSeat seat, bool employed)
    {
        Seat = seat;
        Employed = employed;
    }

    internal BoardSeat Seat { get; }

    internal bool Employed { get; }
}
