using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace Coop.Domain.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>A row with one property of each Coop.Domain value type, mapped by <c>AddCoopDomainConventions</c> alone.</summary>
public sealed class ValueRow
{
    public int Id { get; set; }

    public SolarHijriDate Date { get; set; }

    public SolarHijriDate? OptionalDate { get; set; }

    public Money Amount { get; set; }

    public Money? OptionalAmount { get; set; }

    public ReportingPeriod Period { get; set; }

    public NationalCode Code { get; set; }

    public NationalCode? OptionalCode { get; set; }

    public LegalEntityId LegalId { get; set; }

    public PostalCode Postal { get; set; }

    public Sheba Account { get; set; }

    public RegistrationNumber Registration { get; set; }
}

public sealed class ValuesContext(DbContextOptions<ValuesContext> options) : DbContext(options)
{
    public DbSet<ValueRow> Rows => Set<ValueRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddCoopDomainConventions();
}
