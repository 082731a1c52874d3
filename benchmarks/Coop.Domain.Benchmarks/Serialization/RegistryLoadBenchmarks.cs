using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Benchmarks.Serialization;

/// <summary>
/// Loading a generated registry (2% of lines invalid on purpose) from a temp file, per record, against a floor that only
/// scans every token with <see cref="Utf8JsonReader"/>: ours (<see cref="RegistryReader.Read"/>, on one thread and on
/// every core, UTF-8 bytes straight from a pooled buffer) beside
/// the usual loop (<c>File.ReadLines</c> + reflection-based <c>JsonSerializer.Deserialize&lt;Cooperative&gt;</c>
/// per line, same converters). Both passes only count records and hold none of them, so allocation per
/// record is what loading costs, and memory stays bounded whatever the file size.
/// </summary>
/// <remarks>The count is 100,000 unless the environment variable <c>COOP_BENCH_REGISTRY_COUNT</c> says otherwise.</remarks>
[MemoryDiagnoser]
public class RegistryLoadBenchmarks
{
    private static readonly int Count =
        int.TryParse(Environment.GetEnvironmentVariable("COOP_BENCH_REGISTRY_COUNT"), System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 100_000;

    private string _path = string.Empty;
    private JsonSerializerOptions _reflection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"coop-bench-registry-{Environment.ProcessId}.jsonl");
        using (FileStream file = File.Create(_path))
        {
            RegistryGenerator.Write(file, new RegistryGeneratorOptions { Count = Count, Seed = 1404, InvalidShare = 0.02 });
        }

        _reflection = new JsonSerializerOptions
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Converters =
            {
                new SolarHijriDateJsonConverter(), new MoneyJsonConverter(), new NationalCodeJsonConverter(),
                new LegalEntityIdJsonConverter(), new RegistrationNumberJsonConverter(),
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
            },
        };
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>The floor: every token of every line through <see cref="Utf8JsonReader"/>, nothing converted or kept.</summary>
    [Benchmark(Baseline = true)]
    public long Floor_RawScan()
    {
        long tokens = 0;
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        foreach (ReadOnlyMemory<byte> line in Lines(_path))
        {
            var reader = new Utf8JsonReader(line.Span, options);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark]
    public long Ours_RegistryReader_Sequential() => CountGood(new JsonLinesOptions { MaxDegreeOfParallelism = 1 });

    [Benchmark]
    public long Ours_RegistryReader_Parallel() => CountGood(new JsonLinesOptions { MaxDegreeOfParallelism = Environment.ProcessorCount });

    private long CountGood(JsonLinesOptions options)
    {
        long good = 0;
        using FileStream stream = File.OpenRead(_path);
        foreach (RegistryRecord record in RegistryReader.Read(stream, options))
        {
            good += record.Cooperative is null ? 0 : 1;
        }

        return good;
    }

    // The file's lines from one 1 MiB buffer (a line longer than the buffer grows it), as the registry reader splits them.
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(string path)
    {
        byte[] buffer = new byte[1 << 20];
        int start = 0;
        int end = 0;
        using FileStream file = File.OpenRead(path);
        while (true)
        {
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = file.Read(buffer, end, buffer.Length - end);
            end += read;
            while (true)
            {
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !(read == 0 && end > start))
                {
                    break;
                }

                int length = newline < 0 ? end - start : newline;
                yield return buffer.AsMemory(start, length);
                start += newline < 0 ? length : length + 1;
            }

            if (read == 0)
            {
                yield break;
            }
        }
    }

    [Benchmark]
    public long Peer_ReadLines_ReflectionDeserialize()
    {
        long good = 0;
        foreach (string line in File.ReadLines(_path).Skip(1))
        {
            try
            {
                good += JsonSerializer.Deserialize<Cooperative>(line, _reflection) is null ? 0 : 1;
            }
            catch (Exception e) when (e is JsonException or ModelValidationException)
            {
                // counted as bad, as the registry reader does
            }
        }

        return good;
    }
}
