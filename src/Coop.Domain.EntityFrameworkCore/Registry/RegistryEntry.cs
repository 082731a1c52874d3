using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.EntityFrameworkCore.Registry;

/// <summary>
/// One cooperative in the registry store (table <c>Cooperatives</c>): the whole aggregate as its registry JSON
/// (<see cref="Document"/>, the same JSON as a line of a registry file), and beside it the columns reports and
/// look-ups filter on, each indexed. Query entries through <see cref="CooperativeStore.Entries"/>; read the
/// cooperatives with <see cref="CooperativeStore.ReadAsync(Func{IQueryable{RegistryEntry}, IQueryable{RegistryEntry}}?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// The columns are copies of the document's values, written together with it by <see cref="CooperativeStore.ImportAsync"/>;
/// nothing else should write them. Entries are read-only to callers.
/// </remarks>
public sealed class RegistryEntry
{
    // For EF Core's materializer.
    private RegistryEntry()
    {
    }

    internal RegistryEntry(Cooperative cooperative, string document) => Update(cooperative, document);

    /// <summary>The row's key, given by the database in import order.</summary>
    public long Id { get; private set; }

    /// <summary>The legal-entity national ID (شناسه ملی), unique in the store: the cooperative's identity for re-imports.</summary>
    public LegalEntityId NationalId { get; private set; }

    /// <summary>The registration number (شماره ثبت); unique only within its registry office, so not unique here.</summary>
    public RegistrationNumber RegistrationNumber { get; private set; }

    /// <summary>The registered name.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The county code, e.g. <c>02-AMOL</c>.</summary>
    public string CountyCode { get; private set; } = string.Empty;

    /// <summary>The subject (stored as <c>employment-generating</c>, <c>housing</c>, …).</summary>
    public CooperativeKind Kind { get; private set; }

    /// <summary>
    /// The status of the last change in the cooperative's status history (stored as <c>active</c>,
    /// <c>in-liquidation</c>, …), or null when it has none. It is the last recorded status, not the status on a
    /// given day: for that, read the cooperative and ask <see cref="Cooperative.StatusOn"/>.
    /// </summary>
    public CooperativeStatus? Status { get; private set; }

    /// <summary>The registration date (a SQL date).</summary>
    public SolarHijriDate RegisteredOn { get; private set; }

    /// <summary>The month its fiscal year starts, 1–12.</summary>
    public int FiscalYearStartMonth { get; private set; }

    /// <summary>The cooperative as registry JSON (docs/registry-format.md); <c>jsonb</c> on PostgreSQL, <c>TEXT</c> on SQLite.</summary>
    public string Document { get; private set; } = string.Empty;

    internal void Update(Cooperative cooperative, string document)
    {
        NationalId = cooperative.NationalId;
        RegistrationNumber = cooperative.RegistrationNumber;
        Name = cooperative.Name;
        CountyCode = cooperative.CountyCode;
        Kind = cooperative.Kind;
        Status = cooperative.StatusHistory.IsEmpty ? null : cooperative.StatusHistory[^1].Status;
        RegisteredOn = cooperative.RegisteredOn;
        FiscalYearStartMonth = cooperative.FiscalYearStartMonth;
        Document = document;
    }
}
