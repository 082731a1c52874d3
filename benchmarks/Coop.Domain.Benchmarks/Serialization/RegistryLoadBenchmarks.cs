using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Benchmarks.Serialization;

/// <summary>
/// Loading a generated registry (2% of lines invalid on purpose) from a temp file, per record: ours
/// (<see cref="RegistryReader.Read"/>, source-generated, UTF-8 bytes straight from a pooled buffer) beside
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

    [Benchmark(Baseline = true)]
    public long Ours_RegistryReader_CountOnly()
    {
        long good = 0;
        using FileStream stream = File.OpenRead(_path);
        foreach (RegistryRecord record in RegistryReader.Read(stream))
        {
            good += record.Cooperative is null ? 0 : 1;
        }

        return good;
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
