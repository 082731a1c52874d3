using Coop.Domain.Calendar;
using CsCheck;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Model;
using static Coop.Domain.Tests.Eligibility.Facts.FactConditions;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Eligibility.Facts;

/// <summary>The facts added for the statutory-compliance policy (status since, registration capital, board term start,
/// inspectors, assembly deadlines and quorum base, member-count history).</summary>
public class StatutoryFactTests
{
    private static EligibilityFacts At(CooperativeBuilder b, SolarHijriDate asOf) => new(b.Build(), asOf);

    [Fact]
    public void Status_since_is_the_first_day_of_the_status_in_force()
    {
        CooperativeBuilder b = Juybar();
        b.StatusHistory.Add(new StatusChange(CooperativeStatus.Inactive, D(1403, 12, 30)));
        True("cooperative.statusSince = @1398/03/15 and cooperative.status = 'active'", At(b, D(1403, 12, 29)));
        True("cooperative.statusSince = @1403/12/30 and cooperative.status = 'inactive'", At(b, D(1403, 12, 30)));
        True("cooperative.statusSince + 1 year = @1404/12/29", At(b, D(1404, 6, 1)));
        MissingNaming("cooperative.statusSince <= asOf", At(b, D(1398, 3, 1)), "cooperative.statusSince");
    }

    [Fact]
    public void Registration_capital_is_the_capital_at_the_end_of_the_registration_day()
    {
        // Juybar: 7 × 100 shares subscribed on 1398/03/10 with 50,000,000 paid each; registered 1398/03/15; a later
        // payment (1399) and subscription (1400) do not count.
        EligibilityFacts f = At(Juybar(), D(1404, 9, 1));
        True("cooperative.registrationCapital = 700 million rial", f);
        True("cooperative.registrationPaidCapital = 350 million rial", f);
        True("cooperative.registrationPaidCapital * 3 >= cooperative.registrationCapital", f);
        True("cooperative.capital = 750 million rial", f);
        MissingNaming("cooperative.registrationCapital > 0 rial", At(Juybar(), D(1398, 3, 14)), "cooperative.registrationCapital");
    }

    [Fact]
    public void The_board_term_start_and_the_inspectors_in_office_are_visible()
    {
        EligibilityFacts f = At(Juybar(), D(1403, 1, 1));
        True("cooperative.boardTermStartsOn = @1401/04/01 and cooperative.boardTermEndsOn = @1404/03/31", f);
        True("cooperative.boardTermEndsOn < cooperative.boardTermStartsOn + 3 years", f);
        True("count(cooperative.inspectors) = 0", f);
        MissingNaming("cooperative.boardTermStartsOn <= asOf", At(Juybar(), D(1404, 9, 1)), "cooperative.boardTermStartsOn");

        CooperativeBuilder b = Juybar();
        b.Inspectors.Add(new InspectorTerm("Alternate B", PersonKind.Legal, SeatType.Alternate, D(1404, 4, 20), D(1405, 4, 19)));
        b.Inspectors.Add(new InspectorTerm("Old C", PersonKind.Natural, SeatType.Principal, D(1403, 4, 20), D(1404, 4, 19)));
        EligibilityFacts g = At(b, D(1404, 9, 1));
        True("count(cooperative.inspectors) = 2 and cooperative.inspectorCount = 1", g);
        True("count(i in cooperative.inspectors where i.type = 'alternate' and i.kind = 'legal') = 1", g);
        True("all(i in cooperative.inspectors: i.startsOn = @1404/04/20 and i.endsOn = @1405/04/19)", g);
        True("all(i in cooperative.inspectors: i.endsOn <= i.startsOn + 1 year)", g);
    }

    [Fact]
    public void The_last_assembly_knows_its_fiscal_year_end_member_count_and_statement_date()
    {
        EligibilityFacts f = At(Juybar(), D(1404, 9, 1));
        // Fiscal year 1403 (a leap year) ends 1403/12/30; the assembly on 1404/04/20 saw the 8 members of that day.
        True("cooperative.lastOrdinaryAssembly.fiscalYearEndsOn = @1403/12/30", f);
        True("endOfMonth(cooperative.lastOrdinaryAssembly.fiscalYearEndsOn + 4 months) = @1404/04/31", f);
        True("cooperative.lastOrdinaryAssembly.memberCount = 8", f);
        True("cooperative.lastOrdinaryAssembly.statementToInspectorsOn = @1404/03/20", f);

        CooperativeBuilder b = Juybar();
        b.FinancialStatements[0] = b.FinancialStatements[0] with { SubmittedToInspectorsOn = null };
        MissingNaming("cooperative.lastOrdinaryAssembly.statementToInspectorsOn <= asOf", At(b, D(1404, 9, 1)), "cooperative.lastOrdinaryAssembly.statementToInspectorsOn");
    }

    [Fact]
    public void A_fiscal_year_1404_ends_on_the_29th_so_its_deadlines_are_end_of_month()
    {
        CooperativeBuilder b = Juybar();
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.Second, 1404, D(1405, 2, 31), D(1405, 4, 31), 3, 0, ["ok"], AssemblyElections.None));
        EligibilityFacts f = At(b, D(1405, 6, 1));
        True("cooperative.lastOrdinaryAssembly.fiscalYearEndsOn = @1404/12/29", f);
        True("cooperative.lastOrdinaryAssembly.heldOn <= endOfMonth(cooperative.lastOrdinaryAssembly.fiscalYearEndsOn + 4 months)", f);
        True("cooperative.lastOrdinaryAssembly.noticeDate <= endOfMonth(cooperative.lastOrdinaryAssembly.fiscalYearEndsOn + 2 months)", f);
        True("cooperative.lastOrdinaryAssembly.onTime", f);
        MissingNaming("cooperative.lastOrdinaryAssembly.statementToInspectorsOn <= asOf", f, "cooperative.lastOrdinaryAssembly.statementToInspectorsOn");
    }

    [Fact]
    public void Member_count_history_splits_on_joins_and_the_day_after_an_exit()
    {
        CooperativeBuilder b = Juybar();
        b.Members.Add(Natural(9, D(1401, 1, 1), left: D(1403, 12, 30)));
        EligibilityFacts f = At(b, D(1404, 6, 1));
        // 7 founders from registration (they joined before it), member 8 on 1400/01/10, member 9 from 1401/01/01
        // to 1403/12/30 inclusive.
        True("count(cooperative.memberCountHistory) = 4", f);
        True("any(p in cooperative.memberCountHistory: p.from = @1398/03/15 and p.to = @1400/01/09 and p.count = 7)", f);
        True("any(p in cooperative.memberCountHistory: p.from = @1400/01/10 and p.to = @1400/12/29 and p.count = 8)", f);
        True("any(p in cooperative.memberCountHistory: p.from = @1401/01/01 and p.to = @1403/12/30 and p.count = 9)", f);
        True("any(p in cooperative.memberCountHistory: p.from = @1404/01/01 and p.to = @1404/06/01 and p.count = 8)", f);
        True("max(p in cooperative.memberCountHistory where p.to >= asOf - 3 months: p.count) = 8", f);
        True("count(cooperative.memberCountHistory) = 0", At(b, D(1398, 3, 14)));
    }

    [Fact]
    public void Member_count_history_merges_equal_neighbours_and_has_no_gaps()
    {
        CooperativeBuilder b = Juybar();
        // Member 9 leaves on 1402/05/10 and member 10 joins the next day: the count stays 9.
        b.Members.Add(Natural(9, D(1401, 1, 1), left: D(1402, 5, 10)));
        b.Members.Add(Natural(10, D(1402, 5, 11)));
        Cooperative c = b.Build();
        var f = new EligibilityFacts(c, D(1404, 6, 1));
        IReadOnlyList<MemberCountPeriod> h = f.MemberCountHistory;
        Assert.Equal([7, 8, 9], h.Select(p => p.Count));
        Assert.Equal(c.RegisteredOn, h[0].From);
        Assert.Equal(D(1404, 6, 1), h[^1].To);
        for (int i = 1; i < h.Count; i++)
        {
            Assert.Equal(h[i - 1].To.AddDays(1), h[i].From);
        }

        // Every day's count matches the members on that day.
        foreach (MemberCountPeriod p in h)
        {
            Assert.Equal(p.Count, c.Members.Count(m => m.IsMemberOn(p.From)));
            Assert.Equal(p.Count, c.Members.Count(m => m.IsMemberOn(p.To)));
        }
    }

    [Fact]
    public void Member_count_history_matches_the_members_on_every_boundary_day_for_any_register()
    {
        // Members join up to 60 days before registration or up to ~6 years after, and may leave later.
        var member = Gen.Select(Gen.Int[-60, 2200], Gen.Int[-1, 1500]);
        Gen.Select(member.Array[0, 12], Gen.Int[-30, 2500]).Sample((extra, asOfOffset) =>
        {
            CooperativeBuilder b = Juybar();
            SolarHijriDate registered = b.RegisteredOn;
            for (int i = 0; i < extra.Length; i++)
            {
                (int join, int stay) = extra[i];
                SolarHijriDate joined = registered.AddDays(join);
                b.Members.Add(Natural(100 + i, joined, left: stay < 0 ? null : joined.AddDays(stay)));
            }

            Cooperative c = b.Build();
            SolarHijriDate asOf = registered.AddDays(asOfOffset);
            IReadOnlyList<MemberCountPeriod> h = new EligibilityFacts(c, asOf).MemberCountHistory;
            if (asOf < registered)
            {
                Assert.Empty(h);
                return;
            }

            Assert.Equal(registered, h[0].From);
            Assert.Equal(asOf, h[^1].To);
            for (int i = 0; i < h.Count; i++)
            {
                MemberCountPeriod p = h[i];
                Assert.True(p.From <= p.To);
                Assert.Equal(p.Count, c.Members.Count(m => m.IsMemberOn(p.From)));
                Assert.Equal(p.Count, c.Members.Count(m => m.IsMemberOn(p.To)));
                Assert.Equal(p.Count, c.Members.Count(m => m.IsMemberOn(p.From.AddDays((p.To.DayNumber - p.From.DayNumber) / 2))));
                if (i > 0)
                {
                    Assert.Equal(h[i - 1].To.AddDays(1), p.From);
                    Assert.NotEqual(h[i - 1].Count, p.Count);
                }
            }
        }, iter: 300);
    }
}
