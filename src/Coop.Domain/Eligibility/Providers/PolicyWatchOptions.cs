namespace Coop.Domain.Eligibility.Providers;

/// <summary>How a <see cref="WatchingFilePolicyProvider"/> notices changes to its files.</summary>
public sealed record PolicyWatchOptions
{
    /// <summary>
    /// How long the files must stay unchanged after a change notification before they are read again (editors and
    /// deployment tools write a file in several steps); 250 ms by default. Must be zero or more.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// When set, the files are not watched with <see cref="FileSystemWatcher"/> but compared (names, sizes, last-write
    /// times) every interval, and read again when they differ: for file systems that send no change notifications
    /// (network shares, some container mounts). Null (watch with notifications) by default; must be positive when set.
    /// </summary>
    public TimeSpan? PollingInterval { get; init; }
}
