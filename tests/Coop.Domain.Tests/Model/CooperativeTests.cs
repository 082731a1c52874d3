using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Model;

public class CooperativeTests
{
    [Fact]
    public void A_consistent_cooperative_builds()
    {
        Cooperative c = Juybar().Build();
        Assert.Equal(8, c.Members.Length);
        Assert.Equal("02-JUYBAR", c.CountyCode);
        Assert.Equal(CooperativeStatus.Active, c.StatusOn(D(1404, 8, 25)));
        Assert.Null(c.StatusOn(D(1398, 3, 14)));
        Assert.Equal(8, c.FindMember(8)!.Number);
        Assert.Null(c.FindMember(99));
    }

    [Fact]
    public void All_violations_are_reported_together_not_only_the_first()
    {
        CooperativeBuilder b = Juybar();
        b.Name = " ";
        b.CountyCode = "02-NOWHERE";
        b.FiscalYearStartMonth = 13;
        b.Members.Add(Natural(3, D(1400, 1, 1)));                                      // duplicate number and national code
        b.ShareEntries.Add(new ShareEntry(D(1402, 1, 1), ShareEntryKind.Transfer, 5, 500, Money.Zero, 6)); // over-transfer
        b.BoardTerms.Add(new BoardTerm(D(1405, 1, 1), D(1404, 1, 1), []));             // ends before it starts, no seats
        b.FinancialStatements.Add(new FinancialStatement(
            1402, Money.Zero, Money.Zero, Money.FromRials(10), Money.FromRials(3), Money.FromRials(3), AuditStatus.NotAudited, null, null));

        var e = Assert.Throws<ModelValidationException>(() => b.Build());
        string[] paths = e.Violations.Select(v => v.Path).ToArray();
        AssertHasPaths(
            paths,
            "name", "countyCode", "fiscalYearStartMonth", "members[8].number", "members[8]",
            "shareLedger.entries[10].shares", "boardTerms[1].endsOn", "boardTerms[1].seats",
            "financialStatements[1].totalAssets");
        Assert.True(e.Violations.Count >= 9, string.Join("\n", e.Violations));
        Assert.Contains(e.Violations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " invariants", e.Message, StringComparison.Ordinal);

        Assert.False(b.TryBuild(out Cooperative? none, out IReadOnlyList<ModelViolation> again));
        Assert.Null(none);
        Assert.Equal(e.Violations, again);
    }

    [Fact]
    public void Members_must_have_the_identifier_of_their_kind()
    {
        CooperativeBuilder b = Juybar();
        b.Members[0] = b.Members[0] with { NationalCode = null, LegalEntityId = LegalId(50) };
        b.Members[7] = b.Members[7] with { NationalCode = NationalCode(60) };
        IReadOnlyList<ModelViolation> v = Violations(b);
        Assert.Contains(v, x => x.Path == "members[0].nationalCode");
        Assert.Contains(v, x => x.Path == "members[0].legalEntityId");
        Assert.Contains(v, x => x.Path == "members[7].nationalCode");
    }

    [Fact]
    public void A_member_who_left_must_not_keep_shares()
    {
        CooperativeBuilder b = Juybar();
        b.Members[6] = b.Members[6] with { LeftOn = D(1403, 1, 1) };
        ModelViolation v = Assert.Single(Violations(b));
        Assert.Equal("members[6].leftOn", v.Path);
        Assert.Contains("Member 7 left on 1403/01/01 but still holds 100 shares", v.Message, StringComparison.Ordinal);

        b.ShareEntries.Add(new ShareEntry(D(1403, 1, 1), ShareEntryKind.Redemption, 7, 100, Money.FromRials(50_000_000)));
        Assert.True(b.TryBuild(out _, out _));
    }

    [Fact]
    public void Ledger_entries_must_name_members_who_belong_on_that_date()
    {
        CooperativeBuilder b = Juybar();
        b.ShareEntries.Add(new ShareEntry(D(1402, 1, 1), ShareEntryKind.Subscription, 42, 1, Money.Zero));
        b.ShareEntries.Add(new ShareEntry(D(1402, 1, 2), ShareEntryKind.Transfer, 1, 1, Money.Zero, 8));
        b.Members[7] = b.Members[7] with { JoinedOn = D(1400, 1, 10), LeftOn = D(1401, 1, 1) };
        IReadOnlyList<ModelViolation> v = Violations(b);
        Assert.Contains(v, x => x.Path == "shareLedger.entries[10].memberNumber" && x.Message.Contains("no member 42", StringComparison.Ordinal));
        Assert.Contains(v, x => x.Path == "shareLedger.entries[11].toMemberNumber" && x.Message.Contains("not a member on 1402/01/02", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_history_must_start_at_registration_run_forward_and_end_at_dissolution()
    {
        CooperativeBuilder b = Juybar();
        b.StatusHistory.Clear();
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Active, D(1398, 1, 1)));
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Dissolved, D(1403, 1, 1)));
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Active, D(1402, 1, 1)));
        string[] paths = Violations(b).Select(x => x.Path).ToArray();
        AssertHasPaths(
            paths,
            "statusHistory[0].effectiveFrom", "statusHistory[2].effectiveFrom", "statusHistory[2]");

        b.StatusHistory.Clear();
        Assert.Contains(Violations(b), x => x.Path == "statusHistory");
    }

    [Fact]
    public void Status_at_any_date_follows_the_history()
    {
        CooperativeBuilder b = Juybar();
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Inactive, D(1402, 1, 1)));
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Active, D(1403, 7, 1)));
        Cooperative c = b.Build();
        Assert.Equal(CooperativeStatus.Active, c.StatusOn(D(1401, 12, 29)));
        Assert.Equal(CooperativeStatus.Inactive, c.StatusOn(D(1402, 1, 1)));
        Assert.Equal(CooperativeStatus.Inactive, c.StatusOn(D(1403, 6, 31)));
        Assert.False(c.FactsAt(D(1403, 6, 31)).IsActive);
        Assert.True(c.FactsAt(D(1403, 7, 1)).IsActive);
    }

    [Fact]
    public void Statute_alignment_needs_a_date_after_the_1393_amendment()
    {
        CooperativeBuilder b = Juybar();
        b.StatuteAlignment = new StatuteAlignment(true, null);
        Assert.Contains(Violations(b), x => x.Path == "statuteAlignment.alignedOn");
        b.StatuteAlignment = new StatuteAlignment(true, D(1393, 2, 30));
        Assert.Contains(Violations(b), x => x.Path == "statuteAlignment.alignedOn" && x.Message.Contains("1393/02/31", StringComparison.Ordinal));
        b.StatuteAlignment = new StatuteAlignment(false, D(1394, 1, 1));
        Assert.Contains(Violations(b), x => x.Path == "statuteAlignment.alignedOn");
        b.StatuteAlignment = StatuteAlignment.NotAligned;
        Assert.True(b.TryBuild(out _, out _));
    }

    [Fact]
    public void Board_offices_are_held_once_by_principals_and_terms_do_not_overlap()
    {
        CooperativeBuilder b = Juybar();
        b.BoardTerms.Add(new BoardTerm(D(1404, 3, 31), D(1407, 3, 30),
        [
            new BoardSeat(1, SeatType.Principal, BoardRole.Chair, WorkBasis.FullTime),
            new BoardSeat(2, SeatType.Principal, BoardRole.Chair, WorkBasis.PartTime),
            new BoardSeat(3, SeatType.Alternate, BoardRole.Secretary, WorkBasis.PartTime),
            new BoardSeat(3, SeatType.Principal, BoardRole.Member, WorkBasis.PartTime),
        ]));
        string[] paths = Violations(b).Select(x => x.Path).ToArray();
        AssertHasPaths(
            paths,
            "boardTerms[1].startsOn", "boardTerms[1].seats[1].role", "boardTerms[1].seats[2].role",
            "boardTerms[1].seats[3].memberNumber");
    }

    [Fact]
    public void Assemblies_statements_employment_and_applications_are_checked()
    {
        CooperativeBuilder b = Juybar();
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.First, null, D(1404, 5, 1), D(1404, 4, 1), -1, -2, [""], AssemblyElections.None));
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.Second, 1404, D(1404, 11, 1), D(1404, 12, 1), 3, 0, [], AssemblyElections.Board));
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Extraordinary, AssemblyCall.First, 1403, D(1404, 1, 1), D(1404, 1, 20), 3, 0, [], AssemblyElections.None));
        b.FinancialStatements.Add(b.FinancialStatements[0] with { SubmittedToSystemOn = D(1403, 12, 1) });
        b.Employment.Add(new EmploymentRecord(D(1403, 6, 1), D(1403, 5, 1), -1, 5));
        b.FacilityApplications.Add(new FacilityApplication(" ", D(1404, 1, 1), Money.Zero, -1, ProjectSector.Tourism, CollateralKind.None, Money.FromRials(5), Money.FromRials(-1), -1));
        string[] paths = Violations(b).Select(x => x.Path).ToArray();
        string[] expected =
        [
            "assemblies[1].fiscalYear", "assemblies[1].noticeDate", "assemblies[1].membersPresent", "assemblies[1].proxies",
            "assemblies[1].resolutions[0]", "assemblies[2].heldOn", "assemblies[3].fiscalYear",
            "financialStatements[1].fiscalYear", "financialStatements[1].submittedToSystemOn",
            "employment[1].to", "employment[1].jobs", "employment[1].insuredEmployees", "employment[1].from",
            "facilityApplications[1].programme", "facilityApplications[1].amountRequested", "facilityApplications[1].jobsCommitted",
            "facilityApplications[1].collateralValue", "facilityApplications[1].overdueDebt", "facilityApplications[1].unclearedReturnedCheques",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
    }

    [Fact]
    public void Missing_identity_and_null_parts_are_violations_not_crashes()
    {
        CooperativeBuilder b = Juybar();
        b.RegistrationNumber = default;
        b.NationalId = default;
        b.SmartSystemProfile = null!;
        b.StatuteAlignment = null!;
        b.Members.Add(null!);
        b.Inspectors.Add(null!);
        b.BoardTerms.Add(null!);
        b.Kind = (CooperativeKind)99;
        string[] paths = Violations(b).Select(x => x.Path).ToArray();
        AssertHasPaths(
            paths,
            "registrationNumber", "nationalId", "smartSystemProfile", "statuteAlignment", "members[8]",
            "inspectors[1]", "boardTerms[1]", "kind");
    }

    [Fact]
    public void The_constructor_checks_invariants_too()
    {
        Cooperative c = Juybar().Build();
        var e = Assert.Throws<ModelValidationException>(() => new Cooperative(
            c.Name, c.Kind, c.ActivityClass, c.LegalForm, c.Openness, c.RegistrationNumber, c.RegisteredOn, c.NationalId,
            "nowhere", 0, c.StatuteAlignment, c.StatusHistory, c.Members, c.ShareLedger, c.BoardTerms, c.ManagingDirectors,
            c.Inspectors, c.Assemblies, c.FinancialStatements, c.Employment, c.SmartSystemProfile, c.FacilityApplications));
        Assert.Equal(["countyCode", "fiscalYearStartMonth"], e.Violations.Select(v => v.Path));
    }

    [Fact]
    public void Default_collections_count_as_empty()
    {
        Cooperative c = Juybar().Build();
        var bare = new Cooperative(
            c.Name, c.Kind, c.ActivityClass, c.LegalForm, c.Openness, c.RegistrationNumber, c.RegisteredOn, c.NationalId,
            c.CountyCode, 1, StatuteAlignment.NotAligned, c.StatusHistory, default, new ShareLedger(Nominal, default), default, default,
            default, default, default, default, SmartSystemProfile.Empty, default);
        Assert.Empty(bare.Members);
        Assert.Equal(0, bare.FactsAt(D(1404, 1, 1)).MemberCount);
    }

    private static void AssertHasPaths(string[] paths, params string[] expected) =>
        Assert.All(expected, p => Assert.Contains(p, paths));

    private static IReadOnlyList<ModelViolation> Violations(CooperativeBuilder b)
    {
        Assert.False(b.TryBuild(out _, out IReadOnlyList<ModelViolation> violations));
        return violations;
    }
}
