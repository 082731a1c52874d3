using System.Runtime.CompilerServices;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>
/// The standard fact schema of the eligibility rules: field paths over <see cref="EligibilityFacts"/>, named in
/// camelCase, with enum values as kebab-case strings. Every field, its type and its meaning is listed in
/// <c>docs/fact-schema.md</c> (a test keeps that table and this schema in step).
/// </summary>
/// <remarks>
/// Facts that are not known come back as <see langword="null"/>, which the language reports as Missing naming the
/// path: no ordinary assembly held by the as-of date makes <c>cooperative.lastOrdinaryAssembly.heldOn</c> missing
/// (the whole record <c>cooperative.lastOrdinaryAssembly</c> is absent); no application makes every
/// <c>application.*</c> fact missing. Money fields are rials.
/// </remarks>
public static class CoopFactSchema
{
    /// <summary>The schema, built once; immutable and thread-safe.</summary>
    public static FactSchema<EligibilityFacts> Instance { get; } = Build();

    private static FactSchema<EligibilityFacts> Build()
    {
        RecordType<MemberFacts> member = new RecordTypeBuilder<MemberFacts>("Member")
            .Integer("number", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.Member.Number, "membership number")
            .String("kind", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => FactText.Of(m.Member.Kind), ValuesOf<PersonKind>(), "natural or legal")
            .Date("joinedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.Member.JoinedOn, "date of joining")
            .Date("leftOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.LeftOn, "date of leaving, when on or before the as-of date; missing otherwise")
            .Boolean("isMember", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.IsMember, "a member on the as-of date")
            .Boolean("employed", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.Member.IsEmployed, "works in the cooperative (M2)")
            .Integer("shares", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.Shares, "shares held at the end of the as-of date")
            .Decimal("shareOfCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.ShareOfCapital, "fraction of shares outstanding held (0 to 1); missing when no shares are outstanding")
            .String("legalType", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberFacts m) => m.LegalType is { } t ? FactText.Of(t) : null, ValuesOf<MemberLegalType>(), "natural-person, state-body, public-non-governmental, cooperative or other-legal-person (Art. 12 of the Art. 44 law); natural-person for every natural person, missing for a legal person whose type is not recorded")
            .Build();

        RecordType<BoardSeatFacts> boardSeat = new RecordTypeBuilder<BoardSeatFacts>("BoardSeat")
            .Integer("memberNumber", [MethodImpl(MethodImplOptions.AggressiveInlining)] (BoardSeatFacts s) => s.Seat.MemberNumber, "the member holding the seat")
            .String("type", [MethodImpl(MethodImplOptions.AggressiveInlining)] (BoardSeatFacts s) => FactText.Of(s.Seat.Type), ValuesOf<SeatType>(), "principal or alternate")
            .String("role", [MethodImpl(MethodImplOptions.AggressiveInlining)] (BoardSeatFacts s) => FactText.Of(s.Seat.Role), ValuesOf<BoardRole>(), "chair, vice-chair, secretary or member")
            .Boolean("employed", [MethodImpl(MethodImplOptions.AggressiveInlining)] (BoardSeatFacts s) => s.Employed, "the seat holder is a member on the as-of date who works in the cooperative (false when no longer a member)")
            .Build();

        RecordType<MinistryWarning> warning = new RecordTypeBuilder<MinistryWarning>("MinistryWarning")
            .Date("issuedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MinistryWarning w) => w.IssuedOn, "day the written warning was issued")
            .Build();

        RecordType<ResolutionVote> vote = new RecordTypeBuilder<ResolutionVote>("ResolutionVote")
            .String("resolution", [MethodImpl(MethodImplOptions.AggressiveInlining)] (ResolutionVote v) => v.Resolution, "the resolution, as a short text")
            .Integer("present", [MethodImpl(MethodImplOptions.AggressiveInlining)] (ResolutionVote v) => v.Present, "votes present when it was put")
            .Integer("inFavour", [MethodImpl(MethodImplOptions.AggressiveInlining)] (ResolutionVote v) => v.InFavour, "votes in favour")
            .String("majorityRequired", [MethodImpl(MethodImplOptions.AggressiveInlining)] (ResolutionVote v) => FactText.Of(v.MajorityRequired), ValuesOf<VoteMajority>(), "the majority the minutes say it needed")
            .Build();

        RecordType<InspectorTerm> inspector = new RecordTypeBuilder<InspectorTerm>("Inspector")
            .String("type", [MethodImpl(MethodImplOptions.AggressiveInlining)] (InspectorTerm t) => FactText.Of(t.Type), ValuesOf<SeatType>(), "principal or alternate")
            .String("kind", [MethodImpl(MethodImplOptions.AggressiveInlining)] (InspectorTerm t) => FactText.Of(t.Kind), ValuesOf<PersonKind>(), "natural or legal")
            .Date("startsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (InspectorTerm t) => t.StartsOn, "first day of the term")
            .Date("endsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (InspectorTerm t) => t.EndsOn, "last day of the term")
            .Build();

        RecordType<MemberCountPeriod> memberCountPeriod = new RecordTypeBuilder<MemberCountPeriod>("MemberCountPeriod")
            .Date("from", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberCountPeriod p) => p.From, "first day of the period")
            .Date("to", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberCountPeriod p) => p.To, "last day of the period (the as-of date for the last one)")
            .Integer("count", [MethodImpl(MethodImplOptions.AggressiveInlining)] (MemberCountPeriod p) => p.Count, "members on every day of the period")
            .Build();

        RecordType<EligibilityFacts> extraordinary = new RecordTypeBuilder<EligibilityFacts>("ExtraordinaryAssembly")
            .Date("heldOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly?.HeldOn, "date held")
            .String("call", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly is { } a ? FactText.Of(a.Call) : null, ValuesOf<AssemblyCall>(), "first or second call")
            .Integer("membersPresent", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly?.MembersPresent, "members present in person")
            .Integer("proxies", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly?.Proxies, "members represented by proxy")
            .Integer("memberCount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.MembersOnLastExtraordinaryAssemblyDay, "members on the day it met")
            .Collection("votes", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly?.Votes, vote, "votes on its resolutions; missing when the vote counts were not recorded")
            .Build();

        RecordType<EligibilityFacts> assembly = new RecordTypeBuilder<EligibilityFacts>("OrdinaryAssembly")
            .Date("heldOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.HeldOn, "date held")
            .Date("noticeDate", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.NoticeDate, "date of the notice")
            .Integer("fiscalYear", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.FiscalYear, "fiscal year it reviewed")
            .Boolean("onTime", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssemblyOnTime, "held by the deadline of its fiscal year (Art. 33)")
            .String("call", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly is { } a ? FactText.Of(a.Call) : null, ValuesOf<AssemblyCall>(), "first or second call")
            .Integer("membersPresent", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.MembersPresent, "members present in person")
            .Integer("proxies", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.Proxies, "members represented by proxy")
            .Date("fiscalYearEndsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastAssemblyFiscalYearEnd, "last day of the fiscal year it reviewed")
            .Integer("memberCount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.MembersOnLastAssemblyDay, "members on the day it met")
            .Date("statementToInspectorsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastAssemblyStatementToInspectorsOn, "when that fiscal year's statements went to the inspectors (B6)")
            .Date("inspectorsReportOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly?.InspectorsReportOn, "when the inspectors' report was made available; missing when not recorded")
            .Build();

        RecordType<FinancialStatement> statement = new RecordTypeBuilder<FinancialStatement>("FinancialStatement")
            .Integer("fiscalYear", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.FiscalYear, "fiscal year covered")
            .Date("submittedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.SubmittedToSystemOn, "date submitted to the smart system")
            .Date("submittedToInspectorsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.SubmittedToInspectorsOn, "date submitted to the inspectors")
            .Money("revenue", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.Revenue.Rials, "revenue")
            .Money("netSurplus", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.NetSurplus.Rials, "net surplus (negative for a loss)")
            .Money("totalAssets", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.TotalAssets.Rials, "total assets")
            .Money("equity", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.Equity.Rials, "equity")
            .Money("debts", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => s.Debts.Rials, "debts")
            .String("audit", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FinancialStatement s) => FactText.Of(s.Audit), ValuesOf<AuditStatus>(), "audit status")
            .Build();

        RecordType<SmartSystemProfile> profile = new RecordTypeBuilder<SmartSystemProfile>("SmartSystemProfile")
            .Boolean("membersFilled", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.MembersFilled, "members section complete")
            .Boolean("boardFilled", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.BoardFilled, "board section complete")
            .Boolean("inspectorsFilled", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.InspectorsFilled, "inspectors section complete")
            .Boolean("lastAssemblyFilled", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.LastAssemblyFilled, "last assembly section complete")
            .Boolean("employeesFilled", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.EmployeesFilled, "employees section complete")
            .Integer("statementYears", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.StatementYears, "years of statements entered")
            .Date("lastUpdatedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (SmartSystemProfile p) => p.LastUpdatedOn, "date of the last update")
            .Build();

        RecordType<EligibilityFacts> cooperative = new RecordTypeBuilder<EligibilityFacts>("Cooperative")
            .String("name", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.Name, "registered name")
            .String("kind", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => FactText.Of(f.Cooperative.Kind), ValuesOf<CooperativeKind>(), "subject (CooperativeKind)")
            .String("activityClass", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => FactText.Of(f.Cooperative.ActivityClass), ValuesOf<ActivityClass>(), "production, distribution or multipurpose")
            .String("legalForm", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => FactText.Of(f.Cooperative.LegalForm), ValuesOf<LegalForm>(), "legal form")
            .String("openness", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => FactText.Of(f.Cooperative.Openness), ValuesOf<Openness>(), "general or special")
            .String("status", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.Status is { } s ? FactText.Of(s) : null, ValuesOf<CooperativeStatus>(), "status on the as-of date")
            .Boolean("active", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.Status is null ? null : f.Derived.IsActive, "status is active on the as-of date")
            .Date("registeredOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.RegisteredOn, "registration date")
            .String("countyCode", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.CountyCode, "county code, e.g. 02-JUYBAR")
            .String("provinceCode", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => ProvinceCode(f.Cooperative.CountyCode), "two-digit province code, e.g. 02")
            .Integer("fiscalYearStartMonth", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.FiscalYearStartMonth, "first month of the fiscal year (1-12)")
            .Boolean("statuteAligned", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.StatuteAligned, "statute aligned with the 1393 amendment by the as-of date")
            .Date("statusSince", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.StatusSince, "first day of the status in force on the as-of date")
            .Date("statuteAlignedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.StatuteAligned ? f.Cooperative.StatuteAlignment.AlignedOn : null, "date of alignment (by the as-of date)")
            .Collection("members", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Members, member, "members on the as-of date")
            .Collection("allMembers", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.AllMembers, member, "members who joined by the as-of date, including those who left")
            .Integer("memberCount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.MemberCount, "members on the as-of date")
            .Collection("memberCountHistory", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.MemberCountHistory, memberCountPeriod, "member count from registration to the as-of date, period by period")
            .Integer("employedMemberCount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.EmployedMemberCount, "employed members on the as-of date")
            .Integer("sharesOutstanding", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.SharesOutstanding, "shares outstanding")
            .Money("capital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.Capital.Rials, "nominal value of shares outstanding")
            .Money("paidCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.PaidCapital.Rials, "paid-in capital")
            .Money("registrationCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.AtRegistration?.Capital.Rials, "nominal capital subscribed at the end of the registration day")
            .Money("registrationPaidCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.AtRegistration?.PaidCapital.Rials, "capital paid in at the end of the registration day")
            .Decimal("paidInFraction", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => PaidInFraction(f.Derived), "paid-in capital / capital")
            .Decimal("maxMemberShareOfCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => MaxShare(f.Derived), "largest member's fraction of shares outstanding")
            .Boolean("boardTermValid", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.BoardTermValid, "a board term covers the as-of date")
            .Integer("boardSize", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.BoardSize, "principal seats of the current board term")
            .Date("boardTermStartsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.CurrentBoardTerm?.StartsOn, "start of the current board term")
            .Date("boardTermEndsOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.CurrentBoardTerm?.EndsOn, "end of the current board term")
            .Boolean("managingDirectorAppointed", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.CurrentManagingDirector is not null, "a managing director's term covers the as-of date")
            .Collection("boardSeats", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.BoardSeats, boardSeat, "seats (principal and alternate) of the board term covering the as-of date; empty when none does")
            .Boolean("managingDirectorEmployedMember", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.ManagingDirectorEmployedMember, "the managing director in office is a member who works in the cooperative; missing when none is in office")
            .Boolean("lessDevelopedRegion", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.InLessDevelopedRegion, "sits in a less-developed region; missing when not recorded")
            .Money("nonMemberCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.NonMemberCapital?.Rials, "capital provided by non-members; missing when not recorded")
            .Decimal("nonMemberShareOfCapital", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => NonMemberShare(f), "nonMemberCapital / (capital + nonMemberCapital); missing when not recorded or both are zero")
            .Collection("ministryWarnings", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.MinistryWarnings, warning, "the ministry's written warnings issued by the as-of date; missing when not recorded")
            .Boolean("bankrupt", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.Bankruptcy?.DeclaredBy(f.AsOf), "declared bankrupt on or before the as-of date; missing when not recorded")
            .Date("bankruptOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Cooperative.Bankruptcy is { } b && b.DeclaredBy(f.AsOf) ? b.DeclaredOn : null, "day of the bankruptcy declaration (by the as-of date)")
            .Integer("inspectorCount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.PrincipalInspectorsInOffice, "principal inspectors in office")
            .Collection("inspectors", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Inspectors, inspector, "inspector terms (principal and alternate) covering the as-of date")
            .Record("lastOrdinaryAssembly", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastOrdinaryAssembly is null ? null : f, assembly, "latest ordinary assembly held by the as-of date")
            .Record("lastExtraordinaryAssembly", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastExtraordinaryAssembly is null ? null : f, extraordinary, "latest extraordinary assembly held by the as-of date")
            .Integer("lastDueFiscalYear", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastDueFiscalYear, "latest fiscal year whose assembly deadline has passed")
            .Boolean("lastDueAssemblyHeldOnTime", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastDueAssemblyHeldOnTime, "an ordinary assembly for lastDueFiscalYear was held by its deadline")
            .Integer("lastClosedFiscalYear", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.LastClosedFiscalYear, "the fiscal year before the current one")
            .Integer("statementsOnFile", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.StatementYearsOnFile.Length, "number of fiscal years with a statement submitted to the system")
            .Boolean("lastClosedYearStatementOnFile", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Derived.HasStatementsFor(f.Derived.LastClosedFiscalYear), "a statement for lastClosedFiscalYear is on file")
            .Record("lastStatement", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LastStatement, statement, "statement of the latest fiscal year on file")
            .Record("profile", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.Profile, profile, "smart-system profile completeness (missing when it was last updated after the as-of date)")
            .Integer("jobs", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LatestEmployment?.Jobs, "jobs in the latest employment period")
            .Integer("insuredEmployees", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LatestEmployment?.InsuredEmployees, "insured employees in the latest employment period")
            .Date("employmentRecordedTo", [MethodImpl(MethodImplOptions.AggressiveInlining)] (EligibilityFacts f) => f.LatestEmployment?.To, "end of the latest employment period")
            .Build();

        RecordType<FacilityApplication> application = new RecordTypeBuilder<FacilityApplication>("FacilityApplication")
            .String("programme", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.Programme, "programme name, e.g. Tabsare 18")
            .Date("appliedOn", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.AppliedOn, "date of application")
            .Money("amount", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.AmountRequested.Rials, "amount requested")
            .Integer("jobsCommitted", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.JobsCommitted, "jobs the project commits to create")
            .Money("amountPerJob", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.JobsCommitted > 0 ? a.AmountRequested.Rials / (decimal)a.JobsCommitted : null, "amount / jobsCommitted, exact")
            .String("sector", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => FactText.Of(a.Sector), ValuesOf<ProjectSector>(), "project sector")
            .String("collateral", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => FactText.Of(a.Collateral), ValuesOf<CollateralKind>(), "kind of collateral offered")
            .Money("collateralValue", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.CollateralValue.Rials, "value of the collateral")
            .Money("overdueDebt", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.OverdueDebt.Rials, "overdue bank debt")
            .Integer("unclearedReturnedCheques", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.UnclearedReturnedCheques, "returned cheques not cleared")
            .Integer("boardMembersWithReturnedCheques", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.BoardMembersWithReturnedCheques, "board members with an uncleared returned cheque; missing when not inquired")
            .String("projectSettlement", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.ProjectSettlement is { } p ? FactText.Of(p) : null, ValuesOf<SettlementType>(), "village, nomadic-area or town; missing when not recorded")
            .Integer("projectSettlementPopulation", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.ProjectSettlementPopulation, "population of the project's village or town; missing when not recorded")
            .Boolean("projectInBorderArea", [MethodImpl(MethodImplOptions.AggressiveInlining)] (FacilityApplication a) => a.ProjectInBorderArea, "the project lies in a border area; missing when not recorded")
            .Build();

        // EligibilityFacts and what it derives are immutable (its lazy parts are thread-safe Lazy<T>): decisions may
        // build their rule results when read.
        RecordType<EligibilityFacts> root = new RecordTypeBuilder<EligibilityFacts>("EligibilityFacts")
            .Group("cooperative", cooperative, "the cooperative and its derived facts")
            .Record("application", x => x.Application, application, "the facility application being judged")
            .Build();
        return new FactSchema<EligibilityFacts>(root) { FactsAreImmutable = true };
    }

    // The kebab-case names an enum field can take: a policy comparing it with another text is refused at load.
    private static string[] ValuesOf<TEnum>()
        where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => FactText.Of(v))];

    private static string? ProvinceCode(string countyCode)
    {
        int dash = countyCode.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? countyCode[..dash] : null;
    }

    private static decimal? PaidInFraction(CooperativeFacts facts) =>
        facts.Capital.IsZero ? null : facts.PaidCapital.Rials / (decimal)facts.Capital.Rials;

    private static decimal? NonMemberShare(EligibilityFacts f)
    {
        if (f.Cooperative.NonMemberCapital is not { } nonMember)
        {
            return null;
        }

        decimal total = f.Derived.Capital.Rials + (decimal)nonMember.Rials;
        return total == 0 ? null : nonMember.Rials / total;
    }

    private static decimal? MaxShare(CooperativeFacts facts) =>
        facts.SharesOutstanding > 0 ? facts.LargestShareOfCapital.ToDecimal() : null;
}
