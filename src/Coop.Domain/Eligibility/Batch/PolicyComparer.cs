using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>What-if: evaluates a current and a draft policy over the same applicants and reports who flips and why.</summary>
public static class PolicyComparer
{
    /// <summary>
    /// The rules whose status differs between two decisions for the same applicant, matched by rule id, and the rules
    /// that failed (or were incomplete or in error) under either with a different severity.
    /// </summary>
    /// <param name="current">The decision under the current policy.</param>
    /// <param name="draft">The decision under the draft policy.</param>
    /// <returns>The changes: the draft's rules in order, then the rules only the current policy has.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleChange> Changes(Decision current, Decision draft)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(draft);
        var before = new Dictionary<string, RuleResult>(StringComparer.Ordinal);
        foreach (RuleResult r in current.Rules)
        {
            before[r.Id] = r;
        }

        var changes = new List<RuleChange>();
        foreach (RuleResult after in draft.Rules)
        {
            if (before.Remove(after.Id, out RuleResult was))
            {
                bool decisive = was.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error
                    || after.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error;
                if (was.Status != after.Status || (decisive && was.Severity != after.Severity))
                {
                    changes.Add(new RuleChange(after.Id, after.Code, was.Status, after.Status, after.Message ?? was.Message, was.Severity, after.Severity));
                }
            }
            else
            {
                changes.Add(new RuleChange(after.Id, after.Code, null, after.Status, after.Message, null, after.Severity));
            }
        }

        foreach (RuleResult was in current.Rules)
        {
            if (before.ContainsKey(was.Id))
            {
                changes.Add(new RuleChange(was.Id, was.Code, was.Status, null, was.Message, was.Severity, null));
            }
        }

        return changes;
    }

    /// <summary>Evaluates both policies over the registry in <paramref name="registry"/> (read once) and compares.</summary>
    /// <param name="current">The current policy versions.</param>
    /// <param name="draft">The draft policy versions.</param>
    /// <param name="registry">A readable stream of the registry's UTF-8 text; not disposed.</param>
    /// <param name="asOf">The as-of date; both policies must have a version in force.</param>
    /// <param name="options">Parallelism (trace is ignored); null for sequential.</param>
    /// <param name="readerOptions">Limits of the registry reader; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the comparison with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The transitions with counts and the flips with the rules that changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/>, <paramref name="draft"/> or <paramref name="registry"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">A policy has no version in force on <paramref name="asOf"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a registry (empty, binary, or no valid header line).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RegistryComparison CompareRegistry(
        PolicySet<EligibilityFacts> current, PolicySet<EligibilityFacts> draft, Stream registry, SolarHijriDate asOf,
        BatchOptions? options = null, JsonLinesOptions? readerOptions = null, CancellationToken cancellationToken = default) =>
        CompareRegistry(current, draft, registry, asOf, options, readerOptions, null, cancellationToken);

    /// <summary>
    /// Evaluates both policies over the registry in <paramref name="registry"/> (read once, streamed) and compares, telling
    /// <paramref name="progress"/> the number of cooperatives read after each. Only the flips are kept (each with its
    /// applicant and both decisions), with counts per transition: memory grows with the flips, not with the registry.
    /// </summary>
    /// <param name="current">The current policy versions.</param>
    /// <param name="draft">The draft policy versions.</param>
    /// <param name="registry">A readable stream of the registry's UTF-8 text; not disposed.</param>
    /// <param name="asOf">The as-of date; both policies must have a version in force.</param>
    /// <param name="options">Parallelism (trace is ignored); null for sequential.</param>
    /// <param name="readerOptions">Limits of the registry reader; null for the defaults.</param>
    /// <param name="progress">Told the count of cooperatives read (1, 2, 3, …) on the reading thread; null for none.</param>
    /// <param name="cancellationToken">Stops the comparison with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The transitions with counts and the flips with the rules that changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/>, <paramref name="draft"/> or <paramref name="registry"/> is null.</exception>
    /// <exception cref="PolicyNotInForceException">A policy has no version in force on <paramref name="asOf"/>.</exception>
    /// <exception cref="InvalidDataException">The stream is not a registry (empty, binary, or no valid header line).</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RegistryComparison CompareRegistry(
        PolicySet<EligibilityFacts> current, PolicySet<EligibilityFacts> draft, Stream registry, SolarHijriDate asOf,
        BatchOptions? options, JsonLinesOptions? readerOptions, IProgress<long>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(registry);
        CompiledPolicy<EligibilityFacts> before = current.Select(asOf);
        CompiledPolicy<EligibilityFacts> after = draft.Select(asOf);
        bool byApplication = PolicyFactPaths.UsesApplication(before.Policy) || PolicyFactPaths.UsesApplication(after.Policy);
        var items = new RegistryItems();
        var counts = new int[4, 4];
        var flips = new List<DecisionFlip>();
        int compared = 0;
        foreach ((RegistryApplicant applicant, Decision was, Decision now) in OrderedParallel.Select(
            items.Read(registry, asOf, byApplication, readerOptions, progress),
            item =>
            {
                EligibilityFacts facts = RegistryEvaluator.Facts(item.Cooperative, item.Applicant, asOf);
                return (item.Applicant, before.Evaluate(facts, asOf), after.Evaluate(facts, asOf));
            },
            (options ?? BatchOptions.Default).MaxDegreeOfParallelism,
            cancellationToken))
        {
            compared++;
            counts[(int)was.Outcome, (int)now.Outcome]++;
            if (was.Outcome != now.Outcome)
            {
                flips.Add(new DecisionFlip(applicant, was, now, Changes(was, now)));
            }
        }

        var transitions = new List<OutcomeTransition>();
        foreach (PolicyOutcome from in Enum.GetValues<PolicyOutcome>())
        {
            foreach (PolicyOutcome to in Enum.GetValues<PolicyOutcome>())
            {
                if (counts[(int)from, (int)to] > 0)
                {
                    transitions.Add(new OutcomeTransition(from, to, counts[(int)from, (int)to]));
                }
            }
        }

        return new RegistryComparison(
            before.Policy, after.Policy, asOf, byApplication, compared, transitions, flips, items.BadLines, items.Cooperatives, items.WithoutApplication);
    }
}
