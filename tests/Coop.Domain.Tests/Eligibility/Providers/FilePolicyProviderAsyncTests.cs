using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Tests.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.Eligibility.Providers;

public sealed class FilePolicyProviderAsyncTests : IDisposable
{
    private readonly string _dir = TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task LoadAsync_over_the_shipped_policies_gives_the_files_and_policies_of_the_constructor()
    {
        string folder = RepoFiles.Path("seeds/policies");
        var sync = new FilePolicyProvider([folder]);
        FilePolicyProvider async = await FilePolicyProvider.LoadAsync([folder], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(sync.Files, async.Files);
        Assert.Equal(sync.PolicyIds, async.PolicyIds);
        Assert.NotEmpty(async.PolicyIds);
        foreach (string id in sync.PolicyIds)
        {
            Assert.Equal(sync.GetVersions(id).Select(p => PolicyWriter.ToJson(p)), async.GetVersions(id).Select(p => PolicyWriter.ToJson(p)));
            Assert.Equal(sync.GetPolicySet(id).Versions.Count, async.GetPolicySet(id).Versions.Count);
        }
    }

    [Fact]
    public async Task Bad_and_missing_files_fail_with_the_errors_of_the_constructor()
    {
        File.WriteAllText(Path.Combine(_dir, "a-bad.json"), "{ \"id\": \"x\", \"version\": 0, \"title\": { \"fa\": \"ف\", \"en\": \"e\" }, \"effectiveFrom\": \"1404/13/01\", \"rules\": [] }");
        File.WriteAllText(Path.Combine(_dir, "b-bad.json"), "not json");
        File.WriteAllText(Path.Combine(_dir, "good.json"), Json(1));
        string missing = Path.Combine(_dir, "missing.json");

        PolicyLoadException sync = Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([_dir, missing]));
        PolicyLoadException async = await Assert.ThrowsAsync<PolicyLoadException>(
            () => FilePolicyProvider.LoadAsync([_dir, missing], cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(4, async.Errors.Count);
        Assert.Equal(sync.Errors, async.Errors);
        Assert.Equal(sync.Message, async.Message);
    }

    [Fact]
    public async Task The_same_id_and_version_twice_fails_as_the_constructor_does()
    {
        File.WriteAllText(Path.Combine(_dir, "a.json"), Json(1));
        File.WriteAllText(Path.Combine(_dir, "b.json"), Json(1));
        PolicyLoadException sync = Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([_dir]));
        PolicyLoadException async = await Assert.ThrowsAsync<PolicyLoadException>(
            () => FilePolicyProvider.LoadAsync([_dir], cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(Assert.Single(sync.Errors), Assert.Single(async.Errors));
    }

    [Fact]
    public async Task A_cancelled_token_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => FilePolicyProvider.LoadAsync([RepoFiles.Path("seeds/policies")], cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task Null_paths_throw_ArgumentNullException()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => FilePolicyProvider.LoadAsync(null!, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>(() => FilePolicyProvider.LoadAsync([null!], cancellationToken: TestContext.Current.CancellationToken));
    }
}
