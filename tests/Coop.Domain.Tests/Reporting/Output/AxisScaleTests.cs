using Coop.Domain.Reporting.Output;
using CsCheck;

namespace Coop.Domain.Tests.Reporting.Output;

public class AxisScaleTests
{
    [Theory]
    [InlineData("0", "22", "0", "25", "5", 0)]
    [InlineData("0", "1234.5", "0", "1400", "200", 0)]
    [InlineData("-3", "7", "-4", "8", "2", 0)]
    [InlineData("0", "0.37", "0", "0.4", "0.1", 1)]
    [InlineData("0", "0.0000012", "0", "0.0000012", "0.0000002", 7)]
    [InlineData("0", "800000000000", "0", "800000000000", "200000000000", 0)]
    [InlineData("0", "0.3", "0", "0.3", "0.05", 2)]
    [InlineData("5", "9", "0", "10", "2", 0)]
    [InlineData("0", "10", "0", "10", "2", 0)]
    [InlineData("-50", "-10", "-50", "0", "10", 0)]
    public void Ticks_step_by_one_two_or_five_times_a_power_of_ten_and_include_zero(
        string low, string high, string min, string max, string step, int decimals)
    {
        AxisScale scale = AxisScale.Create(D(low), D(high));
        Assert.Equal(D(min), scale.Min);
        Assert.Equal(D(max), scale.Max);
        Assert.Equal(D(step), scale.Step);
        Assert.Equal(decimals, scale.Decimals);
    }

    [Fact]
    public void Fewer_target_steps_give_a_coarser_step()
    {
        Assert.Equal(5m, AxisScale.Create(-12.5m, 22m).Step);
        Assert.Equal(10m, AxisScale.Create(-12.5m, 22m, 3).Step);
    }

    [Fact]
    public void For_any_data_the_axis_covers_it_with_a_handful_of_nice_ticks()
    {
        Gen.Select(Gen.Decimal[-1_000_000_000m, 1_000_000_000m], Gen.Decimal[-1_000_000_000m, 1_000_000_000m])
            .Sample((a, b) =>
            {
                decimal low = Math.Min(a, b);
                decimal high = Math.Max(a, b);
                AxisScale scale = AxisScale.Create(low, high);
                Assert.True(scale.Min <= Math.Min(0, low) && scale.Max >= Math.Max(0, high));
                int ticks = scale.Ticks().Count();
                Assert.InRange(ticks, 3, 12);
                Assert.Contains(0m, scale.Ticks());
                decimal mantissa = scale.Step;
                while (mantissa >= 10m)
                {
                    mantissa /= 10m;
                }

                while (mantissa < 1m)
                {
                    mantissa *= 10m;
                }

                Assert.True(mantissa is 1m or 2m or 5m, $"step {scale.Step}");
            }, iter: 500);
    }

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
