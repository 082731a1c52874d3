using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// A parameter a decision consulted, with the value in force on its as-of date and what that value rests on: its
/// effective date, source ids, their register entries and the weakest standing (see <see cref="Decision.Parameters"/>).
/// </summary>
public sealed class DecisionParameter
{
    internal DecisionParameter(ParameterBasis basis, ValueBasis? inForce, IReadOnlyList<string> usedBy)
    {
        Basis = basis;
        InForce = inForce;
        UsedBy = usedBy;
    }

    /// <summary>The parameter's name (without <c>$</c>).</summary>
    public string Name => Basis.Name;

    /// <summary>The parameter.</summary>
    public PolicyParameter Parameter => Basis.Parameter;

    /// <summary>What all the parameter's values rest on.</summary>
    public ParameterBasis Basis { get; }

    /// <summary>The basis of the value in force on the as-of date (possibly the parameter's end), or null before its first value.</summary>
    public ValueBasis? InForce { get; }

    /// <summary>The dated value in force, or null when the parameter has no value on the as-of date (before its first value or after its end).</summary>
    public DatedParameterValue? Value => InForce is { Value.IsEnd: false } v ? v.Value : null;

    /// <summary>The date the value in force took effect, or null when there is none.</summary>
    public SolarHijriDate? EffectiveFrom => Value?.EffectiveFrom;

    /// <summary>The register ids the value in force rests on; empty when it names none or there is no value.</summary>
    public IReadOnlyList<string> SourceIds => Value is null ? [] : InForce!.SourceIds;

    /// <summary>The weakest standing of the value's sources; null when it rests on none or there is no value.</summary>
    public SourceStanding? Standing => Value is null ? null : InForce!.Standing;

    /// <summary>Whether the value in force is unverified (no source, or an assumption).</summary>
    public bool RestsOnAssumption => InForce is { RestsOnAssumption: true };

    /// <summary>The ids of the rules and scoring terms that consulted the parameter in this decision, in policy order.</summary>
    public IReadOnlyList<string> UsedBy { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        "$" + Name + (EffectiveFrom is { } from ? " from " + from : " (no value)") + " [" + (Standing?.ToString().ToLowerInvariant() ?? "no source") + "]";
}
