using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>
/// The fact paths a policy's expressions name (rules' <c>when</c>, <c>check</c>, <c>observed</c>, <c>required</c>
/// and scoring terms' <c>when</c>), found by parsing the expression texts — nothing is compiled or evaluated.
/// </summary>
/// <remarks>
/// A path is written as in the expression, from the root: <c>cooperative.memberCount</c>, <c>application.amount</c>,
/// <c>asOf</c>. Paths through a collection element (<c>m.employed</c> in <c>count(m in cooperative.members where
/// m.employed)</c>) are reported as the collection's path (<c>cooperative.members</c>). Parameter names are not fact
/// paths and are left out. An expression that does not parse is skipped (compiling the policy reports it).
/// </remarks>
public static class PolicyFactPaths
{
    /// <summary>The distinct fact paths the policy's expressions name, sorted ordinally.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The paths.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static IReadOnlyList<string> Of(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (PolicyRule rule in policy.Rules)
        {
            Collect(rule.When, paths);
            Collect(rule.Check, paths);
            Collect(rule.Observed, paths);
            Collect(rule.Required, paths);
        }

        foreach (ScoringTerm term in policy.Scoring)
        {
            Collect(term.When, paths);
        }

        return [.. paths];
    }

    /// <summary>Whether any expression of the policy names the facility application (<c>application</c> or a path under it).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>True when the policy judges applications, not only cooperatives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static bool UsesApplication(Policy policy) =>
        Of(policy).Any(p => p == "application" || p.StartsWith("application.", StringComparison.Ordinal));

    private static void Collect(string? text, SortedSet<string> paths) => ExpressionReferences.Collect(text, paths, null);
}
