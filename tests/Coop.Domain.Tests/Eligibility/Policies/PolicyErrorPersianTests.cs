using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyErrorPersianTests
{
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

    // The forms that read optional arguments: each with them empty too.
    public static TheoryData<PolicyErrorCode, string[]> ShortForms() => new()
    {
        { PolicyErrorCode.VersionsOverlap, ["credit", "1", "2", "1404/01/01", ""] },
        { PolicyErrorCode.ParameterGap, ["minimumMembers", "1404/01/01", ""] },
        { PolicyErrorCode.DuplicateVersion, ["credit", "1", ""] },
        { PolicyErrorCode.WrongType, ["integer", "string"] },
        { PolicyErrorCode.WrongType, ["array", "literal", "5"] },
        { PolicyErrorCode.UnknownProperty, ["extra", "", "$schema", "sources"] },
        { PolicyErrorCode.UnknownStanding, ["zzz", ""] },
        { PolicyErrorCode.MissingProperty, ["where", "where"] },
        { PolicyErrorCode.FileUnreadable, [] },
    };

    [Theory]
    [MemberData(nameof(ShortForms))]
    public void Optional_arguments_left_empty_still_read_in_Persian(PolicyErrorCode code, string[] arguments)
    {
        var error = new PolicyError("p.json", "$", null, null, "english") { Code = code, Arguments = arguments };

        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void A_shape_error_of_a_policy_carries_WrongType_or_UnknownProperty_with_its_arguments()
    {
        PolicyReadResult read = PolicyFile.Read(
            """{ "id": "p", "version": "x", "title": { "fa": "ت", "en": "t" }, "effectiveFrom": "1403/01/01", "rules": 5, "tittle": 1 }""", "p.json");

        Assert.Collection(
            read.Errors,
            e =>
            {
                Assert.Equal(("$.version", PolicyErrorCode.WrongType), (e.JsonPath, e.Code));
                Assert.Equal(["integer", "string"], e.Arguments);
                Assert.Equal("wrong type: expected a whole number, not a string", e.Message);
                Assert.Equal("نوع نادرست: عدد صحیح انتظار می‌رفت، نه رشته", e.MessageFa);
            },
            e =>
            {
                Assert.Equal(("$.rules", PolicyErrorCode.WrongType), (e.JsonPath, e.Code));
                Assert.Equal(["array", "literal", "5"], e.Arguments);
                Assert.Equal("نوع نادرست: آرایه انتظار می‌رفت، نه \u20665\u2069", e.MessageFa);
            },
            e =>
            {
                Assert.Equal(("$.tittle", PolicyErrorCode.UnknownProperty), (e.JsonPath, e.Code));
                Assert.Equal(["tittle", "title"], e.Arguments);
            });
        Assert.All(read.Errors, e => AssertPersianOutsideIsolates(e.MessageFa));
    }

    [Fact]
    public void A_parameter_gap_is_a_coded_warning_said_in_Persian()
    {
        Policy policy = PolicyBuilder.Create("gappy", 1)
            .Title("ت", "t")
            .Effective(new SolarHijriDate(1403, 1, 1), null)
            .Parameter("late", FactType.Integer, p => p.From(new SolarHijriDate(1403, 6, 1), 5L))
            .Rule("r", r => r.Code("R").Check("cooperative.memberCount >= $late").Message("ف", "e"))
            .Build();

        ParameterGap gap = Assert.Single(ParameterGap.Find(policy));
        PolicyError warning = gap.ToWarning("p.json");

        Assert.Equal(("p.json", "$.parameters[0]", PolicyErrorCode.ParameterGap), (warning.File, warning.JsonPath, warning.Code));
        Assert.Equal(["late", "1403/01/01", "1403/05/31"], warning.Arguments);
        Assert.Equal(gap.ToString(), warning.Message);
        Assert.Equal("\u2066$late\u2069 از ۱۴۰۳/۰۱/۰۱ تا ۱۴۰۳/۰۵/۳۱ مقداری ندارد: قاعده‌هایی که آن را به کار می‌برند در این روزها ناقص‌اند", gap.MessageFa);
    }

    [Fact]
    public void Versions_that_cannot_form_one_set_give_a_coded_conflict_in_the_set_constructors_words()
    {
        static Policy Version(string id, int version, SolarHijriDate from, SolarHijriDate? to) => PolicyBuilder.Create(id, version)
            .Title("ت", "t").Effective(from, to).Rule("r", r => r.Code("R").Check("cooperative.active").Message("ف", "e")).Build();
        SolarHijriDate y1403 = new(1403, 1, 1), y1404 = new(1404, 1, 1);

        PolicyError open = Policy.VersionConflict([Version("p", 2, y1404, null), Version("p", 1, y1403, null)])!;
        Assert.Equal(PolicyErrorCode.VersionsOverlap, open.Code);
        Assert.Equal(["p", "1", "2", "1404/01/01", ""], open.Arguments);
        Assert.Equal("Version 1 of 'p' is open-ended, so it overlaps version 2 from 1404/01/01.", open.Message);
        Assert.Equal("نسخهٔ ۱ سیاست \u2066p\u2069 پایان ندارد، پس با نسخهٔ ۲ از ۱۴۰۴/۰۱/۰۱ هم‌پوشانی دارد؛ برای نسخهٔ ۱ \u2066effectiveTo\u2069 بگذارید", open.MessageFa);

        PolicyError overlap = Policy.VersionConflict([Version("p", 1, y1403, new SolarHijriDate(1404, 6, 1)), Version("p", 2, y1404, null)])!;
        Assert.Equal(["p", "1", "2", "1404/01/01", "1404/06/01"], overlap.Arguments);
        Assert.Equal("Versions 1 and 2 of 'p' overlap on 1404/01/01.", overlap.Message);

        PolicyError twice = Policy.VersionConflict([Version("p", 1, y1403, new SolarHijriDate(1403, 12, 30)), Version("p", 1, y1404, null)])!;
        Assert.Equal((PolicyErrorCode.DuplicateVersion, "The policy 'p' has version 1 twice."), (twice.Code, twice.Message));
        Assert.Equal(["p", "1", ""], twice.Arguments);

        PolicyError other = Policy.VersionConflict([Version("p", 1, y1403, new SolarHijriDate(1403, 12, 30)), Version("q", 2, y1404, null)])!;
        Assert.Equal(PolicyErrorCode.DifferentPolicies, other.Code);
        Assert.Equal(["q", "p"], other.Arguments);

        Assert.Null(Policy.VersionConflict([Version("p", 1, y1403, new SolarHijriDate(1403, 12, 30)), Version("p", 2, y1404, null)]));
        Assert.All([open, overlap, twice, other], e => AssertPersianOutsideIsolates(e.MessageFa));
    }

    [Fact]
    public void A_date_no_version_covers_is_said_in_Persian_with_every_versions_range()
    {
        static CompiledPolicy<EligibilityFacts> Version(int version, SolarHijriDate from, SolarHijriDate? to) => new(
            PolicyBuilder.Create("p", version).Title("ت", "t").Effective(from, to).Rule("r", r => r.Code("R").Check("cooperative.active").Message("ف", "e")).Build(),
            CoopFactSchema.Instance);
        var set = new PolicySet<EligibilityFacts>([Version(1, new(1403, 1, 1), new(1403, 12, 30)), Version(2, new(1404, 6, 1), null)]);

        PolicyNotInForceException gap = Assert.Throws<PolicyNotInForceException>(() => set.Select(new SolarHijriDate(1404, 3, 1)));
        Assert.Equal("No version of the policy 'p' is in force on 1404/03/01 (versions: v1 1403/01/01–1403/12/30; v2 1404/06/01–open end).", gap.Message);
        Assert.Equal(
            "هیچ نسخه‌ای از سیاست \u2066p\u2069 در ۱۴۰۴/۰۳/۰۱ نافذ نیست (نسخه‌ها: نسخهٔ ۱ از ۱۴۰۳/۰۱/۰۱ تا ۱۴۰۳/۱۲/۳۰؛ نسخهٔ ۲ از ۱۴۰۴/۰۶/۰۱ تا پایانِ باز)",
            gap.MessageFa);

        PolicyNotInForceException one = Assert.Throws<PolicyNotInForceException>(() => set.Versions[0].Evaluate(new EligibilityFacts(Coop.Domain.Tests.Model.Samples.Juybar().Build(), new SolarHijriDate(1404, 3, 1)), new SolarHijriDate(1404, 3, 1)));
        Assert.Equal("The policy 'p' version 1 is in force from 1403/01/01 to 1403/12/30, not on 1404/03/01.", one.Message);
        Assert.Equal("نسخهٔ ۱ سیاست \u2066p\u2069 از ۱۴۰۳/۰۱/۰۱ تا ۱۴۰۳/۱۲/۳۰ نافذ است، نه در ۱۴۰۴/۰۳/۰۱", one.MessageFa);
        AssertPersianOutsideIsolates(gap.MessageFa);
        AssertPersianOutsideIsolates(one.MessageFa);

        Assert.Equal("\u2066host made\u2069", new PolicyNotInForceException("host made").MessageFa);
    }

    [Fact]
    public async Task A_policy_stream_over_the_limit_is_FileTooLarge_with_the_limit()
    {
        using var stream = new MemoryStream(new byte[PolicyFile.MaxBytes + 1]);

        PolicyError error = Assert.Single((await PolicyFile.ReadAsync(stream, "p.json", TestContext.Current.CancellationToken)).Errors);

        Assert.Equal(PolicyErrorCode.FileTooLarge, error.Code);
        Assert.Equal([PolicyFile.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)], error.Arguments);
        AssertPersianOutsideIsolates(error.MessageFa);
    }
}
