using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting.Output;

namespace Coop.Domain.Reporting;

/// <summary>The obligations of one cooperative for one fiscal year, each with its due date and status as of a date.</summary>
public sealed class ComplianceCalendar
{
    private ComplianceCalendar(Cooperative cooperative, int fiscalYear, SolarHijriDate asOf, IReadOnlyList<ComplianceItem> items)
    {
        Cooperative = cooperative;
        FiscalYear = fiscalYear;
        AsOf = asOf;
        Items = items;
    }

    /// <summary>The cooperative.</summary>
    public Cooperative Cooperative { get; }

    /// <summary>The fiscal year (the SH year in which it starts).</summary>
    public int FiscalYear { get; }

    /// <summary>The date the statuses are evaluated at.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The obligations, ordered by due date then obligation.</summary>
    public IReadOnlyList<ComplianceItem> Items { get; }

    /// <summary>Builds the calendar of <paramref name="cooperative"/> for <paramref name="fiscalYear"/> as of today in Iran by .NET's time provider.</summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="timeProvider">Says what "today" is (Asia/Tehran), e.g. <see cref="TimeProvider.System"/>; a <c>FakeTimeProvider</c> in tests.</param>
    /// <param name="options">Roll and work calendar; <see cref="ComplianceOptions.Default"/> when null.</param>
    /// <returns>The calendar, as <see cref="For(Cooperative, int, SolarHijriDate, ComplianceOptions?)"/> builds it for today.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> or <paramref name="timeProvider"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside the supported years.</exception>
    public static ComplianceCalendar For(Cooperative cooperative, int fiscalYear, TimeProvider timeProvider, ComplianceOptions? options = null) =>
        For(cooperative, fiscalYear, SolarHijriDate.Today(timeProvider), options);

    /// <summary>Builds the calendar of <paramref name="cooperative"/> for <paramref name="fiscalYear"/> as of today in Iran by a NodaTime clock.</summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <param name="clock">Says what "today" is (Asia/Tehran).</param>
    /// <param name="options">Roll and work calendar; <see cref="ComplianceOptions.Default"/> when null.</param>
    /// <returns>The calendar, as <see cref="For(Cooperative, int, SolarHijriDate, ComplianceOptions?)"/> builds it for today.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside the supported years.</exception>
    public static ComplianceCalendar For(Cooperative cooperative, int fiscalYear, NodaTime.IClock clock, ComplianceOptions? options = null) =>
        For(cooperative, fiscalYear, SolarHijriDate.Today(clock), options);

    /// <summary>The years whose projected holidays some due date rests on (<see cref="ComplianceItem.RestsOnProjectedHolidays"/>), ascending; empty when none.</summary>
    public IReadOnlyList<int> ProjectedYears => [.. Items.Where(i => i.RestsOnProjectedHolidays).Select(i => i.ProjectedYear).Distinct().Order()];

    /// <summary>Builds the calendar of <paramref name="cooperative"/> for <paramref name="fiscalYear"/> as of <paramref name="asOf"/>.</summary>
    /// <remarks>
    /// Rules (docs/reporting.md): notice ≤ 2 months after the year's end; assembly ≤ 4 months after; statements ≤ 1 month and the
    /// inspectors' report ≤ 10 days before the assembly's held date if the ordinary assembly for the year was held by
    /// <paramref name="asOf"/>, else before the assembly deadline; trial balance of each fiscal quarter by the end of the following
    /// month (an assumption); for each board term and inspector term ending in the fiscal year, the term end and an election notice
    /// 2 months before it. Records dated after <paramref name="asOf"/> are ignored.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside the supported years.</exception>
    /// <exception cref="HolidayDataUnavailableException">
    /// A due date is rolled over a year whose holidays the work calendar cannot answer for (strict mode without that
    /// year's official table, or outside the projected years).
    /// </exception>
    public static ComplianceCalendar For(Cooperative cooperative, int fiscalYear, SolarHijriDate asOf, ComplianceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        options ??= ComplianceOptions.Default;
        SolarHijriDate start = cooperative.FiscalYearStart(fiscalYear);
        SolarHijriDate end = cooperative.FiscalYearEnd(fiscalYear);
        var items = new List<ComplianceItem>();

        GeneralAssembly? assembly = cooperative.Assemblies
            .Where(a => a.Kind == AssemblyKind.Ordinary && a.FiscalYear == fiscalYear && a.NoticeDate <= asOf)
            .OrderBy(a => a.HeldOn)
            .FirstOrDefault();
        SolarHijriDate? heldOn = assembly is not null && assembly.HeldOn <= asOf ? assembly.HeldOn : null;

        SolarHijriDate noticeDue = Deadlines.MonthsAfter(end, 2, endOfMonthSticky: true);
        items.Add(Item(ComplianceObligation.AssemblyNotice, 0, noticeDue, assembly?.NoticeDate, true));
        SolarHijriDate assemblyDue = cooperative.OrdinaryAssemblyDeadline(fiscalYear);
        items.Add(Item(ComplianceObligation.OrdinaryAssembly, 0, assemblyDue, heldOn, true));

        SolarHijriDate anchor = heldOn ?? assemblyDue;
        SolarHijriDate? statementsOn = cooperative.FinancialStatements
            .Where(s => s.FiscalYear == fiscalYear && s.SubmittedToInspectorsOn is { } d && d <= asOf)
            .Select(s => s.SubmittedToInspectorsOn)
            .Min();
        items.Add(Item(ComplianceObligation.StatementsToInspectors, 0, Deadlines.MonthsAfter(anchor, -1, endOfMonthSticky: false), statementsOn, true));
        // The model records no date for the inspectors' report: a held assembly implies it was presented (dated at the held date).
        items.Add(Item(ComplianceObligation.InspectorsReport, 0, anchor.AddDays(-10), heldOn, true));

        for (int quarter = 1; quarter <= 4; quarter++)
        {
            SolarHijriDate quarterEnd = start.AddMonths(3 * quarter).AddDays(-1);
            items.Add(Item(ComplianceObligation.QuarterlyTrialBalance, quarter, Deadlines.MonthsAfter(quarterEnd, 1, endOfMonthSticky: true), null, false));
        }

        foreach (SolarHijriDate termEnd in cooperative.BoardTerms.Select(t => t.EndsOn).Where(e => start <= e && e <= end).Distinct())
        {
            AddTerm(ComplianceObligation.BoardTermEnd, ComplianceObligation.BoardElectionNotice, AssemblyElections.Board, termEnd,
                cooperative.BoardTerms.Any(t => t.StartsOn <= termEnd.AddDays(1) && t.StartsOn > termEnd.AddYears(-1) && t.EndsOn > termEnd));
        }

        foreach (SolarHijriDate termEnd in cooperative.Inspectors.Select(t => t.EndsOn).Where(e => start <= e && e <= end).Distinct())
        {
            AddTerm(ComplianceObligation.InspectorTermEnd, ComplianceObligation.InspectorElectionNotice, AssemblyElections.Inspectors, termEnd,
                cooperative.Inspectors.Any(t => t.StartsOn <= termEnd.AddDays(1) && t.StartsOn > termEnd.AddYears(-1) && t.EndsOn > termEnd));
        }

        items.Sort((a, b) => a.Due != b.Due ? a.Due.CompareTo(b.Due) : a.Obligation != b.Obligation ? a.Obligation.CompareTo(b.Obligation) : a.Sequence.CompareTo(b.Sequence));
        return new ComplianceCalendar(cooperative, fiscalYear, asOf, items);

        void AddTerm(ComplianceObligation endObligation, ComplianceObligation noticeObligation, AssemblyElections elections, SolarHijriDate termEnd, bool renewed)
        {
            SolarHijriDate noticeDueOn = Deadlines.MonthsAfter(termEnd, -2, endOfMonthSticky: false);
            SolarHijriDate? noticed = cooperative.Assemblies
                .Where(a => a.Elections.HasFlag(elections) && a.NoticeDate <= asOf && a.NoticeDate <= termEnd && a.NoticeDate > termEnd.AddYears(-1))
                .Select(a => (SolarHijriDate?)a.NoticeDate)
                .Min();
            items.Add(Item(noticeObligation, 0, noticeDueOn, noticed, true));
            // A term end is "done" once it has passed and a successor term (started by then) continues it.
            items.Add(Item(endObligation, 0, termEnd, renewed && asOf > termEnd ? termEnd : null, true));
        }

        ComplianceItem Item(ComplianceObligation obligation, int sequence, SolarHijriDate legalDue, SolarHijriDate? doneOn, bool recorded)
        {
            WorkingDayResult adjusted = options.WorkCalendar.AdjustWithStanding(legalDue, options.Roll);
            SolarHijriDate due = adjusted.Date;
            ComplianceStatus status = doneOn is not null ? ComplianceStatus.Done : asOf <= due ? ComplianceStatus.Due : ComplianceStatus.Overdue;
            return new ComplianceItem(obligation, sequence, legalDue, due, status, doneOn, recorded)
            {
                RestsOnProjectedHolidays = adjusted.RestsOnProjectedHolidays,
                ProjectedYear = adjusted.ProjectedYear,
            };
        }
    }

    /// <summary>
    /// The items as iCalendar events for <see cref="IcsWriter"/>: all-day on the due date, a Persian title (the writer adds the SH date
    /// to the summary by default), the status and rule in the description, and a stable key
    /// <c>{national ID}-{obligation}-{fiscal year}[-{quarter}]</c> for the UID.
    /// </summary>
    public IReadOnlyList<IcsEvent> ToIcsEvents()
    {
        string id = Cooperative.NationalId.ToString();
        return Items.Select(item => new IcsEvent(
            item.Due,
            Title(item) + " — " + Cooperative.Name,
            string.Create(CultureInfo.InvariantCulture, $"{item.Obligation} FY {FiscalYear}: {item.Status}{(item.DoneOn is { } d ? " on " + d.ToString() : "")}; legal due {item.LegalDue}."),
            string.Create(CultureInfo.InvariantCulture, $"{id}-{item.Obligation}-{FiscalYear}{(item.Sequence > 0 ? "-Q" + item.Sequence.ToString(CultureInfo.InvariantCulture) : "")}"),
            item.Status == ComplianceStatus.Done ? IcsEventStatus.Confirmed : IcsEventStatus.Tentative,
            [item.Status.ToString()])).ToList();
    }

    /// <summary>
    /// The calendar as a table: obligation, quarter, legal due, due, status, done on, late. Late is <c>yes</c> or
    /// <c>no</c> for an obligation done (after its due date or not) and empty for one not done yet (its status, due or
    /// overdue, says where it stands).
    /// </summary>
    /// <returns>The table, English headers with the Persian title column.</returns>
    public Table ToTable() => new(
        [
            new TableColumn("obligation", "Obligation"),
            new TableColumn("title", "تکلیف"),
            new TableColumn("quarter", "Q", TableAlignment.Right),
            new TableColumn("legal_due", "Legal due"),
            new TableColumn("due", "Due"),
            new TableColumn("status", "Status"),
            new TableColumn("done_on", "Done on"),
            new TableColumn("late", "Late"),
        ],
        Items.Select(i => new TableCell[]
        {
            i.Obligation.ToString(), Title(i), i.Sequence == 0 ? TableCell.Empty : i.Sequence, i.LegalDue, i.Due, i.Status.ToString(),
            i.DoneOn is { } d ? d : TableCell.Empty, i.DoneOn is null ? TableCell.Empty : i.IsLate ? "yes" : "no",
        }));

    /// <summary>The calendar as a table in one language (<see cref="Text.Language.Fa"/>: Persian headers, titles and statuses; write it with Persian digits).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The table; the same columns as <see cref="ToTable()"/>, with the title column only (no English obligation name) in Persian.</returns>
    public Table ToTable(Text.Language language)
    {
        if (language != Text.Language.Fa)
        {
            return ToTable();
        }

        return new Table(
            [
                new TableColumn("title", "تکلیف"),
                new TableColumn("quarter", "فصل", TableAlignment.Right),
                new TableColumn("legal_due", "مهلت قانونی"),
                new TableColumn("due", "مهلت"),
                new TableColumn("status", "وضعیت"),
                new TableColumn("done_on", "تاریخ انجام"),
                new TableColumn("late", "با تأخیر"),
            ],
            Items.Select(i => new TableCell[]
            {
                Title(i), i.Sequence == 0 ? TableCell.Empty : i.Sequence, i.LegalDue, i.Due,
                i.Status switch { ComplianceStatus.Done => "انجام‌شده", ComplianceStatus.Due => "در مهلت", _ => "معوق" },
                i.DoneOn is { } d ? d : TableCell.Empty, i.DoneOn is null ? TableCell.Empty : i.IsLate ? "بله" : "خیر",
            }));
    }

    private static string Title(ComplianceItem item) => item.Obligation switch
    {
        ComplianceObligation.AssemblyNotice => "آگهی دعوت مجمع عمومی عادی سالیانه",
        ComplianceObligation.OrdinaryAssembly => "مجمع عمومی عادی سالیانه",
        ComplianceObligation.StatementsToInspectors => "تسلیم صورت‌های مالی به بازرسان",
        ComplianceObligation.InspectorsReport => "گزارش بازرسان",
        ComplianceObligation.QuarterlyTrialBalance => "تراز آزمایشی سه‌ماهه‌ی " + Text.PersianText.ToPersianDigits(item.Sequence.ToString(CultureInfo.InvariantCulture)),
        ComplianceObligation.BoardTermEnd => "پایان دوره هیئت‌مدیره",
        ComplianceObligation.BoardElectionNotice => "آگهی مجمع انتخاب هیئت‌مدیره",
        ComplianceObligation.InspectorTermEnd => "پایان دوره بازرسان",
        _ => "آگهی مجمع انتخاب بازرسان",
    };
}
