using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>What a parameter's values rest on, value by value, and which rules and scoring terms use it. Immutable.</summary>
public sealed class ParameterBasis
{
    internal ParameterBasis(PolicyParameter parameter, IReadOnlyList<ValueBasis> values, IReadOnlyList<string> usedBy)
    {
        Parameter = parameter;
        Values = values;
        UsedBy = usedBy;
    }

    /// <summary>The parameter.</summary>
    public PolicyParameter Parameter { get; }

    /// <summary>The parameter's name (without <c>$</c>).</summary>
    public string Name => Parameter.Name;

    /// <summary>One basis per dated value, in the parameter's date order.</summary>
    public IReadOnlyList<ValueBasis> Values { get; }

    /// <summary>The ids of the rules (any expression or message placeholder) and scoring terms that use the parameter, in policy order.</summary>
    public IReadOnlyList<string> UsedBy { get; }

    /// <summary>The basis of the value in force on a date: the last dated value on or before it (possibly an end); null before the first.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The basis, or null.</returns>
    public ValueBasis? At(SolarHijriDate asOf)
    {
        ValueBasis? found = null;
        foreach (ValueBasis v in Values)
        {
            if (v.Value.EffectiveFrom > asOf)
            {
                break;
            }

            found = v;
        }

        return found;
    }
}
