using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// One unverified thing a failed rule rests on: a parameter value in force that names no source or rests on a source
/// of standing <c>assumption</c> (<see cref="Parameter"/> set), or the rule's own reading when every source it cites is
/// an assumption (<see cref="Parameter"/> null).
/// </summary>
/// <param name="Parameter">The parameter's name (without <c>$</c>), or null for the rule's own reading.</param>
/// <param name="EffectiveFrom">The date the parameter value took effect; null for the rule's own reading.</param>
/// <param name="SourceIds">The register ids it rests on; empty when it names none.</param>
public sealed record AssumptionBasis(string? Parameter, SolarHijriDate? EffectiveFrom, IReadOnlyList<string> SourceIds)
{
    /// <summary>How the basis reads in a message: <c>$maxAmountPerJob from 1404/01/01 (assumption-max-amount-per-job)</c>, <c>… (no source)</c>.</summary>
    /// <param name="persian">Persian wording and digits instead of English.</param>
    /// <returns>The text.</returns>
    /// <remarks>
    /// Persian names the parameter by its Persian description when it has one (<see cref="Label"/>), with no register
    /// ids, which are English identifiers a Persian reader finds with <c>coop sources</c>:
    /// <c>مقدار «سقف مبلغ به ازای هر شغل» از ۱۴۰۴/۰۱/۰۱</c>; the rule's own reading is <c>برداشت خود قاعده</c>.
    /// </remarks>
    public string Describe(bool persian)
    {
        string ids = SourceIds.Count == 0 ? (persian ? "بدون منبع" : "no source") : string.Join(", ", SourceIds);
        if (Parameter is null)
        {
            return persian ? "برداشت خود قاعده" + (SourceIds.Count == 0 ? " (بدون منبع)" : string.Empty) : $"the rule's own reading ({ids})";
        }

        string from = EffectiveFrom is { } d ? (persian ? " از " + d.ToString("fa") : " from " + d) : string.Empty;
        if (persian && Label is { } label)
        {
            return "مقدار «" + label.Fa + "»" + from + (SourceIds.Count == 0 ? " (بدون منبع)" : string.Empty);
        }

        return "$" + Parameter + from + " (" + ids + ")";
    }

    /// <summary>The parameter's description (its label for readers), or null; not part of equality.</summary>
    public PolicyText? Label { get; init; }

    /// <inheritdoc/>
    public bool Equals(AssumptionBasis? other) =>
        other is not null && Parameter == other.Parameter && EffectiveFrom == other.EffectiveFrom && SourceIds.SequenceEqual(other.SourceIds, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parameter, EffectiveFrom, SourceIds.Count);
}
