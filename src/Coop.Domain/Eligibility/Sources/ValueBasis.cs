using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// What one dated value of a parameter rests on: the register ids it names (or, when it names none, its parameter's),
/// the entries they resolve to, and the weakest of their standings. A value that rests on no source, or on one whose
/// standing is <see cref="SourceStanding.Assumption"/>, is unverified (<see cref="RestsOnAssumption"/>). Immutable.
/// </summary>
public sealed class ValueBasis
{
    internal ValueBasis(DatedParameterValue value, IReadOnlyList<string> sourceIds, bool inherited, IReadOnlyList<Source> sources)
    {
        Value = value;
        SourceIds = sourceIds;
        Inherited = inherited;
        Sources = sources;
        Standing = sources.Count == 0 ? null : sources.Max(s => s.Standing);
    }

    /// <summary>The dated value.</summary>
    public DatedParameterValue Value { get; }

    /// <summary>The register ids it rests on: its own, or its parameter's when it names none.</summary>
    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>Whether <see cref="SourceIds"/> are the parameter's (the value names none of its own).</summary>
    public bool Inherited { get; }

    /// <summary>The register entries of <see cref="SourceIds"/> (an id the register lacks is an error of the basis and is left out here).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>
    /// The weakest standing of <see cref="Sources"/> (a value rests on every source it names, so it is only as strong as
    /// the weakest); null when it rests on none.
    /// </summary>
    public SourceStanding? Standing { get; }

    /// <summary>
    /// Whether the value is unverified: it is a value (not the end of the parameter) and rests on no source or on a
    /// source whose standing is <see cref="SourceStanding.Assumption"/>. A failed rule using it says so
    /// (<see cref="RuleResult.RestsOnAssumption"/>).
    /// </summary>
    public bool RestsOnAssumption => !Value.IsEnd && Standing is null or SourceStanding.Assumption;
}
