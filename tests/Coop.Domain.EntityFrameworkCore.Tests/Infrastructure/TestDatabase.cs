using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A real database of one provider, created for one test and dropped after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>SQLite or PostgreSQL.</summary>
    public abstract string Provider { get; }

    /// <summary>Whether this is PostgreSQL.</summary>
    public bool IsPostgres => Provider == PostgresDatabase.Name;

    /// <summary>Options for <typeparamref name="TContext"/> on this database, with the Coop.Domain translations.</summary>
    public DbContextOptions<TContext> Options<TContext>(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        Configure(builder);
        builder.UseCoopDomain();
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        return builder.Options;
    }

    /// <summary>The registry context of this provider (with its shipped migrations).</summary>
    public Coop.Domain.EntityFrameworkCore.Registry.RegistryDbContext CreateRegistryContext(params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors) =>
        IsPostgres
            ? new Coop.Domain.EntityFrameworkCore.Registry.NpgsqlRegistryDbContext(Options<Coop.Domain.EntityFrameworkCore.Registry.NpgsqlRegistryDbContext>(interceptors))
            : new Coop.Domain.EntityFrameworkCore.Registry.SqliteRegistryDbContext(Options<Coop.Domain.EntityFrameworkCore.Registry.SqliteRegistryDbContext>(interceptors));

    /// <summary>A new open connection to the database, for raw SQL.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync();

    public abstract ValueTask DisposeAsync();

    protected abstract void Configure(DbContextOptionsBuilder builder);
}

/// <summary>An in-memory SQLite database: one connection kept open for the test's whole life (closing it drops the data).</summary>
public sealed class SqliteDatabase : TestDatabase
{
    public const string Name = "SQLite";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    private SqliteDatabase() => _connection.Open();

    public override string Provider => Name;

    public static Task<TestDatabase> CreateAsync() => Task.FromResult<TestDatabase>(new SqliteDatabase());

    // The in-memory database lives and dies with its one connection: raw SQL goes through it too.
    public override Task<DbConnection> OpenConnectionAsync() => Task.FromResult<DbConnection>(new NonClosingConnection(_connection));

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    protected override void Configure(DbContextOptionsBuilder builder) => builder.UseSqlite(_connection);

    // Lets `await using var c = await db.OpenConnectionAsync()` leave the shared connection open.
    private sealed class NonClosingConnection(SqliteConnection inner) : DbConnection
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string ConnectionString { get => inner.ConnectionString; set => throw new NotSupportedException(); }

        public override string Database => inner.Database;

        public override string DataSource => inner.DataSource;

        public override string ServerVersion => inner.ServerVersion;

        public override System.Data.ConnectionState State => inner.State;

        public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();

        public override void Close()
        {
        }

        public override void Open()
        {
        }

        protected override DbTransaction BeginDbTransaction(System.Data.IsolationLevel isolationLevel) => inner.BeginTransaction(isolationLevel);

        protected override DbCommand CreateDbCommand() => inner.CreateCommand();
    }
}

/// <summary>
/// A PostgreSQL database created for the test (<c>CREATE DATABASE coop_test_…</c>) on the server named by the
/// environment variable <c>COOP_TEST_POSTGRES</c>, and dropped after it. Without the variable the test is skipped
/// with a message saying how to run it, except in CI (<c>CI=true</c>), where a missing PostgreSQL is a failure.
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string Name = "PostgreSQL";
    public const string Variable = "COOP_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;
    private readonly string _connectionString;

    private PostgresDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public override string Provider => Name;

    /// <summary>The connection string of the test's database (for a service that opens its own connections).</summary>
    public string ConnectionString => _connectionString;

    public static async Task<TestDatabase> CreateAsync()
    {
        string? admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            string how = $"set {Variable} to a connection string of a role that may create databases, e.g. "
                + $"{Variable}='Host=127.0.0.1;Username=coop_test;Password=coop_test;Database=postgres' (docs/entity-framework-core.md, 'Testing')";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"PostgreSQL tests must run in CI but {Variable} is not set: {how}.");
            }

            Assert.Skip($"PostgreSQL is not configured: {how}.");
        }

        string name = "coop_test_" + Guid.NewGuid().ToString("N");
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            Assert.Fail($"PostgreSQL at {Variable} could not create a test database: {e.Message}");
        }

        return new PostgresDatabase(admin, name);
    }

    public override async Task<DbConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        // FORCE ends this role's leftover sessions. It cannot end a backend of another role, and an autovacuum worker
        // that happens to be visiting the new database is one (42501): that worker leaves within moments, so try again,
        // and at the last try drop without FORCE (PostgreSQL itself waits for autovacuum workers then).
        for (int attempt = 1; ; attempt++)
        {
            string force = attempt < 10 ? " WITH (FORCE)" : string.Empty;
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\"{force}", connection);
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    protected override void Configure(DbContextOptionsBuilder builder) => builder.UseNpgsql(_connectionString);
}
