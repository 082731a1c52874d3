using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

/// <summary>The registry's asynchronous writer, generator and reader on a stream that refuses synchronous I/O.</summary>
public class AsyncRegistryIoTests
{
    private static readonly RegistryGeneratorOptions s_options = new() { Count = 1500, Seed = 11, InvalidShare = 0.05 };

    [Fact]
    public async Task The_async_generator_writes_the_same_bytes_with_no_synchronous_IO()
    {
        using var expected = new MemoryStream();
        GeneratedRegistry sync = RegistryGenerator.Write(expected, s_options);
        await using var stream = new AsyncOnlyStream();

        GeneratedRegistry async = await RegistryGenerator.WriteAsync(stream, s_options, TestContext.Current.CancellationToken);

        Assert.Equal(expected.ToArray(), stream.ToArray());
        Assert.Equal(sync.Count, async.Count);
        Assert.Equal(sync.IntentionalErrors.Count, async.IntentionalErrors.Count);
        Assert.True(stream.AsyncWrites > 1, "a registry this size goes out in several writes");
    }

    [Fact]
    public async Task Cancelling_during_generation_stops_it_after_the_first_write()
    {
        using var full = new MemoryStream();
        RegistryGenerator.Write(full, s_options);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stream = new AsyncOnlyStream { OnAsyncWrite = _ => cts.Cancel() };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RegistryGenerator.WriteAsync(stream, s_options, cts.Token));

        // Generation stops at the next line; disposing the writer still pushes the lines already buffered (under 64 KiB).
        Assert.InRange(stream.AsyncWrites, 1, 2);
        Assert.InRange(stream.ToArray().Length, 64 * 1024, (2 * 64 * 1024) + 4096);
        Assert.True(full.Length > 3 * 64 * 1024, $"the full registry is only {full.Length} bytes");
    }

    [Fact]
    public async Task The_async_reader_reads_a_stream_that_refuses_synchronous_reads()
    {
        using var bytes = new MemoryStream();
        RegistryGenerator.Write(bytes, s_options);
        RegistryLoadResult expected = RegistryReader.Load(new MemoryStream(bytes.ToArray()));
        await using var stream = new AsyncOnlyStream(bytes.ToArray());

        RegistryLoadResult result = await RegistryReader.LoadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(expected.Cooperatives.Count, result.Cooperatives.Count);
        Assert.Equal(expected.Errors.Select(e => e.Line), result.Errors.Select(e => e.Line));
    }

    [Fact]
    public async Task A_registry_writer_disposed_asynchronously_pushes_its_lines_without_synchronous_IO()
    {
        await using var stream = new AsyncOnlyStream();
        await using (var writer = new RegistryWriter(stream, RegistryHeader.Create(new Coop.Domain.Calendar.SolarHijriDate(1404, 6, 15), "test", 1)))
        {
            foreach (var cooperative in RegistryGenerator.Cooperatives(1, seed: 1))
            {
                await writer.WriteAsync(cooperative, TestContext.Current.CancellationToken);
            }
        }

        string[] lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(1, stream.AsyncFlushes);
    }
}
