using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Tests.Eligibility.Batch;

// The streamed evaluation (what coop evaluate runs on) must give the same decisions, ranks and grants as the evaluation
// that keeps every decision, in the same order whatever the degree of parallelism, and must read the registry lazily.
public sealed class StreamedRegistryEvaluationTests
{
    private static readonly Money Budget = Money.FromRials(50_000_000_000);

    private static RegistryEvaluationOptions Options(int degree, Money? budget) => new()
    {
        Batch = new BatchOptions { MaxDegreeOfParallelism = degree },
        Budget = budget,
    };

    [Theory]
    [InlineData("test-facility-1404.json", 1, true)]
    [InlineData("test-facility-1404.json", 4, true)]
    [InlineData("test-facility-1404.json", 3, false)]
    [InlineData("test-cooperative.json", 1, false)]
    [InlineData("test-cooperative.json", 2, true)]
    public void The_stream_gives_the_decisions_ranks_and_grants_of_the_whole_evaluation(string policy, int degree, bool withBudget)
    {
        var evaluator = new RegistryEvaluator(BatchFixtures.Set(policy));
        Money? budget = withBudget ? Budget : null;
        RegistryEvaluation whole = evaluator.EvaluateFile(BatchFixtures.Registry, BatchFixtures.AsOf, Options(1, budget), TestContext.Current.CancellationToken);

        using FileStream file = File.OpenRead(BatchFixtures.Registry);
        StreamedRegistryEvaluation streamed = evaluator.Open(file, BatchFixtures.AsOf, Options(degree, budget));
        Assert.False(streamed.IsComplete);
        List<RegistryDecisionRow> rows = [.. streamed.Read(TestContext.Current.CancellationToken)];
        Assert.True(streamed.IsComplete);
        RegistryRanking ranking = streamed.Ranking;

        Assert.Equal(whole.Rows.Count, rows.Count);
        Assert.Equal(whole.Rows.Count, ranking.Decisions);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(whole.Rows[i].Applicant.Id, rows[i].Applicant.Id);
            Assert.Equal(whole.Rows[i].Applicant.Line, rows[i].Applicant.Line);
            Assert.Equal(BatchFixtures.Fingerprint(whole.Rows[i].Decision), BatchFixtures.Fingerprint(rows[i].Decision));
        }

        Assert.Equal(whole.Cooperatives, ranking.Cooperatives);
        Assert.Equal(whole.CooperativesWithoutApplication, ranking.CooperativesWithoutApplication);
        Assert.Equal(whole.Ranking.Count, ranking.Ranking.Count);
        for (int i = 0; i < whole.Ranking.Count; i++)
        {
            RegistryRankingEntry expected = whole.Ranking[i];
            RankedDecision actual = ranking.Ranking[i];
            Assert.Equal(expected.Rank, actual.Rank);
            Assert.Equal(expected.Row.Decision.Score, actual.Score);
            Assert.Equal(expected.Granted, actual.Granted);
            Assert.Equal(expected.Status, actual.Status);
            int index = whole.Rows.ToList().IndexOf(expected.Row);
            Assert.Same(actual, ranking.Find(index));
        }

        Assert.Equal(whole.Total.ToString(), ranking.Total.ToString());
        Assert.Equal(whole.ByCounty.Select(s => s.ToString()), ranking.ByCounty.Select(s => s.ToString()));
        Assert.Equal(whole.BySector.Select(s => s.ToString()), ranking.BySector.Select(s => s.ToString()));
    }

    [Fact]
    public async Task The_asynchronous_stream_gives_the_same_decisions()
    {
        var evaluator = new RegistryEvaluator(BatchFixtures.Set("test-facility-1404.json"));
        RegistryEvaluation whole = evaluator.EvaluateFile(BatchFixtures.Registry, BatchFixtures.AsOf, Options(1, Budget), TestContext.Current.CancellationToken);

        await using FileStream file = File.OpenRead(BatchFixtures.Registry);
        StreamedRegistryEvaluation streamed = evaluator.Open(file, BatchFixtures.AsOf, Options(2, Budget));
        var fingerprints = new List<string>();
        await foreach (RegistryDecisionRow row in streamed.ReadAsync(TestContext.Current.CancellationToken))
        {
            fingerprints.Add(BatchFixtures.Fingerprint(row.Decision));
        }

        Assert.Equal(whole.Rows.Select(r => BatchFixtures.Fingerprint(r.Decision)), fingerprints);
        Assert.Equal(whole.Ranking.Select(e => e.Granted), streamed.Ranking.Ranking.Select(e => e.Granted));
    }

    [Fact]
    public void The_first_decision_comes_before_the_registry_is_read_to_its_end()
    {
        // A generated registry of 3,000 cooperatives (~30 MB): far more than the reader buffers ahead.
        byte[] registry;
        using (var generated = new MemoryStream())
        {
            Coop.Domain.Serialization.RegistryGenerator.Write(generated, new Coop.Domain.Serialization.RegistryGeneratorOptions { Count = 3_000, Seed = 5, InvalidShare = 0 });
            registry = generated.ToArray();
        }

        using var stream = new MemoryStream(registry, writable: false);
        var evaluator = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json"));
        StreamedRegistryEvaluation streamed = evaluator.Open(stream, BatchFixtures.AsOf, Options(1, null));

        using IEnumerator<RegistryDecisionRow> decisions = streamed.Read(TestContext.Current.CancellationToken).GetEnumerator();
        Assert.True(decisions.MoveNext());
        Assert.True(stream.Position < registry.Length, $"{stream.Position} of {registry.Length} bytes read before the first decision");
        Assert.Throws<InvalidOperationException>(() => streamed.Ranking);
    }

    [Fact]
    public void A_stream_is_read_once()
    {
        using FileStream file = File.OpenRead(BatchFixtures.Registry);
        StreamedRegistryEvaluation streamed = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json")).Open(file, BatchFixtures.AsOf);
        _ = streamed.Read(TestContext.Current.CancellationToken);
        Assert.Throws<InvalidOperationException>(() => streamed.Read(TestContext.Current.CancellationToken));
    }
}
