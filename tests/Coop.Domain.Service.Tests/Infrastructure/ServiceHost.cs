using System.Net;
using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Coop.Domain.Service.Tests.Infrastructure;

/// <summary>
/// The service running on a real database, reached by <see cref="Client"/>: in-process (<see cref="WebApplicationFactory{TEntryPoint}"/>,
/// no sockets) or over real HTTP (Kestrel on a loopback port the OS picks). Its database is seeded from the sample registry;
/// "today" is <see cref="Today"/> (a fake clock).
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    /// <summary>The fake today: 1404/08/25 (2025-11-16) at noon in Tehran.</summary>
    public static readonly SolarHijriDate Today = new(1404, 8, 25);

    private readonly Func<ValueTask> _dispose;

    private ServiceHost(HttpClient client, Func<ValueTask> dispose)
    {
        Client = client;
        _dispose = dispose;
    }

    public HttpClient Client { get; }

    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 11, 16, 12, 0, 0, TimeSpan.FromHours(3.5)));

    /// <summary>
    /// The request size limit of the test hosts: small, so that a client sending a body over it has finished writing (into
    /// the socket's buffer) before the server answers 413 and closes the connection.
    /// </summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <summary>
    /// The settings that point the service at <paramref name="database"/>, lower its size limit and quieten the logs of
    /// start-up (the health check fails, by design, until the registry is seeded).
    /// </summary>
    private static Dictionary<string, string> Settings(ServiceDatabase database) => new()
    {
        [database.IsPostgres ? "ConnectionStrings:Postgres" : "ConnectionStrings:Sqlite"] = database.ConnectionString,
        ["Limits:MaxRequestBytes"] = MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None",
        ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
    };

    /// <summary>The service in-process on <paramref name="database"/>; <paramref name="settings"/> add to or override the test settings; waits until healthy unless told not to.</summary>
    public static async Task<ServiceHost> InProcessAsync(ServiceDatabase database, IReadOnlyDictionary<string, string>? settings = null, bool waitUntilHealthy = true)
    {
        Dictionary<string, string> all = Settings(database);
        foreach ((string key, string value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach ((string key, string value) in all)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock()));
        });
        HttpClient client = factory.CreateClient();
        var host = new ServiceHost(client, async () =>
        {
            client.Dispose();
            await factory.DisposeAsync();
            await database.DisposeAsync();
        });
        if (waitUntilHealthy)
        {
            await host.WaitUntilHealthyAsync();
        }

        return host;
    }

    public static async Task<ServiceHost> LoopbackAsync(ServiceDatabase database)
    {
        string[] args = ["--urls", "http://127.0.0.1:0", .. Settings(database).Select(s => $"--{s.Key}={s.Value}")];
        WebApplication app = ServiceApp.Build(args, builder => builder.Services.AddSingleton<TimeProvider>(Clock()));
        await app.StartAsync(TestContext.Current.CancellationToken);
        string address = app.Urls.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.NotEqual("http://127.0.0.1:0", address);
        var client = new HttpClient { BaseAddress = new Uri(address) };
        var host = new ServiceHost(client, async () =>
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            await database.DisposeAsync();
        });
        await host.WaitUntilHealthyAsync();
        return host;
    }

    /// <summary>Polls <c>GET /health</c> until it answers 200 (the registry migrated and seeded), for at most a minute.</summary>
    private async Task WaitUntilHealthyAsync()
    {
        DateTime until = DateTime.UtcNow.AddMinutes(1);
        string last = "no answer";
        while (DateTime.UtcNow < until)
        {
            using HttpResponseMessage response = await Client.GetAsync("/health");
            last = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The service did not become healthy within a minute; last answer " + last);
    }

    public ValueTask DisposeAsync() => _dispose();
}

/// <summary>A database for one service host: a fresh SQLite file, or a PostgreSQL database made (and dropped) by <see cref="PostgresDatabase"/>.</summary>
public sealed class ServiceDatabase : IAsyncDisposable
{
    private readonly Func<ValueTask> _dispose;

    private ServiceDatabase(bool isPostgres, string connectionString, Func<ValueTask> dispose)
    {
        IsPostgres = isPostgres;
        ConnectionString = connectionString;
        _dispose = dispose;
    }

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    public static Task<ServiceDatabase> SqliteAsync()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-service-" + Guid.NewGuid().ToString("N") + ".db");
        return Task.FromResult(new ServiceDatabase(false, "Data Source=" + path + ";Pooling=False", () =>
        {
            foreach (string file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }

            return ValueTask.CompletedTask;
        }));
    }

    public static async Task<ServiceDatabase> PostgresAsync()
    {
        var database = (PostgresDatabase)await PostgresDatabase.CreateAsync();
        return new ServiceDatabase(true, database.ConnectionString, database.DisposeAsync);
    }

    public ValueTask DisposeAsync() => _dispose();
}

/// <summary>
/// One service host shared by the tests of a class (they run one after another), made on first use; when it cannot be
/// made (PostgreSQL not configured), every test of the class meets the same skip (or, in CI, failure).
/// </summary>
public abstract class ServiceFixture : IAsyncDisposable
{
    private readonly Lazy<Task<ServiceHost>> _host;

    protected ServiceFixture() => _host = new Lazy<Task<ServiceHost>>(CreateAsync);

    public Task<ServiceHost> HostAsync() => _host.Value;

    protected abstract Task<ServiceHost> CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_host.IsValueCreated && _host.Value.IsCompletedSuccessfully)
        {
            await _host.Value.Result.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteInProcess : ServiceFixture
{
    protected override async Task<ServiceHost> CreateAsync() => await ServiceHost.InProcessAsync(await ServiceDatabase.SqliteAsync());
}

public sealed class SqliteLoopback : ServiceFixture
{
    protected override async Task<ServiceHost> CreateAsync() => await ServiceHost.LoopbackAsync(await ServiceDatabase.SqliteAsync());
}

public sealed class PostgresInProcess : ServiceFixture
{
    protected override async Task<ServiceHost> CreateAsync() => await ServiceHost.InProcessAsync(await ServiceDatabase.PostgresAsync());
}

public sealed class PostgresLoopback : ServiceFixture
{
    protected override async Task<ServiceHost> CreateAsync() => await ServiceHost.LoopbackAsync(await ServiceDatabase.PostgresAsync());
}
