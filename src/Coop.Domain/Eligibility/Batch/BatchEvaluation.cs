using System.Diagnostics;
using System.Runtime.CompilerServices;
using Coop.Domain.Diagnostics;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Evaluates a policy over a stream of applicants: lazily, in bounded memory, optionally in parallel, and always
/// with the decisions in input order — the same decisions, in the same order, as a sequential loop of
/// <see cref="CompiledPolicy{TRoot}.Evaluate"/>.
/// </summary>
/// <remarks>
/// <para>The source is enumerated on the caller's thread only, so it need not be thread-safe; with a
/// <see cref="BatchOptions.MaxDegreeOfParallelism"/> above 1 the evaluations run on the thread pool, at most that many at
/// a time, with a bounded window of items read ahead (a few dozen per degree), so a 100,000-record stream never sits in
/// memory. An exception from one applicant surfaces at its position, after every earlier decision.</para>
/// <para>The version in force (for a <see cref="PolicySet{TRoot}"/>) and the effective range are checked when the
/// method is called, not on the first item.</para>
/// </remarks>
public static class BatchEvaluation
{
    /// <summary>Evaluates <paramref name="policy"/> for every applicant of <paramref name="facts"/>, in order.</summary>
    /// <typeparam name="TRoot">The root type of the facts.</typeparam>
    /// <param name="policy">The compiled policy.</param>
    /// <param name="facts">The applicants' facts; enumerated once, lazily.</param>
    /// <param name="asOf">The as-of date of every evaluation.</param>
    /// <param name="options">Trace and parallelism; null for sequential without trace.</param>
    /// <returns>One decision per applicant, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="facts"/> is null; or, when
    /// enumerated, an item is null.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    public static IEnumerable<Decision> EvaluateMany<TRoot>(this CompiledPolicy<TRoot> policy, IEnumerable<TRoot> facts, SolarHijriDate asOf, BatchOptions? options = null)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(facts);
        CheckInForce(policy, asOf);
        options ??= BatchOptions.Default;
        bool trace = options.Trace;
        return Traced(OrderedParallel.Select(facts, f => policy.Evaluate(f, asOf, trace), options.MaxDegreeOfParallelism), policy.Policy);
    }

    /// <summary>Evaluates the version of <paramref name="policies"/> in force on <paramref name="asOf"/> for every applicant, in order.</summary>
    /// <typeparam name="TRoot">The root type of the facts.</typeparam>
    /// <param name="policies">The policy versions.</param>
    /// <param name="facts">The applicants' facts; enumerated once, lazily.</param>
    /// <param name="asOf">The as-of date of every evaluation.</param>
    /// <param name="options">Trace and parallelism; null for sequential without trace.</param>
    /// <returns>One decision per applicant, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    public static IEnumerable<Decision> EvaluateMany<TRoot>(this PolicySet<TRoot> policies, IEnumerable<TRoot> facts, SolarHijriDate asOf, BatchOptions? options = null)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(policies);
        return policies.Select(asOf).EvaluateMany(facts, asOf, options);
    }

    /// <summary>
    /// Evaluates the version of <paramref name="policies"/> in force on <paramref name="asOf"/> for every item, building
    /// each item's facts with <paramref name="facts"/> (also in parallel), and keeps each decision with its item.
    /// </summary>
    /// <typeparam name="TItem">The item type, e.g. a cooperative with an application.</typeparam>
    /// <typeparam name="TRoot">The root type of the facts.</typeparam>
    /// <param name="policies">The policy versions.</param>
    /// <param name="items">The items; enumerated once, lazily.</param>
    /// <param name="facts">Builds the facts of one item; must be safe to call from several threads when parallel.</param>
    /// <param name="asOf">The as-of date of every evaluation.</param>
    /// <param name="options">Trace and parallelism; null for sequential without trace.</param>
    /// <returns>One result per item, in input order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    public static IEnumerable<BatchResult<TItem>> EvaluateMany<TItem, TRoot>(
        this PolicySet<TRoot> policies, IEnumerable<TItem> items, Func<TItem, TRoot> facts, SolarHijriDate asOf, BatchOptions? options = null)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(facts);
        CompiledPolicy<TRoot> policy = policies.Select(asOf);
        options ??= BatchOptions.Default;
        bool trace = options.Trace;
        return Traced(OrderedParallel.Select(items, item => new BatchResult<TItem>(item, policy.Evaluate(facts(item), asOf, trace)), options.MaxDegreeOfParallelism), policy.Policy);
    }

    /// <summary>Evaluates <paramref name="policy"/> for every applicant of an asynchronous stream, in order.</summary>
    /// <typeparam name="TRoot">The root type of the facts.</typeparam>
    /// <param name="policy">The compiled policy.</param>
    /// <param name="facts">The applicants' facts; enumerated once.</param>
    /// <param name="asOf">The as-of date of every evaluation.</param>
    /// <param name="options">Trace and parallelism; null for sequential without trace.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One decision per applicant, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException"><paramref name="asOf"/> lies outside the policy's effective range.</exception>
    public static IAsyncEnumerable<Decision> EvaluateManyAsync<TRoot>(
        this CompiledPolicy<TRoot> policy, IAsyncEnumerable<TRoot> facts, SolarHijriDate asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(facts);
        CheckInForce(policy, asOf);
        options ??= BatchOptions.Default;
        bool trace = options.Trace;
        IAsyncEnumerable<Decision> decisions = OrderedParallel.SelectAsync(facts, f => policy.Evaluate(f, asOf, trace), options.MaxDegreeOfParallelism, cancellationToken);
        return CoopDomainTelemetry.Source.HasListeners() ? TracedAsync(decisions, policy.Policy, cancellationToken) : decisions;
    }

    /// <summary>Evaluates the version of <paramref name="policies"/> in force on <paramref name="asOf"/> for every applicant of an asynchronous stream, in order.</summary>
    /// <typeparam name="TRoot">The root type of the facts.</typeparam>
    /// <param name="policies">The policy versions.</param>
    /// <param name="facts">The applicants' facts; enumerated once.</param>
    /// <param name="asOf">The as-of date of every evaluation.</param>
    /// <param name="options">Trace and parallelism; null for sequential without trace.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One decision per applicant, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or <paramref name="facts"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    public static IAsyncEnumerable<Decision> EvaluateManyAsync<TRoot>(
        this PolicySet<TRoot> policies, IAsyncEnumerable<TRoot> facts, SolarHijriDate asOf, BatchOptions? options = null, CancellationToken cancellationToken = default)
        where TRoot : class
    {
        ArgumentNullException.ThrowIfNull(policies);
        return policies.Select(asOf).EvaluateManyAsync(facts, asOf, options, cancellationToken);
    }

    /// <summary>The batch as one activity (from the first item asked for to the end) when someone listens.</summary>
    private static IEnumerable<T> Traced<T>(IEnumerable<T> source, Policy policy)
    {
        return CoopDomainTelemetry.Source.HasListeners() ? Iterate(source, policy) : source;

        static IEnumerable<T> Iterate(IEnumerable<T> source, Policy policy)
        {
            using Activity? activity = CoopDomainTelemetry.StartBatch(CoopDomainTelemetry.BatchEvaluationActivityName, policy);
            long count = 0;
            try
            {
                foreach (T item in source)
                {
                    count++;
                    yield return item;
                }
            }
            finally
            {
                activity?.SetTag("coop.batch.decisions", count);
            }
        }
    }

    private static async IAsyncEnumerable<Decision> TracedAsync(IAsyncEnumerable<Decision> source, Policy policy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using Activity? activity = CoopDomainTelemetry.StartBatch(CoopDomainTelemetry.BatchEvaluationActivityName, policy);
        long count = 0;
        try
        {
            await foreach (Decision decision in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                count++;
                yield return decision;
            }
        }
        finally
        {
            activity?.SetTag("coop.batch.decisions", count);
        }
    }

    private static void CheckInForce<TRoot>(CompiledPolicy<TRoot> policy, SolarHijriDate asOf)
        where TRoot : class
    {
        Policy p = policy.Policy;
        if (!p.IsInForce(asOf))
        {
            throw PolicyNotInForceException.For(p, asOf);
        }
    }
}
