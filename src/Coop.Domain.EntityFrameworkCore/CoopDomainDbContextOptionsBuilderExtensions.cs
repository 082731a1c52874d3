using Coop.Domain.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the Coop.Domain query translations to a context.</summary>
public static class CoopDomainDbContextOptionsBuilderExtensions
{
    /// <summary>
    /// Lets queries call <c>ReportingPeriod.Contains(SolarHijriDate)</c> on a date column: it is translated to
    /// <c>date &gt;= first day AND date &lt;= last day</c> in SQL (on any relational provider, tested on SQLite and
    /// PostgreSQL) instead of failing as untranslatable. Call it beside the provider, e.g.
    /// <c>options.UseSqlite(connection).UseCoopDomain()</c>; map the types with
    /// <see cref="CoopDomainModelConfigurationBuilderExtensions.AddCoopDomainConventions"/>.
    /// </summary>
    /// <param name="optionsBuilder">The context's options.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="optionsBuilder"/> is null.</exception>
    public static DbContextOptionsBuilder UseCoopDomain(this DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        var extension = optionsBuilder.Options.FindExtension<CoopDomainOptionsExtension>() ?? new CoopDomainOptionsExtension();
        ((IDbContextOptionsBuilderInfrastructure)optionsBuilder).AddOrUpdateExtension(extension);
        return optionsBuilder;
    }

    /// <inheritdoc cref="UseCoopDomain(DbContextOptionsBuilder)"/>
    /// <typeparam name="TContext">The context type.</typeparam>
    public static DbContextOptionsBuilder<TContext> UseCoopDomain<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseCoopDomain((DbContextOptionsBuilder)optionsBuilder);
}
