using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

/// <summary>
/// Every case of every <c>*.scenario.json</c> under seeds/scenarios/ as its own test, plus checks that every file
/// there loads and that the cases see every rule of every policy they name fail. An absent or empty folder fails:
/// the seed scenarios are the analysts' check of the shipped policies.
/// </summary>
public sealed class SeedScenarioTests
{
    private const string NoScenarios = "(no scenario files)";
    private const string LoadFailed = "(file does not load)";

    private static readonly string Folder = RepoFiles.Path("seeds/scenarios");

    // Loaded once for discovery and all the cases; read-only afterwards.
    private static readonly Lazy<(ScenarioRunner Runner, IReadOnlyList<(string Relative, ScenarioReadResult Result)> Files)> Seeds = new(() =>
    {
        var runner = new ScenarioRunner();
        if (!Directory.Exists(Folder) || !Directory.EnumerateFiles(Folder, "*" + ScenarioFile.Extension, SearchOption.AllDirectories).Any())
        {
            return (runner, []);
        }

        IReadOnlyList<string> files = ScenarioRunner.FindFiles([Folder], new List<ScenarioError>());
        return (runner, [.. files.Select(f => (Relative(f), runner.Load(f)))]);
    });

    private static string Relative(string file) => Path.GetRelativePath(Folder, file).Replace('\\', '/');

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach ((string relative, ScenarioReadResult result) in Seeds.Value.Files)
        {
            if (result.Suite is null)
            {
                data.Add(relative, LoadFailed);
                continue;
            }

            foreach (ScenarioCase c in result.Suite.Cases)
            {
                data.Add(relative, c.Name);
            }
        }

        if (data.Count == 0)
        {
            data.Add(NoScenarios, NoScenarios);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_scenario_case_passes(string file, string caseName)
    {
        Assert.False(file == NoScenarios, $"{Folder} holds no *{ScenarioFile.Extension} files: the shipped policies would go untested.");

        ScenarioReadResult read = Seeds.Value.Files.Single(f => f.Relative == file).Result;
        Assert.True(read.Suite is not null, file + " does not load:" + Environment.NewLine + string.Join(Environment.NewLine, read.Errors));
        Assert.NotEqual(LoadFailed, caseName);
        ScenarioCaseResult result = ScenarioRunner.RunCase(read.Suite, read.Suite[caseName]);
        Assert.True(result.Passed, result + Environment.NewLine + string.Join(Environment.NewLine, result.Unmet.Select(u => "    " + u)));
    }

    [Fact]
    public void Every_seed_scenario_file_loads()
    {
        Assert.NotEmpty(Seeds.Value.Files);
        string[] errors = [.. Seeds.Value.Files.SelectMany(f => f.Result.Errors).Select(e => e.ToString())];
        Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void The_seed_scenarios_see_every_rule_of_their_policies_fail()
    {
        ScenarioSuite[] suites = [.. Seeds.Value.Files.Select(f => f.Result.Suite).OfType<ScenarioSuite>()];
        ScenarioCaseResult[] results = [.. suites.SelectMany(s => s.Cases.Select(c => ScenarioRunner.RunCase(s, c)))];
        CoverageReport coverage = ScenarioRunner.Coverage(suites, results);
        Assert.True(coverage.AllCovered, "Rules no seed scenario sees fail: " + string.Join(", ", coverage.Uncovered));
    }
}
