using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

/// <summary>The fixture files of the scenario tests and helpers to read inline scenarios against them.</summary>
internal static class ScenarioFixtures
{
    public static string Dir { get; } = RepoFiles.Path("tests/Coop.Domain.Tests/Eligibility/Scenarios/Fixtures");

    public static string Path(string relative) => System.IO.Path.Combine(Dir, relative);

    /// <summary>A scenario header naming the fixture policy and base, to which a test adds its cases.</summary>
    public const string Header = """
        "policy": "policy.json",
        "asOf": "1404/06/15",
        "base": {
          "cooperative": "bases/coop.json",
          "application": { "programme": "p", "appliedOn": "1404/06/01", "amountRequested": 10000000000, "jobsCommitted": 1,
                           "sector": "industry", "collateral": "none", "collateralValue": 0, "overdueDebt": 0, "unclearedReturnedCheques": 0 },
        },
        """;

    /// <summary>Reads a scenario given as text, resolving its relative paths against the fixture folder.</summary>
    public static ScenarioReadResult Read(string json) => ScenarioFile.Read(json, "inline.scenario.json", Dir);

    /// <summary>Reads a scenario made of <see cref="Header"/> and the given cases (a JSON array's items).</summary>
    public static ScenarioReadResult ReadCases(string cases) => Read("{" + Header + "\"cases\": [" + cases + "]}");

    /// <summary>The single error of a read, which must have failed with exactly one.</summary>
    public static ScenarioError SingleError(ScenarioReadResult result)
    {
        Assert.Null(result.Suite);
        return Assert.Single(result.Errors);
    }
}
