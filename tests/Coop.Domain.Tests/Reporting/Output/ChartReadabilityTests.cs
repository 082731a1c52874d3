using System.Globalization;
using System.Xml.Linq;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

/// <summary>Charts that stay readable at the registry's sizes: few series, own colours, Persian labels, units, bidi-safe text.</summary>
public class ChartReadabilityTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static IEnumerable<XElement> WithClass(XDocument doc, string name, string cssClass) =>
        doc.Descendants(s_svg + name).Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(cssClass));

    private static ChartModel Counties(int series, int categories = 5) => new(
        "اعضا به تفکیک شهرستان",
        Enumerable.Range(0, categories).Select(c => "سال " + (1400 + c).ToString(CultureInfo.InvariantCulture)),
        Enumerable.Range(0, series).Select(s => new ChartSeries(
            "شهرستان " + s.ToString(CultureInfo.InvariantCulture),
            Enumerable.Range(0, categories).Select(c => (decimal)(((s * 7) + (c * 3)) % 11) - (s == 3 ? 4m : 0m)))),
        "عضو");

    [Fact]
    public void Top_series_and_others_keep_every_category_total()
    {
        ChartModel model = Counties(17);
        ChartModel folded = model.WithTopSeries(6, "سایر");
        Assert.Equal(7, folded.Series.Count);
        Assert.Equal("سایر", folded.Series[^1].Name);
        for (int c = 0; c < model.Categories.Count; c++)
        {
            Assert.Equal(model.Series.Sum(s => s.Values[c]), folded.Series.Sum(s => s.Values[c]));
        }

        // The kept series are the six largest by total magnitude, largest first.
        decimal[] totals = [.. model.Series.Select(s => s.Values.Sum(Math.Abs)).OrderDescending()];
        Assert.Equal(totals.Take(6), folded.Series.Take(6).Select(s => s.Values.Sum(Math.Abs)));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.WithTopSeries(0, "سایر"));
    }

    [Fact]
    public void The_writer_draws_at_most_MaxSeries_series_and_others_in_grey()
    {
        XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(Counties(17)));
        XElement[] legend = [.. WithClass(doc, "g", "legend-item")];
        Assert.Equal(7, legend.Length);
        Assert.Equal("سایر", legend[^1].Descendants(s_svg + "text").Single().Value);
        Assert.Equal(SvgChartWriter.OthersColour, (string?)legend[^1].Element(s_svg + "rect")!.Attribute("fill"));

        // One series more than the limit is shown itself rather than as an "others" of one.
        XDocument seven = XDocument.Parse(SvgChartWriter.ToSvg(Counties(7)));
        Assert.DoesNotContain(WithClass(seven, "text", "legend-label"), e => e.Value == "سایر");
        Assert.Equal(3, WithClass(XDocument.Parse(SvgChartWriter.ToSvg(Counties(17), new SvgChartOptions { MaxSeries = 2 })), "g", "legend-item").Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(40)]
    public void No_two_series_share_a_colour(int series)
    {
        foreach (int max in new[] { 1, 6, 7, 8 })
        {
            foreach (ChartKind kind in new[] { ChartKind.GroupedBar, ChartKind.StackedBar, ChartKind.Line })
            {
                XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(Counties(series), new SvgChartOptions { MaxSeries = max, Kind = kind }));
                string[] fills = [.. WithClass(doc, "g", "legend-item").Select(g => (string)g.Element(s_svg + "rect")!.Attribute("fill")!)];
                Assert.Equal(fills.Length, fills.Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Fact]
    public void MaxSeries_beyond_the_palette_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(Counties(3), new SvgChartOptions { MaxSeries = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SvgChartWriter.ToSvg(Counties(3), new SvgChartOptions { MaxSeries = 9 }));
    }

    [Fact]
    public void Large_values_get_a_magnitude_in_the_axis_label_and_short_Persian_ticks()
    {
        var model = new ChartModel("تسهیلات", ["بهار ۱۴۰۴", "تابستان ۱۴۰۴"], [new ChartSeries("بابل", [12_345_000_000m, 3_000_000_000m])], "ریال");
        XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(model));
        Assert.Equal("میلیارد ریال", WithClass(doc, "text", "axis-label").Single().Value);
        Assert.Equal(["۰", "۲", "۴", "۶", "۸", "۱۰", "۱۲", "۱۴"], WithClass(doc, "text", "tick").Select(e => e.Value));
        Assert.Equal(["۱۲٫۳", "۳٫۰"], WithClass(doc, "text", "value").Select(e => e.Value));
        Assert.Contains("بابل — بهار ۱۴۰۴: ۱۲٬۳۴۵٬۰۰۰٬۰۰۰", WithClass(doc, "rect", "bar").Select(e => e.Element(s_svg + "title")!.Value));

        XDocument latin = XDocument.Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { PersianDigits = false }));
        Assert.Equal(["0", "2", "4", "6", "8", "10", "12", "14"], WithClass(latin, "text", "tick").Select(e => e.Value));
        XDocument full = XDocument.Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { PersianDigits = false, ScaleAxis = false }));
        Assert.Equal("14,000,000,000", WithClass(full, "text", "tick").Last().Value);
        Assert.Equal("ریال", WithClass(full, "text", "axis-label").Single().Value);
    }

    [Theory]
    [InlineData("12345000000", true, "۱۲٫۳ میلیارد")]
    [InlineData("12345000000", false, "12.3 billion")]
    [InlineData("1400000000000", true, "۱٬۴۰۰ میلیارد")]
    [InlineData("25000000000000", true, "۲۵ هزار میلیارد")]
    [InlineData("45000000", true, "۴۵ میلیون")]
    [InlineData("250000", true, "۲۵۰ هزار")]
    [InlineData("99999", true, "۹۹٬۹۹۹")]
    [InlineData("-12345000000", false, "-12.3 billion")]
    public void Compact_numbers_name_their_magnitude(string value, bool persian, string expected) =>
        Assert.Equal(expected, ChartText.Compact(decimal.Parse(value, CultureInfo.InvariantCulture), persian));

    [Fact]
    public void Latin_runs_in_Persian_labels_are_isolated_so_bidi_cannot_reorder_them()
    {
        Assert.Equal("شهرستان \u206602-CHALUS\u2069", ChartText.IsolateLatin("شهرستان 02-CHALUS"));
        Assert.Equal("\u2066Q3\u2069 – \u20661404-Q3-1402\u2069 بازه", ChartText.IsolateLatin("Q3 – 1404-Q3-1402 بازه"));
        Assert.Equal("منبع: \u2066Smart Coop System\u2069 ۱۴۰۴", ChartText.IsolateLatin("منبع: Smart Coop System ۱۴۰۴"));
        Assert.Equal("سال ۱۴۰۴ تا 1405", ChartText.IsolateLatin("سال ۱۴۰۴ تا 1405")); // numbers alone keep their order
        Assert.Equal("Q3 – 1404-Q3", ChartText.IsolateLatin("Q3 – 1404-Q3")); // no Persian: set left to right, untouched

        var model = new ChartModel("اعضا", ["a"], [new ChartSeries("s", [1m])], subtitle: "بازه Q3 – 1404-Q3-1402");
        XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(model));
        XElement subtitle = WithClass(doc, "text", "subtitle").Single();
        Assert.Equal("بازه \u2066Q3\u2069 – \u20661404-Q3-1402\u2069", subtitle.Value);
        Assert.Equal("rtl", (string?)subtitle.Attribute("direction"));

        // A label of Latin letters only is set left to right.
        Assert.Equal("ltr", (string?)WithClass(doc, "text", "category").Single().Attribute("direction"));
    }

    [Fact]
    public void Stacked_bars_reach_the_category_total()
    {
        ChartModel model = Counties(4, categories: 3);
        XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(model, new SvgChartOptions { Kind = ChartKind.StackedBar, PersianDigits = false }));
        Assert.Equal(12, WithClass(doc, "rect", "bar").Count());
        string[] totals = [.. WithClass(doc, "text", "total").Select(e => e.Value)];
        string[] expected = [.. Enumerable.Range(0, 3).Select(c => model.Series.Sum(s => s.Values[c]).ToString("#,0", CultureInfo.InvariantCulture))];
        Assert.Equal(expected, totals);
    }

    [Fact]
    public void Auto_draws_grouped_bars_for_few_bars_and_stacks_for_many()
    {
        Assert.Equal(ChartKind.GroupedBar, SvgChartWriter.ResolveKind(ChartKind.Auto, 4, 3));
        Assert.Equal(ChartKind.StackedBar, SvgChartWriter.ResolveKind(ChartKind.Auto, 27, 7));
        Assert.Equal(ChartKind.Line, SvgChartWriter.ResolveKind(ChartKind.Line, 27, 7));
        XDocument doc = XDocument.Parse(SvgChartWriter.ToSvg(Counties(17, categories: 27), new SvgChartOptions { Kind = ChartKind.Auto }));
        Assert.Single(WithClass(doc, "g", "stacked"));
        Assert.Equal(27 * 7, WithClass(doc, "rect", "bar").Count());
    }

    [Fact]
    public void The_report_chart_names_counties_sectors_and_kinds_in_Persian_and_its_range_in_Persian_words()
    {
        ReportRecord[] records =
        [
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 7, 1), "02-CHALUS", CooperativeKind.Housing, ProjectSector.Tourism, Money.FromRials(5), 1),
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 10, 1), "02-BABOL", CooperativeKind.EmploymentGenerating, null, Money.FromRials(6), 1),
        ];
        var options = new PeriodReportOptions { Grouping = ReportGrouping.County | ReportGrouping.Sector | ReportGrouping.Kind };
        ChartModel chart = PeriodReports.Build(records, options).ToChart();
        Assert.Equal(["بابل / بدون بخش / اشتغال‌زا", "چالوس / گردشگری / مسکن"], chart.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal("پاییز ۱۴۰۴ تا زمستان ۱۴۰۴", chart.Subtitle);
        Assert.Equal("تسهیلات درخواستی به تفکیک فصل و شهرستان و بخش و نوع تعاونی", chart.Title);
        Assert.Equal("ریال", chart.ValueAxisLabel);
        Assert.DoesNotContain(chart.Subtitle, char.IsAsciiLetterOrDigit);
    }
}
