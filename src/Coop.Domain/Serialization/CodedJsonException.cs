using System.Text.Json;

namespace Coop.Domain.Serialization;

/// <summary>
/// A <see cref="JsonException"/> thrown by the package's converters that carries what kind of error it is, so that the
/// line's <see cref="JsonLineError"/> gets a <see cref="JsonLineErrorCode"/> without its English text being read.
/// System.Text.Json adds the path and position to this same instance and rethrows it.
/// </summary>
internal sealed class CodedJsonException : JsonException
{
    internal CodedJsonException(string message, JsonLineErrorCode code, params string[] arguments)
        : base(message)
    {
        Code = code;
        Arguments = arguments;
    }

    internal JsonLineErrorCode Code { get; }

    internal IReadOnlyList<string> Arguments { get; }

    /// <summary>The coded exception in <paramref name="exception"/> or its inner exceptions (a converter may wrap one); null when none.</summary>
    internal static CodedJsonException? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is CodedJsonException coded)
            {
                return coded;
            }
        }

        return null;
    }
}
