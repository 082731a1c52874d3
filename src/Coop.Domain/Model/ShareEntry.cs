using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>One dated entry of the append-only share register (دفتر سهام).</summary>
/// <param name="Date">The effective date.</param>
/// <param name="Kind">What the entry records.</param>
/// <param name="MemberNumber">The subscriber, payer, transferor or redeeming member.</param>
/// <param name="Shares">The number of shares, at least 1 (0 for a payment).</param>
/// <param name="Amount">The paid money involved, at least zero; see <see cref="ShareEntryKind"/>.</param>
/// <param name="ToMemberNumber">The receiving member of a transfer; absent for other kinds.</param>
public sealed record ShareEntry(
    SolarHijriDate Date,
    ShareEntryKind Kind,
    int MemberNumber,
    long Shares,
    Money Amount,
    int? ToMemberNumber = null);
