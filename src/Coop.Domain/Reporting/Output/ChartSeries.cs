namespace Coop.Domain.Reporting.Output;

/// <summary>One series of a chart: a name (e.g. a county) and one value per category (e.g. per season).</summary>
public sealed class ChartSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="name">The name shown in the legend, e.g. <c>شهرستان رشت</c>; any text without control characters.</param>
    /// <param name="values">
    /// One value per category of the chart, in the same order as <see cref="ChartModel.Categories"/>; each
    /// within ±10^20 (a chart of larger figures should change its unit, e.g. to billions).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> holds a control character or an unpaired surrogate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is beyond ±10^20; the message names its index.</exception>
    public ChartSeries(string name, IEnumerable<decimal> values)
    {
        Name = OutputText.Check(name, nameof(name), "series name");
        ArgumentNullException.ThrowIfNull(values);
        decimal[] copy = [.. values];
        for (int i = 0; i < copy.Length; i++)
        {
            if (Math.Abs(copy[i]) > MaxMagnitude)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(values),
                    copy[i],
                    $"Value {i} of series '{name}' is beyond ±10^20; express the chart in a larger unit.");
            }
        }

        Values = copy;
    }

    /// <summary>The largest magnitude a value may have, 10^20.</summary>
    public static decimal MaxMagnitude { get; } = 100_000_000_000_000_000_000m;

    /// <summary>The name shown in the legend.</summary>
    public string Name { get; }

    /// <summary>The values, one per category, in category order.</summary>
    public IReadOnlyList<decimal> Values { get; }
}
