using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

// Over immutable facts (FactSchema.FactsAreImmutable, set for CoopFactSchema.Instance) a Decision keeps the facts and its
// rules' statuses and builds the rule results (observed and required values of failures) when they are first read
// (issue 20 §6: a decision within reach of an outcome's cost). Over facts not declared immutable every result is
// built during the evaluation, so a later change to the facts cannot change what the decision says.
public sealed class DeferredResultsTests
{
    private static readonly Cooperative[] Cooperatives = [.. RegistryGenerator.Cooperatives(80, seed: 23)];
    private static readonly SolarHijriDate AsOf = Date(1404, 8, 25);

    // The same schema without the immutability promise: the eager reference.
    private static readonly FactSchema<EligibilityFacts> Eager = new(CoopFactSchema.Instance.Root);

    [Fact]
    public void The_shipped_schema_declares_its_facts_immutable_and_a_schema_built_from_fields_does_not()
    {
        Assert.True(CoopFactSchema.Instance.FactsAreImmutable);
        Assert.False(Eager.FactsAreImmutable);
        Assert.False(TestSchema.Schema.FactsAreImmutable);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Deferred_results_read_later_equal_the_results_built_during_the_evaluation_on_either_tier(int promoteAfter)
    {
        Policy policy = Facility();
        var deferred = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance) { PromoteAfter = promoteAfter };
        var eager = new CompiledPolicy<EligibilityFacts>(policy, Eager) { PromoteAfter = promoteAfter };
        var statuses = new HashSet<RuleStatus>();
        foreach (EligibilityFacts facts in Facts())
        {
            Decision late = deferred.Evaluate(facts, AsOf);
            Decision now = eager.Evaluate(facts, AsOf);
            Assert.Equal(now.Outcome, late.Outcome);
            Assert.Equal(now.Score, late.Score);
            Assert.Equal(now.RestsOnAssumption, late.RestsOnAssumption);
            Assert.Equal(now.Rules.Select(Describe), late.Rules.Select(Describe));
            Assert.Equal(now.Reasons(Coop.Domain.Text.Language.Fa), late.Reasons(Coop.Domain.Text.Language.Fa));
            Assert.Equal(now.Parameters.Select(p => p.Name), late.Parameters.Select(p => p.Name));
            foreach (RuleResult r in late.Rules)
            {
                statuses.Add(r.Status);
            }
        }

        // Failures with observed values and incomplete rules with their missing facts occurred: the comparison covered them.
        Assert.Contains(RuleStatus.Failed, statuses);
        Assert.Contains(RuleStatus.Passed, statuses);
        Assert.Contains(RuleStatus.Incomplete, statuses);
    }

    [Fact]
    public void A_deferred_decision_read_from_many_threads_at_once_gives_every_thread_the_same_results()
    {
        var policy = new CompiledPolicy<EligibilityFacts>(Facility(), CoopFactSchema.Instance);
        EligibilityFacts facts = Facts().First(f => policy.Evaluate(f, AsOf).Outcome == PolicyOutcome.Ineligible);
        for (int round = 0; round < 20; round++)
        {
            Decision decision = policy.Evaluate(facts, AsOf);
            IReadOnlyList<RuleResult>[] seen = new IReadOnlyList<RuleResult>[8];
            using var start = new Barrier(seen.Length);
            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, i =>
            {
                start.SignalAndWait();
                seen[i] = decision.Rules;
            });

            Assert.All(seen, s => Assert.Same(seen[0], s));
            Assert.Contains(seen[0], r => r.Status == RuleStatus.Failed);
        }
    }

    [Fact]
    public void An_evaluation_over_immutable_facts_allocates_the_decision_and_little_else_until_its_rules_are_read()
    {
        // On the generated tier from the first evaluation; facts with two failures.
        var deferred = new CompiledPolicy<EligibilityFacts>(Facility(), CoopFactSchema.Instance) { PromoteAfter = 0 };
        var eager = new CompiledPolicy<EligibilityFacts>(Facility(), Eager) { PromoteAfter = 0 };
        EligibilityFacts facts = Facts().First(f =>
            deferred.Evaluate(f, AsOf).Rules is var rules
            && rules.Count(r => r.Status == RuleStatus.Failed) >= 2);

        long deferredBytes = Bytes(deferred, facts);
        long eagerBytes = Bytes(eager, facts);

        // The decision and one status byte per rule: far less than a result per rule and a detail per failure.
        Assert.InRange(deferredBytes, 1, 256);
        Assert.True(eagerBytes > 2 * deferredBytes, $"eager {eagerBytes} B, deferred {deferredBytes} B");

        // The least of five measurements: the runtime may allocate on this thread once in a while during a full run.
        static long Bytes(CompiledPolicy<EligibilityFacts> policy, EligibilityFacts facts)
        {
            long least = long.MaxValue;
            for (int attempt = 0; attempt < 5; attempt++)
            {
                policy.Evaluate(facts, AsOf);
                long before = GC.GetAllocatedBytesForCurrentThread();
                policy.Evaluate(facts, AsOf);
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }
    }

    [Fact]
    public void Over_facts_not_declared_immutable_a_change_after_the_evaluation_does_not_change_what_the_decision_observed()
    {
        CompiledPolicy<TestFacts> policy = Compiled();
        TestFacts facts = Passing();
        facts.Cooperative!.MemberCount = 3;
        Decision decision = policy.Evaluate(facts, Date(1404, 6, 15));

        facts.Cooperative.MemberCount = 40;

        RuleResult members = decision["members"];
        Assert.Equal(RuleStatus.Failed, members.Status);
        Assert.Equal(FactValue.Integer(3), members.Observed);
    }

    // What a result says (results of two compiled policies refer to different, equal, assumption sets).
    private static string Describe(RuleResult r) =>
        string.Join(" | ", r.Id, r.Status, r.MissingFact, r.Error, r.Observed, r.Required, r.Message?.En, r.Message?.Fa, r.AssumptionNote?.En, r.AssumptionNote?.Fa);

    private static Policy Facility() =>
        PolicyFile.Parse(File.ReadAllText(RepoFiles.Path("benchmarks/Coop.Domain.Benchmarks/Eligibility/reference-facility-policy.json")), "reference-facility-policy.json");

    private static IEnumerable<EligibilityFacts> Facts()
    {
        foreach (Cooperative c in Cooperatives)
        {
            yield return new EligibilityFacts(c, AsOf, c.FacilityApplications.IsEmpty ? null : c.FacilityApplications[0]);
        }
    }
}
