namespace Coop.Domain.Service;

/// <summary>The service's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Seeded the empty registry from {Seed}: {Added} cooperatives saved, {Rejected} lines rejected.")]
    public static partial void Seeded(ILogger logger, string seed, int added, int rejected);

    [LoggerMessage(2, LogLevel.Information, "The registry ({Provider}) is ready.")]
    public static partial void Ready(ILogger logger, string provider);

    [LoggerMessage(3, LogLevel.Error, "The registry could not be made ready.")]
    public static partial void NotReady(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "The registry database was unavailable to {Method} {Path}.")]
    public static partial void DatabaseUnavailable(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(4, LogLevel.Error, "Unhandled exception on {Method} {Path}.")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
