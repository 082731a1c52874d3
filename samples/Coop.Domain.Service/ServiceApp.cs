using System.Text.Encodings.Web;
using Coop.Domain.Service.Endpoints;
using Coop.Domain.Service.Http;
using Coop.Domain.Service.Registry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Coop.Domain.Service;

/// <summary>Builds the service: its services, middleware and endpoints (docs/service.md).</summary>
internal static class ServiceApp
{
    /// <summary>The meters of Coop.Domain whose instruments <c>GET /metrics</c> exposes (by name; a wildcard takes the library's later meters too).</summary>
    public static readonly string[] LibraryMeters = ["Coop.Domain", "Coop.Domain.*"];

    /// <summary>
    /// The application for <paramref name="args"/> (the usual host arguments: <c>--urls</c>,
    /// <c>--ConnectionStrings:Postgres=…</c>, …); <paramref name="configure"/> may change the builder before it is built
    /// (tests register a clock there).
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        IServiceCollection services = builder.Services;

        services.TryAddSingleton(TimeProvider.System);
        services.AddCoopDomain();
        services.AddSingleton<Today>();
        services.AddRegistryStore();

        services.Configure<ServiceLimits>(builder.Configuration.GetSection("Limits"));
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = (context.Configuration.GetSection("Limits").Get<ServiceLimits>() ?? new ServiceLimits()).MaxRequestBytes);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(json =>
        {
            // Persian text and quotes as they are, not \u escapes (the answers are JSON documents, never embedded in HTML).
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        services.AddOpenApi();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(LibraryMeters)
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Diagnostics")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));

        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(Problems.WriteStatusAsync);
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<ReadinessGate>();

        app.MapOpenApi();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthWriter.WriteAsync });
        EligibilityEndpoints.Map(app);
        CooperativeEndpoints.Map(app);
        ReportEndpoints.Map(app);
        CalendarEndpoints.Map(app);
        RegistryEndpoints.Map(app, app.Services.GetRequiredService<IOptions<ServiceLimits>>().Value.MaxRegistryBytes);
        return app;
    }
}
