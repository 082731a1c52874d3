using System.Text;
using System.Xml.Linq;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

public class SvgChartWriterTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    private static IEnumerable<XElement> WithClass(XDocument doc, string name, string cssClass) =>
        doc.Descendants(s_svg + name).Where(e => (string?)e.Attribute("class") == cssClass);

    [Fact]
    public void The_output_is_well_formed_svg_marked_Persian()
    {
        XDocument doc = Parse(SvgChartWriter.ToSvg(Samples.Credits()));
        XElement root = doc.Root!;
        Assert.Equal(s_svg + "svg", root.Name);
        Assert.Equal("fa", (string?)root.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("0 0 960 540", (string?)root.Attribute("viewBox"));
        Assert.EndsWith("sans-serif", (string?)root.Attribute("font-family"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_picture_is_self_contained()
    {
        string svg = SvgChartWriter.ToSvg(Samples.Credits());
        XDocument doc = Parse(svg);
        Assert.Empty(doc.Descendants(s_svg + "script"));
        Assert.Empty(doc.Descendants(s_svg + "image"));
        Assert.Empty(doc.Descendants(s_svg + "style"));
        Assert.DoesNotContain("href", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grouped_bar_chart_has_one_bar_per_category_and_series()
    {
        XDocument doc = Parse(SvgChartWriter.ToSvg(Samples.Credits()));
        Assert.Equal(4 * 3, WithClass(doc, "rect", "bar").Count());
        Assert.Empty(WithClass(doc, "circle", "point"));
    }

    [Fact]
    public void A_line_chart_has_one_line_per_series_and_a_point_per_value()
    {
        XDocument doc = Parse(SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { Kind = ChartKind.Line }));
        Assert.Equal(3, WithClass(doc, "polyline", "series-line").Count());
        Assert.Equal(12, WithClass(doc, "circle", "point").Count());
        Assert.Empty(WithClass(doc, "rect", "bar"));
    }

    [Fact]
    public void Value_labels_appear_on_wide_bars_and_on_single_lines_and_can_be_turned_off()
    {
        var one = new ChartModel("t", ["a", "b", "c"], [new ChartSeries("s", [1m, 2m, 3m])]);
        var line = new SvgChartOptions { Kind = ChartKind.Line, PersianDigits = false };
        Assert.Equal(["1", "2", "3"], WithClass(Parse(SvgChartWriter.ToSvg(one, line)), "text", "value").Select(e => e.Value));
        Assert.Empty(WithClass(Parse(SvgChartWriter.ToSvg(Samples.Credits(), line)), "text", "value"));
        Assert.Equal(3, WithClass(Parse(SvgChartWriter.ToSvg(one)), "text", "value").Count());
        Assert.Empty(WithClass(Parse(SvgChartWriter.ToSvg(one, new SvgChartOptions { ShowValues = false })), "text", "value"));
    }

    [Fact]
    public void Labels_title_legend_and_unit_are_present_and_set_right_to_left()
    {
        ChartModel model = Samples.Credits();
        XDocument doc = Parse(SvgChartWriter.ToSvg(model));
        Assert.Equal(Samples.Seasons, WithClass(doc, "text", "category").Select(e => e.Value));
        Assert.Equal(["رشت", "لاهیجان", "بندر انزلی"], WithClass(doc, "text", "legend-label").Select(e => e.Value));
        Assert.Equal(model.Title, WithClass(doc, "text", "title").Single().Value);
        Assert.Equal("استان گیلان", WithClass(doc, "text", "subtitle").Single().Value);
        Assert.Equal("میلیارد تومان", WithClass(doc, "text", "axis-label").Single().Value);
        Assert.All(WithClass(doc, "text", "category"), e => Assert.Equal("rtl", (string?)e.Attribute("direction")));
        Assert.Equal(model.Title, doc.Root!.Element(s_svg + "title")!.Value);
    }

    [Fact]
    public void Right_to_left_layout_puts_the_first_category_at_the_right()
    {
        XDocument rtl = Parse(SvgChartWriter.ToSvg(Samples.Credits()));
        XDocument ltr = Parse(SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { RightToLeft = false }));
        double[] rtlX = [.. WithClass(rtl, "text", "category").Select(X)];
        double[] ltrX = [.. WithClass(ltr, "text", "category").Select(X)];
        Assert.True(rtlX.SequenceEqual(rtlX.OrderDescending()), "right to left: x decreases with the category");
        Assert.True(ltrX.SequenceEqual(ltrX.Order()), "left to right: x increases with the category");

        static double X(XElement e) => double.Parse((string)e.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Axis_ticks_use_Persian_digits_by_default_and_Latin_on_request()
    {
        XDocument persian = Parse(SvgChartWriter.ToSvg(Samples.Credits()));
        XDocument latin = Parse(SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { PersianDigits = false }));
        string[] persianTicks = [.. WithClass(persian, "text", "tick").Select(e => e.Value)];
        string[] latinTicks = [.. WithClass(latin, "text", "tick").Select(e => e.Value)];

        // 1234.5 is the largest value: ticks 0, 200, …, 1400 (step 200).
        Assert.Equal(["0", "200", "400", "600", "800", "1,000", "1,200", "1,400"], latinTicks);
        Assert.Equal(["۰", "۲۰۰", "۴۰۰", "۶۰۰", "۸۰۰", "۱٬۰۰۰", "۱٬۲۰۰", "۱٬۴۰۰"], persianTicks);
        Assert.All(WithClass(persian, "text", "tick"), e => Assert.Equal("ltr", (string?)e.Attribute("direction")));
    }

    [Fact]
    public void Bar_tooltips_name_series_category_and_value()
    {
        XDocument doc = Parse(SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { PersianDigits = false }));
        string[] titles = [.. WithClass(doc, "rect", "bar").Select(e => e.Element(s_svg + "title")!.Value)];
        Assert.Contains("رشت — زمستان ۱۴۰۴: 1,234.50", titles);
        Assert.Contains("لاهیجان — بهار ۱۴۰۴: 4.00", titles);
    }

    [Fact]
    public void Value_decimals_can_be_fixed()
    {
        XDocument doc = Parse(SvgChartWriter.ToSvg(Samples.Credits(), new SvgChartOptions { PersianDigits = false, ValueDecimals = 0 }));
        string[] titles = [.. WithClass(doc, "rect", "bar").Select(e => e.Element(s_svg + "title")!.Value)];
        Assert.Contains("رشت — بهار ۱۴۰۴: 13", titles); // 12.5 rounds half away from zero
    }

    [Fact]
    public void Negative_values_extend_the_axis_below_zero_and_bars_hang_from_the_zero_line()
    {
        var model = new ChartModel("t", ["a", "b"], [new ChartSeries("s", [-3m, 7m])]);
        XDocument doc = Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { PersianDigits = false }));
        Assert.Equal(["-4", "-2", "0", "2", "4", "6", "8"], WithClass(doc, "text", "tick").Select(e => e.Value));
        XElement[] bars = [.. WithClass(doc, "rect", "bar")];
        double Top(XElement e) => double.Parse((string)e.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Top(bars[0]), Top(bars[1]) + double.Parse((string)bars[1].Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture), 1);
    }

    [Fact]
    public void Every_label_is_escaped()
    {
        const string nasty = "<&>\"' \t]]>";
        var model = new ChartModel(nasty, [nasty, "b"], [new ChartSeries(nasty, [1m, 2m])], nasty, nasty);
        string svg = SvgChartWriter.ToSvg(model, new SvgChartOptions { FontFamily = "A&B, 'C', sans-serif" });
        XDocument doc = Parse(svg);
        Assert.Equal(nasty, WithClass(doc, "text", "title").Single().Value);
        Assert.Equal(nasty, WithClass(doc, "text", "category").First().Value);
        Assert.Equal(nasty, WithClass(doc, "text", "legend-label").Single().Value);
        Assert.Equal(nasty, WithClass(doc, "text", "axis-label").Single().Value);
        Assert.Equal(nasty, doc.Root!.Element(s_svg + "desc")!.Value);
        Assert.Equal("A&B, 'C', sans-serif", (string?)doc.Root.Attribute("font-family"));
        Assert.DoesNotContain("]]>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        string first = SvgChartWriter.ToSvg(Samples.Credits());
        string second = SvgChartWriter.ToSvg(Samples.Credits());
        Assert.Equal(first, second);
        using var stream = new MemoryStream();
        SvgChartWriter.Write(Samples.Credits(), stream);
        Assert.Equal(Encoding.UTF8.GetBytes(first), stream.ToArray());
    }

    [Fact]
    public void Writing_to_a_stream_leaves_it_open_and_writes_no_byte_order_mark()
    {
        using var stream = new MemoryStream();
        SvgChartWriter.Write(Samples.Credits(), stream);
        Assert.True(stream.CanWrite);
        Assert.Equal((byte)'<', stream.ToArray()[0]);
    }

    [Fact]
    public void Long_category_labels_are_turned_and_stay_inside_the_picture()
    {
        string[] months = [.. Enumerable.Range(1, 12).Select(m => Coop.Domain.Calendar.SolarHijriMonthNames.Persian(m) + " ۱۴۰۴")];
        var model = new ChartModel(
            "t",
            months,
            Enumerable.Range(0, 8).Select(s => new ChartSeries("شهرستان " + s, months.Select((_, m) => (decimal)(s + m)))));
        XDocument doc = Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { MaxSeries = 8 }));
        XElement[] labels = [.. WithClass(doc, "text", "category")];
        Assert.All(labels, e => Assert.StartsWith("rotate(-40", (string?)e.Attribute("transform"), StringComparison.Ordinal));
        Assert.Equal(96, WithClass(doc, "rect", "bar").Count());
        Assert.Equal(8, WithClass(doc, "g", "legend-item").Count());

        // The leftmost label reaches about 0.77 of its estimated width (0.6 em a letter) left of its tick.
        double leftmost = labels.Min(e => double.Parse((string)e.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture));
        double reach = labels.Max(e => e.Value.Length) * 12 * 0.6 * 0.77;
        Assert.True(leftmost - reach >= 0, $"leftmost label tick at {leftmost} cannot hold {reach} px of label");
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(200, 2)]
    [InlineData(3, 40)]
    public void Extreme_shapes_still_give_positive_sizes_inside_the_picture(int categories, int series)
    {
        var model = new ChartModel(
            "t",
            Enumerable.Range(0, categories).Select(c => "دسته‌ی شماره " + c),
            Enumerable.Range(0, series).Select(s => new ChartSeries("سری با نامی نسبتاً بلند " + s, Enumerable.Range(0, categories).Select(c => (decimal)(c - s)))));
        XDocument doc = Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { Width = 320, Height = 240 }));
        XElement[] bars = [.. WithClass(doc, "rect", "bar")];
        Assert.Equal(categories * Math.Min(series, 7), bars.Length); // beyond 7 series: the 6 largest and «سایر»
        foreach (XElement bar in bars)
        {
            double x = Number(bar, "x");
            double width = Number(bar, "width");
            Assert.True(width > 0 && Number(bar, "height") >= 0, bar.ToString());
            Assert.InRange(x, 0, 320);
            Assert.InRange(x + width, 0, 320);
            Assert.InRange(Number(bar, "y"), 0, 240);
            Assert.InRange(Number(bar, "y") + Number(bar, "height"), 0, 240);
        }

        static double Number(XElement e, string name) =>
            double.Parse((string)e.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_small_picture_shrinks_a_long_title_and_uses_fewer_ticks()
    {
        var small = new SvgChartOptions { Width = 480, Height = 320, PersianDigits = false };
        XDocument big = Parse(SvgChartWriter.ToSvg(SampleChartTests.GilanCredits(), small with { Width = 960, Height = 540 }));
        XDocument doc = Parse(SvgChartWriter.ToSvg(SampleChartTests.GilanCredits(), small));
        Assert.Equal("20", (string?)WithClass(big, "text", "title").Single().Attribute("font-size"));
        double size = double.Parse((string)WithClass(doc, "text", "title").Single().Attribute("font-size")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(size, 8, 19.5);
        Assert.Equal(["0", "5", "10", "15", "20", "25"], WithClass(big, "text", "tick").Select(e => e.Value));
        Assert.Equal(["0", "10", "20", "30"], WithClass(doc, "text", "tick").Select(e => e.Value));
    }

    [Fact]
    public void All_zero_values_still_give_an_axis()
    {
        var model = new ChartModel("t", ["a"], [new ChartSeries("s", [0m])]);
        XDocument doc = Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { PersianDigits = false }));
        Assert.Equal(["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"], WithClass(doc, "text", "tick").Select(e => e.Value));
    }

    [Fact]
    public void The_model_rejects_mismatched_or_empty_input_naming_the_culprit()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new ChartModel("t", ["a", "b"], [new ChartSeries("رشت", [1m])]));
        Assert.Contains("('رشت') has 1 values but the chart has 2 categories", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ChartModel("t", [], [new ChartSeries("s", [])]));
        Assert.Throws<ArgumentException>(() => new ChartModel("t", ["a"], []));
        Assert.Throws<ArgumentNullException>(() => new ChartModel("t", [null!], [new ChartSeries("s", [1m])]));
        var control = Assert.Throws<ArgumentException>(() => new ChartModel("t", ["a\u0001"], [new ChartSeries("s", [1m])]));
        Assert.Contains("U+0001", control.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ChartSeries("\uD800", [1m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChartSeries("s", [decimal.MaxValue]));
    }

    [Fact]
    public void Options_out_of_range_are_rejected()
    {
        ChartModel model = Samples.Credits();
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(model, new SvgChartOptions { Width = 10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(model, new SvgChartOptions { Height = 5000 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(model, new SvgChartOptions { ValueDecimals = 7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(model, new SvgChartOptions { Kind = (ChartKind)9 }));
    }
}
