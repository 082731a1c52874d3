using System.Diagnostics;
using System.Diagnostics.Metrics;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Diagnostics;

/// <summary>
/// The names of Coop.Domain's <see cref="System.Diagnostics.Metrics"/> instruments and of its <see cref="ActivitySource"/>
/// (docs/aspnet-core.md, "Metrics"). Listen with OpenTelemetry (<c>AddMeter(CoopDomainTelemetry.MeterName)</c>,
/// <c>AddSource(CoopDomainTelemetry.ActivitySourceName)</c>), <c>dotnet-counters</c>, or a <see cref="MeterListener"/>.
/// An instrument nobody listens to costs one flag test per evaluation; the allocation-free path
/// (<c>CompiledPolicy.EvaluateOutcome</c>) is never instrumented.
/// </summary>
public static class CoopDomainTelemetry
{
    /// <summary>The name of the meter and of the activity source: <c>Coop.Domain</c>.</summary>
    public const string MeterName = "Coop.Domain";

    /// <summary>The name of the activity source of batch runs: <c>Coop.Domain</c>.</summary>
    public const string ActivitySourceName = "Coop.Domain";

    /// <summary>Counter of decisions made by <c>Evaluate</c> (one applicant, or each of a batch), tagged <c>coop.policy.id</c> and
    /// <c>coop.decision.outcome</c> (<c>eligible</c>, <c>ineligible</c>, <c>incomplete</c>, <c>needs-review</c>). Unit <c>{decision}</c>.</summary>
    public const string DecisionsName = "coop.domain.decisions";

    /// <summary>Histogram of the time one <c>Evaluate</c> takes, in seconds, tagged <c>coop.policy.id</c>.</summary>
    public const string EvaluationDurationName = "coop.domain.evaluation.duration";

    /// <summary>Counter of registry lines read (<c>RegistryReader</c>, and the registry evaluator through it). Unit <c>{line}</c>.</summary>
    public const string RegistryLinesReadName = "coop.domain.registry.lines_read";

    /// <summary>Counter of registry lines rejected (malformed, invalid or duplicate records). Unit <c>{line}</c>.</summary>
    public const string RegistryLinesRejectedName = "coop.domain.registry.lines_rejected";

    /// <summary>The activity of one registry evaluation (<c>RegistryEvaluator.Evaluate</c>).</summary>
    public const string RegistryEvaluationActivityName = "coop.domain.registry.evaluate";

    /// <summary>The activity of one batch (<c>EvaluateMany</c>, <c>EvaluateManyAsync</c>): from the first item asked for to the end.</summary>
    public const string BatchEvaluationActivityName = "coop.domain.batch.evaluate";

    /// <summary>The tag naming the policy id.</summary>
    public const string PolicyIdTag = "coop.policy.id";

    /// <summary>The tag naming the policy version (activities).</summary>
    public const string PolicyVersionTag = "coop.policy.version";

    /// <summary>The tag naming the decision's outcome, kebab-case.</summary>
    public const string OutcomeTag = "coop.decision.outcome";

    private static readonly Meter s_meter = new(MeterName);
    private static readonly Counter<long> s_decisions = s_meter.CreateCounter<long>(DecisionsName, "{decision}", "Decisions made, by policy and outcome.");
    private static readonly Histogram<double> s_duration = s_meter.CreateHistogram<double>(EvaluationDurationName, "s", "The time one evaluation takes.");
    private static readonly Counter<long> s_linesRead = s_meter.CreateCounter<long>(RegistryLinesReadName, "{line}", "Registry lines read.");
    private static readonly Counter<long> s_linesRejected = s_meter.CreateCounter<long>(RegistryLinesRejectedName, "{line}", "Registry lines rejected.");
    private static readonly string[] s_outcomes = ["eligible", "ineligible", "incomplete", "needs-review"];

    internal static ActivitySource Source { get; } = new(ActivitySourceName);

    /// <summary>Whether an evaluation should be measured: someone listens to the decisions or the durations.</summary>
    internal static bool EvaluationEnabled => s_decisions.Enabled || s_duration.Enabled;

    internal static bool RegistryEnabled => s_linesRead.Enabled || s_linesRejected.Enabled;

    internal static void RecordDecision(string policyId, PolicyOutcome outcome, long startTimestamp)
    {
        var policy = new KeyValuePair<string, object?>(PolicyIdTag, policyId);
        if (s_duration.Enabled)
        {
            s_duration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, policy);
        }

        if (s_decisions.Enabled)
        {
            int index = (int)outcome;
            string text = (uint)index < (uint)s_outcomes.Length ? s_outcomes[index] : "unknown";
            s_decisions.Add(1, policy, new KeyValuePair<string, object?>(OutcomeTag, text));
        }
    }

    internal static void RecordRegistryLine(bool rejected)
    {
        s_linesRead.Add(1);
        if (rejected)
        {
            s_linesRejected.Add(1);
        }
    }

    /// <summary>Starts a batch activity when someone listens, without making it the current activity (a batch is
    /// enumerated lazily, between the caller's own steps); stop it when the batch ends.</summary>
    internal static Activity? StartBatch(string name, Policy policy)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? previous = Activity.Current;
        Activity? activity = Source.StartActivity(name, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(PolicyIdTag, policy.Id);
            activity.SetTag(PolicyVersionTag, policy.Version);
            Activity.Current = previous;
        }

        return activity;
    }
}
