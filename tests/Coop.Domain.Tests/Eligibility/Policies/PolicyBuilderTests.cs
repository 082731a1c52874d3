using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyBuilderTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    // seeds/policies/example-policy.json, written in C#.
    internal static PolicyBuilder Example() => PolicyBuilder.Create("example-credit", version: 1)
        .Title("نمونه‌ی سیاست تسهیلات تعاونی", "Example cooperative credit policy")
        .Effective(D(1403, 1, 1), D(1405, 12, 29))
        .Parameter("minimumMembers", FactType.Integer, p => p
            .Keyed()
            .Unit("members")
            .Description("حداقل تعداد اعضا بر حسب نوع تعاونی", "Minimum number of members by cooperative kind")
            .Source("Illustrative; compare the Cooperative Sector Law, art. 5")
            .From(D(1403, 1, 1), new Dictionary<string, long> { ["consumer"] = 7, ["producer"] = 7, ["housing"] = 15 })
            .From(D(1404, 1, 1), new Dictionary<string, long> { ["consumer"] = 7, ["producer"] = 7, ["housing"] = 20 }, reference: "example circular 1404-12"))
        .Parameter("maximumAmount", FactType.Money, p => p
            .Unit("rial")
            .Description("سقف مبلغ تسهیلات", "Largest amount that may be requested")
            .Source("Illustrative")
            .From(D(1403, 1, 1), 30_000_000_000L)
            .From(D(1404, 1, 1), "5 billion toman"))
        .Parameter("assemblyDeadline", FactType.Duration, p => p
            .Description("مهلت برگزاری مجمع عمومی عادی پس از پایان سال مالی", "Time after the fiscal year's end to hold the ordinary general assembly")
            .Source("Illustrative")
            .From(D(1403, 1, 1), CalendarDuration.FromMonths(4)))
        .Rule("active", r => r.Code("COOP_INACTIVE").Blocking()
            .Check("cooperative.active")
            .Message("تعاونی فعال نیست.", "The cooperative is not active."))
        .Rule("minimum-members", r => r.Code("MIN_MEMBERS").Blocking()
            .Citation("Illustrative; Cooperative Sector Law, art. 5")
            .Check("cooperative.memberCount >= $minimumMembers[cooperative.kind]")
            .Observed("cooperative.memberCount")
            .Required("$minimumMembers[cooperative.kind]")
            .Message("تعداد اعضا {observed} نفر است؛ دست‌کم {required} نفر لازم است.", "The cooperative has {observed} members; at least {required} are required."))
        .Rule("amount-ceiling", r => r.Code("AMOUNT_TOO_HIGH").Blocking()
            .Check("application.amount <= $maximumAmount")
            .Observed("application.amount")
            .Message("مبلغ درخواستی {observed} از سقف {parameter:maximumAmount} بیشتر است.", "The requested {observed} exceeds the ceiling of {parameter:maximumAmount}."))
        .Rule("age", r => r.Code("TOO_YOUNG").Blocking()
            .Check("monthsBetween(cooperative.registeredOn, asOf) >= 12")
            .Observed("monthsBetween(cooperative.registeredOn, asOf)")
            .Message("تعاونی {observed} ماه است که ثبت شده؛ دست‌کم ۱۲ ماه لازم است.", "The cooperative was registered {observed} months ago; at least 12 are required."))
        .Rule("assembly", r => r.Code("ASSEMBLY_LATE").Warning()
            .When("asOf > startOfFiscalYear(asOf) + $assemblyDeadline")
            .Check("cooperative.lastOrdinaryAssembly.heldOn >= startOfFiscalYear(asOf)")
            .Observed("cooperative.lastOrdinaryAssembly.heldOn")
            .Message("آخرین مجمع عمومی در {observed} برگزار شده است؛ مجمع امسال هنوز برگزار نشده.", "The last general assembly was held on {observed}; this year's has not been held yet."))
        .Rule("debt", r => r.Code("HIGH_DEBT").Info()
            .Check("cooperative.lastStatement.debts / cooperative.lastStatement.equity <= 2")
            .Observed("cooperative.lastStatement.debts / cooperative.lastStatement.equity")
            .Message("نسبت بدهی {observed} است.", "The debt ratio is {observed}."))
        .Score("employed-majority", "count(m in cooperative.members where m.employed) * 2 > count(cooperative.members)", points: 10)
        .Score("well-capitalised", "cooperative.capital >= 1 billion rial", points: 5, weight: 2)
        .Outcome(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Ineligible)
        .Outcome(RuleSeverity.Blocking, RuleStatus.Incomplete, PolicyOutcome.Incomplete)
        .Outcome(RuleSeverity.Blocking, RuleStatus.Error, PolicyOutcome.NeedsReview)
        .Outcome(RuleSeverity.Warning, RuleStatus.Failed, PolicyOutcome.NeedsReview);

    private static Policy FromFile() => PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/example-policy.json")).GetPolicyOrThrow();

    [Fact]
    public void The_builder_version_of_the_example_policy_equals_the_file_field_by_field()
    {
        PolicyAssert.Equal(FromFile(), Example().Build());
    }

    public static TheoryData<int, int, int, string> Cases() => new()
    {
        { 1404, 6, 15, "sample" },
        { 1403, 6, 15, "sample" },
        { 1404, 6, 15, "small-housing" },
        { 1405, 2, 1, "no-assembly" },
        { 1404, 6, 15, "big-amount" },
        { 1404, 6, 15, "empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_builder_version_of_the_example_policy_decides_exactly_like_the_file(int y, int m, int d, string facts)
    {
        var fromFile = new CompiledPolicy<TestFacts>(FromFile(), TestSchema.Schema);
        var built = new CompiledPolicy<TestFacts>(Example().Build(), TestSchema.Schema);
        TestFacts f = Facts(facts);
        PolicyAssert.SameDecision(fromFile.Evaluate(f, D(y, m, d), trace: true), built.Evaluate(f, D(y, m, d), trace: true));
    }

    private static TestFacts Facts(string name)
    {
        TestFacts f = TestSchema.Sample();
        switch (name)
        {
            case "small-housing":
                f.Cooperative!.Kind = "housing";
                f.Cooperative.MemberCount = 16;
                break;
            case "no-assembly":
                f.Cooperative!.LastAssembly = null;
                break;
            case "big-amount":
                f.Application!.Amount = 60_000_000_000m;
                break;
            case "empty":
                f = new TestFacts();
                break;
        }

        return f;
    }

    [Fact]
    public void A_money_number_is_rials_and_a_money_string_reads_like_the_file()
    {
        Policy p = Example().Build();
        PolicyParameter max = p.Parameters[1];
        Assert.Equal(FactValue.Money(30_000_000_000m), max.Values[0].Value);
        Assert.Equal(FactValue.Money(50_000_000_000m), max.Values[1].Value);
    }

    [Fact]
    public void Every_error_is_reported_at_once_with_the_json_path_a_file_would_have()
    {
        PolicyBuilder b = PolicyBuilder.Create("bad", version: 0)
            .Title("ف", "E")
            .Effective(D(1404, 1, 1), D(1403, 1, 1))
            .Parameter("limit", FactType.Integer, p => p.From(D(1404, 1, 1), 5L).From(D(1403, 1, 1), 6L))
            .Parameter("limit", FactType.Integer, p => p.From(D(1404, 1, 1), "seven"))
            .Rule("a", r => r.Code("A").Check("x >=").Message("{observed}", "ok"))
            .Rule("a", r => r.Code("B").Check("true").Message("{nonsense}", "ok"))
            .Rule("c", r => r.Check("true").Message("ok", "ok"));

        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => b.Build());
        string[] paths = [.. e.Errors.Select(x => x.JsonPath)];
        Assert.Contains("$.version", paths);
        Assert.Contains("$.effectiveTo", paths);
        Assert.Contains("$.parameters[0].values[1].from", paths);
        Assert.Contains("$.parameters[1].name", paths);
        Assert.Contains("$.parameters[1].values[0].value", paths);
        Assert.Contains("$.rules[0].check", paths);
        Assert.Contains("$.rules[0].message.fa", paths);
        Assert.Contains("$.rules[1].id", paths);
        Assert.Contains("$.rules[1].message.fa", paths);
        Assert.Contains("$.rules[2]", paths); // missing code
        Assert.All(e.Errors, x => Assert.Null(x.File));
        Assert.All(e.Errors, x => Assert.Null(x.Line));
        Assert.NotNull(e.Errors.Single(x => x.JsonPath == "$.rules[0].check").Column);
        Assert.Contains("$.rules[0].check", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryBuild_returns_the_errors_without_throwing()
    {
        PolicyReadResult r = PolicyBuilder.Create("x", 1).Effective(D(1404, 1, 1)).TryBuild();
        Assert.False(r.Success);
        Assert.Contains(r.Errors, e => e.Message.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(r.Errors, e => e.Message.Contains("'rules'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_an_error_at_its_path()
    {
        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => Minimal()
            .Parameter("flag", FactType.Boolean, p => p.From(D(1404, 1, 1), 3L))
            .Parameter("when", FactType.Date, p => p.From(D(1404, 1, 1), "1404/13/01"))
            .Parameter("span", FactType.Duration, p => p.From(D(1404, 1, 1), "soon"))
            .Parameter("table", FactType.Integer, p => p.Keyed().From(D(1404, 1, 1), 3L))
            .Build());
        Assert.Equal(
            ["$.parameters[0].values[0].value", "$.parameters[1].values[0].value", "$.parameters[2].values[0].value", "$.parameters[3].values[0].value"],
            e.Errors.Select(x => x.JsonPath));
    }

    [Fact]
    public void Severity_defaults_to_blocking_and_outcomes_to_the_default_mapping()
    {
        Policy p = Minimal().Build();
        Assert.Equal(RuleSeverity.Blocking, p.Rules[0].Severity);
        Assert.Same(OutcomeMapping.Default, p.Outcomes);
        Assert.Null(p.EffectiveTo);
        // An empty table would make a failed blocking rule end eligible: it is refused, saying so.
        PolicyReadResult empty = PolicyBuilder.Create("x", 1).Title("ف", "E").Effective(D(1404, 1, 1)).NoOutcomeRules()
            .Rule("r", r => r.Code("R").Check("true").Message("a", "b")).TryBuild();
        Assert.Null(empty.Policy);
        Assert.Contains(empty.Errors, e => e.JsonPath == "$.outcomes" && e.Message.StartsWith("the outcome table is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Keyed_tables_of_every_form_and_an_end_build()
    {
        Policy p = Minimal()
            .Parameter("rate", FactType.Decimal, x => x.Keyed().From(D(1404, 1, 1), new Dictionary<string, decimal> { ["a"] = 0.5m }))
            .Parameter("cap", FactType.Money, x => x.Keyed()
                .From(D(1404, 1, 1), new Dictionary<string, string> { ["a"] = "2 million toman" })
                .From(D(1404, 6, 1), new Dictionary<string, FactValue> { ["a"] = FactValue.Money(7m) })
                .EndsOn(D(1405, 1, 1), "repealed"))
            .Parameter("start", FactType.Date, x => x.From(D(1404, 1, 1), D(1404, 2, 2)))
            .Parameter("on", FactType.Boolean, x => x.Sources("coop-sector-law-art-54-sabtilia").From(D(1404, 1, 1), true).ValueSources("art44-law-art-12-1-2"))
            .Parameter("name", FactType.String, x => x.From(D(1404, 1, 1), "تعاونی"))
            .Parameter("ratio", FactType.Decimal, x => x.From(D(1404, 1, 1), 1.25m))
            .Build();
        Assert.Equal(FactValue.Decimal(0.5m), p.Parameters[0].Values[0].ByKey!["a"]);
        Assert.Equal(FactValue.Money(20_000_000m), p.Parameters[1].Values[0].ByKey!["a"]);
        Assert.Equal(FactValue.Money(7m), p.Parameters[1].Values[1].ByKey!["a"]);
        Assert.True(p.Parameters[1].Values[2].IsEnd);
        Assert.Equal("repealed", p.Parameters[1].Values[2].Reference);
        Assert.Equal(FactValue.Date(D(1404, 2, 2)), p.Parameters[2].Values[0].Value);
        Assert.Equal(["coop-sector-law-art-54-sabtilia"], p.Parameters[3].Sources);
        Assert.Equal(["art44-law-art-12-1-2"], p.Parameters[3].Values[0].Sources);
        Assert.Equal(["art44-law-art-12-1-2"], p.Parameters[3].SourcesOf(p.Parameters[3].Values[0]));
        Assert.Equal(FactValue.String("تعاونی"), p.Parameters[4].Values[0].Value);
        Assert.Equal(FactValue.Decimal(1.25m), p.Parameters[5].Values[0].Value);
    }

    [Fact]
    public void A_built_policy_with_an_unknown_field_fails_when_compiled_naming_the_rule_path()
    {
        Policy p = PolicyBuilder.Create("x", 1).Title("ف", "E").Effective(D(1404, 1, 1))
            .Rule("ok", r => r.Code("OK").Check("true").Message("a", "b"))
            .Rule("typo", r => r.Code("T").Check("cooperative.memberz > 1").Message("a", "b"))
            .Build();
        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new CompiledPolicy<TestFacts>(p, TestSchema.Schema));
        Assert.Equal("$.rules[1].check", Assert.Single(e.Errors).JsonPath);
    }

    [Fact]
    public void Null_callbacks_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Minimal().Rule("r", null!));
        Assert.Throws<ArgumentNullException>(() => Minimal().Parameter("p", FactType.Integer, null!));
        Assert.Throws<ArgumentNullException>(() => Minimal().Parameter("p", null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => Minimal().Parameter("p", FactType.String, x => x.From(D(1404, 1, 1), (string)null!)));
    }

    private static PolicyBuilder Minimal() => PolicyBuilder.Create("minimal", 1)
        .Title("کمینه", "Minimal")
        .Effective(D(1404, 1, 1))
        .Rule("r", r => r.Code("R").Check("true").Message("الف", "A"));
}
