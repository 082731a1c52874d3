using System.Globalization;
using Coop.Domain.Calendar;
using CsCheck;

namespace Coop.Domain.Tests.Calendar;

/// <summary>Parsing and formatting give the same answers whatever the current culture.</summary>
public class DateTextCultureTests
{
    public static TheoryData<string> Cultures => ["fa-IR", "ar-SA", "tr-TR", ""];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Formats_and_parses_identically_under_the_culture(string culture)
    {
        InCulture(culture, () =>
        {
            var date = new SolarHijriDate(1404, 8, 25);
            Assert.Equal("1404/08/25", date.ToString("d"));
            Assert.Equal("1404-08-25", date.ToString("d-"));
            Assert.Equal("۱۴۰۴/۰۸/۲۵", date.ToString("fa"));
            Assert.Equal("۲۵ آبان ۱۴۰۴", date.ToString("fa-long"));
            Assert.Equal("25 Aban 1404", date.ToString("en-long"));
            Assert.Equal("1404-08-25", $"{date:d-}");

            // tr-TR lower-cases I to dotless ı; month names must still match case-insensitively.
            Assert.Equal(new SolarHijriDate(1404, 4, 1), SolarHijriDate.Parse("1 TIR 1404"));
            Assert.Equal(new SolarHijriDate(1404, 6, 1), SolarHijriDate.Parse("1 SHAHRIVAR 1404"));
            Assert.Equal(date, SolarHijriDate.Parse("۲۵ آبان ۱۴۰۴"));
            Assert.Equal(date, SolarHijriDate.Parse("١٤٠٤/٠٨/٢٥"));
            Assert.Equal(
                "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days",
                SolarHijriDate.ParseDetailed("1404/07/31").Error?.Message);
            Assert.Equal("2025-11-16", CalendarConversion.Convert("1404/08/25").ToConvertedString());
            Assert.Equal("1403/12/30", CalendarConversion.Convert("2025/03/20").ToConvertedString());
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_format_round_trips_under_the_culture(string culture)
    {
        InCulture(culture, () => SolarHijriDatePropertyTests.Dates.Sample(
            date =>
            {
                foreach (string format in (string[])["d", "d-", "fa", "fa-long", "en-long"])
                {
                    Assert.Equal(date, SolarHijriDate.Parse(date.ToString(format)));
                }
            },
            iter: 200,
            threads: 1));
    }

    private static void InCulture(string name, Action test)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            test();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
