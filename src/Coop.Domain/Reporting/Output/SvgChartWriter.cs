using System.Globalization;
using System.Text;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes a <see cref="ChartModel"/> as a self-contained SVG picture: no scripts, no external fonts, files
/// or styles, readable by any browser. Persian labels are set right to left (<c>direction="rtl"</c>,
/// <c>xml:lang="fa"</c>); numbers use Persian digits unless the options say otherwise.
/// </summary>
/// <remarks>
/// The output is deterministic: the same model and options give byte-identical text whatever the current
/// culture (numbers are formatted invariantly, coordinates with at most two decimals, line ends are
/// <c>\n</c>). Every bar is a <c>rect</c> of class <c>bar</c> and every line point a <c>circle</c> of class
/// <c>point</c>, each with a <c>title</c> tooltip naming series, category and value.
/// </remarks>
public static class SvgChartWriter
{
    private const double Pad = 16;
    private const double TitleSize = 20;
    private const double LabelSize = 12;
    private const double ValueSize = 10;

    /// <summary>The grey of the «سایر» (others) series.</summary>
    internal const string OthersColour = "#999999";

    private static readonly System.Buffers.SearchValues<char> s_special = System.Buffers.SearchValues.Create("<>&\"'\t");

    // Okabe–Ito: eight colours told apart with the common colour-vision deficiencies (Okabe & Ito 2008), blue first,
    // black last; never reused (SvgChartOptions.MaxSeries is at most 8) and never grey, which is kept for «سایر».
    private static readonly string[] s_palette =
    [
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000",
    ];

    /// <summary>The colours of the series in order (the «سایر» series is <see cref="OthersColour"/>).</summary>
    internal static IReadOnlyList<string> Palette => s_palette;

    /// <summary>The SVG text of a chart.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="options">How to draw it; <see cref="SvgChartOptions.Default"/> when null.</param>
    /// <returns>The SVG document, starting with an XML declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range; the message names it.</exception>
    public static string ToSvg(ChartModel model, SvgChartOptions? options = null)
        => OutputText.Capture(writer => Write(model, writer, options));

    /// <summary>Writes a chart as UTF-8 (no byte-order mark) to a stream, leaving the stream open.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to draw it; <see cref="SvgChartOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static void Write(ChartModel model, Stream stream, SvgChartOptions? options = null)
        => OutputText.ToStream(stream, nameof(stream), writer => Write(model, writer, options));

    /// <summary>Writes a chart as UTF-8 (no byte-order mark) to a stream with asynchronous I/O only (no synchronous write or
    /// flush, as ASP.NET Core's response body requires), leaving the stream open. The SVG is composed in memory first.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to draw it; <see cref="SvgChartOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static Task WriteAsync(ChartModel model, Stream stream, SvgChartOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return OutputText.ToStreamAsync(stream, nameof(stream), writer => Write(model, writer, options), cancellationToken);
    }

    /// <summary>
    /// Writes a chart to a text writer; the writer is not closed. The XML declaration names UTF-8, so a
    /// writer to a file should encode UTF-8 (or use the <see cref="Stream"/> overload).
    /// </summary>
    /// <param name="model">The chart.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to draw it; <see cref="SvgChartOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static void Write(ChartModel model, TextWriter writer, SvgChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= SvgChartOptions.Default;
        options.Validate();
        new Drawing(model, options, writer, inline: false).Draw();
    }

    /// <summary>
    /// Writes the chart as an <c>svg</c> element for an HTML page: no XML declaration, no namespace attribute (HTML gives it)
    /// and no drawn title or subtitle (the page's heading shows them; the <c>title</c> element stays for screen readers).
    /// </summary>
    internal static void WriteInline(ChartModel model, TextWriter writer, SvgChartOptions? options)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= SvgChartOptions.Default;
        options.Validate();
        new Drawing(model, options, writer, inline: true).Draw();
    }

    /// <summary>The chart kind drawn for a chart of <paramref name="categories"/> × <paramref name="series"/>: <see cref="ChartKind.Auto"/> resolved, else <paramref name="kind"/>.</summary>
    internal static ChartKind ResolveKind(ChartKind kind, int categories, int series) =>
        kind != ChartKind.Auto ? kind : categories * series <= 40 ? ChartKind.GroupedBar : ChartKind.StackedBar;

    /// <summary>The series drawn for <paramref name="model"/> under <paramref name="options"/>, and whether the last one is «سایر».</summary>
    internal static (ChartModel Model, bool HasOthers) Fold(ChartModel model, SvgChartOptions options)
    {
        int limit = options.MaxSeries;
        bool fitsWithOneMore = model.Series.Count == limit + 1 && limit + 1 <= s_palette.Length;
        return model.Series.Count <= limit || fitsWithOneMore
            ? (model, false)
            : (model.WithTopSeries(limit, options.OthersLabel), true);
    }

    /// <summary>Which edge of a text its anchor point is on, on the page (not in reading order).</summary>
    private enum Edge
    {
        Left,
        Middle,
        Right,
    }

    private sealed class Drawing
    {
        private readonly ChartModel _model;
        private readonly SvgChartOptions _options;
        private readonly TextWriter _out;
        private readonly bool _rtl;
        private readonly AxisScale _scale;
        private readonly int _valueDecimals;
        private readonly bool _inline;
        private readonly bool _hasOthers;
        private readonly ChartKind _kind;
        private readonly decimal _divisor;
        private readonly int _tickDecimals;
        private readonly string _axisLabel;
        private double _plotLeft;
        private double _plotRight;
        private double _plotTop;
        private double _plotBottom;

        public Drawing(ChartModel model, SvgChartOptions options, TextWriter output, bool inline)
        {
            (_model, _hasOthers) = Fold(model, options);
            model = _model;
            _options = options;
            _out = output;
            _rtl = options.RightToLeft;
            _inline = inline;
            _kind = ResolveKind(options.Kind, model.Categories.Count, model.Series.Count);

            decimal low = decimal.MaxValue;
            decimal high = decimal.MinValue;
            int scale = 0;
            foreach (ChartSeries series in model.Series)
            {
                foreach (decimal value in series.Values)
                {
                    low = Math.Min(low, value);
                    high = Math.Max(high, value);
                    scale = Math.Max(scale, OutputText.SignificantScale(value));
                }
            }

            if (_kind == ChartKind.StackedBar)
            {
                // A stack reaches the sum of its positive values up and of its negative values down.
                low = 0m;
                high = 0m;
                for (int c = 0; c < model.Categories.Count; c++)
                {
                    low = Math.Min(low, model.Series.Sum(s => Math.Min(0m, s.Values[c])));
                    high = Math.Max(high, model.Series.Sum(s => Math.Max(0m, s.Values[c])));
                }
            }

            // About one tick per 60 px of picture height beyond the title, labels and legend, 3 to 5 steps.
            _scale = AxisScale.Create(low, high, Math.Clamp((options.Height - 200) / 60, 3, 5));
            _valueDecimals = options.ValueDecimals ?? Math.Min(2, scale);
            _divisor = 1m;
            _tickDecimals = _scale.Decimals;
            _axisLabel = model.ValueAxisLabel;
            if (options.ScaleAxis)
            {
                bool persianWord = ChartText.HasArabicScript(model.ValueAxisLabel) || (model.ValueAxisLabel.Length == 0 && options.PersianDigits);
                (decimal divisor, string word) = ChartText.Magnitude(Math.Max(Math.Abs(_scale.Min), Math.Abs(_scale.Max)), persianWord);
                if (divisor > 1m)
                {
                    _divisor = divisor;
                    _tickDecimals = _scale.Ticks().Max(t => OutputText.SignificantScale(t / divisor));
                    _axisLabel = model.ValueAxisLabel.Length == 0 ? word : word + " " + model.ValueAxisLabel;
                    // One decimal where the scaled values are small (۱۲٫۳ میلیارد), none from 100 up (۱٬۳۷۰ میلیارد).
                    decimal largest = model.Series.SelectMany(s => s.Values).Max(Math.Abs) / divisor;
                    _valueDecimals = options.ValueDecimals ?? (largest >= 100m ? 0 : model.Series
                        .SelectMany(s => s.Values)
                        .Max(v => OutputText.SignificantScale(Math.Round(v / divisor, 1, MidpointRounding.AwayFromZero))));
                }
            }
        }

        private int CategoryCount => _model.Categories.Count;

        private int SeriesCount => _model.Series.Count;

        private double GroupWidth => (_plotRight - _plotLeft) / CategoryCount;

        public void Draw()
        {
            double width = _options.Width;
            double height = _options.Height;

            if (!_inline)
            {
                Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            }

            string ns = _inline ? string.Empty : "xmlns=\"http://www.w3.org/2000/svg\" ";
            Raw($"<svg {ns}version=\"1.1\" xml:lang=\"fa\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" font-family=\"{Escape(_options.FontFamily)}\" role=\"img\">\n");
            Raw($"<title>{Escape(_model.Title)}</title>\n");
            if (_model.Subtitle.Length > 0)
            {
                Raw($"<desc>{Escape(_model.Subtitle)}</desc>\n");
            }

            Raw($"<rect class=\"background\" x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#FFFFFF\"/>\n");

            // Title block; a title too wide for the picture gets a smaller font. On an HTML page the page's heading says it.
            double top = Pad;
            if (!_inline)
            {
                Text(width / 2, Pad + TitleSize, _model.Title, Edge.Middle, rtlText: true, "title", FitSize(_model.Title, TitleSize, width), "font-weight=\"bold\" fill=\"#222222\"");
                top = Pad + TitleSize + 10;
            }

            if (_model.Subtitle.Length > 0 && !_inline)
            {
                Text(width / 2, top + 14, _model.Subtitle, Edge.Middle, rtlText: true, "subtitle", FitSize(_model.Subtitle, 13, width), "fill=\"#555555\"");
                top += 22;
            }

            if (_axisLabel.Length > 0)
            {
                top += 22;
            }

            _plotTop = top + 12;

            // Bottom: legend rows, then category labels.
            List<List<int>> legendRows = LegendRows(width - (2 * Pad));
            double legendHeight = legendRows.Count * 20;
            double widestTick = _scale.Ticks().Max(t => EstimateWidth(Scaled(t, _tickDecimals), LabelSize));
            double axisBand = widestTick + 12;
            _plotLeft = _rtl ? Pad : Pad + axisBand;
            _plotRight = _rtl ? width - Pad - axisBand : width - Pad;

            double widestCategory = _model.Categories.Max(c => EstimateWidth(c, LabelSize));
            bool rotate = widestCategory > GroupWidth - 6;
            if (rotate)
            {
                // A label turned by 40° reaches cos 40° ≈ 0.77 of its width left of its tick: make room for
                // the leftmost one (the tick sits half a group in from the plot's left edge).
                double reach = (widestCategory * 0.77) - (GroupWidth / 2);
                if (_plotLeft < Pad + reach)
                {
                    _plotLeft = Math.Max(_plotLeft, Math.Min(Pad + reach, _plotRight - (CategoryCount * 4)));
                }
            }

            double categoryBand = rotate ? (widestCategory * 0.72) + 18 : 24;
            double legendTop = height - Pad - legendHeight;
            double maxBand = legendTop - 8 - _plotTop - 60;
            categoryBand = Math.Max(24, Math.Min(categoryBand, maxBand));

            // A legend too tall for the picture overlaps the plot rather than turning it inside out.
            _plotBottom = Math.Max(_plotTop + 40, legendTop - 8 - categoryBand);

            if (_axisLabel.Length > 0)
            {
                double x = _rtl ? width - Pad : Pad;
                Text(x, _plotTop - 14, _axisLabel, _rtl ? Edge.Right : Edge.Left, rtlText: true, "axis-label", LabelSize, "fill=\"#444444\"");
            }

            DrawGrid();
            switch (_kind)
            {
                case ChartKind.GroupedBar: DrawBars(); break;
                case ChartKind.StackedBar: DrawStacks(); break;
                default: DrawLines(); break;
            }

            DrawCategories(rotate);
            DrawLegend(legendRows, legendTop, width);
            Raw("</svg>\n");
        }

        private void DrawGrid()
        {
            Raw("<g class=\"grid\">\n");
            foreach (decimal tick in _scale.Ticks())
            {
                double y = Y(tick);
                string stroke = tick == 0m ? "#888888" : "#E3E3E3";
                Raw($"<line x1=\"{N(_plotLeft)}\" y1=\"{N(y)}\" x2=\"{N(_plotRight)}\" y2=\"{N(y)}\" stroke=\"{stroke}\" stroke-width=\"1\"/>\n");
                double x = _rtl ? _plotRight + 6 : _plotLeft - 6;
                Text(x, y + 4, Scaled(tick, _tickDecimals), _rtl ? Edge.Left : Edge.Right, rtlText: false, "tick", LabelSize, "fill=\"#444444\"");
            }

            Raw("</g>\n");
        }

        private void DrawBars()
        {
            double group = GroupWidth;
            double barSlot = group * 0.8 / SeriesCount;
            double barWidth = barSlot * 0.9;
            double zero = Y(0m);
            Raw("<g class=\"bars\">\n");
            for (int c = 0; c < CategoryCount; c++)
            {
                double groupLeft = GroupLeft(c);
                for (int s = 0; s < SeriesCount; s++)
                {
                    decimal value = _model.Series[s].Values[c];
                    int slot = _rtl ? SeriesCount - 1 - s : s;
                    double x = groupLeft + (group * 0.1) + (slot * barSlot) + (barSlot * 0.05);
                    double y = Y(value);
                    string label = Scaled(value, _valueDecimals);
                    Raw($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(Math.Min(y, zero))}\" width=\"{N(barWidth)}\" height=\"{N(Math.Abs(zero - y))}\" fill=\"{Colour(s)}\">");
                    Raw($"<title>{Escape(Tooltip(s, c, value))}</title></rect>\n");
                    if (_options.ShowValues && value != 0m && EstimateWidth(label, ValueSize) + 2 <= barSlot)
                    {
                        double labelY = value >= 0 ? y - 4 : y + ValueSize + 2;
                        Text(x + (barWidth / 2), labelY, label, Edge.Middle, rtlText: false, "value", ValueSize, "fill=\"#333333\"");
                    }
                }
            }

            Raw("</g>\n");
        }

        private void DrawLines()
        {
            Raw("<g class=\"lines\">\n");
            for (int s = 0; s < SeriesCount; s++)
            {
                var points = new StringBuilder();
                for (int c = 0; c < CategoryCount; c++)
                {
                    if (c > 0)
                    {
                        points.Append(' ');
                    }

                    points.Append(N(GroupCentre(c))).Append(',').Append(N(Y(_model.Series[s].Values[c])));
                }

                Raw($"<polyline class=\"series-line\" fill=\"none\" stroke=\"{Colour(s)}\" stroke-width=\"2.5\" points=\"{points}\"/>\n");
                for (int c = 0; c < CategoryCount; c++)
                {
                    decimal value = _model.Series[s].Values[c];
                    string label = Scaled(value, _valueDecimals);
                    double x = GroupCentre(c);
                    double y = Y(value);
                    Raw($"<circle class=\"point\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"3.5\" fill=\"{Colour(s)}\">");
                    Raw($"<title>{Escape(Tooltip(s, c, value))}</title></circle>\n");
                    if (_options.ShowValues && SeriesCount == 1 && value != 0m && EstimateWidth(label, ValueSize) + 4 <= GroupWidth)
                    {
                        Text(x, y - 8, label, Edge.Middle, rtlText: false, "value", ValueSize, "fill=\"#333333\"");
                    }
                }
            }

            Raw("</g>\n");
        }

        private void DrawStacks()
        {
            double group = GroupWidth;
            double barWidth = group * 0.7;

            // Totals over the stacks only when every one fits: some stacks labelled and others not reads as missing data.
            bool totals = _options.ShowValues && Enumerable.Range(0, CategoryCount)
                .All(c => EstimateWidth(Scaled(_model.Series.Sum(s => s.Values[c]), _valueDecimals), ValueSize) + 2 <= group);
            Raw("<g class=\"bars stacked\">\n");
            for (int c = 0; c < CategoryCount; c++)
            {
                double x = GroupLeft(c) + (group * 0.15);
                decimal up = 0m;
                decimal down = 0m;
                for (int s = 0; s < SeriesCount; s++)
                {
                    decimal value = _model.Series[s].Values[c];
                    decimal from = value >= 0 ? up : down;
                    decimal to = from + value;
                    if (value >= 0)
                    {
                        up = to;
                    }
                    else
                    {
                        down = to;
                    }

                    double y1 = Y(from);
                    double y2 = Y(to);
                    Raw($"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(Math.Min(y1, y2))}\" width=\"{N(barWidth)}\" height=\"{N(Math.Abs(y1 - y2))}\" fill=\"{Colour(s)}\" stroke=\"#FFFFFF\" stroke-width=\"0.5\">");
                    Raw($"<title>{Escape(Tooltip(s, c, value))}</title></rect>\n");
                }

                string total = Scaled(up + down, _valueDecimals);
                if (totals && up + down != 0m)
                {
                    Text(x + (barWidth / 2), Y(up) - 4, total, Edge.Middle, rtlText: false, "value total", ValueSize, "fill=\"#333333\"");
                }
            }

            Raw("</g>\n");
        }

        private void DrawCategories(bool rotate)
        {
            // Turned labels need about a line's height each; show every k-th when the groups are narrower than that.
            int every = rotate ? Math.Max(1, (int)Math.Ceiling((LabelSize + 2) / GroupWidth)) : 1;
            Raw("<g class=\"categories\">\n");
            for (int c = 0; c < CategoryCount; c++)
            {
                double x = GroupCentre(c);
                Raw($"<line x1=\"{N(x)}\" y1=\"{N(_plotBottom)}\" x2=\"{N(x)}\" y2=\"{N(_plotBottom + 4)}\" stroke=\"#888888\"/>\n");
                if (c % every != 0)
                {
                    continue;
                }

                if (rotate)
                {
                    double y = _plotBottom + 14;
                    Text(x, y, _model.Categories[c], Edge.Right, rtlText: true, "category", LabelSize, $"fill=\"#222222\" transform=\"rotate(-40 {N(x)} {N(y)})\"");
                }
                else
                {
                    Text(x, _plotBottom + 18, _model.Categories[c], Edge.Middle, rtlText: true, "category", LabelSize, "fill=\"#222222\"");
                }
            }

            Raw("</g>\n");
        }

        private List<List<int>> LegendRows(double available)
        {
            var rows = new List<List<int>> { new() };
            double used = 0;
            for (int s = 0; s < SeriesCount; s++)
            {
                double item = LegendItemWidth(s);
                if (rows[^1].Count > 0 && used + item > available)
                {
                    rows.Add([]);
                    used = 0;
                }

                rows[^1].Add(s);
                used += item;
            }

            return rows;
        }

        private double LegendItemWidth(int series) => 12 + 6 + EstimateWidth(_model.Series[series].Name, LabelSize) + 18;

        private void DrawLegend(List<List<int>> rows, double top, double width)
        {
            Raw("<g class=\"legend\">\n");
            for (int r = 0; r < rows.Count; r++)
            {
                double y = top + (r * 20);
                double cursor = _rtl ? width - Pad : Pad;
                foreach (int s in rows[r])
                {
                    double item = LegendItemWidth(s);
                    double swatchX = _rtl ? cursor - 12 : cursor;
                    double textX = _rtl ? cursor - 18 : cursor + 18;
                    Raw("<g class=\"legend-item\">");
                    Raw($"<rect x=\"{N(swatchX)}\" y=\"{N(y + 3)}\" width=\"12\" height=\"12\" fill=\"{Colour(s)}\"/>");
                    Text(textX, y + 13, _model.Series[s].Name, _rtl ? Edge.Right : Edge.Left, rtlText: true, "legend-label", LabelSize, "fill=\"#222222\"", newLine: false);
                    Raw("</g>\n");
                    cursor += _rtl ? -item : item;
                }
            }

            Raw("</g>\n");
        }

        private string Tooltip(int series, int category, decimal value) =>
            $"{_model.Series[series].Name} — {_model.Categories[category]}: {(_divisor == 1m ? Number(value, _valueDecimals) : Number(value, Math.Min(6, OutputText.SignificantScale(value))))}";

        private double GroupLeft(int category)
        {
            int position = _rtl ? CategoryCount - 1 - category : category;
            return _plotLeft + (position * GroupWidth);
        }

        private double GroupCentre(int category) => GroupLeft(category) + (GroupWidth / 2);

        private double Y(decimal value)
        {
            double fraction = (double)((value - _scale.Min) / (_scale.Max - _scale.Min));
            return _plotBottom - (fraction * (_plotBottom - _plotTop));
        }

        private string Number(decimal value, int decimals) => OutputText.FormatGrouped(value, decimals, _options.PersianDigits);

        private string Scaled(decimal value, int decimals) => Number(value / _divisor, decimals);

        private string Colour(int series) => _hasOthers && series == SeriesCount - 1 ? OthersColour : s_palette[series];

        private void Text(double x, double y, string text, Edge edge, bool rtlText, string cssClass, double size, string extra, bool newLine = true)
        {
            // Text of Latin letters only (an English label) is set left to right; any other is set right to left, its Latin runs isolated.
            rtlText = rtlText && (ChartText.HasArabicScript(text) || !text.Any(char.IsAsciiLetter));
            // text-anchor names an edge in reading order: "start" is the right edge of right-to-left text.
            string anchor = edge switch
            {
                Edge.Middle => "middle",
                Edge.Right => rtlText ? "start" : "end",
                _ => rtlText ? "end" : "start",
            };
            string direction = rtlText ? "rtl" : "ltr";
            if (rtlText)
            {
                text = ChartText.IsolateLatin(text);
            }

            Raw($"<text class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchor}\" direction=\"{direction}\" unicode-bidi=\"embed\" {extra}>{Escape(text)}</text>");
            if (newLine)
            {
                Raw("\n");
            }
        }

        private void Raw(string text) => _out.Write(text);

        // The largest size up to `size`, in half pixels and at least 8, at which the text's estimated width fits.
        private static double FitSize(string text, double size, double width)
        {
            double fit = (width - (2 * Pad)) / Math.Max(1, DisplayWidth.Of(text) * 0.6);
            return Math.Max(8, Math.Min(size, Math.Floor(fit * 2) / 2));
        }

        // A rough advance width: 0.6 em per column. Only used to decide rotation, label fit and legend wrap.
        private static double EstimateWidth(string text, double size) => DisplayWidth.Of(text) * size * 0.6;

        private static string N(double value)
        {
            double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
            return (rounded == 0 ? 0 : rounded).ToString("0.##", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Escapes the five XML special characters, and tab so attribute values keep it.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(s_special) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            string? entity = c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\t' => "&#9;",
                _ => null,
            };
            if (entity is null)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(entity);
            }
        }

        return builder.ToString();
    }
}
