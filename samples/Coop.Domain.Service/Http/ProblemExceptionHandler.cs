using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Coop.Domain.Service.Http;

/// <summary>
/// Turns an exception that escaped an endpoint into a problem document: a <see cref="BadHttpRequestException"/> (a body
/// over the limit, a malformed request) keeps its status and says why; anything else is a 500 that reveals no internals.
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>The database's own exception when <paramref name="exception"/> is, or wraps, a transient one (unreachable, out of connection slots, busy).</summary>
    private static System.Data.Common.DbException? Database(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } db)
            {
                return db;
            }
        }

        return null;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult problem;
        if (exception is BadHttpRequestException bad)
        {
            problem = Problems.Problem(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large." : "Bad request.",
                [new FieldError("body", bad.StatusCode == StatusCodes.Status413PayloadTooLarge && !bad.Message.StartsWith("the request body", StringComparison.Ordinal)
                    ? RequestBodyLimit.Message(httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0)
                    : bad.Message)]);
        }
        else if (Database(exception) is { } database)
        {
            // The database refused or dropped the connection (down, out of connection slots): not the request's fault
            // and not a bug in the service; the client may try again.
            Log.DatabaseUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
            httpContext.Response.Headers.RetryAfter = "1";
            problem = Problems.Problem(StatusCodes.Status503ServiceUnavailable, "The registry database is unavailable.",
                [new FieldError("registry", database.Message)]);
        }
        else
        {
            Log.Unhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path.Value ?? string.Empty);
            problem = TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Internal error.",
                detail: "The service failed on this request (a bug, not bad input); the log has the details.");
        }

        if (httpContext.Response.HasStarted)
        {
            // Part of a streamed answer is out already: nothing can be said now but by cutting the connection.
            return false;
        }

        string? retryAfter = httpContext.Response.Headers.RetryAfter;
        httpContext.Response.Clear();
        if (retryAfter is not null)
        {
            httpContext.Response.Headers.RetryAfter = retryAfter;
        }

        if (exception is BadHttpRequestException)
        {
            // The rest of the request is unread: the connection closes after this answer.
            httpContext.Response.Headers.Connection = "close";
        }

        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
