using System.Text.Json;

namespace Coop.Domain.Serialization;

/// <summary>
/// The <see cref="JsonException"/>s the package's converters throw carry what kind of error they are (in
/// <see cref="Exception.Data"/>), so that the line's <see cref="JsonLineError"/> gets a <see cref="JsonLineErrorCode"/>
/// without its English text being read. System.Text.Json adds the path and position to the same instance and rethrows it.
/// </summary>
internal static class CodedJson
{
    private const string CodeKey = "Coop.Domain.JsonLineErrorCode";
    private const string ArgumentsKey = "Coop.Domain.JsonLineErrorArguments";

    /// <summary>An exception with <paramref name="message"/> that carries <paramref name="code"/> and its arguments.</summary>
    internal static JsonException Create(string message, JsonLineErrorCode code, params string[] arguments)
    {
        var exception = new JsonException(message);
        exception.Data[CodeKey] = code;
        exception.Data[ArgumentsKey] = arguments;
        return exception;
    }

    /// <summary>The code and arguments carried by <paramref name="exception"/> or its inner exceptions (a converter may wrap one); null when none.</summary>
    internal static (JsonLineErrorCode Code, string[] Arguments)? Find(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e.Data[CodeKey] is JsonLineErrorCode code)
            {
                return (code, e.Data[ArgumentsKey] as string[] ?? []);
            }
        }

        return null;
    }
}
