using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The values of a policy's dated parameters on a date. The value in force is the last dated value whose
/// date is on or before the as-of date; before the first dated value, after a null (end) value, or for a key
/// the table in force lacks, there is <b>no value</b> — the expression then reports the parameter as missing,
/// and the rule is incomplete. Nothing ever falls back to an older value.
/// </summary>
/// <remarks>
/// Immutable: a policy's tables never change after loading, so compiled lookups remember the value they found
/// for an as-of date and do not search the dated table again while evaluating many applicants at that date.
/// </remarks>
public sealed class PolicyParameterSource : IParameterSource, IImmutableParameterSource
{
    private readonly Dictionary<string, PolicyParameter> _parameters;

    /// <summary>Creates the source over a policy's parameters.</summary>
    /// <param name="policy">The policy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public PolicyParameterSource(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _parameters = policy.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The value of a parameter in force on a date.</summary>
    /// <param name="name">The parameter name (without <c>$</c>).</param>
    /// <param name="key">The key for a keyed parameter; null for an unkeyed one.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="value">The value, its effective date and reference, when found.</param>
    /// <returns>Whether the parameter has a value on that date (false also for an unknown name or a key mismatch).</returns>
    public bool TryResolve(string name, string? key, SolarHijriDate asOf, out ResolvedParameter value)
    {
        value = default;
        if (name is null || !_parameters.TryGetValue(name, out PolicyParameter? parameter) || parameter.IsKeyed != (key is not null))
        {
            return false;
        }

        IReadOnlyList<DatedParameterValue> values = parameter.Values;
        for (int i = values.Count - 1; i >= 0; i--)
        {
            DatedParameterValue dated = values[i];
            if (dated.EffectiveFrom > asOf)
            {
                continue;
            }

            FactValue found;
            if (dated.Value is { } one)
            {
                found = one;
            }
            else if (dated.ByKey is not null && dated.ByKey.TryGetValue(key!, out FactValue item))
            {
                found = item;
            }
            else
            {
                return false;
            }

            value = new ResolvedParameter(found, dated.EffectiveFrom, dated.Reference);
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public bool TryGetValue(string name, string? key, SolarHijriDate asOf, out ParameterValue value)
    {
        if (TryResolve(name, key, asOf, out ResolvedParameter resolved))
        {
            value = new ParameterValue(resolved.Value, resolved.EffectiveFrom);
            return true;
        }

        value = default;
        return false;
    }
}
