namespace Coop.Domain.Eligibility.Providers;

/// <summary>Says that a reload put new policies in service (<see cref="IPolicyChangeNotifier.PolicyReloaded"/>).</summary>
public sealed class PolicyReloadedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="generation">The number of the snapshot now in service (1 is the one read at construction).</param>
    /// <param name="policyIds">The policy ids now known, sorted ordinally.</param>
    /// <param name="files">The files read, in reading order.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    public PolicyReloadedEventArgs(long generation, IReadOnlyList<string> policyIds, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(policyIds);
        ArgumentNullException.ThrowIfNull(files);
        Generation = generation;
        PolicyIds = policyIds;
        Files = files;
    }

    /// <summary>The number of the snapshot now in service; it grows by one with each successful reload.</summary>
    public long Generation { get; }

    /// <summary>The policy ids now known, sorted ordinally.</summary>
    public IReadOnlyList<string> PolicyIds { get; }

    /// <summary>The files read, in reading order (empty for a provider that does not read files).</summary>
    public IReadOnlyList<string> Files { get; }
}
