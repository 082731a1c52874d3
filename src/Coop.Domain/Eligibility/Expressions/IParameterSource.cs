using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Supplies dated parameter values to evaluation. The policy layer implements it over its dated
/// parameter tables; tests can use a dictionary.
/// </summary>
/// <remarks>Called on every evaluation of a <c>$name</c> lookup: keep it allocation-free and fast (a dictionary and a search by date).</remarks>
public interface IParameterSource
{
    /// <summary>Finds the value of a parameter in force at <paramref name="asOf"/>.</summary>
    /// <param name="name">The parameter's name, as declared.</param>
    /// <param name="key">The key for keyed parameters; <see langword="null"/> for plain ones.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="value">The value and the date it took effect, when found.</param>
    /// <returns>Whether a value is in force; <see langword="false"/> makes the expression <see cref="ConditionState.Missing"/>.</returns>
    bool TryGetValue(string name, string? key, SolarHijriDate asOf, out ParameterValue value);
}
