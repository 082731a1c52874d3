using System.Text.Json.Serialization;

namespace Coop.Domain.Service.Http;

/// <summary>
/// One thing wrong with a request, as listed in a problem's <c>errors</c>: the field (a route or query parameter's name,
/// a header, or a JSON path into the body such as <c>$.cooperative.members[2].nationalCode</c>), what is wrong with it,
/// and where in the text when the library's parser said so (1-based).
/// </summary>
internal sealed record FieldError(string Field, string Message)
{
    /// <summary>The 1-based line of a JSON body or registry, when known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Line { get; init; }

    /// <summary>The 1-based column (character of a value, byte of a JSON line), when known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Column { get; init; }
}
