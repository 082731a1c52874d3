namespace Coop.Domain.Reporting.Output;

/// <summary>
/// What a chart shows: a measure per category (usually a period such as <c>بهار ۱۴۰۴</c>), one series per
/// group (e.g. per county). The model holds labels and numbers only; how it is drawn is up to the writer
/// (<see cref="SvgChartWriter"/>) and its options.
/// </summary>
public sealed class ChartModel
{
    /// <summary>Creates a chart model.</summary>
    /// <param name="title">The title, e.g. <c>تسهیلات پرداخت‌شده به تفکیک فصل</c>.</param>
    /// <param name="categories">The category labels in order, e.g. <c>بهار ۱۴۰۴</c>, <c>تابستان ۱۴۰۴</c>; at least one.</param>
    /// <param name="series">The series; at least one, each with exactly one value per category.</param>
    /// <param name="valueAxisLabel">The unit of the values, e.g. <c>میلیارد تومان</c>; empty for none.</param>
    /// <param name="subtitle">A second line under the title, e.g. the source and date; empty for none.</param>
    /// <exception cref="ArgumentNullException">An argument or a category label or series is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no categories or no series, a series has the wrong number of values, or a label holds a
    /// control character; the message names the offending category or series.
    /// </exception>
    public ChartModel(
        string title,
        IEnumerable<string> categories,
        IEnumerable<ChartSeries> series,
        string valueAxisLabel = "",
        string subtitle = "")
    {
        Title = OutputText.Check(title, nameof(title), "chart title");
        ValueAxisLabel = OutputText.Check(valueAxisLabel, nameof(valueAxisLabel), "value-axis label");
        Subtitle = OutputText.Check(subtitle, nameof(subtitle), "chart subtitle");
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);

        string[] labels = [.. categories];
        if (labels.Length == 0)
        {
            throw new ArgumentException("A chart needs at least one category.", nameof(categories));
        }

        for (int i = 0; i < labels.Length; i++)
        {
            OutputText.Check(labels[i], nameof(categories), $"category label {i}");
        }

        ChartSeries[] all = [.. series];
        if (all.Length == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(series), $"Series {i} is null.");
            }

            if (all[i].Values.Count != labels.Length)
            {
                throw new ArgumentException(
                    $"Series {i} ('{all[i].Name}') has {all[i].Values.Count} values but the chart has {labels.Length} categories.",
                    nameof(series));
            }
        }

        Categories = labels;
        Series = all;
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The subtitle; empty when there is none.</summary>
    public string Subtitle { get; }

    /// <summary>The unit of the values; empty when there is none.</summary>
    public string ValueAxisLabel { get; }

    /// <summary>The category labels in order (at least one).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The series (at least one), each with one value per category.</summary>
    public IReadOnlyList<ChartSeries> Series { get; }

    /// <summary>
    /// This chart with at most <paramref name="count"/> series of their own: the series with the largest totals (sum of
    /// magnitudes over the categories; ties keep the original order), in descending order of those totals, and one more series
    /// named <paramref name="othersLabel"/> whose value in each category is the sum of the other series' values there. Every
    /// category's sum over the series is unchanged. A chart with at most <paramref name="count"/> series is returned with its
    /// series ordered by total but otherwise as is.
    /// </summary>
    /// <param name="count">The most series kept on their own, at least 1.</param>
    /// <param name="othersLabel">The name of the summed series, e.g. «سایر».</param>
    /// <returns>The folded chart; title, subtitle, unit and categories are kept.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="othersLabel"/> holds a control character.</exception>
    public ChartModel WithTopSeries(int count, string othersLabel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        OutputText.Check(othersLabel, nameof(othersLabel), "others label");
        ChartSeries[] ranked = [.. Series
            .Select((series, index) => (series, index, total: series.Values.Sum(Math.Abs)))
            .OrderByDescending(x => x.total)
            .ThenBy(x => x.index)
            .Select(x => x.series)];
        if (ranked.Length <= count)
        {
            return new ChartModel(Title, Categories, ranked, ValueAxisLabel, Subtitle);
        }

        var others = new decimal[Categories.Count];
        foreach (ChartSeries series in ranked.Skip(count))
        {
            for (int c = 0; c < others.Length; c++)
            {
                others[c] += series.Values[c];
            }
        }

        return new ChartModel(Title, Categories, [.. ranked.Take(count), new ChartSeries(othersLabel, others)], ValueAxisLabel, Subtitle);
    }
}
