using System.Text;
using System.Xml;
using System.Xml.Linq;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

public class HtmlReportWriterTests
{
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static HtmlReport Sample() => new(
        "تسهیلات پرداخت‌شده",
        Samples.Disbursements(),
        Samples.Credits(),
        "بهار ۱۴۰۴ تا زمستان ۱۴۰۴");

    [Fact]
    public void A_Persian_page_is_right_to_left_well_formed_and_holds_title_chart_and_table()
    {
        string html = HtmlReportWriter.ToHtml(Sample());
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        XElement root = Parse(html).Root!;
        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal("rtl", (string?)root.Attribute("dir"));
        Assert.Equal("fa", (string?)root.Attribute("lang"));
        Assert.Equal("utf-8", (string?)root.Descendants("meta").First().Attribute("charset"));
        Assert.Equal("تسهیلات پرداخت‌شده", root.Descendants("title").First().Value);
        Assert.Equal("تسهیلات پرداخت‌شده", root.Descendants("h1").Single().Value);
        Assert.Single(root.Descendants("svg"));
        Assert.Equal(3, root.Descendants("tbody").Single().Elements("tr").Count());
        Assert.Equal(6, root.Descendants("thead").Single().Descendants("th").Count());
    }

    [Fact]
    public void The_page_refers_to_nothing_outside_itself()
    {
        string html = HtmlReportWriter.ToHtml(Sample());
        foreach (string forbidden in new[] { "http:", "https:", "//", "<script", "<link", "src=", "href", "url(", "@import", "@font-face" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Vazirmatn", html, StringComparison.Ordinal);
        Assert.Contains("Tahoma", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_grouped_with_Persian_digits_in_Persian_and_Latin_digits_in_English()
    {
        XDocument fa = Parse(HtmlReportWriter.ToHtml(Sample()));
        string[] amounts = [.. fa.Descendants("tbody").Single().Elements("tr").Select(r => r.Elements().ElementAt(3).Value)];
        Assert.Equal(["۱٬۲۳۴٬۵۶۷٬۸۹۰٬۱۲۳", "۴۵٬۰۰۰٬۰۰۰", "−۱٬۲۳۴"], amounts);
        Assert.Equal("۱۴۰۴/۰۱/۱۵", fa.Descendants("tbody").Single().Elements("tr").First().Elements().Last().Value);

        XDocument en = Parse(HtmlReportWriter.ToHtml(Sample(), new HtmlReportOptions { Persian = false }));
        Assert.Equal("ltr", (string?)en.Root!.Attribute("dir"));
        Assert.Equal("en", (string?)en.Root.Attribute("lang"));
        Assert.Equal("1,234,567,890,123", en.Descendants("tbody").Single().Elements("tr").First().Elements().ElementAt(3).Value);
        Assert.Equal("num", (string?)en.Descendants("tbody").Single().Elements("tr").First().Elements().ElementAt(3).Attribute("class"));
    }

    [Fact]
    public void Text_is_escaped_and_isolated()
    {
        const string nasty = "<b>&\"'</b>";
        var table = new Table([new TableColumn("a", nasty)], [[nasty]]);
        string html = HtmlReportWriter.ToHtml(new HtmlReport(nasty, table, subtitle: nasty));
        XDocument doc = Parse(html);
        Assert.Equal(nasty, doc.Descendants("h1").Single().Value);
        Assert.Equal(nasty, doc.Descendants("tbody").Single().Descendants("bdi").Single().Value);
        Assert.Empty(doc.Descendants("b"));
        Assert.Empty(doc.Descendants("svg"));
        Assert.Throws<ArgumentException>(() => HtmlReportWriter.ToHtml(Sample(), new HtmlReportOptions { FontFamily = "a; } body { color: red" }));
    }

    [Fact]
    public async Task Stream_and_async_stream_give_the_same_bytes_as_the_string()
    {
        string html = HtmlReportWriter.ToHtml(Sample());
        using var sync = new MemoryStream();
        HtmlReportWriter.Write(Sample(), sync);
        using var async = new MemoryStream();
        await HtmlReportWriter.WriteAsync(Sample(), async, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetBytes(html), sync.ToArray());
        Assert.Equal(sync.ToArray(), async.ToArray());
        Assert.Equal(html, HtmlReportWriter.ToHtml(Sample()));
    }

    [Fact]
    public void A_period_report_becomes_a_pivot_page_with_Persian_names_and_a_total()
    {
        ReportRecord[] records =
        [
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 1, 5), "02-SARI", CooperativeKind.Housing, null, Money.FromRials(12_000_000_000), 1),
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 4, 5), "02-BABOL", CooperativeKind.Housing, null, Money.FromRials(3_500_000_000), 1),
        ];
        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions { Grouping = ReportGrouping.County });
        Table pivot = report.ToPivotTable();
        Assert.Equal(["دوره", "بابل", "ساری", "جمع"], pivot.Columns.Select(c => c.Header));
        Assert.Equal(2, pivot.Rows.Count);
        Assert.Equal(12_000_000_000L, pivot.Rows[0][3].IntegerValue);

        HtmlReport page = report.ToHtmlReport();
        Assert.Equal("بهار ۱۴۰۴ تا تابستان ۱۴۰۴ — واحد: ریال", page.Subtitle);
        XDocument doc = Parse(HtmlReportWriter.ToHtml(page));
        Assert.Equal("rtl", (string?)doc.Root!.Attribute("dir"));
        Assert.Contains(doc.Descendants("text"), e => e.Value == "میلیارد ریال");

        Table english = report.ToPivotTable(persian: false);
        Assert.Equal(["Period", "Babol", "Sari", "Total"], english.Columns.Select(c => c.Header));
        Assert.Equal("1404-Q1", english.Rows[0][0].TextValue);
    }

    private static readonly string[] s_tenCounties =
        ["02-AMOL", "02-BABOL", "02-BABOLSAR", "02-BEHSHAHR", "02-CHALUS", "02-GALUGAH", "02-JUYBAR", "02-NEKA", "02-NUR", "02-SARI"];

    private static PeriodReport TenCounties(int months)
    {
        var records = new List<ReportRecord>();
        for (int c = 0; c < s_tenCounties.Length; c++)
        {
            for (int m = 0; m < months; m++)
            {
                records.Add(new(ReportMeasure.Credits, new SolarHijriDate(1404, 1 + m, 5), s_tenCounties[c], CooperativeKind.Housing, null, Money.FromRials((c + 1) * 1_000_000_000L), 1));
            }
        }

        return PeriodReports.Build(records, new PeriodReportOptions { Grouping = ReportGrouping.County, Unit = PeriodUnit.Season });
    }

    [Fact]
    public void Many_groups_over_few_periods_are_laid_out_one_row_per_group_with_totals()
    {
        PeriodReport report = TenCounties(months: 4); // spring and summer 1404
        Table table = report.ToGroupRowsTable();
        Assert.Equal(["شهرستان", "بهار ۱۴۰۴", "تابستان ۱۴۰۴", "جمع"], table.Columns.Select(c => c.Header));
        Assert.Equal(11, table.Rows.Count);
        Assert.Equal("آمل", table.Rows[0][0].TextValue);
        Assert.Equal(3_000_000_000L, table.Rows[0][1].IntegerValue); // three months of spring, 1 billion rials each
        Assert.Equal("جمع", table.Rows[^1][0].TextValue);
        Assert.Equal(table.Rows.Take(10).Sum(r => r[3].IntegerValue!.Value), table.Rows[^1][3].IntegerValue);

        // The HTML page picks this form: ten groups are more than a page holds across and more than the periods.
        XDocument doc = Parse(HtmlReportWriter.ToHtml(report.ToHtmlReport()));
        Assert.Equal(4, doc.Descendants("thead").Single().Descendants("th").Count());
        Assert.Equal(11, doc.Descendants("tbody").Single().Elements("tr").Count());

        Table english = report.ToGroupRowsTable(persian: false);
        Assert.Equal(["County", "1404-Q1", "1404-Q2", "Total"], english.Columns.Select(c => c.Header));
    }

    [Fact]
    public void Groups_that_fit_across_a_page_keep_one_row_per_period()
    {
        ReportRecord[] records =
        [
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 1, 5), "02-SARI", CooperativeKind.Housing, null, Money.FromRials(4_000_000_000), 1),
            new(ReportMeasure.Credits, new SolarHijriDate(1404, 4, 5), "02-BABOL", CooperativeKind.Housing, null, Money.FromRials(5_000_000_000), 1),
        ];
        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions { Grouping = ReportGrouping.County });
        XDocument doc = Parse(HtmlReportWriter.ToHtml(report.ToHtmlReport()));
        Assert.Equal(["دوره", "بابل", "ساری", "جمع"], doc.Descendants("thead").Single().Descendants("th").Select(th => th.Value));
    }

    [Fact]
    public void A_wide_table_keeps_its_row_labels_and_header_in_view_when_scrolled()
    {
        string html = HtmlReportWriter.ToHtml(Sample());
        Assert.Contains("tbody th { position: sticky; inset-inline-start: 0;", html, StringComparison.Ordinal);
        Assert.Contains("thead th { position: sticky; top: 0;", html, StringComparison.Ordinal);
    }
}
