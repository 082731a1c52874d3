using System.Text;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyFileAsyncTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-policy-async-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> ShippedPolicies() =>
        [.. Directory.EnumerateFiles(RepoFiles.Path("seeds/policies"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => System.IO.Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedPolicies))]
    public async Task ReadFileAsync_reads_each_shipped_policy_as_ReadFile_does(string name)
    {
        string path = RepoFiles.Path("seeds/policies/" + name);
        PolicyReadResult sync = PolicyFile.ReadFile(path);
        PolicyReadResult async = await PolicyFile.ReadFileAsync(path, TestContext.Current.CancellationToken);
        Assert.Empty(async.Errors);
        Assert.NotNull(sync.Policy);
        Assert.Equal(PolicyWriter.ToJson(sync.Policy), PolicyWriter.ToJson(async.Policy!));
    }

    [Theory]
    [MemberData(nameof(ShippedPolicies))]
    public async Task ReadAsync_reads_a_stream_with_asynchronous_reads_only(string name)
    {
        string path = RepoFiles.Path("seeds/policies/" + name);
        await using var stream = new AsyncOnlyStream(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        PolicyReadResult async = await PolicyFile.ReadAsync(stream, path, TestContext.Current.CancellationToken);
        Assert.Empty(async.Errors);
        Assert.Equal(PolicyWriter.ToJson(PolicyFile.ReadFile(path).Policy!), PolicyWriter.ToJson(async.Policy!));
    }

    [Theory]
    [InlineData("{ \"id\": \"x\", ")]
    [InlineData("{ \"id\": 5, \"version\": \"one\" }")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task Malformed_json_gives_the_errors_of_the_synchronous_forms(string json)
    {
        string path = System.IO.Path.Combine(_dir, "bad.json");
        await File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);
        PolicyReadResult sync = PolicyFile.ReadFile(path);
        Assert.NotEmpty(sync.Errors);
        Assert.Null((await PolicyFile.ReadFileAsync(path, TestContext.Current.CancellationToken)).Policy);
        Assert.Equal(sync.Errors, (await PolicyFile.ReadFileAsync(path, TestContext.Current.CancellationToken)).Errors);
        await using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(sync.Errors, (await PolicyFile.ReadAsync(stream, path, TestContext.Current.CancellationToken)).Errors);
    }

    [Fact]
    public async Task A_missing_file_a_folder_and_binary_bytes_are_the_errors_of_ReadFile()
    {
        string missing = System.IO.Path.Combine(_dir, "missing.json");
        string binary = System.IO.Path.Combine(_dir, "binary.json");
        await File.WriteAllBytesAsync(binary, [0x7B, 0xFF, 0xFE, 0x00], TestContext.Current.CancellationToken);
        foreach (string path in new[] { missing, _dir, binary })
        {
            PolicyError expected = Assert.Single(PolicyFile.ReadFile(path).Errors);
            PolicyReadResult async = await PolicyFile.ReadFileAsync(path, TestContext.Current.CancellationToken);
            Assert.Null(async.Policy);
            Assert.Equal(expected, Assert.Single(async.Errors));
        }

        Assert.Equal("the file does not exist", Assert.Single((await PolicyFile.ReadFileAsync(missing, TestContext.Current.CancellationToken)).Errors).Message);
    }

    [Fact]
    public async Task A_stream_past_the_limit_is_an_error_and_is_not_read_to_its_end()
    {
        await using var stream = new AsyncOnlyStream(new byte[PolicyFile.MaxBytes + 100_000]);
        PolicyError error = Assert.Single((await PolicyFile.ReadAsync(stream, "big.json", TestContext.Current.CancellationToken)).Errors);
        Assert.Equal("big.json", error.File);
        Assert.Contains("larger than the limit of 4194304 bytes (4 MiB)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_token_throws_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        string path = RepoFiles.Path("seeds/policies/example-policy.json");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyFile.ReadFileAsync(path, cancelled.Token));
        await using var stream = new AsyncOnlyStream([(byte)'{', (byte)'}']);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyFile.ReadAsync(stream, null, cancelled.Token));
    }

    [Fact]
    public async Task Null_or_empty_arguments_throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => PolicyFile.ReadAsync(null!, null, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentException>(() => PolicyFile.ReadFileAsync(string.Empty, TestContext.Current.CancellationToken));
    }
}
