using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Tests.Eligibility.Sources;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class AssumptionOutcomeTests
{
    private static readonly SourceRegister Register = SourceRegister.Parse(SourceRegisterTests.Good);

    // minimumMembers rests on a secondary source until 1404, then its amended table on an assumption; maximumAmount
    // names no source; the debt rule itself cites only an assumption; the assembly rule uses no parameter.
    internal const string Json = """
        {
          "id": "assumptions", "version": 1, "title": { "fa": "آزمون", "en": "Test" },
          "effectiveFrom": "1403/01/01", "effectiveTo": "1405/12/29",
          "parameters": [
            { "name": "minimumMembers", "type": "integer", "keyed": true, "sources": ["coop-sector-law-art-54"],
              "values": [
                { "from": "1403/01/01", "value": { "consumer": 7 } },
                { "from": "1404/01/01", "value": { "consumer": 10 }, "sources": ["assumed-ceiling"] } ] },
            { "name": "maximumAmount", "type": "money", "values": [ { "from": "1403/01/01", "value": "1 billion rial" } ] },
            { "name": "debtCap", "type": "decimal", "sources": ["art44-art-12", "coop-sector-law-art-54"], "values": [ { "from": "1403/01/01", "value": 1 } ] },
          ],
          "rules": [
            { "id": "members", "code": "MIN_MEMBERS", "severity": "blocking", "sources": ["coop-sector-law-art-54"],
              "check": "cooperative.memberCount >= $minimumMembers[cooperative.kind]",
              "observed": "cooperative.memberCount", "required": "$minimumMembers[cooperative.kind]",
              "message": { "fa": "اعضا {observed}", "en": "{observed} members; at least {required}" } },
            { "id": "amount", "code": "AMOUNT", "severity": "blocking", "sources": ["art44-art-12"],
              "check": "application.amount <= $maximumAmount",
              "message": { "fa": "مبلغ", "en": "Amount over {parameter:maximumAmount}" } },
            { "id": "debt", "code": "DEBT", "severity": "blocking", "sources": ["assumed-ceiling"],
              "check": "cooperative.debtRatio <= 2",
              "message": { "fa": "بدهی", "en": "Debt" } },
            { "id": "debt-cap", "code": "DEBT_CAP", "severity": "warning", "sources": ["art44-art-12"],
              "check": "cooperative.debtRatio <= $debtCap",
              "message": { "fa": "بدهی", "en": "Debt over the cap" } },
          ],
        }
        """;

    private static CompiledPolicy<TestFacts> Compile(string json = Json, int promoteAfter = int.MaxValue) =>
        new(Policy(json), TestSchema.Schema, sources: Register) { PromoteAfter = promoteAfter };

    private static TestFacts Facts(long members = 12, decimal amount = 900_000_000m, decimal debt = 0.5m)
    {
        TestFacts f = TestSchema.Sample();
        f.Cooperative!.MemberCount = members;
        f.Cooperative.DebtRatio = debt;
        f.Application!.Amount = amount;
        return f;
    }

    [Fact]
    public void A_failure_on_a_sourced_value_is_ineligible_and_does_not_rest_on_an_assumption()
    {
        Decision d = Compile().Evaluate(Facts(members: 5), Date(1403, 6, 1));
        Assert.Equal(PolicyOutcome.Ineligible, d.Outcome);
        Assert.False(d["members"].RestsOnAssumption);
        Assert.Empty(d["members"].Assumptions);
        Assert.Null(d["members"].AssumptionNote);
        Assert.Equal(["coop-sector-law-art-54"], d["members"].Sources);
    }

    [Fact]
    public void A_failure_on_a_value_that_rests_on_an_assumption_needs_review_and_says_why_in_both_languages()
    {
        Decision d = Compile().Evaluate(Facts(members: 8), Date(1404, 6, 1));

        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        RuleResult members = d["members"];
        Assert.Equal(RuleStatus.Failed, members.Status);
        Assert.True(members.RestsOnAssumption);
        Assert.True(d.RestsOnAssumption);
        Assert.Equal([new AssumptionBasis("minimumMembers", Date(1404, 1, 1), ["assumed-ceiling"])], members.Assumptions);
        Assert.Equal("rests on an unverified assumption: $minimumMembers from 1404/01/01 (assumed-ceiling)", members.AssumptionNote!.En);
        Assert.Equal("بر فرضی تأییدنشده استوار است: $minimumMembers از ۱۴۰۴/۰۱/۰۱ (assumed-ceiling)", members.AssumptionNote.Fa);
        Assert.Equal("8 members; at least 10", members.MessageEn);
    }

    [Fact]
    public void A_value_that_names_no_source_is_an_assumption_too()
    {
        Decision d = Compile().Evaluate(Facts(amount: 2_000_000_000m), Date(1403, 6, 1));
        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        Assert.Equal("rests on an unverified assumption: $maximumAmount from 1403/01/01 (no source)", d["amount"].AssumptionNote!.En);
        Assert.Contains("(بدون منبع)", d["amount"].AssumptionNote!.Fa, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_cites_only_an_assumption_rests_on_it_whatever_its_parameters()
    {
        Decision d = Compile().Evaluate(Facts(debt: 3m), Date(1403, 6, 1));
        Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        Assert.Equal([new AssumptionBasis(null, null, ["assumed-ceiling"])], d["debt"].Assumptions);
        Assert.Equal("rests on an unverified assumption: the rule's own reading (assumed-ceiling)", d["debt"].AssumptionNote!.En);

        // debtCap rests on an official and a secondary source: the weakest is secondary, not an assumption.
        Assert.False(d["debt-cap"].RestsOnAssumption);
        Assert.Equal(SourceStanding.Secondary, d.Parameters.Single(p => p.Name == "debtCap").Standing);
    }

    [Fact]
    public void A_sourced_failure_on_the_same_mapping_line_keeps_the_outcome_ineligible()
    {
        // 1403: the member minimum is sourced (firm) and the amount ceiling is not (soft); both are blocking failures.
        Decision d = Compile().Evaluate(Facts(members: 5, amount: 2_000_000_000m), Date(1403, 6, 1));
        Assert.Equal(PolicyOutcome.Ineligible, d.Outcome);
        Assert.False(d["members"].RestsOnAssumption);
        Assert.True(d["amount"].RestsOnAssumption);
    }

    [Fact]
    public void AsMapped_keeps_the_mapping_but_still_reports_the_assumption()
    {
        string json = Json.Replace("\"effectiveTo\": \"1405/12/29\",", "\"effectiveTo\": \"1405/12/29\", \"assumptionFailures\": \"asMapped\",", StringComparison.Ordinal);
        CompiledPolicy<TestFacts> policy = Compile(json);
        Assert.Equal(AssumptionFailureHandling.AsMapped, policy.Policy.Outcomes.AssumptionFailures);

        Decision d = policy.Evaluate(Facts(members: 8), Date(1404, 6, 1));

        Assert.Equal(PolicyOutcome.Ineligible, d.Outcome);
        Assert.True(d["members"].RestsOnAssumption);
        Assert.Equal(PolicyOutcome.Ineligible, policy.EvaluateOutcome(Facts(members: 8), Date(1404, 6, 1)).Outcome);
    }

    [Fact]
    public void A_custom_mapping_softens_only_an_ineligible_outcome()
    {
        var rule = new PolicyRule("r", "R", RuleSeverity.Blocking, "true", new PolicyText("a", "b"));
        var failing = new RuleResult(rule, RuleStatus.Failed,
            new RuleDetail(rule, RuleStatus.Failed, rule.Message, assumptions: new AssumptionSet([new AssumptionBasis("x", Date(1404, 1, 1), [])])));
        var incomplete = new OutcomeMapping([new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Incomplete)]);
        Assert.Equal(PolicyOutcome.Incomplete, incomplete.Map([failing]));
        Assert.Equal(PolicyOutcome.NeedsReview, OutcomeMapping.Default.Map([failing]));
        Assert.Equal(PolicyOutcome.Ineligible, new OutcomeMapping(OutcomeMapping.Default.Rules, AssumptionFailureHandling.AsMapped).Map([failing]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OutcomeMapping([], (AssumptionFailureHandling)5));
    }

    public static TheoryData<int> Tiers() => [int.MaxValue, 0];

    [Theory]
    [MemberData(nameof(Tiers))]
    public void EvaluateOutcome_gives_the_outcome_of_Evaluate_on_both_tiers(int promoteAfter)
    {
        CompiledPolicy<TestFacts> policy = Compile(promoteAfter: promoteAfter);
        var seen = new HashSet<PolicyOutcome>();
        Span<RuleStatus> statuses = stackalloc RuleStatus[policy.RuleCount];
        foreach (SolarHijriDate asOf in new[] { Date(1403, 6, 1), Date(1404, 6, 1) })
        {
            foreach (long members in new long[] { 5, 8, 12 })
            {
                foreach (decimal amount in new[] { 900_000_000m, 2_000_000_000m })
                {
                    foreach (decimal debt in new[] { 0.5m, 1.5m, 3m })
                    {
                        TestFacts facts = Facts(members, amount, debt);
                        Decision d = policy.Evaluate(facts, asOf);
                        Assert.Equal(new DecisionSummary(d.Outcome, d.Score), policy.EvaluateOutcome(facts, asOf, statuses));
                        Assert.Equal(d.Outcome, policy.EvaluateOutcome(facts, asOf).Outcome);
                        Assert.Equal(d.Rules.Select(r => r.Status), statuses.ToArray());
                        seen.Add(d.Outcome);
                    }
                }
            }
        }

        Assert.Equal(promoteAfter == 0, policy.IsPromoted);
        Assert.Equal([PolicyOutcome.Eligible, PolicyOutcome.Ineligible, PolicyOutcome.NeedsReview], seen.Order());
    }

    [Theory]
    [MemberData(nameof(Tiers))]
    public void EvaluateOutcome_allocates_nothing_when_a_failure_rests_on_an_assumption(int promoteAfter)
    {
        CompiledPolicy<TestFacts> policy = Compile(promoteAfter: promoteAfter);
        TestFacts soft = Facts(members: 8, amount: 2_000_000_000m);
        TestFacts firm = Facts(members: 5, debt: 1.5m);
        SolarHijriDate asOf = Date(1404, 6, 1);
        int sum = Run(10);

        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += Run(1_000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_010 * ((int)PolicyOutcome.NeedsReview + (int)PolicyOutcome.NeedsReview), sum);

        int Run(int times)
        {
            int total = 0;
            for (int i = 0; i < times; i++)
            {
                // 1404: the minimum rests on an assumption, so even 5 members is a soft failure; the warning makes both need review.
                total += (int)policy.EvaluateOutcome(soft, asOf).Outcome + (int)policy.EvaluateOutcome(firm, asOf).Outcome;
            }

            return total;
        }
    }

    [Fact]
    public void A_decision_lists_the_parameters_it_consulted_with_their_value_date_sources_and_standing()
    {
        CompiledPolicy<TestFacts> policy = Compile();

        Decision d1403 = policy.Evaluate(Facts(), Date(1403, 6, 1));
        Decision d1404 = policy.Evaluate(Facts(), Date(1404, 6, 1));

        DecisionParameter before = d1403.Parameters.Single(p => p.Name == "minimumMembers");
        Assert.Equal(Date(1403, 1, 1), before.EffectiveFrom);
        Assert.Equal(["coop-sector-law-art-54"], before.SourceIds);
        Assert.True(before.InForce!.Inherited);
        Assert.Equal(SourceStanding.Secondary, before.Standing);
        Assert.False(before.RestsOnAssumption);
        Assert.Equal(["members"], before.UsedBy);

        DecisionParameter after = d1404.Parameters.Single(p => p.Name == "minimumMembers");
        Assert.Equal(Date(1404, 1, 1), after.EffectiveFrom);
        Assert.Equal(["assumed-ceiling"], after.SourceIds);
        Assert.Equal(SourceStanding.Assumption, after.Standing);
        Assert.True(after.RestsOnAssumption);

        DecisionParameter amount = d1404.Parameters.Single(p => p.Name == "maximumAmount");
        Assert.Null(amount.Standing);
        Assert.Empty(amount.SourceIds);
        Assert.True(amount.RestsOnAssumption);
        Assert.Equal(["minimumMembers", "maximumAmount", "debtCap"], d1404.Parameters.Select(p => p.Name));
        Assert.Same(d1404.Parameters, d1404.Parameters);
    }

    [Fact]
    public void An_unknown_source_id_does_not_compile_and_names_the_id_the_rule_and_the_line()
    {
        string json = Json.Replace("\"code\": \"AMOUNT\", \"severity\": \"blocking\", \"sources\": [\"art44-art-12\"]", "\"code\": \"AMOUNT\", \"severity\": \"blocking\", \"sources\": [\"art44-art-13\"]", StringComparison.Ordinal);
        Assert.NotEqual(Json, json);

        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new CompiledPolicy<TestFacts>(Policy(json), TestSchema.Schema, sources: Register));

        PolicyError error = Assert.Single(e.Errors);
        Assert.Equal("$.rules[1].sources[0]", error.JsonPath);
        Assert.Equal(17, error.Line);
        Assert.Equal("unknown source id 'art44-art-13' in rule 'amount' (AMOUNT): the register has no such entry — did you mean 'art44-art-12'?", error.Message);
    }
}
