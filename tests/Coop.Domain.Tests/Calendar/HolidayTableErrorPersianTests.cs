using Coop.Domain.Calendar;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Calendar;

// Every error of a holiday table is coded and said in Persian from its code and arguments (issue 19): coop --holidays under
// --lang fa no longer isolates the English sentence.
public sealed class HolidayTableErrorPersianTests
{
    public static TheoryData<HolidayTableErrorCode> Codes() => [.. Enum.GetValues<HolidayTableErrorCode>().Where(c => c != HolidayTableErrorCode.Unspecified)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_said_in_Persian_with_Latin_only_inside_isolates(HolidayTableErrorCode code)
    {
        var error = new HolidayTableError(3, "kind", "english") { Code = code, Arguments = ["1404/01/01", "2025-03-21", "7"] };

        AssertPersianOutsideIsolates(error.MessageFa);
        Assert.DoesNotContain("english", error.MessageFa, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_error_of_a_bad_table_is_coded_and_said_in_Persian()
    {
        const string Header = "solar_hijri_date\tgregorian_date\tkind\tname_fa\tname_en\tstanding\tsource\n";
        string[] tables =
        [
            Header + "1404/13/01\t2025-01-01\tfoo\t\t\tmaybe\tx\n1404/01/01\t2025-03-22\tsolar\tنوروز\tNowruz\t\tx\n" +
                "1404/05/05\t2025-07-27\tsolar\tx\tX\t\tx\n1404/01/01\t2025-03-21\tsolar\tنوروز\tNowruz\t\tx\n" +
                "1404/01/01\t2025-03-21\tsolar\tنوروز\tNowruz\t\tx\n1404/01/02\tx\tsolar\tنوروز\tNowruz\t\tx\nonly\tthree\tcells\n",
            "date\tname\tkind\tkind\n",
            "# only a comment\n",
            Header,
        ];
        var seen = new HashSet<HolidayTableErrorCode>();
        foreach (string table in tables)
        {
            var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Parse(table, "t.tsv"));
            Assert.All(e.Errors, error =>
            {
                Assert.NotEqual(HolidayTableErrorCode.Unspecified, error.Code);
                AssertPersianOutsideIsolates(error.MessageFa);
                seen.Add(error.Code);
            });
        }

        Assert.Equal(Enum.GetValues<HolidayTableErrorCode>().Where(c => c != HolidayTableErrorCode.Unspecified).Order(), seen.Order());
    }

    [Fact]
    public void A_bad_date_carries_its_parse_error_into_the_Persian()
    {
        var e = Assert.Throws<HolidayTableException>(() => HolidayTable.Parse(
            "solar_hijri_date\tkind\tname_fa\tname_en\n1404/07/31\tlunar\tنام\tName\n", "t.tsv"));

        HolidayTableError error = Assert.Single(e.Errors);
        Assert.Equal(HolidayTableErrorCode.InvalidSolarDate, error.Code);
        Assert.NotNull(error.DateError);
        Assert.Equal("«۱۴۰۴/۰۷/۳۱» تاریخ شمسیِ \u2066yyyy/mm/dd\u2069 نیست: " + error.DateError.Value.MessageFa, error.MessageFa);
        Assert.StartsWith("'1404/07/31' is not a Solar Hijri date yyyy/mm/dd: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncoded_error_keeps_its_English_isolated()
    {
        Assert.Equal("\u2066something else\u2069", new HolidayTableError(1, null, "something else").MessageFa);
    }
}
