using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Tests.Reporting.Output;

/// <summary>Sample inputs shared by the output tests.</summary>
internal static class Samples
{
    public static readonly string[] Seasons = ["بهار ۱۴۰۴", "تابستان ۱۴۰۴", "پاییز ۱۴۰۴", "زمستان ۱۴۰۴"];

    public static ChartModel Credits() => new(
        "تسهیلات پرداخت‌شده به تفکیک فصل",
        Seasons,
        [
            new ChartSeries("رشت", [12.5m, 18m, 9.25m, 1234.5m]),
            new ChartSeries("لاهیجان", [4m, 6.5m, 7m, 3m]),
            new ChartSeries("بندر انزلی", [8m, 2m, 11m, 14.5m]),
        ],
        "میلیارد تومان",
        "استان گیلان");

    public static Table Disbursements() => new(
        [
            new TableColumn("county", "شهرستان"),
            new TableColumn("season", "فصل"),
            new TableColumn("count", "تعداد", TableAlignment.Right),
            new TableColumn("amount", "مبلغ (ریال)", TableAlignment.Right),
            new TableColumn("share", "سهم", TableAlignment.Right),
            new TableColumn("first", "نخستین پرداخت"),
        ],
        [
            ["رشت", "بهار ۱۴۰۴", 12L, 1_234_567_890_123L, 0.125m, new SolarHijriDate(1404, 1, 15)],
            ["لاهیجان", "بهار ۱۴۰۴", 3L, 45_000_000L, 2.50m, new SolarHijriDate(1404, 2, 1)],
            ["Bandar \"Anzali\", <port>", TableCell.Empty, 0L, -1234L, -0.5m, TableCell.Empty],
        ]);
}
