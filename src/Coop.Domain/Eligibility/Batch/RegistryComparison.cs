using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Batch;

/// <summary>The result of <see cref="PolicyComparer"/>.CompareRegistry: who flips between outcomes and why.</summary>
public sealed class RegistryComparison
{
    internal RegistryComparison(
        Policy current, Policy draft, SolarHijriDate asOf, bool byApplication, int compared, IReadOnlyList<OutcomeTransition> transitions,
        IReadOnlyList<DecisionFlip> flips, IReadOnlyList<JsonLineError> badLines, long cooperatives, long withoutApplication)
    {
        Current = current;
        Draft = draft;
        AsOf = asOf;
        ByApplication = byApplication;
        Compared = compared;
        Transitions = transitions;
        Flips = flips;
        BadLines = badLines;
        Cooperatives = cooperatives;
        CooperativesWithoutApplication = withoutApplication;
    }

    /// <summary>The current policy version in force on <see cref="AsOf"/>.</summary>
    public Policy Current { get; }

    /// <summary>The draft policy version in force on <see cref="AsOf"/>.</summary>
    public Policy Draft { get; }

    /// <summary>The as-of date.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>True when either policy names <c>application</c> facts, so both judge each application.</summary>
    public bool ByApplication { get; }

    /// <summary>Applicants evaluated under both policies.</summary>
    public int Compared { get; }

    /// <summary>Every (from, to) pair that occurred with its count, unchanged pairs included; ordered by from, then to.</summary>
    public IReadOnlyList<OutcomeTransition> Transitions { get; }

    /// <summary>The applicants whose outcome changed, in registry order.</summary>
    public IReadOnlyList<DecisionFlip> Flips { get; }

    /// <summary>Registry lines that could not be read; never fatal.</summary>
    public IReadOnlyList<JsonLineError> BadLines { get; }

    /// <summary>
    /// Whether any of <see cref="BadLines"/> is <see cref="JsonLineError.IsMalformed"/>: the registry is damaged
    /// (truncated, binary, a line not JSON or not an object, the header's count not matching), so the results
    /// may be missing cooperatives no line count shows. The <c>coop</c> tool refuses such a file with exit code 2.
    /// </summary>
    public bool IsDamaged => BadLines.Any(e => e.IsMalformed);

    /// <summary>Cooperatives read from the registry.</summary>
    public long Cooperatives { get; }

    /// <summary>With <see cref="ByApplication"/>: cooperatives with no application by the as-of date (not compared).</summary>
    public long CooperativesWithoutApplication { get; }
}
