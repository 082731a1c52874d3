using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Model;
using Coop.Domain.Tests.Model;
using static Coop.Domain.Tests.Eligibility.Facts.FactConditions;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Eligibility.Facts;

/// <summary>The optional facts the law asks about, as the standard fact schema shows them: missing when not recorded,
/// cut at the as-of date when dated.</summary>
public class LawFactTests
{
    private static EligibilityFacts All(SolarHijriDate asOf)
    {
        Cooperative c = OptionalLawFactsTests.WithEveryOptionalFact().Build();
        return new EligibilityFacts(c, asOf, c.FacilityApplications[0]);
    }

    private static EligibilityFacts None(SolarHijriDate asOf)
    {
        Cooperative c = Juybar().Build();
        return new EligibilityFacts(c, asOf, c.FacilityApplications[0]);
    }

    [Fact]
    public void A_natural_person_is_a_natural_person_and_an_untyped_legal_person_is_missing()
    {
        EligibilityFacts none = None(D(1404, 9, 1));
        True("all(m in cooperative.members where m.kind = 'natural': m.legalType = 'natural-person')", none);
        MissingNaming("any(m in cooperative.members: m.legalType = 'state-body')", none, "cooperative.members[7].legalType");
        True("count(m in cooperative.members where m.legalType = 'public-non-governmental') = 1", All(D(1404, 9, 1)));
    }

    [Fact]
    public void Ministry_warnings_are_cut_at_the_as_of_date_and_missing_when_not_recorded()
    {
        True("count(cooperative.ministryWarnings) = 1", All(D(1404, 6, 30)));
        True("count(cooperative.ministryWarnings) = 2", All(D(1404, 7, 1)));
        True("count(w in cooperative.ministryWarnings where w.issuedOn > asOf - 1 year) = 1", All(D(1404, 7, 1)));
        MissingNaming("count(cooperative.ministryWarnings) = 0", None(D(1404, 9, 1)), "cooperative.ministryWarnings");

        CooperativeBuilder recordedNone = Juybar();
        recordedNone.MinistryWarnings = [];
        True("known(cooperative.ministryWarnings) and count(cooperative.ministryWarnings) = 0", new EligibilityFacts(recordedNone.Build(), D(1404, 9, 1)));
    }

    [Fact]
    public void A_bankruptcy_counts_from_its_day_and_is_missing_when_not_recorded()
    {
        CooperativeBuilder b = Juybar();
        b.Bankruptcy = new Bankruptcy(true, D(1404, 2, 10));
        Cooperative c = b.Build();
        True("not cooperative.bankrupt and not known(cooperative.bankruptOn)", new EligibilityFacts(c, D(1404, 2, 9)));
        True("cooperative.bankrupt and cooperative.bankruptOn = @1404/02/10", new EligibilityFacts(c, D(1404, 2, 10)));
        True("not cooperative.bankrupt", All(D(1404, 9, 1)));
        MissingNaming("cooperative.bankrupt", None(D(1404, 9, 1)), "cooperative.bankrupt");
    }

    [Fact]
    public void Non_member_capital_and_its_share_of_the_whole()
    {
        // Juybar: 750 shares of 1,000,000 rial; 300,000,000 from non-members → 300 / 1,050 of the whole.
        EligibilityFacts f = All(D(1404, 9, 1));
        True("cooperative.nonMemberCapital = 300 million rial", f);
        True("cooperative.nonMemberShareOfCapital = cooperative.nonMemberCapital / (cooperative.capital + cooperative.nonMemberCapital)", f);
        True("cooperative.nonMemberShareOfCapital between 0.2857 and 0.2858", f);
        True("cooperative.lessDevelopedRegion", f);
        MissingNaming("cooperative.nonMemberShareOfCapital < 0.5", None(D(1404, 9, 1)), "cooperative.nonMemberShareOfCapital");
        MissingNaming("cooperative.lessDevelopedRegion", None(D(1404, 9, 1)), "cooperative.lessDevelopedRegion");
    }

    [Fact]
    public void Board_seats_and_the_managing_director_say_whether_they_are_employed_members()
    {
        // Juybar's board 1401/04/01–1404/03/31: members 1–3 principal, 4 alternate, all employed; director member 1.
        True("count(cooperative.boardSeats) = 4 and all(s in cooperative.boardSeats: s.employed) and cooperative.managingDirectorEmployedMember", None(D(1404, 3, 1)));
        True("count(s in cooperative.boardSeats where s.type = 'alternate' and s.role = 'member' and s.memberNumber = 4) = 1", None(D(1404, 3, 1)));
        True("count(cooperative.boardSeats) = 0", None(D(1404, 9, 1)));

        CooperativeBuilder b = Juybar();
        b.Members[1] = b.Members[1] with { IsEmployed = false };
        b.ManagingDirectors[0] = b.ManagingDirectors[0] with { MemberNumber = null };
        EligibilityFacts f = new(b.Build(), D(1404, 3, 1));
        True("count(s in cooperative.boardSeats where not s.employed) = 1 and not cooperative.managingDirectorEmployedMember", f);

        CooperativeBuilder noDirector = Juybar();
        noDirector.ManagingDirectors.Clear();
        MissingNaming("cooperative.managingDirectorEmployedMember", new EligibilityFacts(noDirector.Build(), D(1404, 3, 1)), "cooperative.managingDirectorEmployedMember");
    }

    [Fact]
    public void Assembly_votes_and_the_inspectors_report_date()
    {
        EligibilityFacts f = All(D(1404, 9, 1));
        True("cooperative.lastOrdinaryAssembly.inspectorsReportOn = @1404/04/10", f);
        True("all(v in cooperative.lastExtraordinaryAssembly.votes: v.present = 6 and v.inFavour = 4 and v.majorityRequired = 'two-thirds')", f);
        MissingNaming("cooperative.lastOrdinaryAssembly.inspectorsReportOn <= asOf", None(D(1404, 9, 1)), "cooperative.lastOrdinaryAssembly.inspectorsReportOn");

        CooperativeBuilder noVotes = Juybar();
        noVotes.Assemblies.Add(new GeneralAssembly(AssemblyKind.Extraordinary, AssemblyCall.First, null, D(1404, 5, 1), D(1404, 5, 20), 6, 0, ["x"], AssemblyElections.None));
        MissingNaming("count(cooperative.lastExtraordinaryAssembly.votes) = 0", new EligibilityFacts(noVotes.Build(), D(1404, 9, 1)), "cooperative.lastExtraordinaryAssembly.votes");
    }

    [Fact]
    public void Application_location_and_board_cheques()
    {
        True("application.boardMembersWithReturnedCheques = 1 and application.projectSettlement = 'town' and application.projectSettlementPopulation = 9999 and not application.projectInBorderArea", All(D(1404, 9, 1)));
        EligibilityFacts none = None(D(1404, 9, 1));
        MissingNaming("application.boardMembersWithReturnedCheques = 0", none, "application.boardMembersWithReturnedCheques");
        MissingNaming("application.projectSettlement = 'village'", none, "application.projectSettlement");
        MissingNaming("application.projectInBorderArea", none, "application.projectInBorderArea");
    }

    [Fact]
    public void A_misspelt_value_of_a_new_enum_field_is_refused_when_compiled()
    {
        ExpressionCompileException e = Assert.Throws<ExpressionCompileException>(() => Compiler.CompileCondition("application.projectSettlement = 'vilage'"));
        Assert.Contains("did you mean 'village'", e.Message, StringComparison.Ordinal);
    }
}
