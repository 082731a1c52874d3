using System.Collections.Concurrent;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using CsCheck;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class EvaluateOutcomeTests
{
    // Over the standard schema, with every rule status reachable on generated cooperatives: a keyed parameter whose
    // later table lacks some kinds (incomplete), a dated parameter that ends (incomplete), `when` (not applicable),
    // a division by a collateral value that may be zero (error), missing records, a collection function, warnings,
    // info and scoring terms over facts that may be missing.
    internal const string Equivalence = """
        {
          "id": "equivalence", "version": 1, "title": { "fa": "آزمون", "en": "Test" },
          "effectiveFrom": "1390/01/01",
          "parameters": [
            { "name": "minimumMembers", "type": "integer", "keyed": true, "values": [
                { "from": "1390/01/01", "value": { "consumer": 7, "housing": 15, "agricultural": 7, "industrial": 7, "services": 7, "employment-generating": 5 } },
                { "from": "1404/01/01", "value": { "consumer": 9, "housing": 20, "services": 5, "employment-generating": 5 } } ] },
            { "name": "maximumAmount", "type": "money", "values": [
                { "from": "1390/01/01", "value": "100 billion rial" },
                { "from": "1404/06/01", "value": "50 billion rial" },
                { "from": "1405/01/01", "value": null } ] },
            { "name": "maximumMemberShare", "type": "decimal", "values": [ { "from": "1390/01/01", "value": 0.3 } ] },
          ],
          "rules": [
            { "id": "active", "code": "ACTIVE", "severity": "blocking", "check": "cooperative.active",
              "message": { "fa": "فعال نیست", "en": "Not active" } },
            { "id": "members", "code": "MEMBERS", "severity": "blocking",
              "check": "cooperative.memberCount >= $minimumMembers[cooperative.kind]",
              "observed": "cooperative.memberCount", "required": "$minimumMembers[cooperative.kind]",
              "message": { "fa": "اعضا {observed}", "en": "{observed} members of {required}" } },
            { "id": "assembly", "code": "ASSEMBLY", "severity": "warning", "when": "cooperative.boardTermValid",
              "check": "cooperative.lastOrdinaryAssembly.heldOn >= asOf - 18 months",
              "observed": "cooperative.lastOrdinaryAssembly.heldOn",
              "message": { "fa": "مجمع {observed}", "en": "Assembly {observed}" } },
            { "id": "amount", "code": "AMOUNT", "severity": "blocking", "check": "application.amount <= $maximumAmount",
              "message": { "fa": "مبلغ", "en": "Amount over {parameter:maximumAmount}" } },
            { "id": "per-job", "code": "PER_JOB", "severity": "blocking", "when": "application.jobsCommitted >= 1",
              "check": "application.amountPerJob <= 10 billion rial",
              "message": { "fa": "هر شغل", "en": "Per job" } },
            { "id": "coverage", "code": "COVERAGE", "severity": "blocking",
              "check": "application.amount / application.collateralValue <= 1",
              "message": { "fa": "وثیقه", "en": "Collateral" } },
            { "id": "employed", "code": "EMPLOYED", "severity": "info",
              "check": "count(m in cooperative.members where m.employed) * 2 >= cooperative.memberCount",
              "message": { "fa": "اشتغال", "en": "Employment" } },
            { "id": "share", "code": "SHARE", "severity": "warning",
              "check": "cooperative.maxMemberShareOfCapital <= $maximumMemberShare",
              "message": { "fa": "سهم", "en": "Share" } },
            { "id": "statement", "code": "STATEMENT", "severity": "blocking",
              "check": "cooperative.lastStatement.equity > 0 rial or cooperative.statementsOnFile >= 3",
              "message": { "fa": "صورت مالی", "en": "Statement" } },
          ],
          "scoring": [
            { "id": "jobs", "when": "application.jobsCommitted >= 10", "points": 10 },
            { "id": "young", "when": "monthsBetween(cooperative.registeredOn, asOf) < 60", "points": 3, "weight": 1.5 },
          ],
        }
        """;

    private static readonly CompiledPolicy<EligibilityFacts> Policy_ = new(Policy(Equivalence), CoopFactSchema.Instance);
    private static readonly Cooperative[] Cooperatives = [.. RegistryGenerator.Cooperatives(150, seed: 5)];
    private static readonly SolarHijriDate[] Dates = [Date(1398, 3, 1), Date(1403, 11, 20), Date(1404, 5, 31), Date(1404, 8, 25), Date(1405, 2, 1)];

    [Fact]
    public void EvaluateOutcome_gives_the_outcome_score_and_statuses_of_Evaluate_for_generated_cooperatives()
    {
        var statuses = new HashSet<RuleStatus>();
        var outcomes = new HashSet<PolicyOutcome>();
        Span<RuleStatus> span = stackalloc RuleStatus[Policy_.RuleCount];
        foreach (Cooperative cooperative in Cooperatives)
        {
            foreach (SolarHijriDate asOf in Dates)
            {
                foreach (FacilityApplication? application in Applications(cooperative))
                {
                    var facts = new EligibilityFacts(cooperative, asOf, application);
                    AssertSame(facts, asOf, span);
                    foreach (RuleStatus s in span)
                    {
                        statuses.Add(s);
                    }

                    outcomes.Add(Policy_.EvaluateOutcome(facts, asOf).Outcome);
                }
            }
        }

        // The comparison means something only if every status and outcome occurred.
        Assert.Equal(Enum.GetValues<RuleStatus>().ToHashSet(), statuses);
        Assert.Equal(Enum.GetValues<PolicyOutcome>().ToHashSet(), outcomes);
    }

    [Fact]
    public void EvaluateOutcome_agrees_with_Evaluate_for_any_cooperative_date_and_application()
    {
        Gen.Select(Gen.Int[0, Cooperatives.Length - 1], Gen.Int[0, 3_000], Gen.Int[0, 2]).Sample((index, days, which) =>
        {
            Cooperative cooperative = Cooperatives[index];
            SolarHijriDate asOf = Date(1397, 1, 1).AddDays(days);
            FacilityApplication? application = Applications(cooperative)[which];
            Span<RuleStatus> span = stackalloc RuleStatus[Policy_.RuleCount];
            AssertSame(new EligibilityFacts(cooperative, asOf, application), asOf, span);
        }, iter: 300);
    }

    [Fact]
    public void EvaluateOutcome_allocates_nothing_when_every_fact_is_present()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        TestFacts passing = Passing();
        TestFacts failing = Passing();
        failing.Cooperative!.MemberCount = 3;
        failing.Application!.Amount = 2_000_000_000m;
        SolarHijriDate asOf = Date(1404, 6, 15);
        var statuses = new RuleStatus[policy.RuleCount];
        // Warm up past promotion, so the measured runs use the generated tier; GeneratedTierTests measures both tiers.
        decimal total = Run(CompiledPolicy<TestFacts>.DefaultPromoteAfter);
        Assert.True(policy.IsPromoted);

        long before = GC.GetAllocatedBytesForCurrentThread();
        total += Run(10_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal((CompiledPolicy<TestFacts>.DefaultPromoteAfter + 10_000m) * (20m + 10m + 1m), total);

        decimal Run(int times)
        {
            decimal sum = 0;
            for (int i = 0; i < times; i++)
            {
                DecisionSummary a = policy.EvaluateOutcome(passing, asOf, statuses);
                DecisionSummary b = policy.EvaluateOutcome(failing, asOf, statuses);
                sum += a.Score + b.Score + (int)b.Outcome;
            }

            return sum;
        }
    }

    [Fact]
    public void EvaluateOutcome_writes_statuses_in_rule_order_and_leaves_the_rest_of_the_span()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        TestFacts facts = Passing();
        facts.Cooperative!.DebtRatio = 3m;
        facts.Application!.Amount = null;
        RuleStatus[] statuses = [.. Enumerable.Repeat(RuleStatus.Error, policy.RuleCount + 2)];

        DecisionSummary d = policy.EvaluateOutcome(facts, Date(1404, 6, 15), statuses);

        Assert.Equal(4, policy.RuleCount);
        Assert.Equal([RuleStatus.Passed, RuleStatus.Incomplete, RuleStatus.Passed, RuleStatus.Failed, RuleStatus.Error, RuleStatus.Error], statuses);
        Assert.Equal(new DecisionSummary(PolicyOutcome.Incomplete, 20m), d);
    }

    [Fact]
    public void EvaluateOutcome_without_a_span_gives_the_same_summary()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 3;
        SolarHijriDate asOf = Date(1404, 6, 15);
        Assert.Equal(policy.EvaluateOutcome(facts, asOf, new RuleStatus[policy.RuleCount]), policy.EvaluateOutcome(facts, asOf));
        Assert.Equal(new DecisionSummary(PolicyOutcome.Ineligible, 10m), policy.EvaluateOutcome(facts, asOf));
    }

    [Fact]
    public void EvaluateOutcome_rejects_a_short_span_null_facts_and_a_date_outside_the_policy()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        var e = Assert.Throws<ArgumentException>(() => policy.EvaluateOutcome(Passing(), Date(1404, 6, 15), new RuleStatus[3]));
        Assert.Equal("statuses", e.ParamName);
        Assert.Contains("3 items", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => policy.EvaluateOutcome(null!, Date(1404, 6, 15)));
        Assert.Throws<PolicyNotInForceException>(() => policy.EvaluateOutcome(Passing(), Date(1405, 1, 1)));
    }

    [Fact]
    public void A_custom_outcome_mapping_applies_to_EvaluateOutcome_as_to_Evaluate()
    {
        // An info failure maps to needs-review and a blocking failure to incomplete here: the default would call the
        // first facts eligible and the second (a blocking failure) ineligible.
        string json = Valid.Replace(
            "\"scoring\": [",
            "\"outcomes\": [ { \"severity\": \"info\", \"status\": \"failed\", \"outcome\": \"needsReview\" }, { \"severity\": \"blocking\", \"status\": \"failed\", \"outcome\": \"incomplete\" } ], \"scoring\": [",
            StringComparison.Ordinal);
        CompiledPolicy<TestFacts> policy = Compiled(json);
        TestFacts facts = Passing();
        facts.Cooperative!.DebtRatio = 3m;
        SolarHijriDate asOf = Date(1404, 6, 15);
        Assert.Equal(PolicyOutcome.NeedsReview, policy.Evaluate(facts, asOf).Outcome);
        Assert.Equal(PolicyOutcome.NeedsReview, policy.EvaluateOutcome(facts, asOf).Outcome);
        facts.Cooperative.DebtRatio = 0.5m;
        facts.Cooperative.MemberCount = 3;
        Assert.Equal(PolicyOutcome.Incomplete, policy.Evaluate(facts, asOf).Outcome);
        Assert.Equal(PolicyOutcome.Incomplete, policy.EvaluateOutcome(facts, asOf).Outcome);
    }

    [Fact]
    public void Dated_parameter_values_stay_right_when_the_as_of_date_changes_between_evaluations()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 8;
        SolarHijriDate in1403 = Date(1403, 6, 1);
        SolarHijriDate in1404 = Date(1404, 6, 1);
        SolarHijriDate ended = Date(1404, 7, 1);
        for (int i = 0; i < 3; i++)
        {
            // 7 members needed in 1403, 10 in 1404; the maximum amount ends on 1404/07/01.
            Assert.Equal(PolicyOutcome.Eligible, policy.EvaluateOutcome(facts, in1403).Outcome);
            Assert.Equal(PolicyOutcome.Ineligible, policy.EvaluateOutcome(facts, in1404).Outcome);
            Assert.Equal(RuleStatus.Incomplete, policy.Evaluate(facts, ended)["amount"].Status);
            Assert.Equal(RuleStatus.Passed, policy.Evaluate(facts, in1403)["amount"].Status);
        }
    }

    [Fact]
    public void Evaluating_from_many_threads_at_many_dates_gives_the_sequential_results()
    {
        var work = (from c in Cooperatives.Take(40) from d in Dates select (Cooperative: c, AsOf: d)).ToArray();
        DecisionSummary[] expected = [.. work.Select(w => Summary(Policy_.Evaluate(new EligibilityFacts(w.Cooperative, w.AsOf, Applications(w.Cooperative)[1]), w.AsOf)))];
        var actual = new ConcurrentDictionary<int, DecisionSummary>();
        Parallel.For(0, work.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = i % work.Length;
            actual[k] = Policy_.EvaluateOutcome(new EligibilityFacts(work[k].Cooperative, work[k].AsOf, Applications(work[k].Cooperative)[1]), work[k].AsOf);
            Assert.Equal(expected[k], actual[k]);
        });
        Assert.Equal(work.Length, actual.Count);
    }

    private static DecisionSummary Summary(Decision d) => new(d.Outcome, d.Score);

    private static void AssertSame(EligibilityFacts facts, SolarHijriDate asOf, Span<RuleStatus> statuses)
    {
        if (!Policy_.Policy.IsInForce(asOf))
        {
            return;
        }

        Decision decision = Policy_.Evaluate(facts, asOf);
        DecisionSummary summary = Policy_.EvaluateOutcome(facts, asOf, statuses);
        Assert.Equal(Summary(decision), summary);
        Assert.Equal(decision.Rules.Select(r => r.Status), statuses.ToArray());
        Assert.Equal(summary, Policy_.EvaluateOutcome(facts, asOf));
    }

    /// <summary>No application, the cooperative's own first one (or a fixed one), and one with no collateral and no jobs.</summary>
    internal static FacilityApplication?[] Applications(Cooperative cooperative)
    {
        FacilityApplication own = cooperative.FacilityApplications.IsEmpty
            ? new FacilityApplication("Tabsare 18", Date(1404, 1, 10), Money.FromRials(30_000_000_000), 12, ProjectSector.Industry, CollateralKind.Property, Money.FromRials(40_000_000_000), Money.Zero, 0)
            : cooperative.FacilityApplications[0];
        FacilityApplication bare = own with { Collateral = CollateralKind.None, CollateralValue = Money.Zero, JobsCommitted = 0 };
        return [null, own, bare];
    }
}
