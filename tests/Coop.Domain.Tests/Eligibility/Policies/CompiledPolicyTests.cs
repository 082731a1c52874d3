using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class CompiledPolicyTests
{
    private static readonly CompiledPolicy<TestFacts> Compiled_ = Compiled();
    private static readonly SolarHijriDate AsOf = Date(1404, 6, 15);

    [Fact]
    public void Facts_that_pass_every_rule_are_eligible_with_the_score_of_the_terms_that_hold()
    {
        Decision d = Compiled_.Evaluate(Passing(), AsOf);
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
        Assert.All(d.Rules, r => Assert.Equal(RuleStatus.Passed, r.Status));
        Assert.All(d.Rules, r => Assert.Null(r.Message));
        Assert.Equal(10m + (5m * 2m), d.Score);
        Assert.Null(d.Trace);
        Assert.Equal(AsOf, d.AsOf);
    }

    [Fact]
    public void A_failed_blocking_rule_makes_the_applicant_ineligible_with_messages_in_both_languages()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 8;
        Decision d = Compiled_.Evaluate(facts, AsOf);
        Assert.Equal(PolicyOutcome.Ineligible, d.Outcome);
        RuleResult r = d["members"];
        Assert.Equal(RuleStatus.Failed, r.Status);
        Assert.Equal("MIN_MEMBERS", r.Code);
        Assert.Equal("art. 5", r.Citation);
        Assert.Equal(RuleSeverity.Blocking, r.Severity);
        Assert.Equal(FactValue.Integer(8), r.Observed);
        Assert.Equal(FactValue.Integer(10), r.Required);
        Assert.Equal("8 members; at least 10 required.", r.MessageEn);
        Assert.Equal("تعداد اعضا ۸ است؛ دست‌کم ۱۰ لازم است.", r.MessageFa);
        Assert.Equal(10m, d.Score);
    }

    [Fact]
    public void Money_and_parameters_are_formatted_invariantly_with_Persian_digits_in_Persian()
    {
        TestFacts facts = Passing();
        facts.Application!.Amount = 1_500_000_000m;
        RuleResult r = Compiled_.Evaluate(facts, AsOf)["amount"];
        Assert.Equal("1,500,000,000 rials exceeds 1,000,000,000 rials.", r.MessageEn);
        Assert.Equal("مبلغ ۱٬۵۰۰٬۰۰۰٬۰۰۰ ریال بیش از ۱٬۰۰۰٬۰۰۰٬۰۰۰ ریال است.", r.MessageFa);
    }

    [Fact]
    public void A_failed_warning_needs_review_and_dates_render_in_messages()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.LastAssembly!.HeldOn = Date(1403, 4, 2);
        Decision d = Compiled_.Evaluate(facts, AsOf);
        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        Assert.Equal("Last assembly 1403/04/02 (as of 1404/06/15)", d["assembly"].MessageEn);
        Assert.Equal("آخرین مجمع ۱۴۰۳/۰۴/۰۲", d["assembly"].MessageFa);
    }

    [Fact]
    public void A_failed_info_rule_does_not_change_the_outcome()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.DebtRatio = 3m;
        Decision d = Compiled_.Evaluate(facts, AsOf);
        Assert.Equal(RuleStatus.Failed, d["debt"].Status);
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
    }

    [Fact]
    public void A_false_when_condition_makes_the_rule_not_applicable()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.Active = false;
        facts.Cooperative.LastAssembly = null;
        Decision d = Compiled_.Evaluate(facts, AsOf);
        Assert.Equal(RuleStatus.NotApplicable, d["assembly"].Status);
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
    }

    [Fact]
    public void Missing_data_makes_the_rule_incomplete_naming_the_fact()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = null;
        Decision d = Compiled_.Evaluate(facts, AsOf);
        RuleResult r = d["members"];
        Assert.Equal(RuleStatus.Incomplete, r.Status);
        Assert.Equal("cooperative.memberCount", r.MissingFact);
        Assert.Contains("cooperative.memberCount", r.MessageEn, StringComparison.Ordinal);
        Assert.Contains("cooperative.memberCount", r.MessageFa, StringComparison.Ordinal);
        Assert.Equal(PolicyOutcome.Incomplete, d.Outcome);
    }

    [Fact]
    public void A_missing_key_in_the_parameter_table_is_incomplete_not_false()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.Kind = "agricultural";
        RuleResult r = Compiled_.Evaluate(facts, AsOf)["members"];
        Assert.Equal(RuleStatus.Incomplete, r.Status);
        Assert.Equal("$minimumMembers[agricultural]", r.MissingFact);
    }

    [Fact]
    public void A_parameter_ended_by_null_makes_its_rule_incomplete_after_the_end()
    {
        Decision d = Compiled_.Evaluate(Passing(), Date(1404, 7, 1));
        Assert.Equal(RuleStatus.Incomplete, d["amount"].Status);
        Assert.Equal("$maximumAmount", d["amount"].MissingFact);
        Assert.Equal(PolicyOutcome.Incomplete, d.Outcome);
    }

    [Fact]
    public void A_failed_blocking_rule_outranks_an_incomplete_one()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 1;
        facts.Application!.Amount = null;
        Assert.Equal(PolicyOutcome.Ineligible, Compiled_.Evaluate(facts, AsOf).Outcome);
    }

    [Fact]
    public void An_evaluation_error_in_a_blocking_rule_needs_review()
    {
        string json = Valid.Replace("cooperative.debtRatio <= 1\"", "cooperative.debtRatio / 0 <= 1\"", StringComparison.Ordinal)
            .Replace("\"severity\": \"info\"", "\"severity\": \"blocking\"", StringComparison.Ordinal);
        Decision d = Compiled(json).Evaluate(Passing(), AsOf);
        Assert.Equal(RuleStatus.Error, d["debt"].Status);
        Assert.Contains("division by zero", d["debt"].Error, StringComparison.Ordinal);
        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
    }

    [Fact]
    public void The_trace_records_sub_expressions_and_parameters_with_their_effective_dates()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.Kind = "housing";
        Decision d = Compiled_.Evaluate(facts, AsOf, trace: true);
        RuleTrace members = Assert.Single(d.Trace!, t => t.RuleId == "members");
        Assert.Contains(members.Entries, e => e.Text == "cooperative.memberCount" && e.Result.Value == FactValue.Integer(12));
        ParameterUse use = Assert.Single(members.Parameters.Distinct());
        Assert.Equal(("minimumMembers", "housing", FactValue.Integer(20), Date(1404, 1, 1)), (use.Name, use.Key, use.Value, use.EffectiveFrom));
        Assert.Equal(d.Rules.Count, d.Trace!.Count);
        Assert.Equal(Compiled_.Evaluate(facts, AsOf).Outcome, d.Outcome);
    }

    [Fact]
    public void The_trace_shows_each_scoring_term_its_condition_and_the_points_it_added()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 8;
        Decision d = Compiled_.Evaluate(facts, AsOf, trace: true);
        Assert.Null(Compiled_.Evaluate(facts, AsOf).ScoringTrace);
        Assert.Collection(
            d.ScoringTrace!,
            big =>
            {
                Assert.Equal(("big", ConditionState.False, 0m), (big.TermId, big.Condition.State, big.Points));
                Assert.Contains(big.Entries, e => e.Text == "cooperative.memberCount" && e.Result.Value == FactValue.Integer(8));
            },
            capital =>
            {
                Assert.Equal(("capital", ConditionState.True, 10m), (capital.TermId, capital.Condition.State, capital.Points));
                Assert.Contains(capital.Entries, e => e.Text.StartsWith("cooperative.capital >=", StringComparison.Ordinal) && e.Result.Value == FactValue.Boolean(true));
            });
        Assert.Equal(d.Score, d.ScoringTrace!.Sum(t => t.Points));
        Assert.Equal(Compiled_.Evaluate(facts, AsOf).Score, d.Score);
    }

    [Fact]
    public void A_scoring_term_whose_fact_is_missing_adds_nothing_and_its_trace_names_the_fact()
    {
        TestFacts facts = Passing();
        facts.Cooperative!.Capital = null;
        Decision d = Compiled_.Evaluate(facts, AsOf, trace: true);
        ScoringTrace capital = Assert.Single(d.ScoringTrace!, t => t.TermId == "capital");
        Assert.Equal((ConditionState.Missing, "cooperative.capital", 0m), (capital.Condition.State, capital.Condition.MissingFact, capital.Points));
        Assert.Equal(10m, d.Score);
    }

    [Fact]
    public void A_parameter_named_only_in_a_message_is_in_the_rule_trace_with_its_effective_date()
    {
        string json = Valid.Replace("\"en\": \"High debt\"", "\"en\": \"High debt; the largest loan is {parameter:maximumAmount}\"", StringComparison.Ordinal);
        TestFacts facts = Passing();
        facts.Cooperative!.DebtRatio = 3m;
        Decision d = Compiled(json).Evaluate(facts, AsOf, trace: true);
        Assert.Equal(RuleStatus.Failed, d["debt"].Status);
        Assert.StartsWith("High debt; the largest loan is 1", d["debt"].MessageEn, StringComparison.Ordinal);
        RuleTrace debt = Assert.Single(d.Trace!, t => t.RuleId == "debt");
        ParameterUse use = Assert.Single(debt.Parameters);
        Assert.Equal(("maximumAmount", (string?)null, Date(1403, 1, 1)), (use.Name, use.Key, use.EffectiveFrom));
        Assert.Equal(d["debt"].MessageEn, Compiled(json).Evaluate(facts, AsOf)["debt"].MessageEn);
    }

    [Fact]
    public void Evaluating_outside_the_effective_range_is_a_typed_error()
    {
        var e = Assert.Throws<PolicyNotInForceException>(() => Compiled_.Evaluate(Passing(), Date(1405, 1, 1)));
        Assert.Equal("test-credit", e.PolicyId);
        Assert.Equal(Date(1405, 1, 1), e.AsOf);
        Assert.Throws<PolicyNotInForceException>(() => Compiled_.Evaluate(Passing(), Date(1402, 12, 29)));
    }

    [Fact]
    public void A_scoring_term_whose_points_times_weight_overflow_a_decimal_is_a_load_error_naming_it()
    {
        string json = Valid.Replace("\"points\": 5, \"weight\": 2", "\"points\": 100000000000000000000, \"weight\": 100000000000000000000", StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        var e = Assert.Throws<PolicyLoadException>(() => Compiled(json));
        PolicyError error = Assert.Single(e.Errors);
        Assert.Equal("$.scoring[1]", error.JsonPath);
        Assert.Contains("'capital'", error.Message, StringComparison.Ordinal);
        Assert.Equal("test.json", error.File);
    }

    [Fact]
    public void Compiling_collects_every_expression_error_with_its_path_and_column()
    {
        string json = Valid
            .Replace("cooperative.memberCount >= $minimumMembers", "cooperative.memberz >= $minimumMembers", StringComparison.Ordinal)
            .Replace("application.amount <= $maximumAmount", "application.amount <= $maximumAmounts", StringComparison.Ordinal)
            .Replace("\"when\": \"cooperative.memberCount >= 10\"", "\"when\": \"cooperative.memberCount\"", StringComparison.Ordinal);
        var e = Assert.Throws<PolicyLoadException>(() => Compiled(json));
        Assert.Equal(["$.rules[0].check", "$.rules[1].check", "$.scoring[0].when"], e.Errors.Select(x => x.JsonPath));
        Assert.Contains("unknown field cooperative.memberz", e.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(13, e.Errors[0].Column);
        Assert.NotNull(e.Errors[0].Line);
        Assert.Equal("test.json", e.Errors[0].File);
        Assert.Contains("$maximumAmount?", e.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(24, e.Errors[1].Column); // the compiler points at the name after the $
        Assert.Contains("Boolean", e.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_set_selects_the_version_in_force_and_never_falls_back()
    {
        CompiledPolicy<TestFacts> v1 = Compiled_;
        string v2Json = Valid.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("\"effectiveFrom\": \"1403/01/01\"", "\"effectiveFrom\": \"1405/01/01\"", StringComparison.Ordinal)
            .Replace("\"effectiveTo\": \"1404/12/29\"", "\"effectiveTo\": \"1405/12/29\"", StringComparison.Ordinal);
        var set = new PolicySet<TestFacts>([Compiled(v2Json), v1]);
        Assert.Equal(1, set.Select(Date(1404, 12, 29)).Policy.Version);
        Assert.Equal(2, set.Select(Date(1405, 1, 1)).Policy.Version);
        Assert.Equal(2, set.Evaluate(Passing(), Date(1405, 6, 1)).Policy.Version);
        var e = Assert.Throws<PolicyNotInForceException>(() => set.Select(Date(1406, 1, 1)));
        Assert.Contains("v1 1403/01/01–1404/12/29", e.Message, StringComparison.Ordinal);
        Assert.Throws<PolicyNotInForceException>(() => set.Evaluate(Passing(), Date(1402, 1, 1)));
    }

    [Fact]
    public void A_policy_set_rejects_overlapping_versions_and_other_policies()
    {
        Assert.Throws<ArgumentException>(() => new PolicySet<TestFacts>([Compiled_, Compiled_]));
        Assert.Throws<ArgumentException>(() => new PolicySet<TestFacts>([]));
        string other = Valid.Replace("\"id\": \"test-credit\"", "\"id\": \"other\"", StringComparison.Ordinal)
            .Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal)
            .Replace("\"effectiveFrom\": \"1403/01/01\"", "\"effectiveFrom\": \"1405/01/01\"", StringComparison.Ordinal)
            .Replace("\"effectiveTo\": \"1404/12/29\"", "\"effectiveTo\": \"1405/12/29\"", StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PolicySet<TestFacts>([Compiled_, Compiled(other)]));
    }

    [Fact]
    public void The_default_outcome_mapping_is_documented_data()
    {
        Assert.Equal(
            [
                new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Ineligible),
                new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Incomplete, PolicyOutcome.Incomplete),
                new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Error, PolicyOutcome.NeedsReview),
                new OutcomeRule(RuleSeverity.Warning, RuleStatus.Failed, PolicyOutcome.NeedsReview),
            ],
            OutcomeMapping.Default.Rules);
    }

    [Fact]
    public void The_example_policy_in_seeds_reads_and_compiles_against_the_example_schema()
    {
        PolicyReadResult result = PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/example-policy.json"));
        Assert.Empty(result.Errors);
        var compiled = new CompiledPolicy<TestFacts>(result.Policy!, TestSchema.Schema);
        Decision d = compiled.Evaluate(TestSchema.Sample(), Date(1404, 6, 15));
        Assert.Equal(6, d.Rules.Count);
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
    }
}
