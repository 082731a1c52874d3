using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Geography;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Model;

/// <summary>
/// A cooperative and everything the smart cooperative system records about it: identity, status history,
/// members, share register, board, managing directors, inspectors, general assemblies, financial
/// statements, employment, smart-system profile and facility applications.
/// </summary>
/// <remarks>
/// <para>
/// Immutable and always valid: the constructor checks every invariant (listed in docs/model.md) and throws
/// one <see cref="ModelValidationException"/> carrying <b>all</b> violations. <see cref="CooperativeBuilder"/>
/// builds one step by step and can report violations without throwing.
/// </para>
/// <para>
/// Derived facts (member count, shares of capital, whether the board term is valid, whether the last
/// ordinary assembly was on time, statements on file) are computed at an as-of date by <see cref="FactsAt"/>.
/// </para>
/// <para>
/// Collections that are <c>default</c> count as empty. Every date is a <see cref="SolarHijriDate"/>; every
/// amount is <see cref="Money"/>. The object graph has no cycles: parts refer to members by number.
/// </para>
/// </remarks>
public sealed class Cooperative
{
    /// <summary>Creates a cooperative and checks all its invariants.</summary>
    /// <param name="name">The registered name, not blank.</param>
    /// <param name="kind">The subject.</param>
    /// <param name="activityClass">Production, distribution or multipurpose.</param>
    /// <param name="legalForm">The legal form.</param>
    /// <param name="openness">General or special membership.</param>
    /// <param name="registrationNumber">The registration number (شماره ثبت); not <c>default</c>.</param>
    /// <param name="registeredOn">The registration date.</param>
    /// <param name="nationalId">The legal-entity national ID (شناسه ملی); not <c>default</c>.</param>
    /// <param name="countyCode">The county it sits in, a code known to <see cref="IranGeography"/> (e.g. <c>02-JUYBAR</c>).</param>
    /// <param name="fiscalYearStartMonth">The month its fiscal year starts, 1 (Farvardin) to 12.</param>
    /// <param name="statuteAlignment">Whether the statute is aligned with the 1393 amendment.</param>
    /// <param name="statusHistory">Status changes in strictly increasing date order, the first on or after registration.</param>
    /// <param name="members">The members, past and present.</param>
    /// <param name="shareLedger">The share register.</param>
    /// <param name="boardTerms">Board terms, not overlapping.</param>
    /// <param name="managingDirectors">Managing-director appointments, not overlapping.</param>
    /// <param name="inspectors">Inspector terms.</param>
    /// <param name="assemblies">General assemblies held.</param>
    /// <param name="financialStatements">Financial statements, at most one per fiscal year.</param>
    /// <param name="employment">Employment by period, not overlapping.</param>
    /// <param name="smartSystemProfile">The smart-system profile.</param>
    /// <param name="facilityApplications">Facility applications.</param>
    /// <exception cref="ModelValidationException">Any invariant is broken; every violation is listed.</exception>
    public Cooperative(
        string name,
        CooperativeKind kind,
        ActivityClass activityClass,
        LegalForm legalForm,
        Openness openness,
        RegistrationNumber registrationNumber,
        SolarHijriDate registeredOn,
        LegalEntityId nationalId,
        string countyCode,
        int fiscalYearStartMonth,
        StatuteAlignment statuteAlignment,
        ImmutableArray<StatusChange> statusHistory,
        ImmutableArray<Member> members,
        ShareLedger shareLedger,
        ImmutableArray<BoardTerm> boardTerms,
        ImmutableArray<ManagingDirectorTerm> managingDirectors,
        ImmutableArray<InspectorTerm> inspectors,
        ImmutableArray<GeneralAssembly> assemblies,
        ImmutableArray<FinancialStatement> financialStatements,
        ImmutableArray<EmploymentRecord> employment,
        SmartSystemProfile smartSystemProfile,
        ImmutableArray<FacilityApplication> facilityApplications)
    {
        Name = name;
        Kind = kind;
        ActivityClass = activityClass;
        LegalForm = legalForm;
        Openness = openness;
        RegistrationNumber = registrationNumber;
        RegisteredOn = registeredOn;
        NationalId = nationalId;
        CountyCode = countyCode;
        FiscalYearStartMonth = fiscalYearStartMonth;
        StatuteAlignment = statuteAlignment;
        StatusHistory = OrEmpty(statusHistory);
        Members = OrEmpty(members);
        ShareLedger = shareLedger;
        BoardTerms = OrEmpty(boardTerms);
        ManagingDirectors = OrEmpty(managingDirectors);
        Inspectors = OrEmpty(inspectors);
        Assemblies = OrEmpty(assemblies);
        FinancialStatements = OrEmpty(financialStatements);
        Employment = OrEmpty(employment);
        SmartSystemProfile = smartSystemProfile;
        FacilityApplications = OrEmpty(facilityApplications);

        var violations = new ViolationList();
        CooperativeValidator.Check(this, violations);
        violations.ThrowIfAny();
    }

    /// <summary>The registered name.</summary>
    public string Name { get; }

    /// <summary>The subject.</summary>
    public CooperativeKind Kind { get; }

    /// <summary>Production, distribution or multipurpose.</summary>
    public ActivityClass ActivityClass { get; }

    /// <summary>The legal form.</summary>
    public LegalForm LegalForm { get; }

    /// <summary>General or special membership.</summary>
    public Openness Openness { get; }

    /// <summary>The registration number (شماره ثبت).</summary>
    public RegistrationNumber RegistrationNumber { get; }

    /// <summary>The registration date.</summary>
    public SolarHijriDate RegisteredOn { get; }

    /// <summary>The legal-entity national ID (شناسه ملی).</summary>
    public LegalEntityId NationalId { get; }

    /// <summary>The code of the county it sits in; resolve it with <see cref="IranGeography.GetCounty"/>.</summary>
    public string CountyCode { get; }

    /// <summary>The month its fiscal year starts, 1–12. A fiscal year is named by the year it starts in.</summary>
    public int FiscalYearStartMonth { get; }

    /// <summary>Whether the statute is aligned with the 1393 amendment, and since when.</summary>
    public StatuteAlignment StatuteAlignment { get; }

    /// <summary>Status changes in date order; see <see cref="StatusOn"/>.</summary>
    public ImmutableArray<StatusChange> StatusHistory { get; }

    /// <summary>The members, past and present.</summary>
    public ImmutableArray<Member> Members { get; }

    /// <summary>The share register.</summary>
    public ShareLedger ShareLedger { get; }

    /// <summary>Board terms.</summary>
    public ImmutableArray<BoardTerm> BoardTerms { get; }

    /// <summary>Managing-director appointments.</summary>
    public ImmutableArray<ManagingDirectorTerm> ManagingDirectors { get; }

    /// <summary>Inspector terms.</summary>
    public ImmutableArray<InspectorTerm> Inspectors { get; }

    /// <summary>General assemblies held.</summary>
    public ImmutableArray<GeneralAssembly> Assemblies { get; }

    /// <summary>Financial statements, at most one per fiscal year.</summary>
    public ImmutableArray<FinancialStatement> FinancialStatements { get; }

    /// <summary>Employment by period.</summary>
    public ImmutableArray<EmploymentRecord> Employment { get; }

    /// <summary>The smart-system profile.</summary>
    public SmartSystemProfile SmartSystemProfile { get; }

    /// <summary>Facility applications.</summary>
    public ImmutableArray<FacilityApplication> FacilityApplications { get; }

    /// <summary>
    /// Capital provided by persons who are not members (state bodies, banks, municipalities and other public
    /// institutions may contribute capital without joining), at least zero; <see langword="null"/> when not recorded.
    /// Optional; left out of the JSON when absent. As last recorded (not dated).
    /// </summary>
    /// <exception cref="ModelValidationException">The amount is negative.</exception>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Money? NonMemberCapital
    {
        get;
        init => field = value is { } amount && amount < Money.Zero
            ? throw Invalid("nonMemberCapital", ModelViolationCode.NegativeAmount, $"Capital from non-members cannot be negative ({amount}).", "nonMemberCapital", ViolationArg.Of(amount))
            : value;
    }

    /// <summary>
    /// The ministry's written warnings, in date order, or <see langword="null"/> when they were not recorded (an empty
    /// list says there were none). Optional; left out of the JSON when absent.
    /// </summary>
    /// <exception cref="ModelValidationException">A warning is null or dated before registration.</exception>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<MinistryWarning>? MinistryWarnings
    {
        get;
        init => field = value is null ? null : CheckWarnings(value, RegisteredOn);
    }

    /// <summary>
    /// Whether the cooperative has been declared bankrupt, and since when; <see langword="null"/> when not recorded.
    /// Optional; left out of the JSON when absent.
    /// </summary>
    /// <exception cref="ModelValidationException">The declaration is dated before registration.</exception>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Bankruptcy? Bankruptcy
    {
        get;
        init => field = value is { DeclaredOn: { } on } && on < RegisteredOn
            ? throw Invalid("bankruptcy.declaredOn", ModelViolationCode.BankruptcyBeforeRegistration, $"The bankruptcy is dated {on}, before registration on {RegisteredOn}.", ViolationArg.Of(on), ViolationArg.Of(RegisteredOn))
            : value;
    }

    /// <summary>
    /// Whether the cooperative sits in a less-developed region (مناطق کمتر توسعه‌یافته), which raises the state
    /// bodies' ceiling of Art. 12(3) of the Art. 44 law; <see langword="null"/> when not recorded. Optional; left out
    /// of the JSON when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? InLessDevelopedRegion { get; init; }

    /// <summary>The status on <paramref name="date"/>, or <see langword="null"/> before the first recorded status.</summary>
    /// <param name="date">The day.</param>
    public CooperativeStatus? StatusOn(SolarHijriDate date)
    {
        CooperativeStatus? status = null;
        foreach (StatusChange change in StatusHistory)
        {
            if (change.EffectiveFrom > date)
            {
                break;
            }

            status = change.Status;
        }

        return status;
    }

    /// <summary>The member with membership number <paramref name="number"/>, or <see langword="null"/>.</summary>
    /// <param name="number">The membership number.</param>
    public Member? FindMember(int number)
    {
        foreach (Member m in Members)
        {
            if (m.Number == number)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first day of fiscal year <paramref name="fiscalYear"/> (named by the year it starts in).</summary>
    /// <param name="fiscalYear">The fiscal year, 1–9376.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 1–9376.</exception>
    public SolarHijriDate FiscalYearStart(int fiscalYear) => FiscalCalendar.Start(CheckFiscalYear(fiscalYear), FiscalYearStartMonth);

    /// <summary>The last day of fiscal year <paramref name="fiscalYear"/>: 1404/12/29 for a Farvardin start, 1404/06/31 for fiscal year 1403 with a Mehr start.</summary>
    /// <param name="fiscalYear">The fiscal year, 1–9376.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 1–9376.</exception>
    public SolarHijriDate FiscalYearEnd(int fiscalYear) => FiscalCalendar.End(CheckFiscalYear(fiscalYear), FiscalYearStartMonth);

    /// <summary>The fiscal year <paramref name="date"/> falls in.</summary>
    /// <param name="date">The day.</param>
    public int FiscalYearOf(SolarHijriDate date) => FiscalCalendar.YearOf(date, FiscalYearStartMonth);

    /// <summary>
    /// The last day the ordinary general assembly for <paramref name="fiscalYear"/> is on time: the last day
    /// of the 4th month after the fiscal year ends (Art. 33). For fiscal year 1404 with a Farvardin start
    /// (ending 1404/12/29) it is 1405/04/31.
    /// </summary>
    /// <param name="fiscalYear">The fiscal year, 1–9376.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 1–9376.</exception>
    public SolarHijriDate OrdinaryAssemblyDeadline(int fiscalYear) =>
        FiscalCalendar.LastDayOfMonthAfter(FiscalYearEnd(fiscalYear), FiscalCalendar.OrdinaryAssemblyMonths);

    /// <summary>The derived facts at <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The day the facts describe; records dated after it are ignored.</param>
    public CooperativeFacts FactsAt(SolarHijriDate asOf) => new(this, asOf);

    private static int CheckFiscalYear(int fiscalYear) =>
        FiscalCalendar.IsSupported(fiscalYear)
            ? fiscalYear
            : throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, "A fiscal year must be between 1 and 9376.");

    private static ModelValidationException Invalid(string path, ModelViolationCode code, string message, params string[] arguments) =>
        new([new ModelViolation(path, message, code, arguments)]);

    private static ImmutableArray<MinistryWarning> CheckWarnings(IReadOnlyList<MinistryWarning> warnings, SolarHijriDate registeredOn)
    {
        var violations = new ViolationList();
        for (int i = 0; i < warnings.Count; i++)
        {
            string path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ministryWarnings[{i}]");
            if (warnings[i] is not { } w)
            {
                violations.Add(path, ModelViolationCode.ItemMissing, "The item is missing (null).");
            }
            else if (w.IssuedOn < registeredOn)
            {
                violations.Add(path + ".issuedOn", ModelViolationCode.WarningBeforeRegistration, $"The warning is dated {w.IssuedOn}, before registration on {registeredOn}.", ViolationArg.Of(w.IssuedOn), ViolationArg.Of(registeredOn));
            }
        }

        violations.ThrowIfAny();
        return [.. warnings.OrderBy(w => w.IssuedOn)];
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
