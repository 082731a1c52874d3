using System.Collections.Concurrent;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using CsCheck;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

/// <summary>
/// The generated-code tier (TreeCompiler) must give exactly the closures' answers: the same statuses, outcome and
/// score, and through <see cref="CompiledPolicy{TRoot}.Evaluate"/> the same messages, missing facts and errors. Each
/// test runs one policy twice: never promoted, and promoted on its first evaluation.
/// </summary>
public sealed class GeneratedTierTests
{
    // One rule per construct of the language over the test schema: Kleene and / or with missing sides, arithmetic
    // with division by zero and overflow, dates and durations, strings, in / between, collection functions, the
    // function table, keyed and dated parameters (maximumAmount ends on 1404/07/01), folded parameter arithmetic.
    private static readonly string[] Checks =
    [
        "cooperative.memberCount >= $minimumMembers[cooperative.kind]",
        "application.amount <= $maximumAmount",
        "cooperative.lastAssembly.heldOn >= asOf - 18 months",
        "cooperative.debtRatio <= 1",
        "cooperative.active and cooperative.memberCount > 5",
        "cooperative.active or cooperative.memberCount > 5",
        "not (cooperative.debtRatio > 0.5)",
        "cooperative.capital / cooperative.memberCount >= 100 million rial",
        "application.amount / cooperative.capital <= 0.5",
        "cooperative.kind = 'consumer'",
        "cooperative.kind != 'housing'",
        "cooperative.kind in ['consumer', 'housing']",
        "cooperative.memberCount between 3 and 20",
        "count(m in cooperative.members where m.employed) >= 2",
        "all(m in cooperative.members: m.age >= 18)",
        "sum(m in cooperative.members: m.shares) >= cooperative.capital * 0.5",
        "monthsBetween(cooperative.registeredOn, asOf) >= 24",
        "application.submittedOn + application.term <= asOf + $gracePeriod",
        "application.submittedOn <= endOfMonth(asOf)",
        "known(cooperative.lastAssembly.heldOn) or cooperative.memberCount < 3",
        "cooperative.memberCount * 2 - 1 > 10",
        "abs(cooperative.debtRatio - 1) < 0.5",
        "cooperative.registeredOn < @1400/01/01 and (cooperative.active or cooperative.debtRatio < 0.2)",
        "cooperative.capital >= $maximumAmount * 0.1",
        "asOf - 2 years > cooperative.registeredOn",
        "cooperative.memberCount * 4000000000000000000 > 0",
        "cooperative.active = true",
        "cooperative.debtRatio = cooperative.debtRatio",
        "application.term = 12 months",
        "max(cooperative.memberCount, 10) > 12",
        "fiscalYear(asOf) = 1404 or cooperative.active != false",
        "(cooperative.memberCount > 3 or cooperative.debtRatio < 1) and (cooperative.capital > 0 rial or not cooperative.active)",
    ];

    private static readonly string TestPolicy = $$"""
        {
          "id": "tiers", "version": 1, "title": { "fa": "آزمون", "en": "Test" },
          "effectiveFrom": "1403/01/01",
          "parameters": [
            { "name": "minimumMembers", "type": "integer", "keyed": true, "values": [
                { "from": "1403/01/01", "value": { "consumer": 7, "housing": 15 } },
                { "from": "1404/01/01", "value": { "consumer": 10, "housing": 20 } } ] },
            { "name": "maximumAmount", "type": "money", "values": [
                { "from": "1403/01/01", "value": "1 billion rial" }, { "from": "1404/07/01", "value": null } ] },
            { "name": "gracePeriod", "type": "duration", "values": [ { "from": "1403/01/01", "value": "4 months" } ] },
          ],
          "rules": [
            {{string.Join(",\n", Checks.Select((c, i) =>
                $$"""{ "id": "r{{i}}", "code": "R{{i}}", "severity": "{{(i % 3 == 0 ? "warning" : "blocking")}}", {{(i % 4 == 2 ? "\"when\": \"cooperative.active\", " : "")}}"check": "{{c.Replace("\"", "\\\"", StringComparison.Ordinal)}}", "message": { "fa": "قاعده {{i}}", "en": "Rule {{i}}" } }"""))}}
          ],
          "scoring": [
            { "id": "many", "when": "cooperative.memberCount >= 10", "points": 10 },
            { "id": "capital", "when": "cooperative.capital >= 1 billion rial", "points": 5, "weight": 2 },
            { "id": "low-debt", "when": "cooperative.debtRatio < 0.3", "points": 2.5 },
          ],
        }
        """;

    private static readonly SolarHijriDate[] TestDates = [Date(1403, 5, 1), Date(1404, 6, 15), Date(1404, 7, 1), Date(1405, 1, 1)];

    private static readonly Gen<TestFacts> Facts =
        Gen.Select(Coop(), Application(), (c, a) => new TestFacts { Cooperative = c, Application = a });

    [Fact]
    public void Every_construct_gives_the_closures_statuses_messages_and_score_on_any_facts()
    {
        Policy policy = Policy(TestPolicy);
        var closures = new CompiledPolicy<TestFacts>(policy, TestSchema.Schema) { PromoteAfter = int.MaxValue };
        var generated = new CompiledPolicy<TestFacts>(policy, TestSchema.Schema) { PromoteAfter = 0 };
        var seen = new ConcurrentDictionary<RuleStatus, bool>();
        Gen.Select(Facts, Gen.Int[0, TestDates.Length - 1]).Sample((facts, d) =>
        {
            SolarHijriDate asOf = TestDates[d];
            AssertSame(closures, generated, facts, asOf);
            foreach (RuleResult r in generated.Evaluate(facts, asOf).Rules)
            {
                seen[r.Status] = true;
            }
        }, iter: 2_000, threads: 1);

        Assert.True(generated.IsPromoted);
        Assert.False(closures.IsPromoted);
        Assert.Equal(Enum.GetValues<RuleStatus>().ToHashSet(), seen.Keys.ToHashSet());
    }

    [Fact]
    public void Shipped_and_test_policies_give_the_closures_decisions_over_generated_cooperatives()
    {
        Cooperative[] cooperatives = [.. RegistryGenerator.Cooperatives(60, seed: 11)];
        SolarHijriDate[] dates = [Date(1403, 11, 20), Date(1404, 8, 25), Date(1405, 2, 1)];
        string[] files = ["statutory-compliance.json", "smart-system-profile.json", "cdb-employment-facility.json"];
        IEnumerable<Policy> policies = files
            .Select(f => PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/" + f)).GetPolicyOrThrow())
            .Append(PolicyFile.ReadFile(RepoFiles.Path("benchmarks/Coop.Domain.Benchmarks/Eligibility/reference-facility-policy.json")).GetPolicyOrThrow())
            .Append(Policy(EvaluateOutcomeTests.Equivalence));
        foreach (Policy policy in policies)
        {
            var closures = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance) { PromoteAfter = int.MaxValue };
            var generated = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance) { PromoteAfter = 0 };
            foreach (Cooperative cooperative in cooperatives)
            {
                foreach (SolarHijriDate asOf in dates.Where(policy.IsInForce))
                {
                    foreach (FacilityApplication? application in EvaluateOutcomeTests.Applications(cooperative))
                    {
                        AssertSame(closures, generated, new EligibilityFacts(cooperative, asOf, application), asOf);
                    }
                }
            }

            Assert.True(generated.IsPromoted, policy.Id);
        }
    }

    [Fact]
    public void Constants_folded_for_one_date_are_not_used_on_another()
    {
        // Promoted on 1404/06/15, where $maximumAmount is 1 billion; on 1404/07/01 it has ended (missing).
        var generated = new CompiledPolicy<TestFacts>(Policy(TestPolicy), TestSchema.Schema) { PromoteAfter = 0 };
        TestFacts facts = Sample();
        Assert.Equal(RuleStatus.Passed, generated.Evaluate(facts, Date(1404, 6, 15)).Rules[1].Status);
        Assert.True(generated.IsPromoted);

        Span<RuleStatus> statuses = stackalloc RuleStatus[generated.RuleCount];
        generated.EvaluateOutcome(facts, Date(1404, 7, 1), statuses);
        Assert.Equal(RuleStatus.Incomplete, statuses[1]);
        RuleResult amount = generated.Evaluate(facts, Date(1404, 7, 1)).Rules[1];
        Assert.Equal("$maximumAmount", amount.MissingFact);

        generated.EvaluateOutcome(facts, Date(1404, 6, 15), statuses);
        Assert.Equal(RuleStatus.Passed, statuses[1]);
    }

    [Fact]
    public void A_policy_is_promoted_after_PromoteAfter_evaluations_and_not_before()
    {
        var policy = new CompiledPolicy<TestFacts>(Policy(TestPolicy), TestSchema.Schema) { PromoteAfter = 10 };
        TestFacts facts = Sample();
        for (int i = 0; i < 9; i++)
        {
            policy.EvaluateOutcome(facts, Date(1404, 6, 15));
        }

        Assert.False(policy.IsPromoted);
        policy.EvaluateOutcome(facts, Date(1404, 6, 15));
        Assert.True(policy.IsPromoted);
        Assert.Equal(CompiledPolicy<TestFacts>.DefaultPromoteAfter, new CompiledPolicy<TestFacts>(Policy(TestPolicy), TestSchema.Schema).PromoteAfter);
    }

    [Fact]
    public void Evaluations_racing_with_promotion_on_many_threads_all_give_the_closures_answers()
    {
        Policy policy = Policy(TestPolicy);
        var closures = new CompiledPolicy<TestFacts>(policy, TestSchema.Schema) { PromoteAfter = int.MaxValue };
        var racing = new CompiledPolicy<TestFacts>(policy, TestSchema.Schema) { PromoteAfter = 200 };
        TestFacts[] work = Facts.Array[4_000].Single();
        DecisionSummary[] expected = [.. work.Select(f => closures.EvaluateOutcome(f, Date(1404, 6, 15)))];
        var actual = new DecisionSummary[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = racing.EvaluateOutcome(work[i], Date(1404, 6, 15)));
        Assert.Equal(expected, actual);
        Assert.True(racing.IsPromoted);
    }

    [Fact]
    public void A_generated_error_or_missing_fact_is_reported_by_Evaluate_with_the_closures_text()
    {
        var generated = new CompiledPolicy<TestFacts>(Policy(TestPolicy), TestSchema.Schema) { PromoteAfter = 0 };
        TestFacts facts = Sample();
        facts.Cooperative!.MemberCount = 0;
        facts.Cooperative.LastAssembly = null;
        Decision d = generated.Evaluate(facts, Date(1404, 6, 15));
        Assert.True(generated.IsPromoted);

        RuleResult division = d.Rules[7];
        Assert.Equal(RuleStatus.Error, division.Status);
        Assert.Equal("division by zero in `cooperative.capital / cooperative.memberCount` (column 1)", division.Error);
        RuleResult assembly = d.Rules[2];
        Assert.Equal(RuleStatus.Incomplete, assembly.Status);
        Assert.Equal("cooperative.lastAssembly", assembly.MissingFact);
    }

    [Fact]
    public void Kleene_and_or_decide_with_a_missing_side_only_when_the_known_side_decides()
    {
        var generated = new CompiledPolicy<TestFacts>(Policy(TestPolicy), TestSchema.Schema) { PromoteAfter = 0 };
        TestFacts facts = Sample();
        facts.Cooperative!.Active = null;
        facts.Cooperative.MemberCount = 3;

        // and: unknown and false → false; or: unknown or false → unknown, naming the missing fact.
        Decision d = generated.Evaluate(facts, Date(1404, 6, 15));
        Assert.Equal(RuleStatus.Failed, d.Rules[4].Status);
        Assert.Equal(RuleStatus.Incomplete, d.Rules[5].Status);
        Assert.Equal("cooperative.active", d.Rules[5].MissingFact);

        // or: unknown or true → true; and: unknown and true → unknown.
        facts.Cooperative.MemberCount = 8;
        d = generated.Evaluate(facts, Date(1404, 6, 15));
        Assert.Equal(RuleStatus.Incomplete, d.Rules[4].Status);
        Assert.Equal(RuleStatus.Passed, d.Rules[5].Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Either_tier_evaluates_without_allocating_when_every_fact_is_present(int promoteAfter)
    {
        var policy = new CompiledPolicy<TestFacts>(Policy(Valid), TestSchema.Schema) { PromoteAfter = promoteAfter };
        TestFacts facts = Sample();
        var statuses = new RuleStatus[policy.RuleCount];
        SolarHijriDate asOf = Date(1404, 6, 15);
        decimal total = policy.EvaluateOutcome(facts, asOf, statuses).Score;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            total += policy.EvaluateOutcome(facts, asOf, statuses).Score;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(promoteAfter == 0, policy.IsPromoted);
        Assert.Equal(1_001 * 20m, total);
    }

    private static void AssertSame<T>(CompiledPolicy<T> closures, CompiledPolicy<T> generated, T facts, SolarHijriDate asOf)
        where T : class
    {
        Span<RuleStatus> expected = stackalloc RuleStatus[closures.RuleCount];
        Span<RuleStatus> actual = stackalloc RuleStatus[generated.RuleCount];
        DecisionSummary expectedSummary = closures.EvaluateOutcome(facts, asOf, expected);
        Assert.Equal(expectedSummary, generated.EvaluateOutcome(facts, asOf, actual));
        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(expectedSummary.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), generated.EvaluateOutcome(facts, asOf).Score.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Decision a = closures.Evaluate(facts, asOf);
        Decision b = generated.Evaluate(facts, asOf);
        Assert.Equal(a.Outcome, b.Outcome);
        Assert.Equal(a.Score, b.Score);
        Assert.Equal(a.Rules.Select(Describe), b.Rules.Select(Describe));

        static string Describe(RuleResult r) => string.Join(" | ", r.Rule.Id, r.Status, r.MissingFact, r.Error, r.Observed, r.Required, r.Message?.En, r.Message?.Fa);
    }

    private static TestFacts Sample() => new()
    {
        Cooperative = new TestCoop
        {
            Kind = "consumer",
            MemberCount = 12,
            Active = true,
            RegisteredOn = Date(1398, 2, 3),
            Capital = 2_000_000_000m,
            DebtRatio = 0.2m,
            LastAssembly = new TestAssembly { HeldOn = Date(1404, 2, 1) },
            Members = [new TestMember { Name = "a", Employed = true, Age = 30, Shares = 1_500_000_000m }],
        },
        Application = new TestApplication { Amount = 500_000_000m, SubmittedOn = Date(1404, 5, 1), Term = CalendarDuration.FromMonths(12) },
    };

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.Select(Gen.Int[0, 6], gen, (n, x) => n == 0 ? null : (T?)x);

    private static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct => Gen.Select(Gen.Int[0, 6], gen, (n, x) => n == 0 ? null : (T?)x);

    private static Gen<SolarHijriDate> DateGen() => Gen.Int[0, 6_000].Select(d => Date(1390, 1, 1).AddDays(d));

    private static Gen<TestMember> Member() =>
        Gen.Select(OrNullValue(Gen.Bool), OrNullValue(Gen.Long[10, 70]), OrNullValue(Gen.Long[0, 3_000].Select(x => x * 1_000_000m)), OrNullValue(DateGen()))
            .Select((employed, age, shares, joined) => new TestMember { Name = "m", Employed = employed, Age = age, Shares = shares, JoinedOn = joined });

    private static Gen<TestCoop?> Coop() => OrNull(
        Gen.Select(
            OrNull(Gen.Int[0, 2].Select(i => i switch { 0 => "consumer", 1 => "housing", _ => "transport" })),
            OrNullValue(Gen.Long[0, 30]),
            OrNullValue(Gen.Bool),
            OrNullValue(DateGen()),
            OrNullValue(Gen.Long[0, 5_000].Select(x => x < 800 ? 0m : x * 1_000_000m)),
            OrNullValue(Gen.Int[0, 200].Select(x => x / 100m)),
            OrNull(OrNullValue(DateGen()).Select(h => new TestAssembly { HeldOn = h })),
            OrNull(Member().List[0, 4].Select(l => (IReadOnlyList<TestMember>)l)))
        .Select(t => new TestCoop
        {
            Kind = t.Item1, MemberCount = t.Item2, Active = t.Item3, RegisteredOn = t.Item4, Capital = t.Item5, DebtRatio = t.Item6, LastAssembly = t.Item7, Members = t.Item8,
        }));

    private static Gen<TestApplication?> Application() => OrNull(
        Gen.Select(OrNullValue(Gen.Long[0, 3_000].Select(x => x * 1_000_000m)), OrNullValue(DateGen()), OrNullValue(Gen.Int[1, 36].Select(CalendarDuration.FromMonths)))
            .Select((amount, on, term) => new TestApplication { Amount = amount, SubmittedOn = on, Term = term }));
}
