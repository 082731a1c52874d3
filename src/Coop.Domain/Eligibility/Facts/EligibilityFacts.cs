using Coop.Domain.Calendar;
using Coop.Domain.Model;
using System.Runtime.CompilerServices;

namespace Coop.Domain.Eligibility.Facts;

/// <summary>
/// The root of the standard fact schema (<see cref="CoopFactSchema"/>): one cooperative, the facts derived from it
/// at an as-of date, and optionally the facility application being judged. Immutable and safe to share between
/// threads; build one per (cooperative, application, date) and evaluate any number of conditions over it.
/// </summary>
/// <remarks>
/// Everything dated after <see cref="AsOf"/> is ignored: members who joined later, a later exit date, statements
/// submitted later, employment periods that start later (the same cut-off as <see cref="Cooperative.FactsAt"/>).
/// </remarks>
public sealed class EligibilityFacts
{
    /// <summary>Derives the facts of <paramref name="cooperative"/> at <paramref name="asOf"/>.</summary>
    /// <param name="cooperative">The cooperative being judged.</param>
    /// <param name="asOf">The as-of date: the facts are those known at the end of this day.</param>
    /// <param name="application">The facility application being judged, or <see langword="null"/> when the rules
    /// judge the cooperative alone (every <c>application.*</c> fact is then missing).</param>
    /// <exception cref="ArgumentNullException"><paramref name="cooperative"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public EligibilityFacts(Cooperative cooperative, SolarHijriDate asOf, FacilityApplication? application = null)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        Cooperative = cooperative;
        AsOf = asOf;
        Application = application is { } a && a.AppliedOn > asOf ? null : application;
        Derived = cooperative.FactsAt(asOf);

        // Everyone who had joined by the as-of date; the members on it are those of them who had not left (the same
        // facts, derived once).
        MemberFacts[] joined = [.. cooperative.Members.Where(m => m.JoinedOn <= asOf).Select(m => new MemberFacts(m, asOf, Derived))];
        AllMembers = joined;
        Members = Array.FindAll(joined, m => m.IsMember);

        LastStatement = cooperative.FinancialStatements
            .Where(s => s.SubmittedToSystemOn is { } on && on <= asOf)
            .OrderBy(s => s.FiscalYear)
            .LastOrDefault();
        BoardSize = Derived.CurrentBoardTerm?.Seats.Count(s => s.Type == SeatType.Principal);
        LatestEmployment = cooperative.Employment
            .Where(e => e.From <= asOf)
            .OrderBy(e => e.From)
            .LastOrDefault();

        // Dated facts are cut at the as-of date: a later state is never read as the state on it. A profile updated
        // after the as-of date says nothing about the profile on it (its earlier state is not kept), so it is missing
        // and the rules reading it are incomplete; an alignment dated after it had not happened yet.
        Profile = cooperative.SmartSystemProfile.LastUpdatedOn is { } updated && updated > asOf ? null : cooperative.SmartSystemProfile;
        StatuteAligned = cooperative.StatuteAlignment.Aligned && !(cooperative.StatuteAlignment.AlignedOn is { } alignedOn && alignedOn > asOf);

        StatusSince = cooperative.StatusHistory.LastOrDefault(c => c.EffectiveFrom <= asOf)?.EffectiveFrom;
        Inspectors = cooperative.Inspectors.Where(t => t.Covers(asOf)).ToArray();
        if (Derived.LastOrdinaryAssembly is { FiscalYear: int fy } assembly)
        {
            LastAssemblyFiscalYearEnd = cooperative.FiscalYearEnd(fy);
            MembersOnLastAssemblyDay = cooperative.Members.Count(m => m.IsMemberOn(assembly.HeldOn));
            LastAssemblyStatementToInspectorsOn = cooperative.FinancialStatements
                .FirstOrDefault(s => s.FiscalYear == fy)?.SubmittedToInspectorsOn is { } toInspectors && toInspectors <= asOf ? toInspectors : null;
        }

        LastExtraordinaryAssembly = cooperative.Assemblies
            .Where(a => a.Kind == AssemblyKind.Extraordinary && a.HeldOn <= asOf)
            .OrderBy(a => a.HeldOn)
            .LastOrDefault();
        if (LastExtraordinaryAssembly is { } extraordinary)
        {
            MembersOnLastExtraordinaryAssemblyDay = cooperative.Members.Count(m => m.IsMemberOn(extraordinary.HeldOn));
        }

        // Optional facts: missing (null) when not recorded; warnings issued after the as-of date are not yet known.
        MinistryWarnings = cooperative.MinistryWarnings is { } warnings ? [.. warnings.Where(w => w.IssuedOn <= asOf)] : null;
        BoardSeats = Derived.CurrentBoardTerm is { } term
            ? [.. term.Seats.Select(seat => new BoardSeatFacts(seat, IsEmployedMember(cooperative, seat.MemberNumber, asOf)))]
            : [];
        ManagingDirectorEmployedMember = Derived.CurrentManagingDirector is { } director
            ? director.MemberNumber is int number && IsEmployedMember(cooperative, number, asOf)
            : null;

        _memberCountHistory = new Lazy<MemberCountPeriod[]>(() => MemberCountPeriod.Of(cooperative, asOf));
        _atRegistration = new Lazy<CooperativeFacts?>(() => cooperative.RegisteredOn <= asOf ? cooperative.FactsAt(cooperative.RegisteredOn) : null);
    }

    private readonly Lazy<MemberCountPeriod[]> _memberCountHistory;
    private readonly Lazy<CooperativeFacts?> _atRegistration;

    /// <summary>The cooperative being judged.</summary>
    public Cooperative Cooperative { get; }

    /// <summary>The as-of date (the language's <c>asOf</c>).</summary>
    public SolarHijriDate AsOf { get; }

    /// <summary>The facility application being judged, or <see langword="null"/> when there is none.</summary>
    public FacilityApplication? Application { get; }

    /// <summary>The cooperative's derived facts at <see cref="AsOf"/>.</summary>
    public CooperativeFacts Derived { get; }

    /// <summary>The statement of the latest fiscal year submitted to the system on or before <see cref="AsOf"/>, or
    /// <see langword="null"/> when none is on file.</summary>
    public FinancialStatement? LastStatement { get; }

    /// <summary>The employment period that started last on or before <see cref="AsOf"/>, or <see langword="null"/>.</summary>
    public EmploymentRecord? LatestEmployment { get; }

    /// <summary>Principal seats of the board term covering the as-of date, or <see langword="null"/> when none does.</summary>
    internal int? BoardSize { get; }

    /// <summary>The smart-system profile, or null when it was last updated after <see cref="AsOf"/>.</summary>
    internal SmartSystemProfile? Profile { get; }

    /// <summary>Whether the statute was aligned on or before <see cref="AsOf"/> (an undated alignment counts).</summary>
    internal bool StatuteAligned { get; }

    /// <summary>Members on the as-of date, in register order.</summary>
    internal IReadOnlyList<MemberFacts> Members { get; }

    /// <summary>Members who joined on or before the as-of date, including those who have left, in register order.</summary>
    internal IReadOnlyList<MemberFacts> AllMembers { get; }

    /// <summary>The first day of the status in force on the as-of date, or <see langword="null"/> before the first status.</summary>
    internal SolarHijriDate? StatusSince { get; }

    /// <summary>Inspector terms (principal and alternate) covering the as-of date.</summary>
    internal IReadOnlyList<InspectorTerm> Inspectors { get; }

    /// <summary>The last day of the fiscal year the last ordinary assembly reviewed; <see langword="null"/> when none was held.</summary>
    internal SolarHijriDate? LastAssemblyFiscalYearEnd { get; }

    /// <summary>The latest extraordinary general assembly held on or before the as-of date; <see langword="null"/> when none.</summary>
    internal GeneralAssembly? LastExtraordinaryAssembly { get; }

    /// <summary>Members on the day the last extraordinary assembly met; <see langword="null"/> when none was held.</summary>
    internal int? MembersOnLastExtraordinaryAssemblyDay { get; }

    /// <summary>Members on the day the last ordinary assembly met; <see langword="null"/> when none was held.</summary>
    internal int? MembersOnLastAssemblyDay { get; }

    /// <summary>When the statements of the last ordinary assembly's fiscal year went to the inspectors, if recorded.</summary>
    internal SolarHijriDate? LastAssemblyStatementToInspectorsOn { get; }

    /// <summary>The ministry's warnings issued on or before the as-of date; <see langword="null"/> when none were recorded.</summary>
    internal IReadOnlyList<MinistryWarning>? MinistryWarnings { get; }

    /// <summary>Seats of the board term covering the as-of date (empty when none does).</summary>
    internal IReadOnlyList<BoardSeatFacts> BoardSeats { get; }

    /// <summary>Whether the managing director in office is an employed member; <see langword="null"/> when none is in office.</summary>
    internal bool? ManagingDirectorEmployedMember { get; }

    private static bool IsEmployedMember(Cooperative cooperative, int number, SolarHijriDate asOf) =>
        cooperative.FindMember(number) is { } m && m.IsMemberOn(asOf) && m.IsEmployed;

    /// <summary>The member count from registration to the as-of date, period by period; computed on first use.</summary>
    internal IReadOnlyList<MemberCountPeriod> MemberCountHistory => _memberCountHistory.Value;

    /// <summary>The derived facts at the end of the registration day, or <see langword="null"/> when the as-of date is
    /// before registration; computed on first use.</summary>
    internal CooperativeFacts? AtRegistration => _atRegistration.Value;
}
