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
            .Integer("number", m => m.Member.Number, "membership number")
            .String("kind", m => FactText.Of(m.Member.Kind), "natural or legal")
            .Date("joinedOn", m => m.Member.JoinedOn, "date of joining")
            .Date("leftOn", m => m.LeftOn, "date of leaving, when on or before the as-of date; missing otherwise")
            .Boolean("isMember", m => m.IsMember, "a member on the as-of date")
            .Boolean("employed", m => m.Member.IsEmployed, "works in the cooperative (M2)")
            .Integer("shares", m => m.Shares, "shares held at the end of the as-of date")
            .Decimal("shareOfCapital", m => m.ShareOfCapital, "fraction of shares outstanding held (0 to 1); missing when no shares are outstanding")
            .Build();

        RecordType<InspectorTerm> inspector = new RecordTypeBuilder<InspectorTerm>("Inspector")
            .String("type", t => FactText.Of(t.Type), "principal or alternate")
            .String("kind", t => FactText.Of(t.Kind), "natural or legal")
            .Date("startsOn", t => t.StartsOn, "first day of the term")
            .Date("endsOn", t => t.EndsOn, "last day of the term")
            .Build();

        RecordType<MemberCountPeriod> memberCountPeriod = new RecordTypeBuilder<MemberCountPeriod>("MemberCountPeriod")
            .Date("from", p => p.From, "first day of the period")
            .Date("to", p => p.To, "last day of the period (the as-of date for the last one)")
            .Integer("count", p => p.Count, "members on every day of the period")
            .Build();

        RecordType<EligibilityFacts> extraordinary = new RecordTypeBuilder<EligibilityFacts>("ExtraordinaryAssembly")
            .Date("heldOn", f => f.LastExtraordinaryAssembly?.HeldOn, "date held")
            .String("call", f => f.LastExtraordinaryAssembly is { } a ? FactText.Of(a.Call) : null, "first or second call")
            .Integer("membersPresent", f => f.LastExtraordinaryAssembly?.MembersPresent, "members present in person")
            .Integer("proxies", f => f.LastExtraordinaryAssembly?.Proxies, "members represented by proxy")
            .Integer("memberCount", f => f.MembersOnLastExtraordinaryAssemblyDay, "members on the day it met")
            .Build();

        RecordType<EligibilityFacts> assembly = new RecordTypeBuilder<EligibilityFacts>("OrdinaryAssembly")
            .Date("heldOn", f => f.Derived.LastOrdinaryAssembly?.HeldOn, "date held")
            .Date("noticeDate", f => f.Derived.LastOrdinaryAssembly?.NoticeDate, "date of the notice")
            .Integer("fiscalYear", f => f.Derived.LastOrdinaryAssembly?.FiscalYear, "fiscal year it reviewed")
            .Boolean("onTime", f => f.Derived.LastOrdinaryAssemblyOnTime, "held by the deadline of its fiscal year (Art. 33)")
            .String("call", f => f.Derived.LastOrdinaryAssembly is { } a ? FactText.Of(a.Call) : null, "first or second call")
            .Integer("membersPresent", f => f.Derived.LastOrdinaryAssembly?.MembersPresent, "members present in person")
            .Integer("proxies", f => f.Derived.LastOrdinaryAssembly?.Proxies, "members represented by proxy")
            .Date("fiscalYearEndsOn", f => f.LastAssemblyFiscalYearEnd, "last day of the fiscal year it reviewed")
            .Integer("memberCount", f => f.MembersOnLastAssemblyDay, "members on the day it met")
            .Date("statementToInspectorsOn", f => f.LastAssemblyStatementToInspectorsOn, "when that fiscal year's statements went to the inspectors (B6)")
            .Build();

        RecordType<FinancialStatement> statement = new RecordTypeBuilder<FinancialStatement>("FinancialStatement")
            .Integer("fiscalYear", s => s.FiscalYear, "fiscal year covered")
            .Date("submittedOn", s => s.SubmittedToSystemOn, "date submitted to the smart system")
            .Date("submittedToInspectorsOn", s => s.SubmittedToInspectorsOn, "date submitted to the inspectors")
            .Money("revenue", s => s.Revenue.Rials, "revenue")
            .Money("netSurplus", s => s.NetSurplus.Rials, "net surplus (negative for a loss)")
            .Money("totalAssets", s => s.TotalAssets.Rials, "total assets")
            .Money("equity", s => s.Equity.Rials, "equity")
            .Money("debts", s => s.Debts.Rials, "debts")
            .String("audit", s => FactText.Of(s.Audit), "audit status")
            .Build();

        RecordType<SmartSystemProfile> profile = new RecordTypeBuilder<SmartSystemProfile>("SmartSystemProfile")
            .Boolean("membersFilled", p => p.MembersFilled, "members section complete")
            .Boolean("boardFilled", p => p.BoardFilled, "board section complete")
            .Boolean("inspectorsFilled", p => p.InspectorsFilled, "inspectors section complete")
            .Boolean("lastAssemblyFilled", p => p.LastAssemblyFilled, "last assembly section complete")
            .Boolean("employeesFilled", p => p.EmployeesFilled, "employees section complete")
            .Integer("statementYears", p => p.StatementYears, "years of statements entered")
            .Date("lastUpdatedOn", p => p.LastUpdatedOn, "date of the last update")
            .Build();

        RecordType<EligibilityFacts> cooperative = new RecordTypeBuilder<EligibilityFacts>("Cooperative")
            .String("name", f => f.Cooperative.Name, "registered name")
            .String("kind", f => FactText.Of(f.Cooperative.Kind), "subject (CooperativeKind)")
            .String("activityClass", f => FactText.Of(f.Cooperative.ActivityClass), "production, distribution or multipurpose")
            .String("legalForm", f => FactText.Of(f.Cooperative.LegalForm), "legal form")
            .String("openness", f => FactText.Of(f.Cooperative.Openness), "general or special")
            .String("status", f => f.Derived.Status is { } s ? FactText.Of(s) : null, "status on the as-of date")
            .Boolean("active", f => f.Derived.Status is null ? null : f.Derived.IsActive, "status is active on the as-of date")
            .Date("registeredOn", f => f.Cooperative.RegisteredOn, "registration date")
            .String("countyCode", f => f.Cooperative.CountyCode, "county code, e.g. 02-JUYBAR")
            .String("provinceCode", f => ProvinceCode(f.Cooperative.CountyCode), "two-digit province code, e.g. 02")
            .Integer("fiscalYearStartMonth", f => f.Cooperative.FiscalYearStartMonth, "first month of the fiscal year (1-12)")
            .Boolean("statuteAligned", f => f.Cooperative.StatuteAlignment.Aligned, "statute aligned with the 1393 amendment")
            .Date("statusSince", f => f.StatusSince, "first day of the status in force on the as-of date")
            .Date("statuteAlignedOn", f => f.Cooperative.StatuteAlignment.AlignedOn, "date of alignment")
            .Collection("members", f => f.Members, member, "members on the as-of date")
            .Collection("allMembers", f => f.AllMembers, member, "members who joined by the as-of date, including those who left")
            .Integer("memberCount", f => f.Derived.MemberCount, "members on the as-of date")
            .Collection("memberCountHistory", f => f.MemberCountHistory, memberCountPeriod, "member count from registration to the as-of date, period by period")
            .Integer("employedMemberCount", f => f.Derived.EmployedMemberCount, "employed members on the as-of date")
            .Integer("sharesOutstanding", f => f.Derived.SharesOutstanding, "shares outstanding")
            .Money("capital", f => f.Derived.Capital.Rials, "nominal value of shares outstanding")
            .Money("paidCapital", f => f.Derived.PaidCapital.Rials, "paid-in capital")
            .Money("registrationCapital", f => f.AtRegistration?.Capital.Rials, "nominal capital subscribed at the end of the registration day")
            .Money("registrationPaidCapital", f => f.AtRegistration?.PaidCapital.Rials, "capital paid in at the end of the registration day")
            .Decimal("paidInFraction", f => PaidInFraction(f.Derived), "paid-in capital / capital")
            .Decimal("maxMemberShareOfCapital", f => MaxShare(f.Derived), "largest member's fraction of shares outstanding")
            .Boolean("boardTermValid", f => f.Derived.BoardTermValid, "a board term covers the as-of date")
            .Integer("boardSize", f => f.BoardSize, "principal seats of the current board term")
            .Date("boardTermStartsOn", f => f.Derived.CurrentBoardTerm?.StartsOn, "start of the current board term")
            .Date("boardTermEndsOn", f => f.Derived.CurrentBoardTerm?.EndsOn, "end of the current board term")
            .Boolean("managingDirectorAppointed", f => f.Derived.CurrentManagingDirector is not null, "a managing director's term covers the as-of date")
            .Integer("inspectorCount", f => f.Derived.PrincipalInspectorsInOffice, "principal inspectors in office")
            .Collection("inspectors", f => f.Inspectors, inspector, "inspector terms (principal and alternate) covering the as-of date")
            .Record("lastOrdinaryAssembly", f => f.Derived.LastOrdinaryAssembly is null ? null : f, assembly, "latest ordinary assembly held by the as-of date")
            .Record("lastExtraordinaryAssembly", f => f.LastExtraordinaryAssembly is null ? null : f, extraordinary, "latest extraordinary assembly held by the as-of date")
            .Integer("lastDueFiscalYear", f => f.Derived.LastDueFiscalYear, "latest fiscal year whose assembly deadline has passed")
            .Boolean("lastDueAssemblyHeldOnTime", f => f.Derived.LastDueAssemblyHeldOnTime, "an ordinary assembly for lastDueFiscalYear was held by its deadline")
            .Integer("lastClosedFiscalYear", f => f.Derived.LastClosedFiscalYear, "the fiscal year before the current one")
            .Integer("statementsOnFile", f => f.Derived.StatementYearsOnFile.Length, "number of fiscal years with a statement submitted to the system")
            .Boolean("lastClosedYearStatementOnFile", f => f.Derived.HasStatementsFor(f.Derived.LastClosedFiscalYear), "a statement for lastClosedFiscalYear is on file")
            .Record("lastStatement", f => f.LastStatement, statement, "statement of the latest fiscal year on file")
            .Record("profile", f => f.Cooperative.SmartSystemProfile, profile, "smart-system profile completeness")
            .Integer("jobs", f => f.LatestEmployment?.Jobs, "jobs in the latest employment period")
            .Integer("insuredEmployees", f => f.LatestEmployment?.InsuredEmployees, "insured employees in the latest employment period")
            .Date("employmentRecordedTo", f => f.LatestEmployment?.To, "end of the latest employment period")
            .Build();

        RecordType<FacilityApplication> application = new RecordTypeBuilder<FacilityApplication>("FacilityApplication")
            .String("programme", a => a.Programme, "programme name, e.g. Tabsare 18")
            .Date("appliedOn", a => a.AppliedOn, "date of application")
            .Money("amount", a => a.AmountRequested.Rials, "amount requested")
            .Integer("jobsCommitted", a => a.JobsCommitted, "jobs the project commits to create")
            .Money("amountPerJob", a => a.JobsCommitted > 0 ? a.AmountRequested.Rials / (decimal)a.JobsCommitted : null, "amount / jobsCommitted, exact")
            .String("sector", a => FactText.Of(a.Sector), "project sector")
            .String("collateral", a => FactText.Of(a.Collateral), "kind of collateral offered")
            .Money("collateralValue", a => a.CollateralValue.Rials, "value of the collateral")
            .Money("overdueDebt", a => a.OverdueDebt.Rials, "overdue bank debt")
            .Integer("unclearedReturnedCheques", a => a.UnclearedReturnedCheques, "returned cheques not cleared")
            .Build();

        return FactSchema.Create<EligibilityFacts>("EligibilityFacts", f => f
            .Group("cooperative", cooperative, "the cooperative and its derived facts")
            .Record("application", x => x.Application, application, "the facility application being judged"));
    }

    private static string? ProvinceCode(string countyCode)
    {
        int dash = countyCode.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? countyCode[..dash] : null;
    }

    private static decimal? PaidInFraction(CooperativeFacts facts) =>
        facts.Capital.IsZero ? null : facts.PaidCapital.Rials / (decimal)facts.Capital.Rials;

    private static decimal? MaxShare(CooperativeFacts facts) =>
        facts.SharesOutstanding > 0 ? facts.LargestShareOfCapital.ToDecimal() : null;
}
