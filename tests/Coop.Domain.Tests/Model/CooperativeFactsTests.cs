using Coop.Domain.Model;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Model;

public class CooperativeFactsTests
{
    private static Cooperative WithOrdinaryAssembly(int fiscalYear, Coop.Domain.Calendar.SolarHijriDate heldOn, int startMonth = 1)
    {
        CooperativeBuilder b = Juybar(startMonth);
        b.Assemblies.Clear();
        b.FinancialStatements.Clear(); // the sample's statements are dated for a Farvardin fiscal year
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.First, fiscalYear, heldOn.AddDays(-20), heldOn, 6, 0, ["approved"], AssemblyElections.None));
        return b.Build();
    }

    [Fact]
    public void Assembly_for_1404_held_on_1405_04_31_is_on_time()
    {
        Cooperative c = WithOrdinaryAssembly(1404, D(1405, 4, 31));
        Assert.Equal(D(1404, 12, 29), c.FiscalYearEnd(1404));
        Assert.Equal(D(1405, 4, 31), c.OrdinaryAssemblyDeadline(1404));
        CooperativeFacts f = c.FactsAt(D(1405, 6, 1));
        Assert.Equal(D(1405, 4, 31), f.LastOrdinaryAssembly!.HeldOn);
        Assert.True(f.LastOrdinaryAssemblyOnTime);
    }

    [Fact]
    public void Assembly_for_1404_held_on_1405_05_01_is_late()
    {
        CooperativeFacts f = WithOrdinaryAssembly(1404, D(1405, 5, 1)).FactsAt(D(1405, 6, 1));
        Assert.False(f.LastOrdinaryAssemblyOnTime);
    }

    [Fact]
    public void Leap_Esfand_does_not_change_the_deadline()
    {
        Cooperative c = Juybar().Build();
        Assert.Equal(D(1403, 12, 30), c.FiscalYearEnd(1403));
        Assert.Equal(D(1404, 4, 31), c.OrdinaryAssemblyDeadline(1403));
    }

    [Fact]
    public void A_fiscal_year_starting_in_Mehr_ends_in_Shahrivar_and_its_assembly_is_due_by_the_end_of_Dey()
    {
        Cooperative c = WithOrdinaryAssembly(1403, D(1404, 10, 30), startMonth: 7);
        Assert.Equal(D(1403, 7, 1), c.FiscalYearStart(1403));
        Assert.Equal(D(1404, 6, 31), c.FiscalYearEnd(1403));
        Assert.Equal(D(1404, 10, 30), c.OrdinaryAssemblyDeadline(1403));
        Assert.Equal(1403, c.FiscalYearOf(D(1404, 6, 31)));
        Assert.Equal(1404, c.FiscalYearOf(D(1404, 7, 1)));
        Assert.True(c.FactsAt(D(1404, 11, 1)).LastOrdinaryAssemblyOnTime);
        Assert.False(WithOrdinaryAssembly(1403, D(1404, 11, 1), startMonth: 7).FactsAt(D(1404, 11, 1)).LastOrdinaryAssemblyOnTime);
        Assert.Equal(1402, c.FactsAt(D(1404, 6, 31)).LastClosedFiscalYear);
    }

    [Fact]
    public void An_ordinary_assembly_held_before_its_year_ends_is_a_violation()
    {
        CooperativeBuilder b = Juybar(7);
        b.Assemblies.Clear();
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.First, 1403, D(1404, 6, 1), D(1404, 6, 31), 6, 0, [], AssemblyElections.None));
        Assert.False(b.TryBuild(out _, out IReadOnlyList<ModelViolation> v));
        Assert.Contains(v, x => x.Path == "assemblies[0].heldOn" && x.Message.Contains("1404/06/31", StringComparison.Ordinal));
    }

    [Fact]
    public void Member_counts_follow_join_and_exit_dates()
    {
        CooperativeBuilder b = Juybar();
        b.Members[6] = b.Members[6] with { LeftOn = D(1403, 1, 1) };
        b.ShareEntries.Add(new ShareEntry(D(1403, 1, 1), ShareEntryKind.Redemption, 7, 100, Money.FromRials(50_000_000)));
        Cooperative c = b.Build();
        Assert.Equal(7, c.FactsAt(D(1399, 1, 1)).MemberCount);
        Assert.Equal(8, c.FactsAt(D(1400, 1, 10)).MemberCount);
        Assert.Equal(8, c.FactsAt(D(1403, 1, 1)).MemberCount);   // the exit day still counts
        Assert.Equal(7, c.FactsAt(D(1403, 1, 2)).MemberCount);
        Assert.Equal(4, c.FactsAt(D(1403, 1, 2)).EmployedMemberCount);
        Assert.Equal(0, c.FactsAt(D(1398, 1, 1)).MemberCount);
    }

    [Fact]
    public void Shares_of_capital_are_exact_fractions()
    {
        CooperativeFacts f = Juybar().Build().FactsAt(D(1402, 1, 1));
        Assert.Equal(750, f.SharesOutstanding);
        Assert.Equal(new Proportion(130, 750), f.ShareOfCapital(1));
        Assert.Equal(13, f.ShareOfCapital(1).Numerator);
        Assert.Equal(75, f.ShareOfCapital(1).Denominator);
        Assert.Equal(new Proportion(70, 750), f.ShareOfCapital(2));
        Assert.Equal(Proportion.Zero, f.ShareOfCapital(99));
        Assert.Equal(new Proportion(13, 75), f.LargestShareOfCapital);
        Assert.Equal(Money.FromRials(750_000_000), f.Capital);
        Assert.Equal(Money.FromRials(450_000_000), f.PaidCapital);
        Assert.Equal(1, f.ShareOfCapital(1).CompareTo(0.17m));
        Assert.Equal(-1, f.ShareOfCapital(1).CompareTo(0.1734m));
    }

    [Fact]
    public void Board_term_is_valid_only_within_its_dates()
    {
        Cooperative c = Juybar().Build();
        Assert.False(c.FactsAt(D(1401, 3, 31)).BoardTermValid);
        Assert.True(c.FactsAt(D(1401, 4, 1)).BoardTermValid);
        Assert.True(c.FactsAt(D(1404, 3, 31)).BoardTermValid);
        CooperativeFacts after = c.FactsAt(D(1404, 4, 1));
        Assert.False(after.BoardTermValid);
        Assert.Null(after.CurrentBoardTerm);
        Assert.Equal(1, after.CurrentManagingDirector!.MemberNumber);
        Assert.Equal(0, after.PrincipalInspectorsInOffice);
        Assert.Equal(1, c.FactsAt(D(1404, 4, 20)).PrincipalInspectorsInOffice);
    }

    [Fact]
    public void Statements_are_on_file_from_the_day_they_reach_the_system()
    {
        Cooperative c = Juybar().Build();
        Assert.False(c.FactsAt(D(1404, 4, 24)).HasStatementsFor(1403));
        CooperativeFacts f = c.FactsAt(D(1404, 4, 25));
        Assert.True(f.HasStatementsFor(1403));
        Assert.Equal([1403], f.StatementYearsOnFile);
        Assert.False(f.HasStatementsFor(1402));
    }

    [Fact]
    public void A_missed_assembly_is_caught_even_when_the_previous_one_was_on_time()
    {
        // The sample's last ordinary assembly (for 1403) was on time; the one for 1404 is due by 1405/04/31.
        Cooperative c = Juybar().Build();
        CooperativeFacts onDeadline = c.FactsAt(D(1405, 4, 31));
        Assert.Equal(1403, onDeadline.LastDueFiscalYear);
        Assert.True(onDeadline.LastDueAssemblyHeldOnTime);

        CooperativeFacts after = c.FactsAt(D(1405, 5, 1));
        Assert.True(after.LastOrdinaryAssemblyOnTime);
        Assert.Equal(1404, after.LastDueFiscalYear);
        Assert.False(after.LastDueAssemblyHeldOnTime);
    }

    [Fact]
    public void No_assembly_is_due_for_years_before_registration()
    {
        Cooperative c = Juybar().Build(); // registered 1398/03/15
        CooperativeFacts f = c.FactsAt(D(1398, 6, 1));
        Assert.Null(f.LastDueFiscalYear);
        Assert.Null(f.LastDueAssemblyHeldOnTime);
        Assert.Equal(1398, c.FactsAt(D(1399, 5, 1)).LastDueFiscalYear);
    }

    [Fact]
    public void No_ordinary_assembly_means_on_time_is_unknown()
    {
        CooperativeBuilder b = Juybar();
        b.Assemblies.Clear();
        CooperativeFacts f = b.Build().FactsAt(D(1404, 8, 1));
        Assert.Null(f.LastOrdinaryAssembly);
        Assert.Null(f.LastOrdinaryAssemblyOnTime);
    }

    [Fact]
    public void Fiscal_years_outside_the_calendar_are_rejected()
    {
        Cooperative c = Juybar().Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => c.FiscalYearEnd(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.OrdinaryAssemblyDeadline(9377));
    }
}
