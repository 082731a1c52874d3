using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Tests.Eligibility.Batch;

public sealed class DecisionRankingTests
{
    private static readonly CompiledPolicy<EligibilityFacts> s_policy = BatchFixtures.Compile("test-facility-1404.json");

    private static Decision[] Decisions() => [.. s_policy.EvaluateMany(BatchFixtures.ApplicationFacts(), BatchFixtures.AsOf)];

    [Fact]
    public void Only_eligible_decisions_compete()
    {
        Decision[] decisions = Decisions();
        var candidates = decisions.Select((d, i) => new RankingCandidate("a" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), d, Money.FromRials(1_000), new SolarHijriDate(1404, 1, 1)));

        CreditLineAllocation allocation = DecisionRanking.Allocate(Money.Zero, candidates);

        Assert.Equal(decisions.Count(d => d.Outcome == PolicyOutcome.Eligible), allocation.Results.Length);
        Assert.True(allocation.Results.Length > 0);
    }

    [Fact]
    public void Ties_on_score_go_to_the_earlier_application_then_the_smaller_id()
    {
        Decision eligible = Decisions().First(d => d.Outcome == PolicyOutcome.Eligible);
        RankingCandidate[] candidates =
        [
            new("b", eligible, Money.FromRials(100), new SolarHijriDate(1404, 2, 1)),
            new("c", eligible, Money.FromRials(100), new SolarHijriDate(1404, 1, 1)),
            new("a", eligible, Money.FromRials(100), new SolarHijriDate(1404, 2, 1)),
        ];

        CreditLineAllocation allocation = DecisionRanking.Allocate(Money.FromRials(150), candidates);

        Assert.Equal(["c", "a", "b"], allocation.Results.Select(r => r.Applicant.Id));
        Assert.Equal([AllocationOutcome.Funded, AllocationOutcome.PartlyFunded, AllocationOutcome.Waiting], allocation.Results.Select(r => r.Outcome));
        Assert.Equal(Money.FromRials(150), allocation.TotalGranted);
    }

    [Fact]
    public void Higher_scores_rank_first()
    {
        Decision[] eligible = [.. Decisions().Where(d => d.Outcome == PolicyOutcome.Eligible)];
        var candidates = eligible.Select((d, i) => new RankingCandidate("x" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), d, Money.FromRials(10), new SolarHijriDate(1404, 1, 1)));

        decimal[] scores = [.. DecisionRanking.Allocate(Money.Zero, candidates).Results.Select(r => r.Applicant.Score)];

        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void A_null_candidate_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => DecisionRanking.Allocate(Money.Zero, [null!]));
        Assert.Throws<ArgumentNullException>(() => DecisionRanking.Allocate(Money.Zero, null!));
    }
}

public sealed class PolicyFactPathsTests
{
    [Fact]
    public void The_paths_of_every_expression_are_listed_without_element_variables()
    {
        Policy policy = BatchFixtures.Compile("test-facility-1404.json").Policy;

        IReadOnlyList<string> paths = PolicyFactPaths.Of(policy);

        Assert.Contains("application.overdueDebt", paths);
        Assert.Contains("cooperative.profile.lastUpdatedOn", paths);
        Assert.Contains("asOf", paths);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Aggregate_element_names_are_not_paths()
    {
        var policy = new Policy(
            "p", 1, new PolicyText("پ", "p"), new SolarHijriDate(1400, 1, 1), null, [],
            [new PolicyRule("r", "R", RuleSeverity.Blocking, "count(m in cooperative.members where m.employed) >= 1", new PolicyText("x", "x"))]);

        Assert.Equal(["cooperative.members"], PolicyFactPaths.Of(policy));
        Assert.False(PolicyFactPaths.UsesApplication(policy));
    }

    [Fact]
    public void A_policy_that_names_application_facts_uses_applications()
    {
        Assert.True(PolicyFactPaths.UsesApplication(BatchFixtures.Compile("test-facility-1404.json").Policy));
        Assert.False(PolicyFactPaths.UsesApplication(BatchFixtures.Compile("test-cooperative.json").Policy));
    }
}

public sealed class BudgetTextTests
{
    [Theory]
    [InlineData("500 billion rial", 500_000_000_000L)]
    [InlineData("50 billion toman", 500_000_000_000L)]
    [InlineData("۵۰۰ میلیارد ریال", 500_000_000_000L)]
    [InlineData("1.5 million rials", 1_500_000L)]
    [InlineData("2 trillion rial", 2_000_000_000_000L)]
    [InlineData("9,400,000,000,000 IRR", 9_400_000_000_000L)]
    [InlineData("0 rial", 0L)]
    public void Budgets_are_read_in_English_and_Persian(string text, long rials)
    {
        Assert.True(BudgetText.TryParse(text, out Money budget, out string? error), error);
        Assert.Equal(Money.FromRials(rials), budget);
    }

    [Theory]
    [InlineData("")]
    [InlineData("500 billion")]
    [InlineData("lots of rial")]
    [InlineData("-5 rial")]
    public void Bad_budgets_say_why(string text)
    {
        Assert.False(BudgetText.TryParse(text, out _, out string? error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}

public sealed class RegistryEvaluatorTests
{
    private static RegistryEvaluation Evaluate(string policy, RegistryEvaluationOptions? options = null) =>
        new RegistryEvaluator(BatchFixtures.Set(policy)).EvaluateFile(BatchFixtures.Registry, BatchFixtures.AsOf, options, TestContext.Current.CancellationToken);

    [Fact]
    public void A_policy_on_applications_gives_one_decision_per_application_applied_by_the_as_of_date()
    {
        RegistryEvaluation r = Evaluate("test-facility-1404.json");

        int expected = BatchFixtures.Cooperatives.Sum(c => c.FacilityApplications.Count(a => a.AppliedOn <= BatchFixtures.AsOf));
        Assert.True(r.ByApplication);
        Assert.Equal(expected, r.Rows.Count);
        Assert.Equal(196, r.Cooperatives);
        Assert.Equal(BatchFixtures.Cooperatives.Count(c => !c.FacilityApplications.Any(a => a.AppliedOn <= BatchFixtures.AsOf)), r.CooperativesWithoutApplication);
        Assert.All(r.Rows, row => Assert.NotNull(row.Applicant.Application));
        Assert.Equal(r.Rows.Count, r.Rows.Select(row => row.Applicant.Id).Distinct().Count());
    }

    [Fact]
    public void Bad_registry_lines_are_counted_with_their_line_not_fatal()
    {
        RegistryEvaluation r = Evaluate("test-facility-1404.json");

        Assert.Equal([51L, 101L, 151L, 201L], r.BadLines.Select(e => e.Line));
        Assert.All(r.BadLines, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void A_policy_on_cooperatives_alone_gives_one_decision_per_cooperative()
    {
        RegistryEvaluation r = Evaluate("test-cooperative.json");

        Assert.False(r.ByApplication);
        Assert.Equal(196, r.Rows.Count);
        Assert.Equal(0, r.CooperativesWithoutApplication);
        Assert.All(r.Rows, row => Assert.Null(row.Applicant.Application));
        Assert.Equal(r.Rows.Count(x => x.Decision.Outcome == PolicyOutcome.Eligible), r.Ranking.Count);
    }

    [Fact]
    public void The_budget_is_allocated_in_rank_order_among_the_eligible()
    {
        Money budget = Money.FromRials(500_000_000_000);
        RegistryEvaluation r = Evaluate("test-facility-1404.json", new RegistryEvaluationOptions { Budget = budget });

        Assert.NotNull(r.Allocation);
        Assert.Equal(r.Rows.Count(x => x.Decision.Outcome == PolicyOutcome.Eligible), r.Ranking.Count);
        Assert.Equal(Enumerable.Range(1, r.Ranking.Count), r.Ranking.Select(e => e.Rank));
        Assert.All(r.Ranking, e => Assert.Equal(PolicyOutcome.Eligible, e.Row.Decision.Outcome));
        Assert.Equal(budget, r.Allocation!.TotalGranted);
        Assert.Equal(budget, r.Total.Funded);
        Assert.Equal(AllocationOutcome.Funded, r.Ranking[0].Status);
        Assert.Contains(r.Ranking, e => e.Status == AllocationOutcome.Waiting);
    }

    [Fact]
    public void Without_a_budget_the_eligible_are_ranked_but_not_allocated()
    {
        RegistryEvaluation r = Evaluate("test-facility-1404.json");

        Assert.Null(r.Allocation);
        Assert.All(r.Ranking, e => Assert.Null(e.Granted));
        Assert.Equal(Money.Zero, r.Total.Funded);
    }

    [Fact]
    public void Summaries_add_up_to_the_total()
    {
        RegistryEvaluation r = Evaluate("test-facility-1404.json", new RegistryEvaluationOptions { Budget = Money.FromRials(300_000_000_000) });

        foreach (IReadOnlyList<OutcomeSummary> groups in new[] { r.ByCounty, r.BySector })
        {
            Assert.Equal(r.Total.Count, groups.Sum(g => g.Count));
            Assert.Equal(r.Total.Eligible, groups.Sum(g => g.Eligible));
            Assert.Equal(r.Total.Requested, Money.Sum(groups.Select(g => g.Requested)));
            Assert.Equal(r.Total.Funded, Money.Sum(groups.Select(g => g.Funded)));
            Assert.All(groups, g => Assert.Equal(g.Count, g.Eligible + g.Ineligible + g.Incomplete + g.NeedsReview));
        }

        Assert.Equal(r.Rows.Count, r.Total.Count);
        Assert.Equal(Money.Sum(r.Rows.Select(x => x.Applicant.AmountRequested!.Value)), r.Total.Requested);
        Assert.Equal(r.ByCounty.Select(g => g.Key).Order(StringComparer.Ordinal), r.ByCounty.Select(g => g.Key));
    }

    [Fact]
    public void Parallel_evaluation_gives_the_same_rows_in_the_same_order()
    {
        RegistryEvaluation sequential = Evaluate("test-facility-1404.json");
        RegistryEvaluation parallel = Evaluate("test-facility-1404.json", new RegistryEvaluationOptions { Batch = new BatchOptions { MaxDegreeOfParallelism = 4 } });

        Assert.Equal(sequential.Rows.Select(x => x.Applicant.Id), parallel.Rows.Select(x => x.Applicant.Id));
        Assert.Equal(sequential.Rows.Select(x => BatchFixtures.Fingerprint(x.Decision)), parallel.Rows.Select(x => BatchFixtures.Fingerprint(x.Decision)));
    }

    [Fact]
    public void Progress_is_told_every_cooperative_read()
    {
        var seen = new List<long>();
        Evaluate("test-cooperative.json", new RegistryEvaluationOptions { Progress = new Recorder(seen) });

        Assert.Equal(Enumerable.Range(1, 196).Select(i => (long)i), seen);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Cancelling_after_twenty_cooperatives_stops_the_registry_evaluation_promptly(int degree)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var seen = new List<long>();
        var options = new RegistryEvaluationOptions
        {
            Batch = new BatchOptions { MaxDegreeOfParallelism = degree },
            Progress = new Canceller(seen, 20, cts),
        };
        var evaluator = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json"));

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.EvaluateFile(BatchFixtures.Registry, BatchFixtures.AsOf, options, cts.Token));

        // Sequentially the next item stops it; in parallel at most the chunks already handed out (degree x 2 x 32) finish.
        Assert.InRange(seen.Count, 20, degree == 1 ? 21 : 20 + (degree * 2 * 32));
        Assert.True(seen.Count < 196, "the registry has 196 cooperatives; cancellation must stop before the end");
    }

    private sealed class Canceller(List<long> seen, int after, CancellationTokenSource cts) : IProgress<long>
    {
        public void Report(long value)
        {
            seen.Add(value);
            if (value == after)
            {
                cts.Cancel();
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all\n")]
    [InlineData("[1,2,3]\n")]
    [InlineData("{\"name\":\"no header\"}\n")]
    public void A_stream_that_is_not_a_registry_is_invalid_data(string text)
    {
        var evaluator = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var e = Assert.Throws<InvalidDataException>(() => evaluator.Evaluate(stream, BatchFixtures.AsOf, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("not a coop registry", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_budget_is_rejected()
    {
        var evaluator = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json"));
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.Evaluate(stream, BatchFixtures.AsOf, new RegistryEvaluationOptions { Budget = Money.FromRials(-1) }, TestContext.Current.CancellationToken));
    }

    private sealed class Recorder(List<long> seen) : IProgress<long>
    {
        public void Report(long value) => seen.Add(value);
    }
}

public sealed class PolicyComparerTests
{
    private static RegistryComparison Compare(string current, string draft, int degree = 1)
    {
        using FileStream stream = File.OpenRead(BatchFixtures.Registry);
        return PolicyComparer.CompareRegistry(
            BatchFixtures.Set(current), BatchFixtures.Set(draft), stream, BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = degree },
            cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Transitions_count_every_applicant_and_flips_are_the_changed_ones()
    {
        RegistryComparison r = Compare("test-facility-1404.json", "test-facility-draft.json");

        Assert.Equal(r.Compared, r.Transitions.Sum(t => t.Count));
        Assert.Equal(r.Flips.Count, r.Transitions.Where(t => t.IsChange).Sum(t => t.Count));
        Assert.NotEmpty(r.Flips);
        Assert.All(r.Flips, f => Assert.NotEqual(f.From, f.To));
        Assert.All(r.Flips, f => Assert.NotEmpty(f.Changes));
    }

    [Fact]
    public void A_lower_ceiling_shows_the_rule_that_now_fails_with_its_message()
    {
        RegistryComparison r = Compare("test-facility-1404.json", "test-facility-draft.json");

        DecisionFlip flip = r.Flips.First(f => f.Changes.Any(c => c.RuleId == "amount-per-job"));
        RuleChange change = flip.Changes.Single(c => c.RuleId == "amount-per-job");
        Assert.Equal(RuleStatus.Passed, change.From);
        Assert.Equal(RuleStatus.Failed, change.To);
        Assert.Contains("10,000,000,000", change.Message!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_made_blocking_is_a_severity_change()
    {
        RegistryComparison r = Compare("test-facility-1404.json", "test-facility-draft.json");

        DecisionFlip flip = r.Flips.First(f => f.From == PolicyOutcome.NeedsReview);
        RuleChange change = flip.Changes.Single(c => c.RuleId == "board-term");
        Assert.True(change.SeverityChanged);
        Assert.Equal(RuleSeverity.Warning, change.FromSeverity);
        Assert.Equal(RuleSeverity.Blocking, change.ToSeverity);
    }

    [Fact]
    public void The_same_policy_twice_flips_no_one()
    {
        RegistryComparison r = Compare("test-facility-1404.json", "test-facility-1404.json");

        Assert.Empty(r.Flips);
        Assert.All(r.Transitions, t => Assert.False(t.IsChange));
    }

    [Fact]
    public void Parallel_comparison_gives_the_same_flips_in_order()
    {
        RegistryComparison a = Compare("test-facility-1404.json", "test-facility-draft.json");
        RegistryComparison b = Compare("test-facility-1404.json", "test-facility-draft.json", 4);

        Assert.Equal(a.Flips.Select(f => f.Applicant.Id), b.Flips.Select(f => f.Applicant.Id));
        Assert.Equal(a.Transitions, b.Transitions);
    }

    [Fact]
    public void Rules_only_in_one_policy_are_reported_as_absent_on_the_other_side()
    {
        Decision current = BatchFixtures.Compile("test-cooperative.json").Evaluate(new EligibilityFacts(BatchFixtures.Cooperatives[0], BatchFixtures.AsOf), BatchFixtures.AsOf);
        Decision draft = BatchFixtures.Compile("test-facility-1404.json").Evaluate(new EligibilityFacts(BatchFixtures.Cooperatives[0], BatchFixtures.AsOf), BatchFixtures.AsOf);

        IReadOnlyList<RuleChange> changes = PolicyComparer.Changes(current, draft);

        Assert.Contains(changes, c => c.RuleId == "members" && c.To is null);
        Assert.Contains(changes, c => c.RuleId == "jobs" && c.From is null);
    }
}
