namespace Coop.Domain.Model;

/// <summary>What one member holds at a date, derived from the share ledger.</summary>
/// <param name="MemberNumber">The member.</param>
/// <param name="Shares">The number of shares held, at least 0.</param>
/// <param name="Paid">The paid part of their nominal value.</param>
/// <param name="Unpaid">The unpaid part: shares × nominal value − paid; at least zero.</param>
public readonly record struct ShareHolding(int MemberNumber, long Shares, Money Paid, Money Unpaid)
{
    /// <summary>The nominal value of the shares held: paid plus unpaid.</summary>
    public Money NominalValue => Paid + Unpaid;
}
