using System.Collections.Immutable;
using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// Facts derived from a <see cref="Cooperative"/> at an as-of date, the values eligibility rules ask for.
/// Records dated after the as-of date are ignored. Create with <see cref="Cooperative.FactsAt"/>.
/// </summary>
public sealed class CooperativeFacts
{
    private readonly Cooperative _cooperative;
    private readonly Dictionary<int, ShareHolding> _holdings;

    internal CooperativeFacts(Cooperative cooperative, SolarHijriDate asOf)
    {
        _cooperative = cooperative;
        AsOf = asOf;
        Status = cooperative.StatusOn(asOf);

        Member[] current = cooperative.Members.Where(m => m.IsMemberOn(asOf)).ToArray();
        MemberCount = current.Length;
        EmployedMemberCount = current.Count(m => m.IsEmployed);

        Holdings = [.. cooperative.ShareLedger.HoldingsAt(asOf)];
        _holdings = Holdings.ToDictionary(h => h.MemberNumber);
        SharesOutstanding = Holdings.Sum(h => h.Shares);
        Capital = cooperative.ShareLedger.NominalValue * SharesOutstanding;
        PaidCapital = Money.Sum(Holdings.Select(h => h.Paid));
        long largest = 0;
        foreach (ShareHolding h in Holdings)
        {
            largest = Math.Max(largest, h.Shares);
        }

        LargestShareOfCapital = SharesOutstanding > 0 && Holdings.Length > 0
            ? new Proportion(largest, SharesOutstanding)
            : Proportion.Zero;

        CurrentBoardTerm = cooperative.BoardTerms.FirstOrDefault(t => t.Covers(asOf));
        CurrentManagingDirector = cooperative.ManagingDirectors.FirstOrDefault(t => t.Covers(asOf));
        PrincipalInspectorsInOffice = cooperative.Inspectors.Count(t => t.Type == SeatType.Principal && t.Covers(asOf));

        LastOrdinaryAssembly = cooperative.Assemblies
            .Where(a => a.Kind == AssemblyKind.Ordinary && a.HeldOn <= asOf)
            .OrderBy(a => a.HeldOn)
            .ThenBy(a => a.FiscalYear)
            .LastOrDefault();

        LastClosedFiscalYear = cooperative.FiscalYearOf(asOf) - 1;
        LastDueFiscalYear = FindLastDueFiscalYear(cooperative, asOf);
        if (LastDueFiscalYear is int due)
        {
            SolarHijriDate deadline = cooperative.OrdinaryAssemblyDeadline(due);
            LastDueAssemblyHeldOnTime = cooperative.Assemblies.Any(a => a.Kind == AssemblyKind.Ordinary && a.FiscalYear == due && a.HeldOn <= deadline);
        }

        StatementYearsOnFile = [.. cooperative.FinancialStatements
            .Where(s => s.SubmittedToSystemOn is { } on && on <= asOf)
            .Select(s => s.FiscalYear)
            .Order()];
    }

    /// <summary>The day the facts describe.</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The status at <see cref="AsOf"/>, or <see langword="null"/> before the first recorded status.</summary>
    public CooperativeStatus? Status { get; }

    /// <summary>Whether the status at <see cref="AsOf"/> is <see cref="CooperativeStatus.Active"/>.</summary>
    public bool IsActive => Status == CooperativeStatus.Active;

    /// <summary>Members on <see cref="AsOf"/> (joined on or before it and not left before it).</summary>
    public int MemberCount { get; }

    /// <summary>Of those, the members employed in the cooperative.</summary>
    public int EmployedMemberCount { get; }

    /// <summary>Every member holding shares or paid money at the end of <see cref="AsOf"/>, by member number.</summary>
    public ImmutableArray<ShareHolding> Holdings { get; }

    /// <summary>Shares outstanding at the end of <see cref="AsOf"/>.</summary>
    public long SharesOutstanding { get; }

    /// <summary>Nominal capital: shares outstanding × nominal value.</summary>
    public Money Capital { get; }

    /// <summary>Paid-in capital.</summary>
    public Money PaidCapital { get; }

    /// <summary>The board term covering <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public BoardTerm? CurrentBoardTerm { get; }

    /// <summary>Whether a board term covers <see cref="AsOf"/> (the board's mandate has not expired).</summary>
    public bool BoardTermValid => CurrentBoardTerm is not null;

    /// <summary>The managing director in office on <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public ManagingDirectorTerm? CurrentManagingDirector { get; }

    /// <summary>Principal inspectors whose term covers <see cref="AsOf"/>.</summary>
    public int PrincipalInspectorsInOffice { get; }

    /// <summary>The last ordinary general assembly held on or before <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public GeneralAssembly? LastOrdinaryAssembly { get; }

    /// <summary>
    /// Whether <see cref="LastOrdinaryAssembly"/> was held by the deadline for its fiscal year (the last day of
    /// the 4th month after the year ends); <see langword="null"/> when there is none.
    /// </summary>
    public bool? LastOrdinaryAssemblyOnTime =>
        LastOrdinaryAssembly is { FiscalYear: int fy } a ? a.HeldOn <= _cooperative.OrdinaryAssemblyDeadline(fy) : null;

    /// <summary>The last fiscal year that ended before the fiscal year containing <see cref="AsOf"/>.</summary>
    public int LastClosedFiscalYear { get; }

    /// <summary>
    /// The latest fiscal year whose ordinary-assembly deadline is before <see cref="AsOf"/> and which ended on
    /// or after registration; <see langword="null"/> when no assembly has fallen due yet.
    /// </summary>
    public int? LastDueFiscalYear { get; }

    /// <summary>
    /// Whether an ordinary assembly for <see cref="LastDueFiscalYear"/> was held by its deadline;
    /// <see langword="null"/> when no assembly is due. Unlike <see cref="LastOrdinaryAssemblyOnTime"/>, this
    /// is false when the latest due assembly was never held, even if an older one was on time.
    /// </summary>
    public bool? LastDueAssemblyHeldOnTime { get; }

    /// <summary>
    /// Fiscal years whose statements are on file at <see cref="AsOf"/>: submitted to the smart system on or
    /// before it. In increasing order.
    /// </summary>
    public ImmutableArray<int> StatementYearsOnFile { get; }

    /// <summary>Whether statements for <paramref name="fiscalYear"/> are on file at <see cref="AsOf"/>.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    public bool HasStatementsFor(int fiscalYear) => StatementYearsOnFile.Contains(fiscalYear);

    /// <summary>The shares a member holds at the end of <see cref="AsOf"/>; 0 for a member with none (a dictionary lookup).</summary>
    /// <param name="memberNumber">The membership number.</param>
    internal long SharesOf(int memberNumber) => _holdings.TryGetValue(memberNumber, out ShareHolding h) ? h.Shares : 0;

    /// <summary>
    /// A member's share of capital at <see cref="AsOf"/>: shares held / shares outstanding, exact (all shares
    /// have the same nominal value). Zero when the member holds none or nothing is outstanding.
    /// </summary>
    /// <param name="memberNumber">The member.</param>
    public Proportion ShareOfCapital(int memberNumber) =>
        SharesOutstanding > 0 && _holdings.TryGetValue(memberNumber, out ShareHolding h)
            ? new Proportion(h.Shares, SharesOutstanding)
            : Proportion.Zero;

    private static int? FindLastDueFiscalYear(Cooperative c, SolarHijriDate asOf)
    {
        // The year before the current one is due once its deadline has passed; the one before that always is.
        int current = c.FiscalYearOf(asOf);
        for (int fy = current - 1; fy >= current - 2 && FiscalCalendar.IsSupported(fy); fy--)
        {
            if (c.OrdinaryAssemblyDeadline(fy) < asOf)
            {
                return c.FiscalYearEnd(fy) >= c.RegisteredOn ? fy : null;
            }
        }

        return null;
    }

    /// <summary>The largest share of capital any one member holds at <see cref="AsOf"/>; zero when nothing is outstanding.</summary>
    /// <remarks>Computed once with the other facts, so reading it costs nothing (rules read it per evaluation).</remarks>
    public Proportion LargestShareOfCapital { get; }
}
