using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.Eligibility.Providers;

// Reload waits on the provider's events with a generous timeout, never on a fixed sleep.
public sealed class WatchingFilePolicyProviderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly PolicyWatchOptions Quick = new() { Debounce = TimeSpan.FromMilliseconds(50) };
    private readonly string _folder = TempFolder();
    private readonly string _file;

    public WatchingFilePolicyProviderTests()
    {
        _file = Path.Combine(_folder, "members.json");
        File.WriteAllText(_file, Json(1));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_changed_valid_file_is_served_after_the_change_is_noticed()
    {
        using var provider = new WatchingFilePolicyProvider([_folder], options: Quick);
        Assert.Equal(1, provider.Generation);
        Assert.Equal([1], provider.GetVersions(Id).Select(p => p.Version));
        Task<PolicyReloadedEventArgs> reloaded = NextReload(provider, e => e.PolicyIds.Contains("other"));

        await File.WriteAllTextAsync(_file, Json(2), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_folder, "other.json"), Json(1, "other"), TestContext.Current.CancellationToken);
        PolicyReloadedEventArgs args = await reloaded.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal(["members-credit", "other"], args.PolicyIds);
        Assert.Equal(args.Generation, provider.Generation);
        Assert.True(args.Generation > 1);
        Assert.Equal([2], provider.GetVersions(Id).Select(p => p.Version));
        Decision decision = provider.GetPolicySet(Id).Evaluate(Facts(D(1404, 6, 1)), D(1404, 6, 1));
        Assert.Equal(2, decision.Policy.Version);
    }

    [Fact]
    public async Task A_file_that_does_not_read_is_rejected_with_its_errors_and_the_last_good_version_keeps_serving()
    {
        using var provider = new WatchingFilePolicyProvider([_folder], options: Quick);
        PolicySet<EligibilityFacts> before = provider.GetPolicySet(Id);
        Task<PolicyReloadFailedEventArgs> failed = NextFailure(provider);

        await File.WriteAllTextAsync(_file, "{ \"id\": \"members-credit\", ", TestContext.Current.CancellationToken);
        PolicyReloadFailedEventArgs args = await failed.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.NotEmpty(args.Errors);
        Assert.All(args.Errors, e => Assert.Equal(_file, e.File));
        Assert.Equal(1, args.ServingGeneration);
        Assert.Equal(1, provider.Generation);
        Assert.Same(before, provider.GetPolicySet(Id));
        Assert.Equal(PolicyOutcome.Eligible, provider.GetPolicySet(Id).Evaluate(Facts(D(1403, 6, 1)), D(1403, 6, 1)).Outcome);
    }

    [Fact]
    public void A_policy_that_reads_but_does_not_compile_is_rejected_before_it_is_served()
    {
        using var provider = new WatchingFilePolicyProvider([_folder], options: Quick);
        PolicySet<EligibilityFacts> before = provider.GetPolicySet(Id);
        PolicyReloadFailedEventArgs? failure = null;
        provider.PolicyReloadFailed += (_, e) => failure = e;
        File.WriteAllText(_file, Json(1).Replace("cooperative.memberCount >=", "cooperative.memberCont >=", StringComparison.Ordinal));

        Assert.False(provider.Reload());

        Assert.NotNull(failure);
        PolicyError error = Assert.Single(failure.Errors, e => e.Message.Contains("memberCont", StringComparison.Ordinal));
        Assert.Equal(_file, error.File);
        Assert.Equal(1, provider.Generation);
        Assert.Same(before, provider.GetPolicySet(Id));

        File.WriteAllText(_file, Json(1));
        Assert.True(provider.Reload());
        Assert.Equal(2, provider.Generation);
    }

    [Fact]
    public async Task Polling_notices_a_change_without_file_system_notifications()
    {
        using var provider = new WatchingFilePolicyProvider([_file], options: new PolicyWatchOptions { PollingInterval = TimeSpan.FromMilliseconds(50) });
        Task<PolicyReloadedEventArgs> reloaded = NextReload(provider, _ => true);

        await File.WriteAllTextAsync(_file, Json(2), TestContext.Current.CancellationToken);
        await reloaded.WaitAsync(Patience, TestContext.Current.CancellationToken);

        Assert.Equal([2], provider.GetVersions(Id).Select(p => p.Version));
    }

    [Fact]
    public async Task Readers_during_reloads_always_see_one_whole_compiled_snapshot()
    {
        // Two policies that must change together: in every snapshot both have the same version.
        string other = Path.Combine(_folder, "other.json");
        File.WriteAllText(other, Json(1, "other"));
        using var provider = new WatchingFilePolicyProvider([_folder], options: new PolicyWatchOptions { PollingInterval = TimeSpan.FromHours(1) });
        EligibilityFacts in1403 = Facts(D(1403, 6, 1));
        EligibilityFacts in1404 = Facts(D(1404, 6, 1));
        using var stop = new CancellationTokenSource();
        int reads = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // One snapshot: its files were all read at one reload, so both policies have the same newest version.
                FilePolicyProvider snapshot = provider.Current;
                int version = snapshot.GetVersions(Id).Max(p => p.Version);
                Assert.Equal(version, snapshot.GetVersions("other").Max(p => p.Version));
                EligibilityFacts facts = version == 2 ? in1404 : in1403;
                Assert.Equal(version, snapshot.GetPolicySet(Id).Evaluate(facts, facts.AsOf).Policy.Version);

                // The live provider: version 1 (in force in 1403) is in every snapshot.
                Assert.Equal(1, provider.GetPolicySet(Id).Evaluate(in1403, in1403.AsOf).Policy.Version);
                Interlocked.Increment(ref reads);
            }
        }, TestContext.Current.CancellationToken)).ToArray();

        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref reads) > 0, Patience), "the readers did not start");
        string v1Beside = Path.Combine(_folder, "members-v1.json");
        for (int i = 0; i < 40; i++)
        {
            int version = i % 2 == 0 ? 2 : 1;
            File.WriteAllText(_file, Json(version));
            File.WriteAllText(other, Json(version, "other"));
            if (version == 2)
            {
                File.WriteAllText(v1Beside, Json(1));
            }
            else
            {
                File.Delete(v1Beside);
            }

            Assert.True(provider.Reload());
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Equal(41, provider.Generation);
        Assert.True(reads > 0);
    }

    [Fact]
    public void A_bad_folder_at_construction_throws_and_a_disposed_provider_keeps_serving_without_reloading()
    {
        Assert.Throws<PolicyLoadException>(() => new WatchingFilePolicyProvider([Path.Combine(_folder, "missing")]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WatchingFilePolicyProvider([_folder], options: new PolicyWatchOptions { Debounce = TimeSpan.FromSeconds(-1) }));

        var provider = new WatchingFilePolicyProvider([_folder]);
        provider.Dispose();
        Assert.Throws<ObjectDisposedException>(() => provider.Reload());
        Assert.Equal([Id], provider.PolicyIds);
    }

    [Fact]
    public void A_composite_over_a_watched_folder_follows_its_reloads_and_raises_its_events()
    {
        using var watched = new WatchingFilePolicyProvider([_folder], options: Quick);
        using var composite = new CompositePolicyProvider([watched, new InMemoryPolicyProvider([Builder(1, "in-memory").Build()])]);
        var seen = new List<long>();
        composite.PolicyReloaded += (_, e) => seen.Add(e.Generation);
        Assert.Equal([1], composite.GetVersions(Id).Select(p => p.Version));
        PolicySet<EligibilityFacts> before = composite.GetPolicySet(Id);

        File.WriteAllText(Path.Combine(_folder, "other.json"), Json(1, "other"));
        File.WriteAllText(_file, Json(2));
        Assert.True(watched.Reload());

        Assert.Equal([2L], seen);
        Assert.Equal(["in-memory", "members-credit", "other"], composite.PolicyIds);
        Assert.Equal([2], composite.GetVersions(Id).Select(p => p.Version));
        Assert.NotSame(before, composite.GetPolicySet(Id));
    }

    private static EligibilityFacts Facts(Coop.Domain.Calendar.SolarHijriDate asOf)
    {
        var cooperative = Juybar();
        return new EligibilityFacts(cooperative, asOf, Application(cooperative));
    }

    private static Task<PolicyReloadedEventArgs> NextReload(IPolicyChangeNotifier notifier, Func<PolicyReloadedEventArgs, bool> when)
    {
        var done = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        notifier.PolicyReloaded += (_, e) =>
        {
            if (when(e))
            {
                done.TrySetResult(e);
            }
        };
        return done.Task;
    }

    private static Task<PolicyReloadFailedEventArgs> NextFailure(IPolicyChangeNotifier notifier)
    {
        var done = new TaskCompletionSource<PolicyReloadFailedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        notifier.PolicyReloadFailed += (_, e) => done.TrySetResult(e);
        return done.Task;
    }
}
