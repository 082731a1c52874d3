using System.Text;
using System.Text.Json;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

public class ParallelLinesTests
{
    // A registry with invalid records (2%), plus damage at known lines: a blank line, an over-long line, a line that is
    // not JSON, a duplicate of line 2 and a last line cut in half.
    private static readonly byte[] Registry = Build();

    private static byte[] Build()
    {
        using var stream = new MemoryStream();
        RegistryGenerator.Write(stream, new RegistryGeneratorOptions { Count = 300, Seed = 7, InvalidShare = 0.02 });
        List<string> lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[40] = "   ";
        lines[80] = "{\"name\":\"" + new string('x', 70_000) + "\"}";
        lines[120] = "not json at all";
        lines[160] = lines[1];
        lines[^1] = lines[^1][..(lines[^1].Length / 2)];
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static JsonLinesOptions Options(int degree, int batch = 7) =>
        new() { MaxDegreeOfParallelism = degree, ParallelBatchLines = batch, MaxLineBytes = 64 * 1024 };

    private static List<string> Describe(IEnumerable<RegistryRecord> records) =>
        records.Select(r => r.Error is { } e ? "E " + e + (e.IsMalformed ? " (malformed)" : string.Empty)
            : r.Header is { } h ? "H " + r.Line + " " + h.Count
            : "C " + r.Line + " " + JsonSerializer.Serialize(r.Cooperative!, CoopJsonContext.Default.Cooperative)).ToList();

    [Theory]
    [InlineData(2, 1)]
    [InlineData(2, 7)]
    [InlineData(4, 64)]
    [InlineData(3, 1000)]
    public void Parallel_reading_gives_the_same_records_in_the_same_order_as_sequential(int degree, int batch)
    {
        List<string> sequential = Describe(RegistryReader.Read(new MemoryStream(Registry), Options(1)));
        List<string> parallel = Describe(RegistryReader.Read(new MemoryStream(Registry), Options(degree, batch)));
        Assert.Equal(sequential.Count, parallel.Count);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task Asynchronous_parallel_reading_gives_the_same_records_as_sequential()
    {
        List<RegistryRecord> parallel = [];
        await foreach (RegistryRecord r in RegistryReader.ReadAsync(new MemoryStream(Registry), Options(2), TestContext.Current.CancellationToken))
        {
            parallel.Add(r);
        }

        Assert.Equal(Describe(RegistryReader.Read(new MemoryStream(Registry), Options(1))), Describe(parallel));
    }

    [Fact]
    public void Records_come_in_line_order_and_errors_name_their_lines()
    {
        List<RegistryRecord> records = RegistryReader.Read(new MemoryStream(Registry), Options(2)).ToList();
        List<long> lines = records.Where(r => r.IsLine).Select(r => r.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(lines.Distinct().Count(), lines.Count);
        Assert.DoesNotContain(41L, lines);
        Assert.Contains("longer than", records.Single(r => r.Line == 81).Error!.Message, StringComparison.Ordinal);
        Assert.True(records.Single(r => r.Line == 121).Error!.IsMalformed);
        Assert.Contains("already on line 2", records.Single(r => r.Line == 161).Error!.Message, StringComparison.Ordinal);
        Assert.NotNull(records.Single(r => r.Line == 301).Error);
        Assert.NotNull(records[0].Header);
    }

    [Fact]
    public void A_first_line_that_is_not_a_header_is_reported_as_such_in_parallel()
    {
        byte[] text = Encoding.UTF8.GetBytes(string.Join('\n', Encoding.UTF8.GetString(Registry).Split('\n').Skip(1).Take(20)));
        List<string> sequential = Describe(RegistryReader.Read(new MemoryStream(text), Options(1)));
        Assert.Equal(sequential, Describe(RegistryReader.Read(new MemoryStream(text), Options(2, 3))));
        Assert.StartsWith("E line 1", sequential[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_parallel_reader_at_the_next_record()
    {
        using var cancel = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (RegistryRecord _ in RegistryReader.ReadAsync(new MemoryStream(Registry), Options(2, 16), cancel.Token))
            {
                if (++seen == 20)
                {
                    await cancel.CancelAsync();
                }
            }
        });
        Assert.Equal(20, seen);
    }

    [Fact]
    public void Stopping_early_ends_the_parallel_reader_without_waiting_for_the_file()
    {
        List<RegistryRecord> first = RegistryReader.Read(new MemoryStream(Registry), Options(2, 16)).Take(5).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], first.Select(r => r.Line));
    }

    [Fact]
    public void A_degree_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLinesOptions { MaxDegreeOfParallelism = 0 });
}
