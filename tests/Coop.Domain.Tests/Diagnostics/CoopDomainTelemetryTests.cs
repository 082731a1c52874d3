using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using Coop.Domain.Diagnostics;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Eligibility.Batch;
using Coop.Domain.Tests.Eligibility.Providers;

namespace Coop.Domain.Tests.Diagnostics;

// Listeners are process-wide and other tests evaluate at the same time: every check filters by a policy id of its own
// or by the test's thread.
public sealed class CoopDomainTelemetryTests
{
    [Fact]
    public void Each_decision_is_counted_by_policy_and_outcome_and_its_duration_recorded()
    {
        string id = "telemetry-" + Guid.NewGuid().ToString("N");
        var policy = new CompiledPolicy<EligibilityFacts>(ProviderTestData.Builder(2, id).Build(), CoopFactSchema.Instance);
        using var recorder = new Recorder();
        var cooperative = ProviderTestData.Juybar();
        var eligible = new EligibilityFacts(cooperative, ProviderTestData.D(1404, 6, 1), ProviderTestData.Application(cooperative));

        Decision first = policy.Evaluate(eligible, eligible.AsOf);
        policy.Evaluate(eligible, eligible.AsOf, trace: true);
        Assert.NotEqual(PolicyOutcome.Eligible, first.Outcome); // 8 members; version 2 asks for 10

        Measurement[] decisions = recorder.Of(CoopDomainTelemetry.DecisionsName, id);
        Assert.Equal(2, decisions.Length);
        Assert.All(decisions, m => Assert.Equal(1, m.Value));
        Assert.All(decisions, m => Assert.Equal(first.Outcome == PolicyOutcome.NeedsReview ? "needs-review" : "ineligible", m.Tags[CoopDomainTelemetry.OutcomeTag]));
        Measurement[] durations = recorder.Of(CoopDomainTelemetry.EvaluationDurationName, id);
        Assert.Equal(2, durations.Length);
        Assert.All(durations, m => Assert.InRange(m.Value, 0.0, 60.0));

        // The allocation-free path is not instrumented.
        _ = policy.EvaluateOutcome(eligible, eligible.AsOf);
        Assert.Equal(2, recorder.Of(CoopDomainTelemetry.DecisionsName, id).Length);
    }

    [Fact]
    public void EvaluateOutcome_allocates_nothing_and_records_nothing_while_the_meter_is_listened_to()
    {
        string id = "telemetry-outcome-" + Guid.NewGuid().ToString("N");
        var policy = new CompiledPolicy<EligibilityFacts>(ProviderTestData.Builder(2, id).Build(), CoopFactSchema.Instance);
        var cooperative = ProviderTestData.Juybar();
        var facts = new EligibilityFacts(cooperative, ProviderTestData.D(1404, 6, 1), ProviderTestData.Application(cooperative));
        var statuses = new RuleStatus[policy.RuleCount];
        using var recorder = new Recorder();
        for (int i = 0; i <= CompiledPolicy<EligibilityFacts>.DefaultPromoteAfter; i++)
        {
            _ = policy.EvaluateOutcome(facts, facts.AsOf, statuses);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            _ = policy.EvaluateOutcome(facts, facts.AsOf, statuses);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Empty(recorder.Of(CoopDomainTelemetry.DecisionsName, id));
    }

    [Fact]
    public void A_batch_is_one_activity_tagged_with_its_policy_and_count_and_each_decision_is_counted()
    {
        string id = "telemetry-batch-" + Guid.NewGuid().ToString("N");
        var policy = new CompiledPolicy<EligibilityFacts>(ProviderTestData.Builder(1, id).Effective(ProviderTestData.D(1400, 1, 1), null).Build(), CoopFactSchema.Instance);
        IReadOnlyList<EligibilityFacts> facts = BatchFixtures.ApplicationFacts();
        using var recorder = new Recorder();
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CoopDomainTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        Decision[] decisions = [.. policy.EvaluateMany(facts, BatchFixtures.AsOf, new BatchOptions { MaxDegreeOfParallelism = 2 })];

        Activity batch = Assert.Single(stopped, a => id.Equals(a.GetTagItem(CoopDomainTelemetry.PolicyIdTag)));
        Assert.Equal(CoopDomainTelemetry.BatchEvaluationActivityName, batch.OperationName);
        Assert.Equal((long)facts.Count, batch.GetTagItem("coop.batch.decisions"));
        Assert.Equal(1, batch.GetTagItem(CoopDomainTelemetry.PolicyVersionTag));
        Assert.Equal(facts.Count, recorder.Of(CoopDomainTelemetry.DecisionsName, id).Length);
        Assert.Equal(decisions.Count(d => d.Outcome == PolicyOutcome.Eligible), recorder.Of(CoopDomainTelemetry.DecisionsName, id).Count(m => "eligible".Equals(m.Tags[CoopDomainTelemetry.OutcomeTag])));
    }

    [Fact]
    public void Registry_lines_read_and_rejected_are_counted_and_a_registry_evaluation_is_an_activity()
    {
        byte[] registry = [.. File.ReadAllBytes(BatchFixtures.Registry), .. Encoding.UTF8.GetBytes("this is not a record\n")];
        int thread = Environment.CurrentManagedThreadId;
        using var recorder = new Recorder(thread);
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CoopDomainTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { if (Environment.CurrentManagedThreadId == thread) { stopped.Enqueue(a); } },
        };
        ActivitySource.AddActivityListener(listener);

        RegistryRecord[] records = [.. RegistryReader.Read(new MemoryStream(registry))];
        int lines = records.Count(r => r.IsLine);
        int rejected = records.Count(r => r.IsLine && r.Error is not null);
        Assert.True(rejected >= 1);
        Assert.Equal(lines, recorder.Sum(CoopDomainTelemetry.RegistryLinesReadName));
        Assert.Equal(rejected, recorder.Sum(CoopDomainTelemetry.RegistryLinesRejectedName));

        RegistryEvaluation evaluation = new RegistryEvaluator(BatchFixtures.Set("test-cooperative.json"))
            .Evaluate(new MemoryStream(registry), BatchFixtures.AsOf, cancellationToken: TestContext.Current.CancellationToken);
        Activity run = Assert.Single(stopped, a => a.OperationName == CoopDomainTelemetry.RegistryEvaluationActivityName);
        Assert.Equal(evaluation.Policy.Id, run.GetTagItem(CoopDomainTelemetry.PolicyIdTag));
        Assert.Equal(evaluation.BadLines.Count, run.GetTagItem("coop.registry.bad_lines"));
        Assert.Equal(2 * lines, recorder.Sum(CoopDomainTelemetry.RegistryLinesReadName));
    }

    private sealed record Measurement(string Instrument, double Value, Dictionary<string, object?> Tags);

    /// <summary>Records the library's measurements (of one thread, when given).</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<Measurement> _measurements = new();

        public Recorder(int? thread = null)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == CoopDomainTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags, thread));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags, thread));
            _listener.Start();
        }

        public Measurement[] Of(string instrument, string policyId) =>
            [.. _measurements.Where(m => m.Instrument == instrument && policyId.Equals(m.Tags.GetValueOrDefault(CoopDomainTelemetry.PolicyIdTag)))];

        public long Sum(string instrument) => (long)_measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, int? thread)
        {
            if (thread is null || thread == Environment.CurrentManagedThreadId)
            {
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, object?> tag in tags)
                {
                    map[tag.Key] = tag.Value;
                }

                _measurements.Enqueue(new Measurement(instrument.Name, value, map));
            }
        }
    }
}
