using System.Diagnostics;
using System.Runtime.CompilerServices;
using Coop.Domain.Calendar;
using Coop.Domain.Diagnostics;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// A registry evaluation that hands out its decisions as they are made, in registry order, and keeps only what the
/// ranking needs (<see cref="RegistryRanking"/>): read the decisions once with <see cref="Read(CancellationToken)"/> or
/// <see cref="ReadAsync(CancellationToken)"/>, then take <see cref="Ranking"/>. Made by <see cref="RegistryEvaluator.Open"/>.
/// </summary>
/// <remarks>
/// <para>Memory: the decisions a caller drops are gone; the stream keeps, per eligible decision, a
/// <see cref="RankedDecision"/> (id, name, score, request, application date: about 300 bytes), the summaries per county and
/// sector, the bad lines, and 16 bytes per applicant to keep ids unique — never a decision or a cooperative. A caller that
/// must print each decision next to its rank stores what it prints (e.g. in a temporary file, as <c>coop evaluate</c>
/// does) and joins it with <see cref="RegistryRanking.Find"/> afterwards.</para>
/// <para>With <see cref="BatchOptions.MaxDegreeOfParallelism"/> above 1 the decisions (and the projection given to
/// <see cref="Read{TResult}(Func{RegistryDecisionRow, TResult}, CancellationToken)"/>) are made on several threads, and still
/// come out in registry order, the same whatever the degree. One enumeration only; not thread-safe.</para>
/// </remarks>
public sealed class StreamedRegistryEvaluation
{
    private readonly CompiledPolicy<EligibilityFacts> _policy;
    private readonly Stream _registry;
    private readonly RegistryEvaluationOptions _options;
    private int _started;
    private RegistryRanking? _ranking;

    internal StreamedRegistryEvaluation(CompiledPolicy<EligibilityFacts> policy, bool byApplication, Stream registry, SolarHijriDate asOf, RegistryEvaluationOptions options)
    {
        _policy = policy;
        _registry = registry;
        _options = options;
        ByApplication = byApplication;
        AsOf = asOf;
    }

    /// <summary>The policy version in force on <see cref="AsOf"/> that decides.</summary>
    public Policy Policy => _policy.Policy;

    /// <summary>The as-of date.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>True when the policy names <c>application</c> facts, so there is one decision per application.</summary>
    public bool ByApplication { get; }

    /// <summary>Whether every decision has been read, so that <see cref="Ranking"/> is available.</summary>
    public bool IsComplete => _ranking is not null;

    /// <summary>The ranking, allocation, summaries and bad lines, once every decision has been read.</summary>
    /// <exception cref="InvalidOperationException">The decisions have not all been read yet.</exception>
    public RegistryRanking Ranking => _ranking ?? throw new InvalidOperationException("Read every decision of the stream before taking its ranking.");

    /// <summary>The decisions, in registry order (applications in each cooperative's order); the i-th has index i in <see cref="RegistryRanking.Find"/>.</summary>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The decisions, read lazily from the registry.</returns>
    /// <exception cref="InvalidOperationException">The stream was already read (or is being read).</exception>
    /// <exception cref="InvalidDataException">When enumerated: the registry is not a registry (empty, binary, or no valid
    /// header line), or the amounts requested sum beyond the range of <see cref="Money"/> (the message names the line and field; the inner exception is a <see cref="RequestedSumOverflowException"/>).</exception>
    /// <exception cref="IOException">When enumerated: the registry cannot be read.</exception>
    public IEnumerable<RegistryDecisionRow> Read(CancellationToken cancellationToken = default) => Read(static row => row, cancellationToken);

    /// <summary>
    /// The decisions, each turned by <paramref name="project"/> into what the caller keeps (e.g. the text it prints), in
    /// registry order. <paramref name="project"/> runs where the decision is made: on several threads at once when
    /// <see cref="BatchOptions.MaxDegreeOfParallelism"/> is above 1, so it must be thread-safe.
    /// </summary>
    /// <typeparam name="TResult">What each decision is turned into.</typeparam>
    /// <param name="project">Turns a decision into a result; must be thread-safe when evaluating in parallel.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per decision, in registry order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The stream was already read (or is being read).</exception>
    /// <exception cref="InvalidDataException">When enumerated: the registry is not a registry, or the amounts requested sum
    /// beyond the range of <see cref="Money"/>.</exception>
    /// <exception cref="IOException">When enumerated: the registry cannot be read.</exception>
    public IEnumerable<TResult> Read<TResult>(Func<RegistryDecisionRow, TResult> project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        Start();
        return Iterate(project, cancellationToken);
    }

    /// <summary>The decisions, read asynchronously from the registry, in registry order.</summary>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The decisions.</returns>
    /// <exception cref="InvalidOperationException">The stream was already read (or is being read).</exception>
    public IAsyncEnumerable<RegistryDecisionRow> ReadAsync(CancellationToken cancellationToken = default) => ReadAsync(static row => row, cancellationToken);

    /// <summary>
    /// The decisions, read asynchronously, each turned by <paramref name="project"/> into what the caller keeps, in
    /// registry order (see <see cref="Read{TResult}(Func{RegistryDecisionRow, TResult}, CancellationToken)"/>).
    /// </summary>
    /// <typeparam name="TResult">What each decision is turned into.</typeparam>
    /// <param name="project">Turns a decision into a result; must be thread-safe when evaluating in parallel.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per decision, in registry order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The stream was already read (or is being read).</exception>
    public IAsyncEnumerable<TResult> ReadAsync<TResult>(Func<RegistryDecisionRow, TResult> project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        Start();
        return IterateAsync(project, cancellationToken);
    }

    private void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            throw new InvalidOperationException("A registry decision stream is read once; open another for another pass.");
        }
    }

    private IEnumerable<TResult> Iterate<TResult>(Func<RegistryDecisionRow, TResult> project, CancellationToken cancellationToken)
    {
        using Activity? activity = StartActivity();
        var items = new RegistryItems();
        var ranker = new RegistryRanker(ByApplication);
        foreach ((RegistryDecisionRow row, TResult result) in OrderedParallel.Select(
            items.Read(_registry, AsOf, ByApplication, _options.Reader, _options.Progress),
            Decider(project),
            _options.Batch.MaxDegreeOfParallelism,
            cancellationToken))
        {
            ranker.Add(row);
            yield return result;
        }

        Finish(activity, items, ranker);
    }

    private async IAsyncEnumerable<TResult> IterateAsync<TResult>(Func<RegistryDecisionRow, TResult> project, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using Activity? activity = StartActivity();
        var items = new RegistryItems();
        var ranker = new RegistryRanker(ByApplication);
        await foreach ((RegistryDecisionRow row, TResult result) in OrderedParallel.SelectAsync(
            items.ReadAsync(_registry, AsOf, ByApplication, _options.Reader, _options.Progress, cancellationToken),
            Decider(project),
            _options.Batch.MaxDegreeOfParallelism,
            cancellationToken).ConfigureAwait(false))
        {
            ranker.Add(row);
            yield return result;
        }

        Finish(activity, items, ranker);
    }

    private Func<(RegistryApplicant Applicant, Cooperative Cooperative), (RegistryDecisionRow, TResult)> Decider<TResult>(Func<RegistryDecisionRow, TResult> project)
    {
        CompiledPolicy<EligibilityFacts> policy = _policy;
        SolarHijriDate asOf = AsOf;
        bool trace = _options.Batch.Trace;
        return item =>
        {
            var row = new RegistryDecisionRow(item.Applicant, policy.Evaluate(RegistryEvaluator.Facts(item.Cooperative, item.Applicant, asOf), asOf, trace));
            return (row, project(row));
        };
    }

    private Activity? StartActivity()
    {
        if (!CoopDomainTelemetry.Source.HasListeners())
        {
            return null;
        }

        Activity? activity = CoopDomainTelemetry.Source.StartActivity(CoopDomainTelemetry.RegistryEvaluationActivityName);
        activity?.SetTag(CoopDomainTelemetry.PolicyIdTag, Policy.Id);
        activity?.SetTag(CoopDomainTelemetry.PolicyVersionTag, Policy.Version);
        activity?.SetTag("coop.as_of", AsOf.ToString());
        return activity;
    }

    private void Finish(Activity? activity, RegistryItems items, RegistryRanker ranker)
    {
        activity?.SetTag("coop.registry.cooperatives", items.Cooperatives);
        activity?.SetTag("coop.registry.bad_lines", items.BadLines.Count);
        activity?.SetTag("coop.batch.decisions", ranker.Count);
        _ranking = ranker.Complete(Policy, AsOf, items, _options.Budget, _options.PartialFunding);
    }
}
