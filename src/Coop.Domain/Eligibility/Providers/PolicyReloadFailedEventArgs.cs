using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Providers;

/// <summary>
/// Says that a reload was rejected (<see cref="IPolicyChangeNotifier.PolicyReloadFailed"/>): the policies in service
/// before it keep serving.
/// </summary>
public sealed class PolicyReloadFailedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="exception">What went wrong; its <see cref="PolicyLoadException.Errors"/> list every error, each naming its file.</param>
    /// <param name="servingGeneration">The number of the snapshot that keeps serving.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public PolicyReloadFailedEventArgs(PolicyLoadException exception, long servingGeneration)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Exception = exception;
        ServingGeneration = servingGeneration;
    }

    /// <summary>What went wrong.</summary>
    public PolicyLoadException Exception { get; }

    /// <summary>Every error of the rejected reload (file, JSON path, line, column, message).</summary>
    public IReadOnlyList<PolicyError> Errors => Exception.Errors;

    /// <summary>The number of the snapshot that keeps serving (see <see cref="PolicyReloadedEventArgs.Generation"/>).</summary>
    public long ServingGeneration { get; }
}
