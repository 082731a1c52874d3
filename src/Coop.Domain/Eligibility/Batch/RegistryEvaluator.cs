using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// Evaluates a policy over a registry file (JSON Lines, docs/registry-format.md) at an as-of date: decisions, the
/// ranking of the eligible, an optional budget allocation, and summaries by county and sector. Thread-safe.
/// </summary>
/// <remarks>
/// <para>When the policy's expressions name any <c>application</c> fact (<see cref="PolicyFactPaths.UsesApplication"/>,
/// over every version), there is one decision per facility application applied on or before the as-of date;
/// cooperatives with none are counted in <see cref="RegistryEvaluation.CooperativesWithoutApplication"/>, not evaluated.
/// Otherwise there is one decision per cooperative, judged without an application.</para>
/// <para>The registry is streamed; bad lines are collected (<see cref="RegistryEvaluation.BadLines"/>), never fatal. Only a
/// file that is not a registry at all (empty, binary, no valid header on its first line) is an error.</para>
/// <para>Memory: <see cref="Evaluate"/> keeps every decision (<see cref="RegistryEvaluation.Rows"/>), so it grows with the
/// registry; <see cref="Open"/> hands the decisions out as they are made and keeps only the ranking keys of the eligible
/// ones and the summaries (<see cref="StreamedRegistryEvaluation"/>, <see cref="RegistryRanking"/>), for a registry of any size.</para>
/// </remarks>
public sealed class RegistryEvaluator
{
    /// <summary>Creates an evaluator for the versions of one policy over the standard fact schema.</summary>
    /// <param name="policies">The policy versions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public RegistryEvaluator(PolicySet<EligibilityFacts> policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
        UsesApplication = policies.Versions.Any(v => PolicyFactPaths.UsesApplication(v.Policy));
    }

    /// <summary>The policy versions.</summary>
    public PolicySet<EligibilityFacts> Policies { get; }

    /// <summary>Whether any version names <c>application</c> facts, so evaluation is per application.</summary>
    public bool UsesApplication { get; }

    /// <summary>
    /// Opens a streamed evaluation of the registry in <paramref name="registry"/>: its decisions are handed out as they are
    /// made and dropped unless the caller keeps them; only the ranking keys of the eligible decisions and the summaries are
    /// kept (<see cref="StreamedRegistryEvaluation"/>). Nothing is read until the stream is enumerated.
    /// </summary>
    /// <param name="registry">A readable stream of the registry's UTF-8 text, seekable or not; not disposed.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Budget, trace, parallelism, progress; null for the defaults.</param>
    /// <returns>The stream of decisions, to be read once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The budget is negative.</exception>
    public StreamedRegistryEvaluation Open(Stream registry, SolarHijriDate asOf, RegistryEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        options ??= RegistryEvaluationOptions.Default;
        if (options.Budget is { IsNegative: true } negative)
        {
            throw new ArgumentOutOfRangeException(nameof(options), negative, "The budget must be zero or more.");
        }

        return new StreamedRegistryEvaluation(Policies.Select(asOf), UsesApplication, registry, asOf, options);
    }

    /// <summary>Evaluates the registry in <paramref name="registry"/>, keeping every decision (for a registry of any size, use <see cref="Open"/>).</summary>
    /// <param name="registry">A readable stream of the registry's UTF-8 text; not disposed.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Budget, trace, parallelism, progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the evaluation with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The decisions, ranking, allocation and summaries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a registry (empty, binary, or no valid header line), or the
    /// amounts requested sum beyond the range of <see cref="Money"/> (the message names the line and field).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The budget is negative.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public RegistryEvaluation Evaluate(Stream registry, SolarHijriDate asOf, RegistryEvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        StreamedRegistryEvaluation stream = Open(registry, asOf, options);
        var rows = new List<RegistryDecisionRow>();
        foreach (RegistryDecisionRow row in stream.Read(cancellationToken))
        {
            rows.Add(row);
        }

        return new RegistryEvaluation(stream.Ranking, rows);
    }

    /// <summary>Evaluates the registry file at <paramref name="path"/>.</summary>
    /// <param name="path">The registry file.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="options">Budget, trace, parallelism, progress; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the evaluation with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The decisions, ranking, allocation and summaries.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="PolicyNotInForceException">No version is in force on <paramref name="asOf"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a registry (empty, binary, or no valid header line), or the
    /// amounts requested sum beyond the range of <see cref="Money"/> (the message names the line and field).</exception>
    /// <exception cref="IOException">The file cannot be opened or read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public RegistryEvaluation EvaluateFile(string path, SolarHijriDate asOf, RegistryEvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream stream = File.OpenRead(path);
        return Evaluate(stream, asOf, options, cancellationToken);
    }

    internal static EligibilityFacts Facts(Cooperative cooperative, RegistryApplicant applicant, SolarHijriDate asOf) =>
        new(cooperative, asOf, applicant.Application);
}
