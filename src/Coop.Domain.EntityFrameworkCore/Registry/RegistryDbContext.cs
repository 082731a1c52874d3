using Microsoft.EntityFrameworkCore;

namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>
/// A context holding the registry store alone (<see cref="Cooperatives"/>), with the Coop.Domain conventions and
/// query translations. Use <see cref="SqliteRegistryDbContext"/> or <see cref="NpgsqlRegistryDbContext"/>, which
/// carry their provider's migrations; derive from this class for another provider (and generate migrations for it).
/// </summary>
public abstract class RegistryDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options, with a provider configured.</param>
    protected RegistryDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The cooperatives of the registry.</summary>
    public DbSet<RegistryEntry> Cooperatives => Set<RegistryEntry>();

    /// <inheritdoc />
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.UseCoopDomain();
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddCoopDomainConventions();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.AddCoopRegistry(Database.IsNpgsql() ? "jsonb" : null);
}

/// <summary>The registry store on SQLite, with its migrations (<c>Database.MigrateAsync()</c> creates or updates the schema).</summary>
/// <param name="options">Options with <c>UseSqlite(...)</c>.</param>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);

/// <summary>The registry store on PostgreSQL, with its migrations (<c>Database.MigrateAsync()</c> creates or updates the schema).</summary>
/// <param name="options">Options with <c>UseNpgsql(...)</c>.</param>
public sealed class NpgsqlRegistryDbContext(DbContextOptions<NpgsqlRegistryDbContext> options) : RegistryDbContext(options);
