namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// A policy provider whose policies can change while it serves (<see cref="WatchingFilePolicyProvider"/>, and a
/// <see cref="CompositePolicyProvider"/> over one). Each event is raised on a background thread after the change was
/// handled; handlers must not block for long and should not throw (an exception from a handler is not caught for them).
/// </summary>
public interface IPolicyChangeNotifier
{
    /// <summary>New policies were read, compiled and put in service: from now on every lookup sees them.</summary>
    event EventHandler<PolicyReloadedEventArgs>? PolicyReloaded;

    /// <summary>A reload was rejected (a file does not read or a policy does not compile); the last good policies keep serving.</summary>
    event EventHandler<PolicyReloadFailedEventArgs>? PolicyReloadFailed;
}
