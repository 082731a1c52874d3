using System.Net;
using System.Text.Json;
using Coop.Domain.Service.Tests.Infrastructure;

namespace Coop.Domain.Service.Tests;

/// <summary>Readiness: a service whose registry cannot be made ready says why on /health and refuses the store's endpoints, and still serves the rest.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task A_registry_that_cannot_be_seeded_keeps_health_at_503_with_the_reason_and_the_store_endpoints_at_503()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        string missing = Path.Combine(Path.GetTempPath(), "no-such-registry-" + Guid.NewGuid().ToString("N") + ".jsonl");
        await using ServiceHost host = await ServiceHost.InProcessAsync(
            await ServiceDatabase.SqliteAsync(), new Dictionary<string, string> { ["Registry:Seed"] = missing }, waitUntilHealthy: false);

        // The start-up runs in the background: wait until it has failed (health names the reason), for at most a minute.
        string health = string.Empty;
        for (DateTime until = DateTime.UtcNow.AddMinutes(1); DateTime.UtcNow < until && !health.Contains(missing, StringComparison.Ordinal); await Task.Delay(50, ct))
        {
            using HttpResponseMessage response = await host.Client.GetAsync("/health", ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            health = await response.Content.ReadAsStringAsync(ct);
        }

        JsonElement check = JsonDocument.Parse(health).RootElement.GetProperty("checks")[0];
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.Contains("could not be made ready", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(missing, check.GetProperty("description").GetString(), StringComparison.Ordinal);

        using HttpResponseMessage report = await host.Client.GetAsync("/reports/credits", ct);
        await Problem.AssertAsync(report, HttpStatusCode.ServiceUnavailable, "registry", missing);
        Assert.Equal("1", report.Headers.RetryAfter?.ToString());

        // What needs no database still answers.
        using HttpResponseMessage convert = await host.Client.GetAsync("/calendar/convert?date=1404/08/25", ct);
        Assert.Equal(HttpStatusCode.OK, convert.StatusCode);
    }
}
