using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyErrorPersianTests
{
    // Latin letters and ASCII digits are allowed only inside a left-to-right isolate (U+2066 … U+2069).
    private static void AssertPersianOutsideIsolates(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            depth += c == '\u2066' ? 1 : c == '\u2069' ? -1 : 0;
            Assert.False(depth == 0 && (char.IsAsciiLetter(c) || char.IsAsciiDigit(c)), $"'{c}' outside an isolate in: {text}");
        }

        Assert.Equal(0, depth);
        Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
    }

    public static TheoryData<PolicyErrorCode> Codes() => [.. Enum.GetValues<PolicyErrorCode>().Where(c => c != PolicyErrorCode.Unspecified)];

    public static TheoryData<ExpressionErrorKind> Kinds() => [.. Enum.GetValues<ExpressionErrorKind>()];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_said_in_Persian_with_Latin_only_inside_isolates(PolicyErrorCode code)
    {
        var error = new PolicyError("p.json", "$.rules[0]", 3, 5, "english") { Code = code, Arguments = ["12", "1404/01/01", "7", "3", "5"] };

        AssertPersianOutsideIsolates(error.MessageFa);
        Assert.DoesNotContain("english", error.MessageFa, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_expression_error_kind_is_said_in_Persian(ExpressionErrorKind kind)
    {
        var error = new PolicyError(null, "$.rules[0].check", null, 4, "english") { Code = PolicyErrorCode.Expression, ExpressionKind = kind, Arguments = ["cooperative.memberz"] };

        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void The_rule_without_source_warning_reads_in_Persian_from_its_arguments()
    {
        var warning = new PolicyError("p.json", "$.rules[2]", 40, 5, "rule 'min-members' (MIN_MEMBERS) cites no source: list the register ids it encodes in 'sources'")
        {
            Code = PolicyErrorCode.RuleWithoutSource,
            Arguments = ["min-members", "MIN_MEMBERS"],
        };

        Assert.Equal(
            "قاعدهٔ \u2066min-members\u2069 (\u2066MIN_MEMBERS\u2069) به هیچ منبعی استناد نمی‌کند: شناسه‌های دفتر منابع را که بیان می‌کند در \u2066sources\u2069 بیاورید",
            warning.MessageFa);
        Assert.Equal("\u2066p.json\u2069: \u2066$.rules[2]\u2069 (سطر ۴۰، ستون ۵): " + warning.MessageFa, warning.ToPersianString());
    }

    [Fact]
    public void A_reader_error_carries_its_code_and_arguments_and_keeps_its_English_message()
    {
        PolicyReadResult read = PolicyFile.Read("""{ "id": "p", "version": 0 }""", "p.json");

        PolicyError version = Assert.Single(read.Errors, e => e.JsonPath == "$.version");
        Assert.Equal("the version must be 1 or more, not 0", version.Message);
        Assert.Equal(PolicyErrorCode.InvalidVersion, version.Code);
        Assert.Equal("0", Assert.Single(version.Arguments));
        Assert.Equal("نسخه باید ۱ یا بیشتر باشد، نه ۰", version.MessageFa);
        Assert.All(read.Errors, e => AssertPersianOutsideIsolates(e.MessageFa));
    }

    [Fact]
    public void Shape_errors_of_a_policy_file_carry_codes_and_read_in_Persian()
    {
        PolicyReadResult read = PolicyFile.Read("""{ "id": "p", "version": 1, "titel": "x", "parameters": 5 }""", "p.json");

        PolicyError unknown = Assert.Single(read.Errors, e => e.JsonPath == "$.titel");
        Assert.Equal(PolicyErrorCode.UnknownProperty, unknown.Code);
        Assert.Equal(["titel", "title"], unknown.Arguments);
        PolicyError wrong = Assert.Single(read.Errors, e => e.JsonPath == "$.parameters");
        Assert.Equal("wrong type: expected an array, not 5", wrong.Message);
        Assert.Equal(PolicyErrorCode.WrongType, wrong.Code);
        Assert.Equal(["array", "literal", "5"], wrong.Arguments);
        Assert.Equal("نوع نادرست: آرایه انتظار می‌رفت، نه \u20665\u2069", wrong.MessageFa);
        Assert.All(read.Errors, e => AssertPersianOutsideIsolates(e.MessageFa));
    }
}
