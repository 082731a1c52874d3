using System.Globalization;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Tests.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Scenarios.ScenarioFixtures;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class ScenarioAsyncTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-scenario-async-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> ShippedScenarios() =>
        [.. Directory.EnumerateFiles(RepoFiles.Path("seeds/scenarios"), "*" + ScenarioFile.Extension)
            .Select(f => System.IO.Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task ReadFileAsync_reads_each_shipped_scenario_as_ReadFile_does(string name)
    {
        string path = RepoFiles.Path("seeds/scenarios/" + name);
        ScenarioReadResult sync = ScenarioFile.ReadFile(path);
        ScenarioReadResult async = await ScenarioFile.ReadFileAsync(path, TestContext.Current.CancellationToken);
        Assert.Empty(async.Errors);
        Assert.Equal(Describe(sync.Suite!), Describe(async.Suite!));
    }

    [Fact]
    public async Task RunAsync_over_the_shipped_scenarios_gives_the_result_of_Run()
    {
        string folder = RepoFiles.Path("seeds/scenarios");
        ScenarioRunResult sync = new ScenarioRunner().Run([folder]);
        ScenarioRunResult async = await new ScenarioRunner().RunAsync([folder], TestContext.Current.CancellationToken);
        Assert.Empty(async.Errors);
        Assert.NotEmpty(async.Cases);
        Assert.Equal(0, async.FailedCount);
        Assert.Equal(Describe(sync), Describe(async));
    }

    [Fact]
    public async Task RunAsync_gives_the_failures_and_errors_of_Run()
    {
        string missing = System.IO.Path.Combine(_dir, "missing.scenario.json");
        string malformed = System.IO.Path.Combine(_dir, "malformed.scenario.json");
        await File.WriteAllTextAsync(malformed, "{ \"policy\": \"../policy.json\", ", TestContext.Current.CancellationToken);
        string[] paths = [Path("good"), Path("failing"), Path("bad"), missing, malformed];

        ScenarioRunResult sync = new ScenarioRunner().Run(paths);
        ScenarioRunResult async = await new ScenarioRunner().RunAsync(paths, TestContext.Current.CancellationToken);
        Assert.Equal(1, async.FailedCount);
        Assert.Contains(async.Errors, e => e.File == missing);
        Assert.Contains(async.Errors, e => e.File == malformed && e.Line is not null);
        Assert.Equal(Describe(sync), Describe(async));
    }

    [Fact]
    public async Task A_scenario_naming_a_missing_or_malformed_policy_file_gives_the_errors_of_ReadFile()
    {
        await File.WriteAllTextAsync(System.IO.Path.Combine(_dir, "broken.json"), "{ \"id\": ", TestContext.Current.CancellationToken);
        foreach (string policy in new[] { "broken.json", "absent.json" })
        {
            string path = System.IO.Path.Combine(_dir, policy + ".scenario.json");
            await File.WriteAllTextAsync(
                path,
                $$"""{ "policy": "{{policy}}", "asOf": "1404/01/01", "base": { "cooperative": "{{Path("bases/coop.json").Replace('\\', '/')}}" }, "cases": [] }""",
                TestContext.Current.CancellationToken);
            ScenarioReadResult sync = ScenarioFile.ReadFile(path);
            ScenarioReadResult async = await ScenarioFile.ReadFileAsync(path, TestContext.Current.CancellationToken);
            Assert.Null(async.Suite);
            Assert.NotEmpty(async.Errors);
            Assert.Equal(sync.Errors, async.Errors);
        }
    }

    [Fact]
    public async Task A_missing_scenario_file_gives_the_error_of_ReadFile()
    {
        string missing = System.IO.Path.Combine(_dir, "nothing.scenario.json");
        ScenarioReadResult async = await ScenarioFile.ReadFileAsync(missing, TestContext.Current.CancellationToken);
        Assert.Equal(Assert.Single(ScenarioFile.ReadFile(missing).Errors), Assert.Single(async.Errors));
    }

    [Fact]
    public async Task The_async_read_reads_the_scenario_policy_and_base_files_with_no_synchronous_read()
    {
        // The fixtures name policy files (one or two versions) and a base cooperative file by path.
        string[] files = [Path("good/passing.scenario.json"), Path("good/nested/versions.scenario.json"), Path("failing/failing.scenario.json")];
        var async = new ScenarioLoader();
        foreach (string file in files)
        {
            ScenarioReadResult read = await async.ReadFileAsync(file, TestContext.Current.CancellationToken);
            Assert.Empty(read.Errors);
        }

        Assert.Equal(0, async.SynchronousReads);

        var sync = new ScenarioLoader();
        foreach (string file in files)
        {
            Assert.Empty(sync.ReadFile(file).Errors);
        }

        Assert.True(sync.SynchronousReads > files.Length, "the synchronous reader also reads the policy and base files");
    }

    [Fact]
    public async Task A_cancelled_token_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ScenarioFile.ReadFileAsync(Path("good/passing.scenario.json"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ScenarioRunner().RunAsync([Path("good")], cancelled.Token));
    }

    private static List<string> Describe(ScenarioSuite suite) =>
        [
            suite.File,
            .. suite.PolicyFiles,
            suite.Title ?? "(none)",
            string.Join(", ", suite.Policy.Versions.Select(v => v.Policy.Id + " v" + v.Policy.Version.ToString(CultureInfo.InvariantCulture))),
            .. suite.Cases.Select(c => c.Name + " @ " + c.AsOf),
        ];

    private static List<string> Describe(ScenarioRunResult result) =>
        [
            .. result.Files,
            .. result.Cases.Select(c => c + " " + c.Decision.Outcome + " " + c.Decision.Score.ToString(CultureInfo.InvariantCulture)
                + " [" + string.Join(", ", c.Decision.Rules.Select(r => r.Code + "=" + r.Status)) + "] "
                + string.Join("; ", c.Unmet.Select(u => u.Text))),
            .. result.Errors.Select(e => e.ToString()),
            .. result.Coverage.Rules.Select(r => r.ToString()),
            result.Summary(),
        ];
}
