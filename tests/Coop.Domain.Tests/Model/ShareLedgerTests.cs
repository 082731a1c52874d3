using System.Collections.Immutable;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using CsCheck;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Model;

public class ShareLedgerTests
{
    private static readonly Money M = Money.FromRials(1_000_000);

    private static ShareLedger Sample() => new(M,
    [
        new ShareEntry(D(1400, 1, 10), ShareEntryKind.Subscription, 1, 100, Money.FromRials(40_000_000)),
        new ShareEntry(D(1400, 1, 10), ShareEntryKind.Subscription, 2, 50, Money.FromRials(50_000_000)),
        new ShareEntry(D(1401, 2, 1), ShareEntryKind.Payment, 1, 0, Money.FromRials(60_000_000)),
        new ShareEntry(D(1402, 3, 1), ShareEntryKind.Transfer, 1, 40, Money.FromRials(40_000_000), 3),
        new ShareEntry(D(1403, 4, 1), ShareEntryKind.Redemption, 2, 50, Money.FromRials(50_000_000)),
    ]);

    [Fact]
    public void Holdings_are_derived_at_any_date()
    {
        ShareLedger l = Sample();
        Assert.Empty(l.HoldingsAt(D(1400, 1, 9)));
        Assert.Equal(new ShareHolding(1, 100, Money.FromRials(40_000_000), Money.FromRials(60_000_000)), l.HoldingOf(1, D(1400, 1, 10)));
        Assert.Equal(new ShareHolding(1, 100, Money.FromRials(100_000_000), Money.Zero), l.HoldingOf(1, D(1401, 2, 1)));
        Assert.Equal(new ShareHolding(1, 60, Money.FromRials(60_000_000), Money.Zero), l.HoldingOf(1, D(1402, 3, 1)));
        Assert.Equal(new ShareHolding(3, 40, Money.FromRials(40_000_000), Money.Zero), l.HoldingOf(3, D(1402, 3, 1)));
        Assert.Equal(Money.FromRials(40_000_000), l.HoldingOf(3, D(1402, 3, 1)).NominalValue);
        Assert.Equal([1, 3], l.HoldingsAt(D(1404, 1, 1)).Select(h => h.MemberNumber));
        Assert.Equal(150, l.SharesOutstandingAt(D(1402, 12, 29)));
        Assert.Equal(100, l.SharesOutstandingAt(D(1403, 4, 1)));
        Assert.Equal(150, l.SharesSubscribedThrough(D(1404, 1, 1)));
        Assert.Equal(50, l.SharesRedeemedThrough(D(1404, 1, 1)));
        Assert.Equal(Money.FromRials(100_000_000), l.CapitalAt(D(1404, 1, 1)));
        Assert.Equal(Money.FromRials(90_000_000), l.PaidCapitalAt(D(1400, 1, 10)));
        Assert.Equal(new ShareHolding(9, 0, Money.Zero, Money.Zero), l.HoldingOf(9, D(1404, 1, 1)));
    }

    [Fact]
    public void Transferring_more_shares_than_held_is_rejected_naming_member_date_and_amounts()
    {
        ShareLedger l = Sample();
        var e = Assert.Throws<ModelValidationException>(() =>
            l.Append(new ShareEntry(D(1403, 5, 1), ShareEntryKind.Transfer, 1, 61, Money.Zero, 2)));
        ModelViolation v = Assert.Single(e.Violations);
        Assert.Equal("entries[5].shares", v.Path);
        Assert.Equal("On 1403/05/01 member 1 cannot transfer 61 shares: they hold only 60.", v.Message);
        Assert.Equal(5, l.Entries.Length); // unchanged
    }

    [Fact]
    public void Redeeming_more_than_held_or_more_paid_than_paid_is_rejected()
    {
        ShareLedger l = Sample();
        var shares = Assert.Throws<ModelValidationException>(() =>
            l.Append(new ShareEntry(D(1403, 5, 1), ShareEntryKind.Redemption, 3, 41, Money.Zero)));
        Assert.Contains("member 3 cannot redeem 41 shares: they hold only 40", shares.Message, StringComparison.Ordinal);
        var paid = Assert.Throws<ModelValidationException>(() =>
            l.Append(new ShareEntry(D(1403, 5, 1), ShareEntryKind.Redemption, 3, 40, Money.FromRials(41_000_000))));
        Assert.Contains("cannot redeem 41,000,000 IRR of paid capital: they have paid only 40,000,000 IRR", paid.Message, StringComparison.Ordinal);
        var stranded = Assert.Throws<ModelValidationException>(() =>
            l.Append(new ShareEntry(D(1403, 5, 1), ShareEntryKind.Transfer, 3, 40, Money.Zero, 1)));
        Assert.Contains("would keep 40,000,000 IRR paid on shares worth only 0 IRR", stranded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_out_of_date_order_are_rejected_not_sorted()
    {
        var e = Assert.Throws<ModelValidationException>(() => Sample().Append(
            new ShareEntry(D(1403, 3, 31), ShareEntryKind.Subscription, 4, 1, Money.Zero)));
        ModelViolation v = Assert.Single(e.Violations);
        Assert.Equal("entries[5].date", v.Path);
        Assert.Contains("before the previous entry (1403/04/01)", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_entry_is_reported_and_later_entries_are_still_checked()
    {
        IReadOnlyList<ModelViolation> v = ShareLedger.Validate(M,
        [
            new ShareEntry(D(1400, 1, 1), ShareEntryKind.Subscription, 1, 10, Money.FromRials(11_000_000)),   // overpaid
            new ShareEntry(D(1400, 1, 2), ShareEntryKind.Payment, 1, 0, Money.FromRials(1)),                   // nothing held
            new ShareEntry(D(1400, 1, 3), ShareEntryKind.Subscription, 1, 0, Money.FromRials(-1), 2),          // 0 shares, negative, names receiver
            new ShareEntry(D(1400, 1, 4), ShareEntryKind.Transfer, 1, 1, Money.Zero),                          // no receiver
            new ShareEntry(D(1400, 1, 5), ShareEntryKind.Transfer, 1, 1, Money.Zero, 1),                       // to self
            new ShareEntry(D(1400, 1, 6), ShareEntryKind.Payment, 1, 3, Money.FromRials(1)),                   // payment with shares
            null!,
        ]);
        Assert.Equal(
            [
                "entries[0].amount", "entries[1].amount", "entries[2].amount", "entries[2].shares", "entries[2].toMemberNumber",
                "entries[3].toMemberNumber", "entries[4].toMemberNumber", "entries[5].shares", "entries[6]",
            ],
            v.Select(x => x.Path));
        Assert.Contains(ShareLedger.Validate(Money.Zero, []), x => x.Path == "nominalValue");
    }

    [Fact]
    public void Share_counts_that_overflow_are_a_violation_not_a_wrap()
    {
        long half = (long.MaxValue / 2) + 1;
        IReadOnlyList<ModelViolation> v = ShareLedger.Validate(Money.FromRials(1),
        [
            new ShareEntry(D(1400, 1, 1), ShareEntryKind.Subscription, 1, half, Money.Zero),
            new ShareEntry(D(1400, 1, 2), ShareEntryKind.Subscription, 1, half, Money.Zero),
        ]);
        ModelViolation single = Assert.Single(v);
        Assert.Equal("entries[1]", single.Path);
        Assert.Contains("overflow", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paying_more_than_the_unpaid_part_is_rejected()
    {
        var e = Assert.Throws<ModelValidationException>(() => Sample().Append(
            new ShareEntry(D(1404, 1, 1), ShareEntryKind.Payment, 1, 0, Money.FromRials(1))));
        Assert.Contains("the unpaid part of their 60 shares is 0 IRR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_of_holdings_equals_subscribed_minus_redeemed_at_any_date()
    {
        // Random operations; each is made valid against the running holdings before it is appended.
        var op = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 6], Gen.Int[1, 6], Gen.Long[1, 50], Gen.Int[0, 3]);
        Gen.Select(op.Array[1, 60], Gen.Int[0, 400]).Sample((ops, probe) =>
        {
            var entries = ImmutableArray.CreateBuilder<ShareEntry>();
            var held = new Dictionary<int, long>();
            SolarHijriDate date = D(1400, 1, 1);
            foreach ((int kind, int a, int b, long n, int step) in ops)
            {
                date = date.AddDays(step);
                long have = held.GetValueOrDefault(a);
                switch (kind)
                {
                    case 0:
                        entries.Add(new ShareEntry(date, ShareEntryKind.Subscription, a, n, M * n));
                        held[a] = have + n;
                        break;
                    case 1 when have > 0 && a != b:
                        long t = Math.Min(n, have);
                        entries.Add(new ShareEntry(date, ShareEntryKind.Transfer, a, t, M * t, b));
                        held[a] = have - t;
                        held[b] = held.GetValueOrDefault(b) + t;
                        break;
                    case 2 when have > 0:
                        long r = Math.Min(n, have);
                        entries.Add(new ShareEntry(date, ShareEntryKind.Redemption, a, r, M * r));
                        held[a] = have - r;
                        break;
                    default:
                        break;
                }
            }

            var ledger = new ShareLedger(M, entries.ToImmutable());
            SolarHijriDate at = D(1400, 1, 1).AddDays(probe);
            long sum = ledger.HoldingsAt(at).Sum(h => h.Shares);
            return sum == ledger.SharesSubscribedThrough(at) - ledger.SharesRedeemedThrough(at)
                && sum == ledger.SharesOutstandingAt(at)
                && ledger.HoldingsAt(at).All(h => h.Shares >= 0 && h.Unpaid >= Money.Zero);
        });
    }
}
