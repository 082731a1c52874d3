using Coop.Domain.Cli;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

/// <summary>The memory tests measure the whole process's heap, so nothing may run beside them.</summary>
[CollectionDefinition(nameof(StreamingMemoryGroup), DisableParallelization = true)]
public sealed class StreamingMemoryGroup;

/// <summary>
/// Verbs over a registry keep only what their answer needs: each runs in-process over a generated registry of 300 and
/// of 1,200 cooperatives (written to temporary files by the generator, not stored in the repository), and the heap that
/// survives a full collection, sampled while the registry is read, must not grow with the count. Holding the extra
/// 900 cooperatives adds several MB (the control test checks the sampler sees it); the allowance is 3 MB (the reader's
/// duplicate-key index grows by about 0.15 MB by design).
/// </summary>
[Collection(nameof(StreamingMemoryGroup))]
public sealed class StreamingMemoryTests
{
    private const int Small = 300;
    private const int Large = 1_200;
    private const long Allowance = 3L << 20;

    private static readonly Lazy<(string Small, string Large)> s_registries = new(() => (Generate(Small), Generate(Large)));

    public static TheoryData<string> Verbs => ["report", "compliance", "registry check", "whatif"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_verb_reading_the_registry_keeps_memory_independent_of_its_size(string verb)
    {
        (string small, string large) = s_registries.Value;

        long smallPeak = RetainedDuring(verb, small);
        long largePeak = RetainedDuring(verb, large);

        Assert.True(largePeak - smallPeak < Allowance,
            $"coop {verb}: {smallPeak / 1024} KiB retained on {Small} cooperatives, {largePeak / 1024} KiB on {Large}: memory grows with the registry.");
    }

    [Fact]
    public void Generate_to_stdout_keeps_memory_independent_of_the_count()
    {
        long smallPeak = RetainedDuringGenerate(Small);
        long largePeak = RetainedDuringGenerate(Large);

        Assert.True(largePeak - smallPeak < Allowance,
            $"coop generate --out -: {smallPeak / 1024} KiB retained at {Small}, {largePeak / 1024} KiB at {Large}.");
    }

    [Fact]
    public void The_sampler_sees_a_verb_that_holds_every_cooperative()
    {
        // The same measurement over a loop that keeps what it reads must fail the allowance, or the tests above prove nothing.
        (string small, string large) = s_registries.Value;
        long Keeping(string path)
        {
            var kept = new List<Coop.Domain.Model.Cooperative>();
            var sampler = new HeapSampler();
            using FileStream stream = File.OpenRead(path);
            foreach (RegistryRecord record in RegistryReader.Read(stream))
            {
                if (record.Cooperative is { } c)
                {
                    kept.Add(c);
                }

                sampler.Tick();
            }

            GC.KeepAlive(kept);
            return sampler.Peak;
        }

        long smallPeak = Keeping(small);
        long largePeak = Keeping(large);

        Assert.True(largePeak - smallPeak > Allowance, $"{smallPeak / 1024} KiB vs {largePeak / 1024} KiB");
    }

    private static long RetainedDuring(string verb, string registry)
    {
        string policy = BatchFixtures.File("test-cooperative.json");
        string[] args = verb switch
        {
            "report" => ["report", "--registry", registry, "--measure", "members", "--by", "year", "--group", "county"],
            "compliance" => ["compliance", "--registry", registry, "--cooperative", "00000000000", "--fiscal-year", "1403", "--as-of", "1404/08/01"],
            "registry check" => ["registry", "check", registry],
            "whatif" => ["whatif", "--current", policy, "--draft", policy, "--registry", registry, "--as-of", "1404/06/15"],
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
        };

        // The progress line is drawn for every record read (interval 0) on a "terminal" stderr that samples the heap.
        var sampler = new HeapSampler();
        using var error = new SamplingWriter(sampler);
        CoopCli.Run(args, new CliContext(TextReader.Null, TextWriter.Null, error, ErrorIsTerminal: true, ProgressIntervalMs: 0));
        Assert.True(sampler.Samples > 3, $"coop {verb} drew no progress to sample on.");
        return sampler.Peak;
    }

    private static long RetainedDuringGenerate(int count)
    {
        // The writer pushes its buffer every few lines: a tick per push.
        var sampler = new HeapSampler(every: 3);
        using var error = new SamplingWriter(sampler);
        int code = CoopCli.Run(
            ["generate", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "5", "--out", "-"],
            new CliContext(TextReader.Null, TextWriter.Null, error, ErrorIsTerminal: true, ProgressIntervalMs: 0));
        Assert.Equal(0, code);
        Assert.True(sampler.Samples > 3, "coop generate drew no progress to sample on.");
        return sampler.Peak;
    }

    private static string Generate(int count)
    {
        string path = Path.Combine(Path.GetTempPath(), $"coop-memory-{count}-{Guid.NewGuid():N}.jsonl");
        using (FileStream file = File.Create(path))
        {
            RegistryGenerator.Write(file, new RegistryGeneratorOptions { Count = count, Seed = 5, InvalidShare = 0 });
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    /// <summary>The heap after a full collection, sampled every <paramref name="every"/>th tick; the peak is above the first sample.</summary>
    private sealed class HeapSampler(int every = 40)
    {
        private long _ticks;
        private long _baseline = -1;

        public long Peak { get; private set; }

        public int Samples { get; private set; }

        public void Tick()
        {
            if (_ticks++ % every != 0)
            {
                return;
            }

            long now = GC.GetTotalMemory(forceFullCollection: true);
            if (_baseline < 0)
            {
                _baseline = now;
            }

            Samples++;
            Peak = Math.Max(Peak, now - _baseline);
        }
    }

    /// <summary>A stderr that ticks the sampler at every progress redraw (each starts with a carriage return).</summary>
    private sealed class SamplingWriter(HeapSampler sampler) : StringWriter
    {
        public override void Write(char value)
        {
            if (value == '\r')
            {
                sampler.Tick();
                GetStringBuilder().Clear();
            }

            base.Write(value);
        }
    }
}
