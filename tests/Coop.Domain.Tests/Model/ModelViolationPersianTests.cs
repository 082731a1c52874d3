using Coop.Domain.Model;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Model;

// Issue 19: every violation says itself in Persian from its code and arguments, never from its English text.
public sealed class ModelViolationPersianTests
{
    public static TheoryData<ModelViolationCode> Codes() => [.. Enum.GetValues<ModelViolationCode>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_renders_Persian_with_Latin_text_and_ASCII_digits_only_inside_isolates(ModelViolationCode code)
    {
        var violation = new ModelViolation("members[0].leftOn", "An English sentence.", code, "12", "1404/01/10", "1403/12/30", "1500000", "7");
        string fa = violation.MessageFa;
        Assert.Matches("[\u0600-\u06FF]", fa);
        Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(fa));
    }

    [Fact]
    public void A_member_who_left_before_joining_is_named_with_Persian_digits_and_dates()
    {
        var violation = new ModelViolation("members[0].leftOn", "Member 5 left on 1404/01/10, before joining on 1404/02/01.",
            ModelViolationCode.MemberLeftBeforeJoining, "5", "1404/01/10", "1404/02/01");
        Assert.Equal("عضو شمارهٔ ۵ در ۱۴۰۴/۰۱/۱۰ خارج شده، پیش از پیوستن در ۱۴۰۴/۰۲/۰۱", violation.MessageFa);
    }

    [Fact]
    public void A_negative_amount_is_written_in_grouped_Persian_rials()
    {
        var violation = new ModelViolation("financialStatements[0].revenue", "Revenue cannot be negative (-1,500,000 IRR).",
            ModelViolationCode.NegativeAmount, "revenue", "-1500000");
        Assert.Equal("درآمد نمی‌تواند منفی باشد (\u2212۱٬۵۰۰٬۰۰۰ ریال)", violation.MessageFa);
    }

    [Fact]
    public void A_status_after_dissolution_names_the_status_in_Persian()
    {
        var violation = new ModelViolation("statusHistory[2]", "Nothing may follow dissolution (1403/05/01); a Active status follows it.",
            ModelViolationCode.StatusAfterDissolution, "1403/05/01", "Active");
        Assert.Equal("پس از انحلال (۱۴۰۳/۰۵/۰۱) چیزی نمی‌آید؛ وضعیت «فعال» پس از آن آمده است", violation.MessageFa);
    }

    [Fact]
    public void A_violation_without_a_code_keeps_its_English_isolated()
    {
        var violation = new ModelViolation("name", "The name is missing.");
        Assert.Equal(ModelViolationCode.Unspecified, violation.Code);
        Assert.Equal("نادرست است: \u2066The name is missing.\u2069", violation.MessageFa);
    }

    [Fact]
    public void The_validator_codes_its_violations_and_keeps_the_English_message()
    {
        var e = Assert.Throws<ModelValidationException>(() => new Bankruptcy(true, null));
        ModelViolation v = Assert.Single(e.Violations);
        Assert.Equal(ModelViolationCode.BankruptcyWithoutDate, v.Code);
        Assert.Equal("A declared bankruptcy needs the day it was declared.", v.Message);
        Assert.Equal("ورشکستگی اعلام‌شده روز اعلام را می‌خواهد", v.MessageFa);
    }
}
