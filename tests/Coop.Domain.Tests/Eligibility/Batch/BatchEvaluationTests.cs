using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using CsCheck;

namespace Coop.Domain.Tests.Eligibility.Batch;

public sealed class BatchEvaluationTests
{
    private static readonly CompiledPolicy<EligibilityFacts> s_policy = BatchFixtures.Compile("test-facility-1404.json");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void Decisions_come_out_in_input_order_and_equal_the_sequential_ones(int degree)
    {
        // Repeat the applications so the stream spans many chunks.
        EligibilityFacts[] facts = [.. Enumerable.Repeat(BatchFixtures.ApplicationFacts(), 6).SelectMany(f => f)];
        string[] expected = [.. facts.Select(f => BatchFixtures.Fingerprint(s_policy.Evaluate(f, BatchFixtures.AsOf)))];

        string[] actual = [.. s_policy.EvaluateMany(facts, BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = degree })
            .Select(BatchFixtures.Fingerprint)];

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_async_form_keeps_input_order_under_parallelism()
    {
        EligibilityFacts[] facts = [.. Enumerable.Repeat(BatchFixtures.ApplicationFacts(), 4).SelectMany(f => f)];
        string[] expected = [.. facts.Select(f => BatchFixtures.Fingerprint(s_policy.Evaluate(f, BatchFixtures.AsOf)))];

        var actual = new List<string>();
        await foreach (Decision d in s_policy.EvaluateManyAsync(Async(facts), BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 4 }, TestContext.Current.CancellationToken))
        {
            actual.Add(BatchFixtures.Fingerprint(d));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_policy_set_evaluates_the_version_in_force()
    {
        PolicySet<EligibilityFacts> set = BatchFixtures.Set("test-facility-1403.json", "test-facility-1404.json");
        EligibilityFacts[] facts = [.. BatchFixtures.ApplicationFacts().Take(5)];

        Decision[] decisions = [.. set.EvaluateMany(facts, BatchFixtures.AsOf)];

        Assert.All(decisions, d => Assert.Equal(2, d.Policy.Version));
        Assert.Equal(5, decisions.Length);
    }

    [Fact]
    public void Evaluation_is_lazy_so_an_endless_stream_can_be_read_in_part()
    {
        EligibilityFacts one = BatchFixtures.ApplicationFacts()[0];
        IEnumerable<EligibilityFacts> endless = Endless(one);

        Decision[] first = [.. s_policy.EvaluateMany(endless, BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 4 }).Take(100)];

        Assert.Equal(100, first.Length);
    }

    [Fact]
    public void Read_ahead_is_bounded_by_the_degree_of_parallelism()
    {
        int read = 0;
        IEnumerable<EligibilityFacts> counted = Endless(BatchFixtures.ApplicationFacts()[0]).Select(f => { Interlocked.Increment(ref read); return f; });

        using IEnumerator<Decision> e = s_policy.EvaluateMany(counted, BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 2 }).GetEnumerator();
        Assert.True(e.MoveNext());

        // At most 2 × degree chunks of 32 items are read ahead.
        Assert.InRange(read, 1, 2 * 2 * 32);
    }

    [Fact]
    public void A_date_outside_the_policy_fails_when_called_not_when_enumerated()
    {
        Assert.Throws<PolicyNotInForceException>(() => s_policy.EvaluateMany([], new SolarHijriDate(1402, 1, 1)));
        Assert.Throws<PolicyNotInForceException>(() => BatchFixtures.Set("test-facility-1404.json").EvaluateMany([], new SolarHijriDate(1402, 1, 1)));
    }

    [Fact]
    public void A_failing_item_surfaces_at_its_position_after_every_earlier_result()
    {
        int[] items = [.. Enumerable.Range(0, 200)];
        var seen = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (int x in OrderedParallel.Select(items, i => i == 77 ? throw new InvalidOperationException("item 77") : i, 4, TestContext.Current.CancellationToken))
            {
                seen.Add(x);
            }
        });

        Assert.Equal("item 77", error.Message);
        Assert.Equal(Enumerable.Range(0, 77), seen);
    }

    [Fact]
    public void Ordered_parallel_mapping_keeps_order_for_any_length_and_degree()
    {
        Gen.Select(Gen.Int[0, 500], Gen.Int[1, 9]).Sample((count, degree) =>
        {
            int[] items = [.. Enumerable.Range(0, count)];
            int[] mapped = [.. OrderedParallel.Select(items, i => i * 3, degree, TestContext.Current.CancellationToken)];
            return mapped.SequenceEqual(items.Select(i => i * 3));
        }, iter: 30);
    }

    [Fact]
    public async Task Cancellation_stops_the_async_evaluation()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        int n = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Decision d in s_policy.EvaluateManyAsync(Async(Endless(BatchFixtures.ApplicationFacts()[0])), BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 2 }, cts.Token))
            {
                if (++n == 50)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.InRange(n, 50, 50 + (2 * 2 * 32));
    }

    [Fact]
    public void Trace_is_recorded_only_when_asked_for()
    {
        EligibilityFacts[] facts = [.. BatchFixtures.ApplicationFacts().Take(3)];

        Assert.All(s_policy.EvaluateMany(facts, BatchFixtures.AsOf), d => Assert.Null(d.Trace));
        Assert.All(s_policy.EvaluateMany(facts, BatchFixtures.AsOf, new BatchOptions { Trace = true, MaxDegreeOfParallelism = 2 }), d => Assert.NotNull(d.Trace));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(257)]
    public void The_degree_of_parallelism_is_checked(int degree)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchOptions { MaxDegreeOfParallelism = degree });
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => s_policy.EvaluateMany(null!, BatchFixtures.AsOf));
        Assert.Throws<ArgumentNullException>(() => ((CompiledPolicy<EligibilityFacts>)null!).EvaluateMany([], BatchFixtures.AsOf));
    }

    [Fact]
    public void Items_keep_their_decisions()
    {
        var cooperatives = BatchFixtures.Cooperatives.Take(10).ToArray();
        PolicySet<EligibilityFacts> set = BatchFixtures.Set("test-cooperative.json");

        BatchResult<Coop.Domain.Model.Cooperative>[] results = [.. set.EvaluateMany(cooperatives, c => new EligibilityFacts(c, BatchFixtures.AsOf), BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 3 })];

        Assert.Equal(cooperatives, results.Select(r => r.Item));
        Assert.Equal(
            cooperatives.Select(c => BatchFixtures.Fingerprint(set.Evaluate(new EligibilityFacts(c, BatchFixtures.AsOf), BatchFixtures.AsOf))),
            results.Select(r => BatchFixtures.Fingerprint(r.Decision)));
    }

    private static IEnumerable<EligibilityFacts> Endless(EligibilityFacts one)
    {
        while (true)
        {
            yield return one;
        }
    }

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
