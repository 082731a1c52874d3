using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.EntityFrameworkCore.Storage;
using Coop.Domain.Model;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds the registry store's table to a model.</summary>
public static class CoopRegistryModelBuilderExtensions
{
    /// <summary>The registry table's name.</summary>
    public const string TableName = "Cooperatives";

    /// <summary>
    /// Adds <see cref="RegistryEntry"/> (table <c>Cooperatives</c>) to the model, with its own value conversions
    /// (it does not need <c>AddCoopDomainConventions</c>) and an index on each filter column: a unique one on
    /// <see cref="RegistryEntry.NationalId"/>, others on registration number, county, kind, status and registration
    /// date. Use it to keep the registry in your own context (and your own migrations); <see cref="RegistryDbContext"/>
    /// calls it for you.
    /// </summary>
    /// <param name="modelBuilder">The builder passed to <c>OnModelCreating</c>.</param>
    /// <param name="documentColumnType">
    /// The store type of <see cref="RegistryEntry.Document"/>: <c>"jsonb"</c> on PostgreSQL (indexable, queryable
    /// JSON), null for the provider's text type (SQLite <c>TEXT</c>).
    /// </param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder AddCoopRegistry(this ModelBuilder modelBuilder, string? documentColumnType = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<RegistryEntry>(entry =>
        {
            entry.ToTable(TableName);
            entry.HasKey(e => e.Id);
            Convert(entry.Property(e => e.NationalId), LegalEntityIdConverter.Instance);
            Convert(entry.Property(e => e.RegistrationNumber), RegistrationNumberConverter.Instance);
            Convert(entry.Property(e => e.RegisteredOn), SolarHijriDateConverter.Instance);
            var kind = new EnumTextConverter<CooperativeKind>();
            entry.Property(e => e.Kind).HasConversion(kind).HasMaxLength(kind.MaxLength).IsUnicode(false);
            var status = new EnumTextConverter<CooperativeStatus>();
            entry.Property(e => e.Status).HasConversion(status).HasMaxLength(status.MaxLength).IsUnicode(false);
            entry.Property(e => e.Name).IsRequired();
            entry.Property(e => e.CountyCode).IsRequired().HasMaxLength(64);
            entry.Property(e => e.Document).IsRequired().HasColumnType(documentColumnType);

            entry.HasIndex(e => e.NationalId).IsUnique();
            entry.HasIndex(e => e.RegistrationNumber);
            entry.HasIndex(e => e.CountyCode);
            entry.HasIndex(e => e.Kind);
            entry.HasIndex(e => e.Status);
            entry.HasIndex(e => e.RegisteredOn);
        });
        return modelBuilder;
    }

    private static void Convert<T, TProvider>(PropertyBuilder<T> property, ValueConverter<T, TProvider> converter)
        where T : struct, IEquatable<T>
    {
        property.HasConversion(converter, new ImmutableValueComparer<T>()).IsRequired();
        if (converter is IdentifierConverter<T> identifier)
        {
            property.HasMaxLength(identifier.Length).IsUnicode(false).IsFixedLength(identifier.IsFixedLength);
        }
    }
}
