namespace Coop.Domain.Model;

/// <summary>One seat on the board of directors during a <see cref="BoardTerm"/>.</summary>
/// <param name="MemberNumber">The member holding the seat; board members are elected from the members (B1).</param>
/// <param name="Type">Principal or alternate.</param>
/// <param name="Role">The office; chair, vice-chair and secretary are held by principals, at most one each.</param>
/// <param name="Basis">Full- or part-time.</param>
public sealed record BoardSeat(int MemberNumber, SeatType Type, BoardRole Role, WorkBasis Basis);
