using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

/// <summary>
/// The sample charts in docs/samples are the writer's current output: they are what the manual render
/// check in docs/reporting-output.md looks at, and a byte-for-byte regression test of the layout.
/// </summary>
public class SampleChartTests
{
    internal static ChartModel GilanCredits() => new(
        "تسهیلات پرداخت‌شده به تفکیک فصل و شهرستان",
        ["بهار ۱۴۰۴", "تابستان ۱۴۰۴", "پاییز ۱۴۰۴", "زمستان ۱۴۰۴"],
        [
            new ChartSeries("رشت", [12.5m, 18m, 9.25m, 22m]),
            new ChartSeries("لاهیجان", [4m, 6.5m, 7m, 3m]),
            new ChartSeries("بندر انزلی", [8m, 2m, 11m, 14.5m]),
        ],
        "میلیارد تومان",
        "منبع: سامانه تعاونی‌های هوشمند — استان گیلان");

    [Theory]
    [InlineData("credits-by-season.svg", ChartKind.GroupedBar)]
    [InlineData("credits-by-season-line.svg", ChartKind.Line)]
    public void The_sample_chart_matches_the_writer_byte_for_byte(string file, ChartKind kind)
    {
        string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", file));
        string actual = SvgChartWriter.ToSvg(GilanCredits(), new SvgChartOptions { Kind = kind });
        if (expected != actual)
        {
            string path = Path.Combine(Path.GetTempPath(), file);
            File.WriteAllText(path, actual);
            Assert.Fail($"docs/samples/{file} differs from the writer's output, written to {path}. If the change is intended, copy it over the sample and redo the render check.");
        }
    }
}
