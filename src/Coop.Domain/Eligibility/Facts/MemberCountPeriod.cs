using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>
/// A stretch of days over which the number of members did not change: the element of
/// <c>cooperative.memberCountHistory</c>. Periods run from registration to the as-of date, in date order, and
/// neither overlap nor leave a gap.
/// </summary>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period (the as-of date for the last one).</param>
/// <param name="Count">Members on every day of the period.</param>
internal sealed record MemberCountPeriod(SolarHijriDate From, SolarHijriDate To, int Count)
{
    /// <summary>
    /// The periods of <paramref name="cooperative"/> from its registration to <paramref name="asOf"/>: a new period
    /// starts on registration, on each day a member joins and on the day after each member leaves. Empty when
    /// <paramref name="asOf"/> is before registration.
    /// </summary>
    internal static MemberCountPeriod[] Of(Model.Cooperative cooperative, SolarHijriDate asOf)
    {
        SolarHijriDate start = cooperative.RegisteredOn;
        if (asOf < start)
        {
            return [];
        }

        // A sweep over the days the count changes: +1 on joining (members who joined before registration count
        // from registration), -1 on the day after leaving.
        var deltas = new SortedDictionary<SolarHijriDate, int> { [start] = 0 };
        foreach (Model.Member m in cooperative.Members)
        {
            if (m.JoinedOn > asOf || m.LeftOn is { } gone && gone < start)
            {
                continue;
            }

            SolarHijriDate joined = m.JoinedOn > start ? m.JoinedOn : start;
            deltas[joined] = deltas.GetValueOrDefault(joined) + 1;
            if (m.LeftOn is { } left && left < asOf)
            {
                SolarHijriDate after = left.AddDays(1);
                deltas[after] = deltas.GetValueOrDefault(after) - 1;
            }
        }

        var periods = new List<MemberCountPeriod>(deltas.Count);
        SolarHijriDate[] days = [.. deltas.Keys];
        int count = 0;
        for (int i = 0; i < days.Length; i++)
        {
            count += deltas[days[i]];
            SolarHijriDate to = i + 1 < days.Length ? days[i + 1].AddDays(-1) : asOf;
            if (periods.Count > 0 && periods[^1].Count == count)
            {
                periods[^1] = periods[^1] with { To = to };
            }
            else
            {
                periods.Add(new MemberCountPeriod(days[i], to, count));
            }
        }

        return [.. periods];
    }
}
