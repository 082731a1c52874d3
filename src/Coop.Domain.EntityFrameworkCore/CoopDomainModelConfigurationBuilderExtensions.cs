using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Storage;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Maps the value types of Coop.Domain for Entity Framework Core in one call.</summary>
public static class CoopDomainModelConfigurationBuilderExtensions
{
    /// <summary>
    /// Maps every property (and query parameter) of a Coop.Domain value type in the model:
    /// <see cref="SolarHijriDate"/> as a SQL date, <see cref="Money"/> as a 64-bit integer of rials,
    /// <see cref="ReportingPeriod"/> as its canonical text, and <see cref="NationalCode"/>,
    /// <see cref="LegalEntityId"/>, <see cref="PostalCode"/>, <see cref="Sheba"/> and
    /// <see cref="RegistrationNumber"/> as fixed- or bounded-length ASCII text checked when read. Each comes with
    /// its value comparer. Call it from <see cref="DbContext.ConfigureConventions"/>.
    /// </summary>
    /// <param name="configurationBuilder">The builder passed to <c>ConfigureConventions</c>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is null.</exception>
    /// <remarks>
    /// Nullable properties (<c>SolarHijriDate?</c>, <c>NationalCode?</c>) are mapped too and store <c>NULL</c>.
    /// A property configured explicitly in <c>OnModelCreating</c> keeps its own configuration. For
    /// <c>period.Contains(row.Date)</c> to run in the database, also call <c>UseCoopDomain()</c> on the
    /// context's options (<see cref="CoopDomainDbContextOptionsBuilderExtensions.UseCoopDomain"/>).
    /// </remarks>
    public static ModelConfigurationBuilder AddCoopDomainConventions(this ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        Map(configurationBuilder, SolarHijriDateConverter.Instance);
        Map(configurationBuilder, MoneyConverter.Instance);
        Map(configurationBuilder, ReportingPeriodConverter.Instance, maxLength: ReportingPeriodConverter.MaxLength);
        Map(configurationBuilder, NationalCodeConverter.Instance);
        Map(configurationBuilder, LegalEntityIdConverter.Instance);
        Map(configurationBuilder, PostalCodeConverter.Instance);
        Map(configurationBuilder, ShebaConverter.Instance);
        Map(configurationBuilder, RegistrationNumberConverter.Instance);
        return configurationBuilder;
    }

    private static void Map<T, TProvider>(ModelConfigurationBuilder builder, ValueConverter<T, TProvider> converter, int? maxLength = null)
        where T : struct, IEquatable<T>
    {
        var properties = builder.Properties<T>();
        properties.HaveConversion(converter.GetType(), typeof(ImmutableValueComparer<T>));

        // Query parameters and literals of the type (e.g. a captured SolarHijriDate) take the same mapping.
        var scalars = builder.DefaultTypeMapping<T>();
        scalars.HasConversion(converter.GetType());

        if (converter is IdentifierConverter<T> identifier)
        {
            properties.HaveMaxLength(identifier.Length).AreUnicode(false);
            scalars.HasMaxLength(identifier.Length).IsUnicode(false);
            if (identifier.IsFixedLength)
            {
                properties.AreFixedLength();
                scalars.IsFixedLength();
            }
        }
        else if (maxLength is { } length)
        {
            properties.HaveMaxLength(length).AreUnicode(false);
            scalars.HasMaxLength(length).IsUnicode(false);
        }
    }
}
