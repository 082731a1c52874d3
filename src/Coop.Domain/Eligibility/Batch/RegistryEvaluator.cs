using System.Diagnostics;
using Coop.Domain.Diagnostics;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
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

    /// <summary>Evaluates the registry in <paramref name="registry"/>.</summary>
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
        ArgumentNullException.ThrowIfNull(registry);
        options ??= RegistryEvaluationOptions.Default;
        if (options.Budget is { IsNegative: true } negative)
        {
            throw new ArgumentOutOfRangeException(nameof(options), negative, "The budget must be zero or more.");
        }

        CompiledPolicy<EligibilityFacts> policy = Policies.Select(asOf);
        using Activity? activity = CoopDomainTelemetry.Source.HasListeners() ? CoopDomainTelemetry.Source.StartActivity(CoopDomainTelemetry.RegistryEvaluationActivityName) : null;
        activity?.SetTag(CoopDomainTelemetry.PolicyIdTag, policy.Policy.Id);
        activity?.SetTag(CoopDomainTelemetry.PolicyVersionTag, policy.Policy.Version);
        activity?.SetTag("coop.as_of", asOf.ToString());
        var items = new RegistryItems();
        bool trace = options.Batch.Trace;
        var rows = new List<RegistryDecisionRow>();
        foreach (RegistryDecisionRow row in OrderedParallel.Select(
            items.Read(registry, asOf, UsesApplication, options.Reader, options.Progress),
            item => new RegistryDecisionRow(item.Applicant, policy.Evaluate(Facts(item.Cooperative, item.Applicant, asOf), asOf, trace)),
            options.Batch.MaxDegreeOfParallelism,
            cancellationToken))
        {
            rows.Add(row);
        }

        activity?.SetTag("coop.registry.cooperatives", items.Cooperatives);
        activity?.SetTag("coop.registry.bad_lines", items.BadLines.Count);
        activity?.SetTag("coop.batch.decisions", rows.Count);
        return Summarise(policy.Policy, asOf, UsesApplication, rows, items, options);
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

    private static RegistryEvaluation Summarise(
        Policy policy, SolarHijriDate asOf, bool byApplication, List<RegistryDecisionRow> rows, RegistryItems items, RegistryEvaluationOptions options)
    {
        CreditLineAllocation? allocation = null;
        var ranking = new List<RegistryRankingEntry>();
        var granted = new Dictionary<string, Money>(StringComparer.Ordinal);
        if (byApplication)
        {
            var byId = rows.ToDictionary(r => r.Applicant.Id, StringComparer.Ordinal);
            CreditLineAllocation ranked = DecisionRanking.Allocate(
                options.Budget ?? Money.Zero,
                rows.Where(r => r.Applicant.Application is not null)
                    .Select(r => new RankingCandidate(r.Applicant.Id, r.Decision, r.Applicant.AmountRequested!.Value, r.Applicant.AppliedOn!.Value)),
                options.PartialFunding);
            foreach (AllocationResult result in ranked.Results)
            {
                ranking.Add(new RegistryRankingEntry(result.Rank, byId[result.Applicant.Id], options.Budget is null ? null : result));
                granted[result.Applicant.Id] = result.Granted;
            }

            allocation = options.Budget is null ? null : ranked;
        }
        else
        {
            int rank = 0;
            foreach (RegistryDecisionRow row in rows
                .Where(r => r.Decision.Outcome == PolicyOutcome.Eligible)
                .OrderByDescending(r => r.Decision.Score)
                .ThenBy(r => r.Applicant.Id, StringComparer.Ordinal))
            {
                ranking.Add(new RegistryRankingEntry(++rank, row, null));
            }
        }

        var counties = new SortedDictionary<string, OutcomeSummary>(StringComparer.Ordinal);
        var sectors = new SortedDictionary<string, OutcomeSummary>(StringComparer.Ordinal);
        var total = new OutcomeSummary("total");
        foreach (RegistryDecisionRow row in rows)
        {
            Money money = granted.GetValueOrDefault(row.Applicant.Id);
            Group(counties, row.Applicant.CountyCode).Add(row, money);
            Group(sectors, row.Applicant.Sector is { } s ? FactText.Of(s) : "-").Add(row, money);
            total.Add(row, money);
        }

        return new RegistryEvaluation(
            policy, asOf, byApplication, rows, items.BadLines, items.Cooperatives, items.WithoutApplication, options.Budget,
            ranking, allocation, [.. counties.Values], [.. sectors.Values], total);
    }

    private static OutcomeSummary Group(SortedDictionary<string, OutcomeSummary> groups, string key)
    {
        if (!groups.TryGetValue(key, out OutcomeSummary? summary))
        {
            summary = new OutcomeSummary(key);
            groups.Add(key, summary);
        }

        return summary;
    }
}
