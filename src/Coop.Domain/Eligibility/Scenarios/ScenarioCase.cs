using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>One case of a scenario file: the facts (cooperative, application, as-of date) and what the policy must conclude.</summary>
public sealed class ScenarioCase
{
    internal ScenarioCase(string name, SolarHijriDate asOf, Model.Cooperative cooperative, Model.FacilityApplication? application, ScenarioExpectation expect)
    {
        Name = name;
        AsOf = asOf;
        Cooperative = cooperative;
        Application = application;
        Expect = expect;
    }

    /// <summary>The case name, unique in its file.</summary>
    public string Name { get; }

    /// <summary>The as-of date of the evaluation (the case's own, or the file's default).</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The cooperative: the base cooperative with the case's merge patch applied, validated by the model.</summary>
    public Model.Cooperative Cooperative { get; }

    /// <summary>The facility application (the base one with the case's patch applied), or null for none.</summary>
    public Model.FacilityApplication? Application { get; }

    /// <summary>What the policy must conclude.</summary>
    public ScenarioExpectation Expect { get; }

    /// <summary>The facts the policy is evaluated on: <c>new EligibilityFacts(Cooperative, AsOf, Application)</c>.</summary>
    /// <returns>New facts.</returns>
    public EligibilityFacts CreateFacts() => new(Cooperative, AsOf, Application);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
