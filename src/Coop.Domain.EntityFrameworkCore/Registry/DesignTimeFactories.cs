using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coop.Domain.EntityFrameworkCore.Registry;

// `dotnet ef migrations add` builds the contexts through these to generate the shipped migrations; no database
// is opened. Applications never use them: they configure their own connection.
internal sealed class SqliteRegistryDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRegistryDbContext>
{
    public SqliteRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRegistryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class NpgsqlRegistryDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlRegistryDbContext>
{
    public NpgsqlRegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlRegistryDbContext>().UseNpgsql("Host=localhost;Database=coop_design_time").Options);
}
