using System.Text;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Model;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Serialization;

// Issue 19: a registry line's error says itself in Persian from its code and arguments.
public sealed class JsonLineErrorPersianTests
{
    public static TheoryData<JsonLineErrorCode> Codes() => [.. Enum.GetValues<JsonLineErrorCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_renders_Persian_with_Latin_text_and_ASCII_digits_only_inside_isolates(JsonLineErrorCode code)
    {
        var error = new JsonLineError(3, "$.members[0]", 12, "An English sentence.") { Code = code, Arguments = ["12", "34", "56", "78"] };
        string fa = error.MessageFa;
        Assert.Matches("[\u0600-\u06FF]", fa);
        Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(fa));
    }

    private static JsonLineError ErrorOfSecondLine(string cooperativeLine)
    {
        string header = File.ReadLines(Eligibility.Batch.BatchFixtures.Registry).First();
        header = System.Text.RegularExpressions.Regex.Replace(header, ",\"count\":\\d+", string.Empty);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(header + "\n" + cooperativeLine + "\n"));
        return Assert.Single(RegistryReader.Read(stream), r => r.Error is not null).Error!;
    }

    private static string SecondSampleLine() => File.ReadLines(Eligibility.Batch.BatchFixtures.Registry).ElementAt(1);

    [Fact]
    public void A_wrong_check_digit_in_a_line_is_coded_and_said_in_Persian()
    {
        string line = SecondSampleLine().Replace("\"nationalId\":\"10000245545\"", "\"nationalId\":\"10000245546\"", StringComparison.Ordinal);
        JsonLineError error = ErrorOfSecondLine(line);
        Assert.Equal(JsonLineErrorCode.InvalidIdentifier, error.Code);
        Assert.Equal("شناسهٔ ملی «۱۰۰۰۰۲۴۵۵۴۶» نامعتبر است: رقم کنترل شناسهٔ ملی نمی‌خواند", error.MessageFa);
    }

    [Fact]
    public void An_unknown_county_lists_the_violation_in_Persian()
    {
        string line = SecondSampleLine().Replace("\"countyCode\":\"02-CHALUS\"", "\"countyCode\":\"99-NOWHERE\"", StringComparison.Ordinal);
        JsonLineError error = ErrorOfSecondLine(line);
        Assert.Equal(JsonLineErrorCode.ModelViolations, error.Code);
        Assert.Equal("یک قاعدهٔ مدل شکسته است: \u2066countyCode\u2069: کد شهرستان \u206699-NOWHERE\u2069 شناخته نیست (نمونه: \u206602-JUYBAR\u2069)", error.MessageFa);
    }

    [Fact]
    public void A_truncated_line_is_said_to_be_cut()
    {
        string line = SecondSampleLine();
        JsonLineError error = ErrorOfSecondLine(line[..(line.Length / 2)]);
        Assert.True(error.IsMalformed);
        Assert.Equal(JsonLineErrorCode.Truncated, error.Code);
        Assert.Equal("سطر درون رکورد پایان می‌یابد: بریده شده است", error.MessageFa);
    }
}
