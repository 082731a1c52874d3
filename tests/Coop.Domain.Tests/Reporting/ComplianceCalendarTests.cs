using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Tests.Model;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.Reporting;

public sealed class ComplianceCalendarTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    private static Cooperative HeldOn(SolarHijriDate noticed, SolarHijriDate held)
    {
        CooperativeBuilder b = Samples.Juybar();
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Ordinary, AssemblyCall.First, 1404, noticed, held, 5, 0, ["Statements for 1404 approved"], AssemblyElections.None));
        return b.Build();
    }

    private static ComplianceItem Find(ComplianceCalendar calendar, ComplianceObligation obligation, int sequence = 0) =>
        Assert.Single(calendar.Items, i => i.Obligation == obligation && i.Sequence == sequence);

    [Fact]
    public void An_assembly_held_on_the_last_permitted_day_is_done()
    {
        ComplianceCalendar calendar = ComplianceCalendar.For(HeldOn(D(1405, 2, 20), D(1405, 4, 31)), 1404, D(1405, 5, 10));
        ComplianceItem assembly = Find(calendar, ComplianceObligation.OrdinaryAssembly);
        Assert.Equal(D(1405, 4, 31), assembly.Due);
        Assert.Equal(ComplianceStatus.Done, assembly.Status);
        Assert.False(assembly.IsLate);
        Assert.Equal(ComplianceStatus.Done, Find(calendar, ComplianceObligation.AssemblyNotice).Status);
        Assert.Equal(D(1405, 3, 31), Find(calendar, ComplianceObligation.StatementsToInspectors).Due);
        Assert.Equal(D(1405, 4, 21), Find(calendar, ComplianceObligation.InspectorsReport).Due);
    }

    [Fact]
    public void Without_an_assembly_the_notice_and_assembly_are_overdue_after_their_deadlines()
    {
        ComplianceCalendar calendar = ComplianceCalendar.For(Samples.Juybar().Build(), 1404, D(1405, 5, 1));
        ComplianceItem notice = Find(calendar, ComplianceObligation.AssemblyNotice);
        Assert.Equal(D(1405, 2, 31), notice.Due);
        Assert.Equal(ComplianceStatus.Overdue, notice.Status);
        Assert.Equal(ComplianceStatus.Overdue, Find(calendar, ComplianceObligation.OrdinaryAssembly).Status);
        Assert.Equal(D(1405, 3, 31), Find(calendar, ComplianceObligation.StatementsToInspectors).Due);
    }

    [Fact]
    public void Before_the_deadline_an_unheld_assembly_is_due()
    {
        ComplianceCalendar calendar = ComplianceCalendar.For(Samples.Juybar().Build(), 1404, D(1405, 2, 1));
        Assert.Equal(ComplianceStatus.Due, Find(calendar, ComplianceObligation.AssemblyNotice).Status);
        Assert.Equal(ComplianceStatus.Due, Find(calendar, ComplianceObligation.OrdinaryAssembly).Status);
    }

    [Fact]
    public void An_assembly_held_after_the_as_of_date_does_not_count_yet()
    {
        ComplianceCalendar calendar = ComplianceCalendar.For(HeldOn(D(1405, 2, 20), D(1405, 4, 31)), 1404, D(1405, 3, 1));
        Assert.Equal(ComplianceStatus.Done, Find(calendar, ComplianceObligation.AssemblyNotice).Status);
        Assert.Equal(ComplianceStatus.Due, Find(calendar, ComplianceObligation.OrdinaryAssembly).Status);
    }

    [Fact]
    public void Trial_balances_are_due_at_the_end_of_the_month_after_each_fiscal_quarter()
    {
        CooperativeBuilder b = Samples.Juybar(fiscalYearStartMonth: 7);
        b.Assemblies.Clear();
        b.FinancialStatements.Clear();
        ComplianceCalendar calendar = ComplianceCalendar.For(b.Build(), 1404, D(1404, 8, 1));
        Assert.Equal(D(1404, 10, 30), Find(calendar, ComplianceObligation.QuarterlyTrialBalance, 1).Due);
        Assert.Equal(D(1405, 1, 31), Find(calendar, ComplianceObligation.QuarterlyTrialBalance, 2).Due);
        Assert.Equal(D(1405, 7, 30), Find(calendar, ComplianceObligation.QuarterlyTrialBalance, 4).Due);
        Assert.False(Find(calendar, ComplianceObligation.QuarterlyTrialBalance, 1).Recorded);
    }

    [Fact]
    public void Board_and_inspector_terms_ending_in_the_year_bring_an_election_notice_two_months_before()
    {
        CooperativeBuilder b = Samples.Juybar();
        Cooperative coop = b.Build();
        ComplianceCalendar fy1404 = ComplianceCalendar.For(coop, 1404, D(1404, 5, 1));
        ComplianceItem boardEnd = Find(fy1404, ComplianceObligation.BoardTermEnd);
        Assert.Equal(D(1404, 3, 31), boardEnd.Due);
        Assert.Equal(ComplianceStatus.Overdue, boardEnd.Status); // no successor term recorded
        Assert.Equal(D(1404, 1, 31), Find(fy1404, ComplianceObligation.BoardElectionNotice).Due);

        ComplianceCalendar fy1405 = ComplianceCalendar.For(coop, 1405, D(1405, 1, 1));
        Assert.Equal(D(1405, 2, 19), Find(fy1405, ComplianceObligation.InspectorElectionNotice).Due);
        Assert.Equal(ComplianceStatus.Due, Find(fy1405, ComplianceObligation.InspectorTermEnd).Status);
    }

    [Fact]
    public void A_deadline_on_a_holiday_stays_unless_roll_forward_is_chosen()
    {
        Cooperative coop = Samples.Juybar().Build();
        WorkCalendar closed = WorkCalendar.Default.WithClosure(D(1405, 2, 31), "تعطیل", "Closure");
        var none = ComplianceCalendar.For(coop, 1404, D(1405, 1, 1), new ComplianceOptions { WorkCalendar = closed });
        Assert.Equal(D(1405, 2, 31), Find(none, ComplianceObligation.AssemblyNotice).Due);

        var forward = ComplianceCalendar.For(coop, 1404, D(1405, 1, 1), new ComplianceOptions { WorkCalendar = closed, Roll = DeadlineRoll.RollForward });
        ComplianceItem notice = Find(forward, ComplianceObligation.AssemblyNotice);
        Assert.Equal(D(1405, 2, 31), notice.LegalDue);
        Assert.True(notice.Due > D(1405, 2, 31));
        Assert.Equal(closed.NextWorkingDay(D(1405, 2, 31)), notice.Due);
    }

    [Fact]
    public void Rolled_due_dates_say_when_they_rest_on_projected_holidays_and_strict_mode_refuses_them()
    {
        Cooperative coop = Samples.Juybar().Build();
        // Over nine projected fiscal years before the table some rolled due date meets a projected holiday.
        ComplianceCalendar[] years = [.. Enumerable.Range(1385, 9).Select(y => ComplianceCalendar.For(coop, y, D(1405, 9, 14), new ComplianceOptions { Roll = DeadlineRoll.RollForward }))];
        ComplianceCalendar forward = Assert.Single(years.Where(c => c.ProjectedYears.Count > 0).Take(1));
        Assert.All(forward.Items, i => Assert.Equal(i.RestsOnProjectedHolidays, i.ProjectedYear != 0));
        Assert.All(forward.ProjectedYears, y => Assert.True(WorkCalendar.Default.IsProjectedYear(y)));
        Assert.Equal(forward.Items.Where(i => i.RestsOnProjectedHolidays).Select(i => i.ProjectedYear).Distinct().Order(), forward.ProjectedYears);

        var none = ComplianceCalendar.For(coop, 1405, D(1405, 9, 14));
        Assert.All(none.Items, i => Assert.False(i.RestsOnProjectedHolidays));
        Assert.Empty(none.ProjectedYears);

        var strict = new ComplianceOptions { Roll = DeadlineRoll.RollForward, WorkCalendar = WorkCalendar.Default.WithMissingData(MissingHolidayDataBehavior.Throw) };
        Assert.Equal(1406, Assert.Throws<HolidayDataUnavailableException>(() => ComplianceCalendar.For(coop, 1405, D(1405, 9, 14), strict)).Year);
    }

    [Fact]
    public void The_ics_export_has_Solar_Hijri_dates_and_stable_uids()
    {
        Cooperative coop = Samples.Juybar().Build();
        ComplianceCalendar calendar = ComplianceCalendar.For(coop, 1404, D(1405, 1, 1));
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 20, 12, 0));
        string ics = IcsWriter.ToIcs(calendar.ToIcsEvents(), clock).Replace("\r\n ", "", StringComparison.Ordinal);
        string again = IcsWriter.ToIcs(ComplianceCalendar.For(coop, 1404, D(1405, 3, 1)).ToIcsEvents(), clock).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("۱۴۰۵/۰۲/۳۱", ics, StringComparison.Ordinal);
        Assert.Contains(calendar.ToIcsEvents(), e => e.Key == coop.NationalId + "-AssemblyNotice-1404");
        Assert.Contains(calendar.ToIcsEvents(), e => e.Key == coop.NationalId + "-QuarterlyTrialBalance-1404-Q2");
        static string[] Uids(string text) => text.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Uids(ics), Uids(again));
        Assert.Equal(calendar.Items.Count, Uids(ics).Length);
        Assert.Equal(calendar.Items.Count, calendar.ToTable().Rows.Count);
    }
}
