using System.Collections.Immutable;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Model;

/// <summary>
/// A mutable draft of a <see cref="Cooperative"/>: set what you know, then <see cref="Build"/> or
/// <see cref="TryBuild"/>. All violations, the share ledger's included, are reported together.
/// </summary>
/// <remarks>Defaults: Farvardin fiscal year, statute not aligned, empty smart-system profile, empty collections.</remarks>
public sealed class CooperativeBuilder
{
    /// <summary>The registered name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The subject.</summary>
    public CooperativeKind Kind { get; set; }

    /// <summary>Production, distribution or multipurpose.</summary>
    public ActivityClass ActivityClass { get; set; }

    /// <summary>The legal form.</summary>
    public LegalForm LegalForm { get; set; }

    /// <summary>General or special membership.</summary>
    public Openness Openness { get; set; }

    /// <summary>The registration number.</summary>
    public RegistrationNumber RegistrationNumber { get; set; }

    /// <summary>The registration date.</summary>
    public SolarHijriDate RegisteredOn { get; set; }

    /// <summary>The legal-entity national ID.</summary>
    public LegalEntityId NationalId { get; set; }

    /// <summary>The county code, e.g. <c>02-JUYBAR</c>.</summary>
    public string CountyCode { get; set; } = string.Empty;

    /// <summary>The fiscal year's start month, 1–12; 1 (Farvardin) by default.</summary>
    public int FiscalYearStartMonth { get; set; } = 1;

    /// <summary>The statute alignment; not aligned by default.</summary>
    public StatuteAlignment StatuteAlignment { get; set; } = StatuteAlignment.NotAligned;

    /// <summary>Status changes in date order.</summary>
    public IList<StatusChange> StatusHistory { get; } = [];

    /// <summary>The members.</summary>
    public IList<Member> Members { get; } = [];

    /// <summary>The nominal value of one share.</summary>
    public Money NominalShareValue { get; set; }

    /// <summary>Share-register entries in date order.</summary>
    public IList<ShareEntry> ShareEntries { get; } = [];

    /// <summary>Board terms.</summary>
    public IList<BoardTerm> BoardTerms { get; } = [];

    /// <summary>Managing-director appointments.</summary>
    public IList<ManagingDirectorTerm> ManagingDirectors { get; } = [];

    /// <summary>Inspector terms.</summary>
    public IList<InspectorTerm> Inspectors { get; } = [];

    /// <summary>General assemblies.</summary>
    public IList<GeneralAssembly> Assemblies { get; } = [];

    /// <summary>Financial statements.</summary>
    public IList<FinancialStatement> FinancialStatements { get; } = [];

    /// <summary>Employment by period.</summary>
    public IList<EmploymentRecord> Employment { get; } = [];

    /// <summary>The smart-system profile; empty by default.</summary>
    public SmartSystemProfile SmartSystemProfile { get; set; } = SmartSystemProfile.Empty;

    /// <summary>Facility applications.</summary>
    public IList<FacilityApplication> FacilityApplications { get; } = [];

    /// <summary>Capital from non-members, or <see langword="null"/> when not recorded (see <see cref="Cooperative.NonMemberCapital"/>).</summary>
    public Money? NonMemberCapital { get; set; }

    /// <summary>The ministry's written warnings, or <see langword="null"/> when not recorded (see <see cref="Cooperative.MinistryWarnings"/>).</summary>
    public IList<MinistryWarning>? MinistryWarnings { get; set; }

    /// <summary>The bankruptcy standing, or <see langword="null"/> when not recorded (see <see cref="Cooperative.Bankruptcy"/>).</summary>
    public Bankruptcy? Bankruptcy { get; set; }

    /// <summary>Whether it sits in a less-developed region, or <see langword="null"/> when not recorded.</summary>
    public bool? InLessDevelopedRegion { get; set; }

    /// <summary>
    /// Sets what a registration certificate says, for the common case (docs/cookbook.md): name, kind, registration number,
    /// national ID, registration day and county, and records the cooperative active from its registration day. The other
    /// properties keep their values (activity class, legal form, openness, fiscal year start: their defaults unless set).
    /// </summary>
    /// <param name="name">The registered name.</param>
    /// <param name="kind">The kind (e.g. <see cref="CooperativeKind.EmploymentGenerating"/>).</param>
    /// <param name="registrationNumber">The registration number.</param>
    /// <param name="nationalId">The legal entity's national ID (شناسه ملی).</param>
    /// <param name="registeredOn">The registration day; the cooperative is active from it.</param>
    /// <param name="countyCode">The county code, e.g. <c>02-JUYBAR</c> (<see cref="Geography.IranGeography.Counties"/>).</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="countyCode"/> is null or empty.</exception>
    public CooperativeBuilder Registered(string name, CooperativeKind kind, RegistrationNumber registrationNumber, LegalEntityId nationalId, SolarHijriDate registeredOn, string countyCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(countyCode);
        Name = name;
        Kind = kind;
        RegistrationNumber = registrationNumber;
        NationalId = nationalId;
        RegisteredOn = registeredOn;
        CountyCode = countyCode;
        StatusHistory.Add(new StatusChange(CooperativeStatus.Active, registeredOn));
        return this;
    }

    /// <summary>
    /// Adds a natural-person member with the next free membership number (1 for the first) and, when
    /// <paramref name="shares"/> is above 0, the subscription of those shares on the day they join with
    /// <paramref name="paid"/> paid in (set <see cref="NominalShareValue"/> first; the ledger checks the amounts at <see cref="Build"/>).
    /// </summary>
    /// <param name="name">The member's name.</param>
    /// <param name="nationalCode">The member's national code (کد ملی).</param>
    /// <param name="joinedOn">The day they join.</param>
    /// <param name="shares">Shares subscribed on that day; 0 for none.</param>
    /// <param name="paid">Rials paid in on those shares; null for the full nominal value (<see cref="NominalShareValue"/> × <paramref name="shares"/>).</param>
    /// <param name="employed">Whether the member works in the cooperative.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shares"/> is negative.</exception>
    public CooperativeBuilder AddMember(string name, NationalCode nationalCode, SolarHijriDate joinedOn, long shares, Money? paid = null, bool employed = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(shares);
        int number = Members.Count == 0 ? 1 : Members.Max(m => m.Number) + 1;
        Members.Add(new Member(number, PersonKind.Natural, name, nationalCode, null, joinedOn, null, employed));
        if (shares > 0)
        {
            ShareEntries.Add(new ShareEntry(joinedOn, ShareEntryKind.Subscription, number, shares, paid ?? NominalShareValue * shares));
        }

        return this;
    }

    /// <summary>Builds the cooperative.</summary>
    /// <returns>The cooperative.</returns>
    /// <exception cref="ModelValidationException">Any invariant is broken; every violation is listed.</exception>
    public Cooperative Build() =>
        TryBuild(out Cooperative? cooperative, out IReadOnlyList<ModelViolation> violations)
            ? cooperative
            : throw new ModelValidationException(violations);

    /// <summary>Builds the cooperative, or reports every violation without throwing.</summary>
    /// <param name="cooperative">The cooperative when valid.</param>
    /// <param name="violations">Every violation; empty when valid.</param>
    /// <returns>Whether the draft is valid.</returns>
    public bool TryBuild([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Cooperative? cooperative, out IReadOnlyList<ModelViolation> violations)
    {
        ImmutableArray<ShareEntry> entries = [.. ShareEntries];
        var all = new ViolationList();
        all.AddRange(ShareLedger.Validate(NominalShareValue, entries), "shareLedger.");
        ShareLedger ledger = all.Count == 0
            ? new ShareLedger(NominalShareValue, entries)
            : ShareLedger.CreateUnchecked(NominalShareValue, entries);
        try
        {
            cooperative = new Cooperative(
                Name, Kind, ActivityClass, LegalForm, Openness, RegistrationNumber, RegisteredOn, NationalId,
                CountyCode, FiscalYearStartMonth, StatuteAlignment, [.. StatusHistory], [.. Members], ledger,
                [.. BoardTerms], [.. ManagingDirectors], [.. Inspectors], [.. Assemblies], [.. FinancialStatements],
                [.. Employment], SmartSystemProfile, [.. FacilityApplications])
            {
                NonMemberCapital = NonMemberCapital,
                MinistryWarnings = MinistryWarnings is null ? null : [.. MinistryWarnings],
                Bankruptcy = Bankruptcy,
                InLessDevelopedRegion = InLessDevelopedRegion,
            };
        }
        catch (ModelValidationException e)
        {
            all.AddRange(e.Violations, string.Empty);
            cooperative = null;
        }

        if (all.Count > 0)
        {
            cooperative = null;
            violations = all.Items;
            return false;
        }

        violations = [];
        return cooperative is not null;
    }
}
