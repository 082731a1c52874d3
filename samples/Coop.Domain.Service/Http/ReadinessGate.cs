using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.Service.Registry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coop.Domain.Service.Http;

/// <summary>
/// Until the registry is migrated and seeded, an endpoint that uses the store answers 503 (with <c>Retry-After</c>)
/// instead of meeting a half-made database; the others (eligibility, calendar, health, OpenAPI) answer at once.
/// </summary>
internal sealed class ReadinessGate(RequestDelegate next, RegistryReadiness readiness)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || !UsesStore(context.GetEndpoint()))
        {
            return next(context);
        }

        context.Response.Headers.RetryAfter = "1";
        return Problems.Problem(StatusCodes.Status503ServiceUnavailable, "Not ready.",
            [new FieldError("registry", readiness.Failure is { } failure ? "the registry could not be made ready: " + failure : "the registry is being migrated and seeded; try again shortly.")])
            .ExecuteAsync(context);
    }

    private static bool UsesStore(Endpoint? endpoint) =>
        endpoint is RouteEndpoint route && route.RoutePattern.RawText is { } pattern
        && (pattern.StartsWith("/cooperatives", StringComparison.Ordinal) || pattern.StartsWith("/reports", StringComparison.Ordinal) || pattern.StartsWith("/registry", StringComparison.Ordinal));
}

/// <summary>The health report as JSON: the overall status and each check's status and description.</summary>
internal static class HealthWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
