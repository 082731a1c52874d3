using Coop.Domain.EntityFrameworkCore.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coop.Domain.Service.Registry;

/// <summary>
/// The registry database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, else SQLite at
/// <c>ConnectionStrings:Sqlite</c> (default: <c>coop-registry.db</c> beside the service's binaries). Each request gets
/// its own context and <see cref="CooperativeStore"/> (scoped): the store, like its context, runs one operation at a time.
/// The configuration is read when the first context is made, so settings a host adds late (a test's) count.
/// </summary>
internal static class RegistryDatabase
{
    public static IServiceCollection AddRegistryStore(this IServiceCollection services)
    {
        services.AddSingleton<RegistryConnection>();
        services.AddScoped(sp => sp.GetRequiredService<RegistryConnection>().CreateContext());
        services.AddScoped(sp => new CooperativeStore(sp.GetRequiredService<RegistryDbContext>()));
        services.AddSingleton<RegistryReadiness>();
        services.AddHostedService<RegistryStartup>();
        services.AddHealthChecks().AddCheck<RegistryHealthCheck>("registry");
        return services;
    }
}

/// <summary>The provider and the context options, made once from the configuration.</summary>
internal sealed class RegistryConnection
{
    private readonly Func<RegistryDbContext> _create;

    public RegistryConnection(IConfiguration configuration, ILoggerFactory loggerFactory)
    {
        string? postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            Provider = "postgresql";
            DbContextOptions<NpgsqlRegistryDbContext> options = new DbContextOptionsBuilder<NpgsqlRegistryDbContext>()
                .UseNpgsql(postgres).UseCoopDomain().UseLoggerFactory(loggerFactory).Options;
            _create = () => new NpgsqlRegistryDbContext(options);
        }
        else
        {
            string sqlite = configuration.GetConnectionString("Sqlite") is { Length: > 0 } configured
                ? configured
                : "Data Source=" + Path.Combine(AppContext.BaseDirectory, "coop-registry.db");
            Provider = "sqlite";
            DbContextOptions<SqliteRegistryDbContext> options = new DbContextOptionsBuilder<SqliteRegistryDbContext>()
                .UseSqlite(sqlite).UseCoopDomain().UseLoggerFactory(loggerFactory).Options;
            _create = () => new SqliteRegistryDbContext(options);
        }
    }

    /// <summary><c>sqlite</c> or <c>postgresql</c>.</summary>
    public string Provider { get; }

    /// <summary>A new context; the caller (the request's scope) disposes it.</summary>
    public RegistryDbContext CreateContext() => _create();
}

/// <summary>Whether the database is migrated and seeded; the endpoints over it answer 503 until then.</summary>
internal sealed class RegistryReadiness
{
    private volatile string? _failure;
    private volatile bool _ready;

    public bool IsReady => _ready;

    public string? Failure => _failure;

    public void Ready() => _ready = true;

    public void Failed(string why) => _failure = why;
}

/// <summary>
/// At start: applies the shipped migrations of the provider, then, when the registry is empty and <c>Registry:Seed</c>
/// names a file (default: the sample registry copied beside the binaries; empty for none), imports it. Runs after the
/// server starts listening, so <c>GET /health</c> answers 503 while it works and 200 after.
/// </summary>
internal sealed class RegistryStartup(
    IServiceScopeFactory scopes, RegistryReadiness readiness, RegistryConnection connection, IConfiguration configuration, ILogger<RegistryStartup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            RegistryDbContext context = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            await context.Database.MigrateAsync(stoppingToken).ConfigureAwait(false);
            CooperativeStore store = scope.ServiceProvider.GetRequiredService<CooperativeStore>();
            string seed = configuration["Registry:Seed"] ?? Path.Combine(AppContext.BaseDirectory, "Data", "sample-registry.jsonl");
            if (seed.Length > 0 && !await store.Entries.AnyAsync(stoppingToken).ConfigureAwait(false))
            {
                await using FileStream file = File.OpenRead(seed);
                RegistryImportResult result = await store.ImportAsync(file, cancellationToken: stoppingToken).ConfigureAwait(false);
                Log.Seeded(logger, seed, result.Added, result.Rejected.Count);
            }

            readiness.Ready();
            Log.Ready(logger, connection.Provider);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The service stays up (health answers 503 with the reason) rather than dying without a word.
            readiness.Failed(e.Message);
            Log.NotReady(logger, e);
        }
    }
}

/// <summary>Healthy once the registry is ready and its database answers.</summary>
internal sealed class RegistryHealthCheck(RegistryReadiness readiness, IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (readiness.Failure is { } failure)
        {
            return HealthCheckResult.Unhealthy("The registry could not be made ready: " + failure);
        }

        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("The registry is being migrated and seeded.");
        }

        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("The registry is ready.")
            : HealthCheckResult.Unhealthy("The registry database does not answer.");
    }
}
