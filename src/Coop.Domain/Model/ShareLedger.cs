using System.Collections.Immutable;
using System.Globalization;
using Coop.Domain.Calendar;
using System.Runtime.CompilerServices;

namespace Coop.Domain.Model;

/// <summary>
/// The share register: a nominal value per share and an append-only list of dated entries, from which
/// every member's holding at any date is derived.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> Entries must be in date order (equal dates keep their given order); an entry dated
/// before the one preceding it is a violation, not silently sorted, because the register is a legal log
/// whose order is its meaning (as Odoo's sequential <c>subscription.register</c>).
/// </para>
/// <para>
/// <b>Checks</b> (all reported together by <see cref="Validate"/> and the constructor): nominal value above
/// zero; share counts at least 1 (0 for payments); amounts at least zero; a transfer names a different
/// receiving member and no other kind names one; a subscription pays at most its nominal value; a payment
/// is above zero and at most the unpaid part; a transfer or redemption moves at most the shares held and
/// at most the paid part held, and leaves neither side with more paid than nominal value. An entry that
/// breaks a check is left out of the replay so that later entries are still checked. Whether members
/// exist is checked by <see cref="Cooperative"/>.
/// </para>
/// </remarks>
public sealed class ShareLedger
{
    /// <summary>Creates a ledger and checks it.</summary>
    /// <param name="nominalValue">The nominal value of one share, above zero.</param>
    /// <param name="entries">The entries in date order; a default array counts as empty.</param>
    /// <exception cref="ModelValidationException">The ledger breaks a check; every violation is listed.</exception>
    public ShareLedger(Money nominalValue, ImmutableArray<ShareEntry> entries)
    {
        entries = entries.IsDefault ? [] : entries;
        var violations = new ViolationList();
        Check(nominalValue, entries, violations);
        violations.ThrowIfAny();
        NominalValue = nominalValue;
        Entries = entries;
        IsChecked = true;
    }

    private ShareLedger(Money nominalValue, ImmutableArray<ShareEntry> entries, bool isChecked)
    {
        NominalValue = nominalValue;
        Entries = entries;
        IsChecked = isChecked;
    }

    /// <summary>The nominal value of one share.</summary>
    public Money NominalValue { get; }

    /// <summary>The entries in date order.</summary>
    public ImmutableArray<ShareEntry> Entries { get; }

    /// <summary>
    /// Whether the ledger passed its checks; false only for the unchecked ledger
    /// <see cref="CooperativeBuilder"/> uses to report ledger and cooperative violations together.
    /// </summary>
    internal bool IsChecked { get; }

    /// <summary>Checks a ledger without building it.</summary>
    /// <param name="nominalValue">The nominal value of one share.</param>
    /// <param name="entries">The entries.</param>
    /// <returns>Every violation, with paths relative to the ledger (e.g. <c>entries[3]</c>); empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    public static IReadOnlyList<ModelViolation> Validate(Money nominalValue, IEnumerable<ShareEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var violations = new ViolationList();
        Check(nominalValue, entries.ToImmutableArray(), violations);
        return violations.Items;
    }

    /// <summary>A ledger that skipped its checks; derived holdings may be meaningless. Only for validation.</summary>
    internal static ShareLedger CreateUnchecked(Money nominalValue, ImmutableArray<ShareEntry> entries) =>
        new(nominalValue, entries.IsDefault ? [] : entries, isChecked: false);

    /// <summary>A new ledger with <paramref name="entry"/> appended; this ledger is unchanged.</summary>
    /// <param name="entry">The entry; dated on or after the last entry.</param>
    /// <returns>The longer ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    /// <exception cref="ModelValidationException">The entry breaks a check (e.g. transfers more shares than held).</exception>
    public ShareLedger Append(ShareEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ShareLedger(NominalValue, Entries.Add(entry));
    }

    /// <summary>What <paramref name="memberNumber"/> holds at the end of <paramref name="date"/>.</summary>
    /// <param name="memberNumber">The member.</param>
    /// <param name="date">The day; entries dated on it count.</param>
    /// <returns>The holding; zero shares for a member with no entries.</returns>
    public ShareHolding HoldingOf(int memberNumber, SolarHijriDate date)
    {
        // One member's position, replayed without building everyone's (as Apply moves it).
        Position p = default;
        bool seen = false;
        foreach (ShareEntry e in Entries)
        {
            if (e.Date > date)
            {
                break;
            }

            if (e.MemberNumber == memberNumber)
            {
                seen = true;
                p = e.Kind switch
                {
                    ShareEntryKind.Subscription => new Position(checked(p.Shares + e.Shares), checked(p.Paid + e.Amount.Rials)),
                    ShareEntryKind.Payment => p with { Paid = checked(p.Paid + e.Amount.Rials) },
                    ShareEntryKind.Transfer when e.ToMemberNumber == memberNumber => p,
                    ShareEntryKind.Transfer or ShareEntryKind.Redemption => new Position(p.Shares - e.Shares, p.Paid - e.Amount.Rials),
                    _ => p,
                };
            }
            else if (e.Kind == ShareEntryKind.Transfer && e.ToMemberNumber == memberNumber)
            {
                seen = true;
                p = new Position(checked(p.Shares + e.Shares), checked(p.Paid + e.Amount.Rials));
            }
        }

        return seen ? ToHolding(memberNumber, p) : new ShareHolding(memberNumber, 0, Money.Zero, Money.Zero);
    }

    /// <summary>Every member holding shares or paid money at the end of <paramref name="date"/>, by member number.</summary>
    /// <param name="date">The day; entries dated on it count.</param>
    public IReadOnlyList<ShareHolding> HoldingsAt(SolarHijriDate date) =>
        Replay(date)
            .Where(kv => kv.Value.Shares != 0 || kv.Value.Paid != 0)
            .OrderBy(kv => kv.Key)
            .Select(kv => ToHolding(kv.Key, kv.Value))
            .ToArray();

    /// <summary>Shares outstanding (held by members) at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public long SharesOutstandingAt(SolarHijriDate date) => Replay(date).Values.Sum(p => p.Shares);

    /// <summary>Shares subscribed by entries dated on or before <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public long SharesSubscribedThrough(SolarHijriDate date) => SumShares(ShareEntryKind.Subscription, date);

    /// <summary>Shares redeemed by entries dated on or before <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public long SharesRedeemedThrough(SolarHijriDate date) => SumShares(ShareEntryKind.Redemption, date);

    /// <summary>The nominal capital at the end of <paramref name="date"/>: shares outstanding × nominal value.</summary>
    /// <param name="date">The day.</param>
    public Money CapitalAt(SolarHijriDate date) => NominalValue * SharesOutstandingAt(date);

    /// <summary>The paid-in capital at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public Money PaidCapitalAt(SolarHijriDate date) => Money.FromRials(Replay(date).Values.Sum(p => p.Paid));

    private long SumShares(ShareEntryKind kind, SolarHijriDate date)
    {
        long total = 0;
        foreach (ShareEntry e in Entries)
        {
            if (e.Date > date)
            {
                break;
            }

            if (e.Kind == kind)
            {
                total = checked(total + e.Shares);
            }
        }

        return total;
    }

    private ShareHolding ToHolding(int member, Position p) =>
        new(member, p.Shares, Money.FromRials(p.Paid), (NominalValue * p.Shares) - Money.FromRials(p.Paid));

    // The ledger was checked when built, so replaying cannot fail.
    private Dictionary<int, Position> Replay(SolarHijriDate through)
    {
        var positions = new Dictionary<int, Position>();
        foreach (ShareEntry e in Entries)
        {
            if (e.Date > through)
            {
                break;
            }

            Apply(positions, e);
        }

        return positions;
    }

    // Checked: share counts can overflow a long before their value overflows Money; Check reports it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Apply(Dictionary<int, Position> positions, ShareEntry e)
    {
        Position giver = positions.GetValueOrDefault(e.MemberNumber);
        switch (e.Kind)
        {
            case ShareEntryKind.Subscription:
                positions[e.MemberNumber] = new Position(checked(giver.Shares + e.Shares), checked(giver.Paid + e.Amount.Rials));
                break;
            case ShareEntryKind.Payment:
                positions[e.MemberNumber] = giver with { Paid = checked(giver.Paid + e.Amount.Rials) };
                break;
            case ShareEntryKind.Transfer:
                int to = e.ToMemberNumber!.Value;
                positions[e.MemberNumber] = new Position(giver.Shares - e.Shares, giver.Paid - e.Amount.Rials);
                Position receiver = positions.GetValueOrDefault(to);
                positions[to] = new Position(checked(receiver.Shares + e.Shares), checked(receiver.Paid + e.Amount.Rials));
                break;
            case ShareEntryKind.Redemption:
                positions[e.MemberNumber] = new Position(giver.Shares - e.Shares, giver.Paid - e.Amount.Rials);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Check(Money nominal, ImmutableArray<ShareEntry> entries, ViolationList violations)
    {
        if (nominal <= Money.Zero)
        {
            violations.Add("nominalValue", ModelViolationCode.NominalValueNotPositive, $"The nominal value of a share must be above zero; it is {nominal}.", ViolationArg.Of(nominal));
            return;
        }

        // Sized once: a register has at most one position per entry (usually fewer), so it never grows while checked.
        var positions = new Dictionary<int, Position>(entries.Length);
        SolarHijriDate? previous = null;
        for (int i = 0; i < entries.Length; i++)
        {
            var path = new ElementPath("entries", i);
            ShareEntry? e = entries[i];
            if (e is null)
            {
                violations.Add(path, null, ModelViolationCode.ItemMissing, "The entry is missing (null).");
                continue;
            }

            if (previous is { } p && e.Date < p)
            {
                violations.Add(path, "date", ModelViolationCode.EntryOutOfDateOrder, $"The entry is dated {e.Date}, before the previous entry ({p}); the register is append-only and must be in date order.", ViolationArg.Of(e.Date), ViolationArg.Of(p));
            }
            else
            {
                previous = e.Date;
            }

            try
            {
                if (CheckEntry(nominal, e, positions, path, violations))
                {
                    Apply(positions, e);
                }
            }
            catch (OverflowException ex)
            {
                violations.Add(path, null, ModelViolationCode.AmountOverflow, "The entry's amounts overflow: " + ex.Message);
            }
        }
    }

    private static string Who(ShareEntry e) => string.Create(CultureInfo.InvariantCulture, $"member {e.MemberNumber}");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool CheckEntry(Money nominal, ShareEntry e, Dictionary<int, Position> positions, ElementPath path, ViolationList violations)
    {
        int before = violations.Count;
        if (!Enum.IsDefined(e.Kind))
        {
            violations.Add(path, "kind", ModelViolationCode.UndefinedEnumValue, $"Unknown entry kind {e.Kind}.", ViolationArg.Of((int)e.Kind), nameof(ShareEntryKind));
            return false;
        }

        if (e.Amount < Money.Zero)
        {
            violations.Add(path, "amount", ModelViolationCode.NegativeAmount, $"The amount must not be negative; it is {e.Amount}.", "amount", ViolationArg.Of(e.Amount));
        }

        if (e.Kind == ShareEntryKind.Payment ? e.Shares != 0 : e.Shares < 1)
        {
            if (e.Kind == ShareEntryKind.Payment)
            {
                violations.Add(path, "shares", ModelViolationCode.PaymentWithShares, string.Create(CultureInfo.InvariantCulture, $"A payment moves no shares; shares must be 0, not {e.Shares}."), ViolationArg.Of(e.Shares));
            }
            else
            {
                violations.Add(path, "shares", ModelViolationCode.EntryWithoutShares, string.Create(CultureInfo.InvariantCulture, $"A {e.Kind} must involve at least 1 share; it has {e.Shares}."), ViolationArg.Name(e.Kind), ViolationArg.Of(e.Shares));
            }
        }

        if (e.Kind == ShareEntryKind.Transfer)
        {
            if (e.ToMemberNumber is null)
            {
                violations.Add(path, "toMemberNumber", ModelViolationCode.TransferWithoutReceiver, "A transfer must name the receiving member.");
            }
            else if (e.ToMemberNumber == e.MemberNumber)
            {
                violations.Add(path, "toMemberNumber", ModelViolationCode.TransferToSelf, $"A transfer from {Who(e)} to the same member is meaningless.", ViolationArg.Of(e.MemberNumber));
            }
        }
        else if (e.ToMemberNumber is not null)
        {
            violations.Add(path, "toMemberNumber", ModelViolationCode.ReceiverOnNonTransfer, $"Only a transfer names a receiving member; this {e.Kind} names member {e.ToMemberNumber}.", ViolationArg.Name(e.Kind), ViolationArg.Of(e.ToMemberNumber.Value));
        }

        if (violations.Count > before)
        {
            return false;
        }

        Position held = positions.GetValueOrDefault(e.MemberNumber);
        switch (e.Kind)
        {
            case ShareEntryKind.Subscription:
                Money value = nominal * e.Shares;
                if (e.Amount > value)
                {
                    violations.Add(path, "amount", ModelViolationCode.SubscriptionOverpaid, $"On {e.Date} {Who(e)} subscribes {e.Shares} shares worth {value} but pays {e.Amount}, more than their nominal value.", ViolationArg.Of(e.Date), ViolationArg.Of(e.MemberNumber), ViolationArg.Of(e.Shares), ViolationArg.Of(value), ViolationArg.Of(e.Amount));
                }

                break;
            case ShareEntryKind.Payment:
                Money unpaid = (nominal * held.Shares) - Money.FromRials(held.Paid);
                if (e.Amount <= Money.Zero || e.Amount > unpaid)
                {
                    violations.Add(path, "amount", ModelViolationCode.PaymentOutOfRange, $"On {e.Date} {Who(e)} pays {e.Amount}, but the unpaid part of their {held.Shares} shares is {unpaid}; a payment must be above zero and at most the unpaid part.", ViolationArg.Of(e.Date), ViolationArg.Of(e.MemberNumber), ViolationArg.Of(e.Amount), ViolationArg.Of(held.Shares), ViolationArg.Of(unpaid));
                }

                break;
            default:
                string verb = e.Kind == ShareEntryKind.Transfer ? "transfer" : "redeem";
                if (e.Shares > held.Shares)
                {
                    violations.Add(path, "shares", ModelViolationCode.NotEnoughShares, string.Create(CultureInfo.InvariantCulture, $"On {e.Date} {Who(e)} cannot {verb} {e.Shares} shares: they hold only {held.Shares}."), ViolationArg.Of(e.Date), ViolationArg.Of(e.MemberNumber), ViolationArg.Name(e.Kind), ViolationArg.Of(e.Shares), ViolationArg.Of(held.Shares));
                    break;
                }

                if (e.Amount.Rials > held.Paid)
                {
                    violations.Add(path, "amount", ModelViolationCode.NotEnoughPaid, $"On {e.Date} {Who(e)} cannot {verb} {e.Amount} of paid capital: they have paid only {Money.FromRials(held.Paid)}.", ViolationArg.Of(e.Date), ViolationArg.Of(e.MemberNumber), ViolationArg.Name(e.Kind), ViolationArg.Of(e.Amount), ViolationArg.Of(held.Paid));
                    break;
                }

                Money leftPaid = Money.FromRials(held.Paid) - e.Amount;
                Money leftValue = nominal * (held.Shares - e.Shares);
                if (leftPaid > leftValue)
                {
                    violations.Add(path, "amount", ModelViolationCode.PaidLeftExceedsValue, $"On {e.Date} after the {verb} {Who(e)} would keep {leftPaid} paid on shares worth only {leftValue}; the paid part must move with the shares.", ViolationArg.Of(e.Date), ViolationArg.Name(e.Kind), ViolationArg.Of(e.MemberNumber), ViolationArg.Of(leftPaid), ViolationArg.Of(leftValue));
                }

                if (e.Kind == ShareEntryKind.Transfer && e.ToMemberNumber is int to)
                {
                    Position receiver = positions.GetValueOrDefault(to);
                    Money receiverPaid = Money.FromRials(receiver.Paid) + e.Amount;
                    Money receiverValue = nominal * (receiver.Shares + e.Shares);
                    if (receiverPaid > receiverValue)
                    {
                        violations.Add(path, "amount", ModelViolationCode.ReceiverOverpaid, $"On {e.Date} member {to} would receive {e.Amount} paid with shares worth {nominal * e.Shares}, more than their nominal value.", ViolationArg.Of(e.Date), ViolationArg.Of(to), ViolationArg.Of(e.Amount), ViolationArg.Of(nominal * e.Shares));
                    }
                }

                break;
        }

        return violations.Count == before;
    }

    private readonly record struct Position(long Shares, long Paid);
}
