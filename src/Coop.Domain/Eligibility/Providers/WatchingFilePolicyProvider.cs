using System.Globalization;
using System.Text;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Policy files (as <see cref="FilePolicyProvider"/> reads them) that are read again when they change. The files are
/// watched with <see cref="FileSystemWatcher"/> (or compared every <see cref="PolicyWatchOptions.PollingInterval"/>); after
/// <see cref="PolicyWatchOptions.Debounce"/> without further changes every file is read and every policy compiled again.
/// When all of them read and compile, the new snapshot replaces the old one in one atomic step and
/// <see cref="PolicyReloaded"/> is raised; otherwise the new files are rejected, <see cref="PolicyReloadFailed"/> carries
/// every error, and the last good snapshot keeps serving.
/// </summary>
/// <remarks>
/// Each snapshot is an immutable <see cref="FilePolicyProvider"/> whose policies are all compiled before it is put in
/// service, so a lookup never sees a half-read folder, and a <see cref="PolicySet{TRoot}"/> obtained before a reload
/// stays valid (an evaluation in flight finishes on the version it started with). Lookups read the current snapshot
/// with one volatile read and take no lock. Take <see cref="Current"/> once when several lookups must agree.
/// Dispose the provider to stop watching (it keeps serving its last snapshot).
/// </remarks>
public sealed class WatchingFilePolicyProvider : IPolicyProvider, IPolicyChangeNotifier, IDisposable
{
    private readonly string[] _paths;
    private readonly FactSchema<EligibilityFacts> _schema;
    private readonly PolicyWatchOptions _options;
    private readonly Lock _reloadGate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private Snapshot _current;
    private string _fingerprint;
    private bool _disposed;

    /// <summary>Reads and compiles the policy files, then starts watching them.</summary>
    /// <param name="paths">Files and folders (a folder's <c>*.json</c> files, as <see cref="FilePolicyProvider"/>).</param>
    /// <param name="schema">The fact schema to compile against; <see cref="CoopFactSchema.Instance"/> when null.</param>
    /// <param name="options">How changes are noticed; <see cref="PolicyWatchOptions"/> defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The debounce is negative or the polling interval is not positive.</exception>
    /// <exception cref="PolicyLoadException">A path does not exist, a file has errors or a policy does not compile; every
    /// error is listed, each naming its file. (At construction there is no last good version to keep.)</exception>
    public WatchingFilePolicyProvider(IEnumerable<string> paths, FactSchema<EligibilityFacts>? schema = null, PolicyWatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = [.. paths];
        foreach (string path in _paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
        }

        _schema = schema ?? CoopFactSchema.Instance;
        _options = options ?? new PolicyWatchOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Debounce, TimeSpan.Zero, nameof(options));
        if (_options.PollingInterval is { } interval)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero, nameof(options));
        }

        _fingerprint = Fingerprint();
        _current = new Snapshot(Load(), 1);
        _timer = new Timer(static state => ((WatchingFilePolicyProvider)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_options.PollingInterval is { } poll)
        {
            _timer.Change(poll, poll);
        }
        else
        {
            Watch();
        }
    }

    /// <inheritdoc/>
    public event EventHandler<PolicyReloadedEventArgs>? PolicyReloaded;

    /// <inheritdoc/>
    public event EventHandler<PolicyReloadFailedEventArgs>? PolicyReloadFailed;

    /// <summary>The paths watched, as given.</summary>
    public IReadOnlyList<string> Paths => _paths;

    /// <summary>The snapshot in service: an immutable provider whose policies are all compiled.</summary>
    public FilePolicyProvider Current => Volatile.Read(ref _current).Provider;

    /// <summary>The number of the snapshot in service: 1 after construction, one more after each successful reload.</summary>
    public long Generation => Volatile.Read(ref _current).Generation;

    /// <summary>The files of the snapshot in service, in reading order.</summary>
    public IReadOnlyList<string> Files => Current.Files;

    /// <inheritdoc/>
    public IReadOnlyList<string> PolicyIds => Current.PolicyIds;

    /// <inheritdoc/>
    public bool Contains(string policyId) => Current.Contains(policyId);

    /// <inheritdoc/>
    public IReadOnlyList<Policy> GetVersions(string policyId) => Current.GetVersions(policyId);

    /// <inheritdoc/>
    public PolicySet<EligibilityFacts> GetPolicySet(string policyId) => Current.GetPolicySet(policyId);

    /// <summary>
    /// Reads and compiles the files now (as a change notification would after the debounce), and raises
    /// <see cref="PolicyReloaded"/> or <see cref="PolicyReloadFailed"/>. Reloads never run at the same time.
    /// </summary>
    /// <returns>True when the new snapshot is in service; false when it was rejected (the old one keeps serving).</returns>
    /// <exception cref="ObjectDisposedException">The provider is disposed.</exception>
    public bool Reload()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PolicyReloadedEventArgs? reloaded = null;
        PolicyReloadFailedEventArgs? failed = null;
        lock (_reloadGate)
        {
            _fingerprint = Fingerprint();
            try
            {
                FilePolicyProvider next = Load();
                var snapshot = new Snapshot(next, _current.Generation + 1);
                Volatile.Write(ref _current, snapshot);
                reloaded = new PolicyReloadedEventArgs(snapshot.Generation, next.PolicyIds, next.Files);
            }
            catch (PolicyLoadException e)
            {
                failed = new PolicyReloadFailedEventArgs(e, _current.Generation);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder removed or made unreadable while it was listed.
                failed = new PolicyReloadFailedEventArgs(new PolicyLoadException("the policy files cannot be listed: " + e.Message, e), _current.Generation);
            }
        }

        if (reloaded is not null)
        {
            PolicyReloaded?.Invoke(this, reloaded);
            return true;
        }

        PolicyReloadFailed?.Invoke(this, failed!);
        return false;
    }

    /// <summary>Stops watching; the provider keeps serving its last snapshot.</summary>
    public void Dispose()
    {
        lock (_reloadGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        foreach (FileSystemWatcher watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    /// <summary>Reads every file and compiles every policy, so that a snapshot in service never fails to compile later.</summary>
    private FilePolicyProvider Load()
    {
        var provider = new FilePolicyProvider(_paths, _schema);
        var errors = new List<PolicyError>();
        foreach (string id in provider.PolicyIds)
        {
            try
            {
                _ = provider.GetPolicySet(id);
            }
            catch (PolicyLoadException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        PolicyCatalog.ThrowIfAny(errors);
        return provider;
    }

    private void Watch()
    {
        foreach (string path in _paths)
        {
            string full = Path.GetFullPath(path);
            (string? folder, string filter) = Directory.Exists(full) ? (full, "*.json") : (Path.GetDirectoryName(full), Path.GetFileName(full));
            if (folder is null || !Directory.Exists(folder))
            {
                continue;
            }

            var watcher = new FileSystemWatcher(folder, filter)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        if (!FilePolicyProvider.IsSkipped(e.FullPath))
        {
            Schedule();
        }
    }

    // The watcher's buffer overflowed: some notifications were lost, so read everything again.
    private void OnError(object sender, ErrorEventArgs e) => Schedule();

    private void Schedule()
    {
        lock (_reloadGate)
        {
            if (!_disposed)
            {
                // Each notification restarts the wait: the files are read once they have been quiet for the debounce.
                _timer.Change(_options.Debounce, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void OnTimer()
    {
        try
        {
            if (_disposed || (_options.PollingInterval is not null && string.Equals(Fingerprint(), Volatile.Read(ref _fingerprint), StringComparison.Ordinal)))
            {
                return;
            }

            Reload();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the timer fired.
        }
    }

    /// <summary>What polling compares: every policy file's path, size and last-write time, or the error listing it.</summary>
    private string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (string path in _paths)
        {
            try
            {
                IEnumerable<string> files = Directory.Exists(path)
                    ? Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Where(f => !FilePolicyProvider.IsSkipped(f)).Order(StringComparer.Ordinal)
                    : [path];
                foreach (string file in files)
                {
                    var info = new FileInfo(file);
                    text.Append(file).Append('|')
                        .Append(info.Exists ? info.Length.ToString(CultureInfo.InvariantCulture) : "-").Append('|')
                        .Append(info.Exists ? info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) : "-").Append('\n');
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                text.Append(path).Append("|error|").Append(e.GetType().Name).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed record Snapshot(FilePolicyProvider Provider, long Generation);
}
