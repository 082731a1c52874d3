using System.Globalization;
using Coop.Domain.Model;
using CsCheck;

namespace Coop.Domain.Tests.Model;

public class MoneyTests
{
    [Fact]
    public void Toman_is_ten_rials_and_conversion_back_is_exact()
    {
        Assert.Equal(9_400_000_000_000L, Money.FromToman(940_000_000_000L).Rials);
        Assert.Equal(15L, Money.FromToman(1.5m).Rials);
        Assert.Equal(1.5m, Money.FromRials(15).ToToman());
        Assert.True(Money.FromRials(20).IsWholeToman);
        Assert.False(Money.FromRials(25).IsWholeToman);
    }

    [Fact]
    public void Toman_with_a_fraction_finer_than_a_rial_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Money.FromToman(1.25m));
        Assert.Equal("toman", e.ParamName);
        Assert.Contains("whole number of rials", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overflow_throws_with_the_operation_named_instead_of_wrapping()
    {
        var add = Assert.Throws<OverflowException>(() => Money.MaxValue + Money.FromRials(1));
        Assert.Contains("Money.Add", add.Message, StringComparison.Ordinal);
        var sub = Assert.Throws<OverflowException>(() => Money.MinValue - Money.FromRials(1));
        Assert.Contains("Money.Subtract", sub.Message, StringComparison.Ordinal);
        var mul = Assert.Throws<OverflowException>(() => Money.FromRials(5_000_000_000_000_000_000) * 2);
        Assert.Contains("Money.Multiply", mul.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Money.FromToman(long.MaxValue / 5));
        Assert.Throws<OverflowException>(() => Money.MaxValue.MultiplyBy(1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromRials(long.MinValue));
    }

    [Fact]
    public void Negation_of_the_smallest_amount_is_the_largest()
    {
        Assert.Equal(Money.MaxValue, -Money.MinValue);
        Assert.Equal(Money.MaxValue, Money.MinValue.Abs());
    }

    [Fact]
    public void Multiplying_by_a_ratio_rounds_to_the_nearest_rial_halves_away_from_zero()
    {
        Assert.Equal(Money.FromRials(2), Money.FromRials(5).MultiplyBy(0.3m));  // 1.5 → 2
        Assert.Equal(Money.FromRials(-2), Money.FromRials(-5).MultiplyBy(0.3m));
        Assert.Equal(Money.FromRials(1), Money.FromRials(5).MultiplyBy(0.3m, MidpointRounding.ToZero));
        Assert.Equal(Money.FromRials(47_000_000_000), Money.FromRials(9_400_000_000_000).MultiplyBy(0.005m));
        Assert.Throws<ArgumentException>(() => Money.FromRials(1).MultiplyBy(1m, (MidpointRounding)99));
    }

    [Fact]
    public void Amounts_compare_and_sum()
    {
        Money a = Money.FromRials(10);
        Money b = Money.FromRials(20);
        Assert.True(a < b && b > a && a <= b && b >= a && a != b && a == Money.FromRials(10));
        Assert.Equal(-1, a.CompareTo(b));
        Assert.Equal(Money.FromRials(30), Money.Sum([a, b]));
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Equal(Money.FromRials(30), a * 3);
        Assert.Equal(Money.FromRials(30), 3 * a);
    }

    [Theory]
    [InlineData(9_400_000_000_000L, "9,400,000,000,000 IRR")]
    [InlineData(0L, "0 IRR")]
    [InlineData(-1_500L, "-1,500 IRR")]
    [InlineData(999L, "999 IRR")]
    public void Invariant_form_groups_rials_with_commas_and_the_code(long rials, string expected)
    {
        Assert.Equal(expected, Money.FromRials(rials).ToString());
        Assert.Equal(Money.FromRials(rials), Money.Parse(expected));
    }

    [Theory]
    [InlineData(9_400_000_000_000L, "۹۴۰ میلیارد تومان")]
    [InlineData(12_345_670L, "۱٫۲۳ میلیون تومان")]
    [InlineData(12_355_000L, "۱٫۲۴ میلیون تومان")]
    [InlineData(15L, "۱٫۵ تومان")]
    [InlineData(0L, "۰ تومان")]
    [InlineData(5_000L, "۵۰۰ تومان")]
    [InlineData(50_000L, "۵ هزار تومان")]
    [InlineData(9_999_999_990L, "۱ میلیارد تومان")]
    [InlineData(10_000_000_000_000L, "۱ هزار میلیارد تومان")]
    [InlineData(90_000_000_000_000_000L, "۹٬۰۰۰ هزار میلیارد تومان")]
    [InlineData(-25_000_000_000L, "\u2212۲٫۵ میلیارد تومان")]
    public void Persian_display_uses_the_largest_scale_and_two_rounded_decimals(long rials, string expected)
    {
        Assert.Equal(expected, Money.FromRials(rials).ToPersianString());
    }

    [Theory]
    [InlineData("940 میلیارد تومان", 9_400_000_000_000L)]
    [InlineData("۹۴۰ میلیارد تومان", 9_400_000_000_000L)]
    [InlineData("٩٤٠ ميليارد تومان", 9_400_000_000_000L)]
    [InlineData("۱٫۵ میلیون تومان", 15_000_000L)]
    [InlineData("1.5 million toman", 15_000_000L)]
    [InlineData("10 billion toman", 100_000_000_000L)]
    [InlineData("500_000_000 rial", 500_000_000L)]
    [InlineData("2 Trillion RIALS", 2_000_000_000_000L)]
    [InlineData("1 هزارمیلیارد تومان", 10_000_000_000_000L)]
    [InlineData("2 billion و 500 million tomans", 25_000_000_000L)]
    [InlineData("2 میلیارد و 500 میلیون تومان", 25_000_000_000L)]
    [InlineData("۱ هزار میلیارد تومان", 10_000_000_000_000L)]
    [InlineData("1 هزار\u200Cمیلیارد تومان", 10_000_000_000_000L)]
    [InlineData("12000 ریال", 12_000L)]
    [InlineData("12,000 rials", 12_000L)]
    [InlineData("۹٬۴۰۰ IRR", 9_400L)]
    [InlineData("  -1,500   irr ", -1_500L)]
    [InlineData("\u22125 تومان", -50L)]
    [InlineData("1.5 تومان", 15L)]
    public void Parsing_reads_invariant_and_Persian_forms(string text, long expectedRials)
    {
        if (expectedRials == -1L)
        {
            Assert.False(Money.TryParse(text, out _));
            return;
        }

        Assert.Equal(Money.FromRials(expectedRials), Money.Parse(text));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("9400", "no currency unit")]
    [InlineData("IRR", "no number")]
    [InlineData("1.25 تومان", "whole number of rials")]
    [InlineData("1,00,000 IRR", "not a number")]
    [InlineData("abc تومان", "not a number")]
    [InlineData("99999999999999999999 IRR", "too large")]
    [InlineData("9,999,999 هزار میلیارد تومان", "too large")]
    [InlineData("99999999999999999999999999999 IRR", "too large")]
    public void Bad_text_is_rejected_with_a_reason(string text, string reason)
    {
        Assert.False(Money.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    [InlineData("")]
    public void Text_forms_do_not_depend_on_the_current_culture(string culture)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Money m = Money.FromRials(12_345_670);
            Assert.Equal("12,345,670 IRR", m.ToString());
            Assert.Equal("۱٫۲۳ میلیون تومان", m.ToPersianString());
            Assert.Equal(m, Money.Parse("12,345,670 IRR"));
            Assert.Equal(Money.FromRials(15_000_000), Money.Parse("1.5 میلیون تومان"));
            Assert.Equal(Money.FromToman(1.5m), Money.Parse("1.5 TOMAN"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Invariant_form_round_trips_for_every_amount()
    {
        Gen.Long[-long.MaxValue, long.MaxValue].Sample(rials =>
        {
            Money m = Money.FromRials(rials);
            return Money.Parse(m.ToString()) == m;
        });
    }

    [Fact]
    public void Persian_display_parses_back_within_half_a_unit_of_its_last_decimal()
    {
        Gen.Long[0, 1_000_000_000_000_000_000].Sample(rials =>
        {
            Money m = Money.FromRials(rials);
            Money back = Money.Parse(m.ToPersianString());
            // The display keeps two decimals of its scale; the scale is at most the amount itself,
            // so the relative error is at most 0.005 / 1 = 0.5%.
            decimal error = Math.Abs((decimal)(back.Rials - rials));
            return error <= Math.Max(5m, rials * 0.005m);
        });
    }

    [Theory]
    [InlineData(10L, 1L, 3L, MidpointRounding.AwayFromZero, 3L)]
    [InlineData(20L, 1L, 3L, MidpointRounding.AwayFromZero, 7L)]
    [InlineData(5L, 1L, 2L, MidpointRounding.AwayFromZero, 3L)]
    [InlineData(5L, 1L, 2L, MidpointRounding.ToEven, 2L)]
    [InlineData(7L, 1L, 2L, MidpointRounding.ToEven, 4L)]
    [InlineData(-5L, 1L, 2L, MidpointRounding.AwayFromZero, -3L)]
    [InlineData(20L, 1L, 3L, MidpointRounding.ToZero, 6L)]
    [InlineData(10L, 1L, 3L, MidpointRounding.ToPositiveInfinity, 4L)]
    [InlineData(-10L, 1L, 3L, MidpointRounding.ToNegativeInfinity, -4L)]
    [InlineData(-10L, 1L, 3L, MidpointRounding.ToPositiveInfinity, -3L)]
    public void Multiplying_by_a_fraction_is_exact_and_rounds_once(long rials, long numerator, long denominator, MidpointRounding rounding, long expected)
    {
        Assert.Equal(Money.FromRials(expected), Money.FromRials(rials).MultiplyBy(new Proportion(numerator, denominator), rounding));
    }

    [Fact]
    public void Multiplying_a_huge_amount_by_a_fraction_does_not_lose_digits()
    {
        // MaxValue × 2/3 needs 128 bits in between; decimal or double would round.
        Money m = Money.MaxValue.MultiplyBy(new Proportion(2, 3), MidpointRounding.ToZero);
        Assert.Equal(6_148_914_691_236_517_204L, m.Rials);
        Assert.Equal(Money.MaxValue, Money.MaxValue.MultiplyBy(new Proportion(1, 1)));
        Assert.Throws<ArgumentException>(() => Money.FromRials(1).MultiplyBy(new Proportion(1, 2), (MidpointRounding)42));
    }

    [Fact]
    public void Splitting_by_shares_of_capital_with_truncation_never_exceeds_the_whole()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000_000], Gen.Long[1, 1000].Array[1, 20]).Sample((rials, shares) =>
        {
            long total = shares.Sum();
            Money whole = Money.FromRials(rials);
            Money split = Money.Sum(shares.Select(s => whole.MultiplyBy(new Proportion(s, total), MidpointRounding.ToZero)));
            return split <= whole && (whole - split).Rials < shares.Length;
        });
    }
}
