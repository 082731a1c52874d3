using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Days inside a policy's effective range on which one of its parameters has no value (before its first dated
/// value, or after a <c>null</c> end until the next value): every rule that looks the parameter up is
/// <see cref="RuleStatus.Incomplete"/> on those days. Often a mistake (the first value dated after the policy's
/// start), sometimes deliberate (a parameter ended on purpose); <c>coop validate</c> prints each as a warning.
/// </summary>
/// <param name="Parameter">The parameter's name.</param>
/// <param name="ParameterIndex">Its index in <see cref="Policy.Parameters"/> (<c>$.parameters[i]</c> in the file).</param>
/// <param name="From">The first day without a value.</param>
/// <param name="To">The last day without a value; null when the gap runs to the end of an open-ended policy.</param>
public sealed record ParameterGap(string Parameter, int ParameterIndex, SolarHijriDate From, SolarHijriDate? To)
{
    /// <summary>Finds the gaps of every parameter of a policy, in parameter order.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The gaps; empty when every parameter has a value on every day the policy is in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static IReadOnlyList<ParameterGap> Find(Policy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var gaps = new List<ParameterGap>();
        for (int i = 0; i < policy.Parameters.Count; i++)
        {
            PolicyParameter parameter = policy.Parameters[i];

            // The state on the policy's first day is that of the last value dated on or before it.
            bool has = false;
            foreach (DatedParameterValue v in parameter.Values)
            {
                if (v.EffectiveFrom <= policy.EffectiveFrom)
                {
                    has = !v.IsEnd;
                }
            }

            SolarHijriDate? gapStart = has ? null : policy.EffectiveFrom;
            foreach (DatedParameterValue v in parameter.Values)
            {
                if (v.EffectiveFrom <= policy.EffectiveFrom || !policy.IsInForce(v.EffectiveFrom))
                {
                    continue;
                }

                if (!v.IsEnd && gapStart is { } start)
                {
                    gaps.Add(new ParameterGap(parameter.Name, i, start, v.EffectiveFrom.AddDays(-1)));
                    gapStart = null;
                }
                else if (v.IsEnd && gapStart is null)
                {
                    gapStart = v.EffectiveFrom;
                }
            }

            if (gapStart is { } open)
            {
                gaps.Add(new ParameterGap(parameter.Name, i, open, policy.EffectiveTo));
            }
        }

        return gaps;
    }

    /// <summary>
    /// The gap as a warning: at <c>$.parameters[i]</c>, <see cref="ToString"/> as its message, the code
    /// <see cref="PolicyErrorCode.ParameterGap"/> and its arguments (so <see cref="PolicyError.MessageFa"/> says it in Persian).
    /// </summary>
    /// <param name="file">The policy's file name, or null.</param>
    /// <returns>The warning (no line or column).</returns>
    public PolicyError ToWarning(string? file = null) =>
        new PolicyError(file, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.parameters[{ParameterIndex}]"), null, null, ToString())
            .With(PolicyErrorCode.ParameterGap, Parameter, From.ToString(), To?.ToString() ?? string.Empty);

    /// <summary>What the gap is, in Persian (<see cref="PolicyError.MessageFa"/> of <see cref="ToWarning"/>): dates in Persian digits, the parameter isolated.</summary>
    public string MessageFa => ToWarning().MessageFa;

    /// <inheritdoc/>
    public override string ToString() =>
        $"${Parameter} has no value from {From} to {To?.ToString() ?? "the policy's open end"}: rules that use it are incomplete on those days";
}
