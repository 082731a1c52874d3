using Coop.Domain.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Coop.Domain.Service.Http;

/// <summary>
/// RFC 9457 (formerly 7807) problem details for bad input: a title, a detail that says what is wrong in one sentence,
/// and <c>errors</c>, each naming its field. Every endpoint reports bad input through these.
/// </summary>
internal static class Problems
{
    /// <summary>The media type of a problem document.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>400: the request's input is wrong; <paramref name="errors"/> says which field and why.</summary>
    public static IResult BadInput(params IReadOnlyList<FieldError> errors) =>
        Problem(StatusCodes.Status400BadRequest, "The request has bad input.", errors);

    /// <summary>400 for one field whose text the library's parser refused at a position.</summary>
    public static IResult BadInput(string field, ParseError error) =>
        BadInput(new FieldError(field, error.Message) { Column = error.Position + 1 });

    /// <summary>400 for one field.</summary>
    public static IResult BadInput(string field, string message) => BadInput(new FieldError(field, message));

    /// <summary>404: the thing a field names is not there.</summary>
    public static IResult NotFound(string field, string message, IDictionary<string, object?>? extensions = null) =>
        Problem(StatusCodes.Status404NotFound, "Not found.", [new FieldError(field, message)], extensions);

    /// <summary>406: none of the media types the endpoint writes is acceptable.</summary>
    public static IResult NotAcceptable(string accept, IReadOnlyList<string> offered) =>
        Problem(StatusCodes.Status406NotAcceptable, "Not acceptable.",
            [new FieldError("Accept", $"'{accept}' accepts none of the forms this endpoint writes: {string.Join(", ", offered)}.")]);

    /// <summary>
    /// A problem for an answer the framework gave without a body (no endpoint at the path, a method not allowed, a
    /// body whose media type the endpoint's <c>Accepts</c> does not list), so that it too says which field is wrong.
    /// </summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        HttpRequest request = context.HttpContext.Request;
        int status = context.HttpContext.Response.StatusCode;
        string path = request.Path.Value ?? "/";
        FieldError error = status switch
        {
            StatusCodes.Status404NotFound => new FieldError("path", $"nothing is served at {path}; GET /openapi/v1.json lists the endpoints."),
            StatusCodes.Status405MethodNotAllowed => new FieldError("method", $"{request.Method} is not allowed on {path}."),
            StatusCodes.Status415UnsupportedMediaType => new FieldError("Content-Type",
                $"{(string.IsNullOrEmpty(request.ContentType) ? "no Content-Type was given" : $"'{request.ContentType}' is not read at {path}")}; send " +
                (path.StartsWith("/registry", StringComparison.Ordinal) ? string.Join(" or ", Endpoints.RegistryEndpoints.MediaTypes) : "application/json") + "."),
            _ => new FieldError("request", $"the request to {path} failed with status {status}."),
        };
        return Problem(status, ReasonPhrases.GetReasonPhrase(status) + ".", [error]).ExecuteAsync(context.HttpContext);
    }

    /// <summary>A problem of any status whose detail joins the errors' messages.</summary>
    public static IResult Problem(int status, string title, IReadOnlyList<FieldError> errors, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal) { ["errors"] = errors };
        foreach ((string key, object? value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        string detail = string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}"));
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: all);
    }
}
