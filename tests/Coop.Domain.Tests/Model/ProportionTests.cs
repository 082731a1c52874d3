using Coop.Domain.Model;
using CsCheck;

namespace Coop.Domain.Tests.Model;

public class ProportionTests
{
    [Fact]
    public void Fractions_are_kept_in_lowest_terms()
    {
        var p = new Proportion(50, 1000);
        Assert.Equal(1, p.Numerator);
        Assert.Equal(20, p.Denominator);
        Assert.Equal("1/20", p.ToString());
        Assert.Equal(0.05m, p.ToDecimal());
        Assert.Equal(new Proportion(0, 1), Proportion.Zero);
        Assert.Equal(new Proportion(0, 7), default);
    }

    [Fact]
    public void Comparison_with_a_decimal_limit_is_exact()
    {
        // 1/200 is exactly 0.5%; 1/3 is not 0.3333… at any decimal precision.
        Assert.Equal(0, new Proportion(1, 200).CompareTo(0.005m));
        Assert.True(new Proportion(1, 3).CompareTo(0.3333333333333333333333333333m) > 0);
        Assert.True(new Proportion(1, 3).CompareTo(0.3333333333333333333333333334m) < 0);
        Assert.True(new Proportion(0, 1).CompareTo(-0.1m) > 0);
        Assert.True(new Proportion(1, 3) > new Proportion(1, 4));
        Assert.True(new Proportion(2, 6) == new Proportion(1, 3));
        Assert.True(new Proportion(1, 4) <= new Proportion(1, 3) && new Proportion(1, 4) < new Proportion(1, 3) && new Proportion(1, 3) >= new Proportion(1, 4) && new Proportion(1, 3) != new Proportion(1, 4));
    }

    [Fact]
    public void Bad_parts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Proportion(1, 0));
    }

    [Fact]
    public void Exact_comparison_agrees_with_cross_multiplication()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Long[1, 1_000_000_000_000], Gen.Int[0, 10_000])
            .Sample((n, d, basisPoints) =>
            {
                decimal limit = basisPoints / 10_000m;
                int expected = ((decimal)n * 10_000).CompareTo(basisPoints * (decimal)d);
                return Math.Sign(new Proportion(n, d).CompareTo(limit)) == Math.Sign(expected);
            });
    }
}
