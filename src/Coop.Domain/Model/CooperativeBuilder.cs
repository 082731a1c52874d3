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
