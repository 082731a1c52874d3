namespace Coop.Domain.Reporting.Output;

/// <summary>
/// A value axis with "nice" ticks: steps of 1, 2 or 5 times a power of ten, covering the data and zero.
/// Computed in <see cref="decimal"/> so tick labels are exact (0.1 + 0.2 is 0.3).
/// </summary>
internal readonly record struct AxisScale(decimal Min, decimal Max, decimal Step, int Decimals)
{
    private const int MinExponent = -26;

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/> inclusive.</summary>
    public IEnumerable<decimal> Ticks()
    {
        for (decimal tick = Min; tick <= Max; tick += Step)
        {
            yield return tick;
        }
    }

    /// <summary>
    /// A scale from the smaller of 0 and <paramref name="low"/> to the larger of 0 and <paramref name="high"/>,
    /// with about <paramref name="targetSteps"/> steps (the result has roughly 0.7 to 1.5 times as many).
    /// </summary>
    public static AxisScale Create(decimal low, decimal high, int targetSteps = 5)
    {
        decimal min = Math.Min(0m, low);
        decimal max = Math.Max(0m, high);
        if (min == max)
        {
            max = 1m;
        }

        decimal raw = (max - min) / targetSteps;
        int exponent = Math.Max(MinExponent, (int)Math.Floor(Math.Log10((double)raw)));
        decimal power = Pow10(exponent);
        decimal fraction = raw / power;

        // Log10 of a double can land one off near a power of ten; the fraction then leaves [1, 10).
        if (fraction >= 10m)
        {
            exponent++;
            power *= 10m;
            fraction /= 10m;
        }

        // Round the step to the nearest nice one (rather than up) so a chart gets about 4–9 ticks.
        decimal nice = fraction < 1.5m ? 1m : fraction < 3m ? 2m : fraction < 7m ? 5m : 10m;
        decimal step = nice * power;
        int decimals = nice == 10m ? Math.Max(0, -(exponent + 1)) : Math.Max(0, -exponent);
        decimal first = Math.Floor(min / step) * step;
        decimal last = Math.Ceiling(max / step) * step;

        // A quotient beyond decimal's 28 places rounds to zero: never let that cut off the data.
        if (first > min)
        {
            first -= step;
        }

        if (last < max)
        {
            last += step;
        }

        return new AxisScale(first, last, step, decimals);
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        for (int i = 0; i > exponent; i--)
        {
            result /= 10m;
        }

        return result;
    }
}
