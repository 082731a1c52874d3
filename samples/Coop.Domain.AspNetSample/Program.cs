using Coop.Domain.Calendar;
using Coop.Domain.Diagnostics;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Reporting.Output;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// The code of docs/aspnet-core.md: each block between "// doc:" and "// end" appears in the page as it is here.
// Run it with `dotnet run --project samples/Coop.Domain.AspNetSample`.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// doc: configuration
builder.Services.AddCoopDomain(builder.Configuration.GetSection("CoopDomain"));
// end

// doc: metrics
builder.Services.AddOpenTelemetry()
    .WithMetrics(metrics => metrics.AddMeter(CoopDomainTelemetry.MeterName).AddPrometheusExporter())
    .WithTracing(tracing => tracing.AddSource(CoopDomainTelemetry.ActivitySourceName));
// end

WebApplication app = builder.Build();

// doc: json
app.MapGet("/fee", () => Results.Ok(new { date = new SolarHijriDate(1404, 8, 25), amount = Money.FromRials(5_000_000) }));
// {"date":"1404/08/25","amount":5000000}
// end

// doc: binding
app.MapGet("/periods/{period}", (ReportingPeriod period, WorkCalendar calendar) => Results.Ok(new
{
    period,                                                   // "1404-Q3"
    start = period.Start,                                     // "1404/07/01"
    end = period.End,                                         // "1404/09/30"
    workingDays = calendar.CountWorkingDays(period.Start, period.End),
}));
app.MapGet("/holidays/{date}", (SolarHijriDate date, WorkCalendar calendar) => Results.Ok(new { date, holiday = calendar.IsHoliday(date) }));
// end

// doc: policies
app.MapGet("/policies", (IPolicyProvider policies) => policies.PolicyIds);
// end

// doc: chart
app.MapGet("/chart.svg", async (HttpResponse response, CancellationToken cancellationToken) =>
{
    var chart = new ChartModel(
        title: "تسهیلات پرداخت‌شده به تفکیک فصل",
        categories: ["بهار ۱۴۰۴", "تابستان ۱۴۰۴"],
        series: [new ChartSeries("رشت", [12.5m, 18m])],
        valueAxisLabel: "میلیارد تومان");
    response.ContentType = "image/svg+xml";
    // No synchronous I/O: Kestrel refuses it ("Synchronous operations are disallowed").
    await SvgChartWriter.WriteAsync(chart, response.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
});
// end

// doc: reload
IPolicyChangeNotifier changes = app.Services.GetRequiredService<IPolicyChangeNotifier>();
changes.PolicyReloaded += (_, e) => SampleLog.Reloaded(app.Logger, e.Generation, e.PolicyIds.Count);
changes.PolicyReloadFailed += (_, e) => SampleLog.ReloadRejected(app.Logger, e.ServingGeneration, string.Join(Environment.NewLine, e.Errors));
// end

app.MapPrometheusScrapingEndpoint("/metrics");
await app.RunAsync().ConfigureAwait(false);

// doc: log
internal static partial class SampleLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Policies reloaded: snapshot {Generation}, {Count} policies")]
    public static partial void Reloaded(ILogger logger, long generation, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Policy reload rejected; snapshot {Generation} keeps serving:\n{Errors}")]
    public static partial void ReloadRejected(ILogger logger, long generation, string errors);
}
// end
