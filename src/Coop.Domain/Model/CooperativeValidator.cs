using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Geography;
using System.Runtime.CompilerServices;
using static Coop.Domain.Model.ViolationArg;

namespace Coop.Domain.Model;

/// <summary>
/// Checks every invariant of a <see cref="Cooperative"/> and collects all violations; the list of
/// invariants is in docs/model.md. Paths use the camelCase property names of the model.
/// </summary>
internal static class CooperativeValidator
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Check(Cooperative c, ViolationList v)
    {
        CheckIdentity(c, v);
        CheckStatus(c, v);
        Dictionary<int, Member> members = CheckMembers(c, v);
        CheckLedger(c, members, v);
        CheckBoard(c, members, v);
        CheckManagingDirectors(c, members, v);
        CheckInspectors(c, v);
        CheckAssemblies(c, v);
        CheckStatements(c, v);
        CheckEmployment(c, v);
        CheckProfile(c, v);
        CheckApplications(c, v);
    }

    private static string At(string collection, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{collection}[{index}]");

    private static void CheckEnum<T>(T value, string path, ViolationList v)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            v.Add(path, ModelViolationCode.UndefinedEnumValue, $"{value} is not a defined {typeof(T).Name}.", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), typeof(T).Name);
        }
    }

    private static void CheckEnum<T>(T value, ElementPath at, string field, ViolationList v)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            v.Add(at, field, ModelViolationCode.UndefinedEnumValue, $"{value} is not a defined {typeof(T).Name}.", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), typeof(T).Name);
        }
    }

    // Reports each null item of a collection (before the checks of the others, as they always were).
    private static void ReportMissing<T>(ImmutableArray<T> items, string collection, ViolationList v)
        where T : class
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                v.Add(new ElementPath(collection, i), null, ModelViolationCode.ItemMissing, "The item is missing (null).");
            }
        }
    }

    private static void ReportMissing<T>(ImmutableArray<T> items, ElementPath parent, string collection, ViolationList v)
        where T : class
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                v.Add(parent.Element(collection, i), null, ModelViolationCode.ItemMissing, "The item is missing (null).");
            }
        }
    }

    private static string Who(Member m) => string.Create(CultureInfo.InvariantCulture, $"Member {m.Number}");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckIdentity(Cooperative c, ViolationList v)
    {
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            v.Add("name", ModelViolationCode.NameMissing, "The name is missing.");
        }

        CheckEnum(c.Kind, "kind", v);
        CheckEnum(c.ActivityClass, "activityClass", v);
        CheckEnum(c.LegalForm, "legalForm", v);
        CheckEnum(c.Openness, "openness", v);
        if (c.RegistrationNumber.IsDefault)
        {
            v.Add("registrationNumber", ModelViolationCode.RegistrationNumberMissing, "The registration number (شماره ثبت) is missing.");
        }

        if (c.NationalId.IsDefault)
        {
            v.Add("nationalId", ModelViolationCode.NationalIdMissing, "The legal-entity national ID (شناسه ملی) is missing.");
        }

        if (!IranGeography.TryGetCounty(c.CountyCode, out _))
        {
            v.Add("countyCode", ModelViolationCode.UnknownCountyCode, $"'{c.CountyCode}' is not a known county code (e.g. 02-JUYBAR).", c.CountyCode ?? string.Empty);
        }

        if (c.FiscalYearStartMonth is < 1 or > 12)
        {
            v.Add("fiscalYearStartMonth", ModelViolationCode.FiscalYearStartMonthOutOfRange, string.Create(CultureInfo.InvariantCulture, $"The fiscal year's start month must be 1–12; it is {c.FiscalYearStartMonth}."), Of(c.FiscalYearStartMonth));
        }

        StatuteAlignment? s = c.StatuteAlignment;
        if (s is null)
        {
            v.Add("statuteAlignment", ModelViolationCode.StatuteAlignmentMissing, "The statute alignment is missing; use StatuteAlignment.NotAligned when the statute is not aligned.");
        }
        else if (s.Aligned && s.AlignedOn is null)
        {
            v.Add("statuteAlignment.alignedOn", ModelViolationCode.AlignedStatuteWithoutDate, "An aligned statute needs the date it was aligned.");
        }
        else if (!s.Aligned && s.AlignedOn is not null)
        {
            v.Add("statuteAlignment.alignedOn", ModelViolationCode.UnalignedStatuteWithDate, $"A statute that is not aligned cannot have an alignment date ({s.AlignedOn}).", Of(s.AlignedOn.Value));
        }
        else if (s.AlignedOn is { } on && on < StatuteAlignment.AmendmentConfirmedOn)
        {
            v.Add("statuteAlignment.alignedOn", ModelViolationCode.StatuteAlignedBeforeAmendment, $"The statute cannot be aligned on {on}, before the 1393 amendment was confirmed ({StatuteAlignment.AmendmentConfirmedOn}).", Of(on), Of(StatuteAlignment.AmendmentConfirmedOn));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckStatus(Cooperative c, ViolationList v)
    {
        if (c.StatusHistory.IsEmpty)
        {
            v.Add("statusHistory", ModelViolationCode.StatusHistoryEmpty, "The status history is empty; it needs at least the status from registration.");
            return;
        }

        StatusChange? previous = null;
        ReportMissing(c.StatusHistory, "statusHistory", v);
        for (int i = 0; i < c.StatusHistory.Length; i++)
        {
            var path = new ElementPath("statusHistory", i);
            if (c.StatusHistory[i] is not { } change)
            {
                continue;
            }

            CheckEnum(change.Status, path, "status", v);
            if (previous is null && change.EffectiveFrom < c.RegisteredOn)
            {
                v.Add(path, "effectiveFrom", ModelViolationCode.FirstStatusBeforeRegistration, $"The first status is dated {change.EffectiveFrom}, before registration on {c.RegisteredOn}.", Of(change.EffectiveFrom), Of(c.RegisteredOn));
            }

            if (previous is not null)
            {
                if (change.EffectiveFrom <= previous.EffectiveFrom)
                {
                    v.Add(path, "effectiveFrom", ModelViolationCode.StatusChangesOutOfOrder, $"Status changes must be in strictly increasing date order; {change.EffectiveFrom} follows {previous.EffectiveFrom}.", Of(change.EffectiveFrom), Of(previous.EffectiveFrom));
                }

                if (previous.Status == CooperativeStatus.Dissolved)
                {
                    v.Add(path, null, ModelViolationCode.StatusAfterDissolution, $"Nothing may follow dissolution ({previous.EffectiveFrom}); a {change.Status} status follows it.", Of(previous.EffectiveFrom), Name(change.Status));
                }
            }

            previous = change;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<int, Member> CheckMembers(Cooperative c, ViolationList v)
    {
        var byNumber = new Dictionary<int, Member>(c.Members.Length);
        var byIdentifier = new Dictionary<(bool Legal, string Id), int>(c.Members.Length);
        ReportMissing(c.Members, "members", v);
        for (int i = 0; i < c.Members.Length; i++)
        {
            var path = new ElementPath("members", i);
            if (c.Members[i] is not { } m)
            {
                continue;
            }

            if (m.Number < 1)
            {
                v.Add(path, "number", ModelViolationCode.MemberNumberBelowOne, string.Create(CultureInfo.InvariantCulture, $"A membership number must be at least 1; it is {m.Number}."), Of(m.Number));
            }
            else if (!byNumber.TryAdd(m.Number, m))
            {
                v.Add(path, "number", ModelViolationCode.MemberNumberRepeated, string.Create(CultureInfo.InvariantCulture, $"Membership number {m.Number} is used twice."), Of(m.Number));
            }

            if (string.IsNullOrWhiteSpace(m.Name))
            {
                v.Add(path, "name", ModelViolationCode.MemberWithoutName, $"{Who(m)} has no name.", Of(m.Number));
            }

            CheckEnum(m.Kind, path, "kind", v);
            (bool Legal, string Id)? identifier = null;
            if (m.Kind == PersonKind.Natural)
            {
                if (m.NationalCode is not { IsDefault: false } code)
                {
                    v.Add(path, "nationalCode", ModelViolationCode.NaturalMemberWithoutNationalCode, $"{Who(m)} is a natural person and needs a national code.", Of(m.Number));
                }
                else
                {
                    identifier = (false, code.Value);
                }

                if (m.LegalEntityId is not null)
                {
                    v.Add(path, "legalEntityId", ModelViolationCode.NaturalMemberWithLegalEntityId, $"{Who(m)} is a natural person and cannot have a legal-entity ID.", Of(m.Number));
                }
            }
            else if (m.Kind == PersonKind.Legal)
            {
                if (m.LegalEntityId is not { IsDefault: false } id)
                {
                    v.Add(path, "legalEntityId", ModelViolationCode.LegalMemberWithoutLegalEntityId, $"{Who(m)} is a legal person and needs a legal-entity national ID.", Of(m.Number));
                }
                else
                {
                    identifier = (true, id.Value);
                }

                if (m.NationalCode is not null)
                {
                    v.Add(path, "nationalCode", ModelViolationCode.LegalMemberWithNationalCode, $"{Who(m)} is a legal person and cannot have a national code.", Of(m.Number));
                }
            }

            if (identifier is { } key && !byIdentifier.TryAdd(key, m.Number))
            {
                v.Add(path, null, ModelViolationCode.MemberIdentifierRepeated, string.Create(CultureInfo.InvariantCulture, $"{Who(m)} has the same identifier ({key.Id}) as member {byIdentifier[key]}; a person is registered once."), Of(m.Number), key.Id, Of(byIdentifier[key]));
            }

            if (m.LeftOn is { } left && left < m.JoinedOn)
            {
                v.Add(path, "leftOn", ModelViolationCode.MemberLeftBeforeJoining, $"{Who(m)} left on {left}, before joining on {m.JoinedOn}.", Of(m.Number), Of(left), Of(m.JoinedOn));
            }

            if (m.LegalType is { } legalType)
            {
                CheckEnum(legalType, path, "legalType", v);
                if ((legalType == MemberLegalType.NaturalPerson) != (m.Kind == PersonKind.Natural) && Enum.IsDefined(legalType))
                {
                    v.Add(path, "legalType", ModelViolationCode.MemberLegalTypeMismatch, $"{Who(m)} is a {m.Kind.ToString().ToLowerInvariant()} person; legal type {legalType} is for a {(legalType == MemberLegalType.NaturalPerson ? "natural" : "legal")} person.", Of(m.Number), Name(m.Kind), Name(legalType));
                }
            }
        }

        return byNumber;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckLedger(Cooperative c, Dictionary<int, Member> members, ViolationList v)
    {
        ShareLedger? ledger = c.ShareLedger;
        if (ledger is null)
        {
            v.Add("shareLedger", ModelViolationCode.ShareLedgerMissing, "The share ledger is missing.");
            return;
        }

        for (int i = 0; i < ledger.Entries.Length; i++)
        {
            ShareEntry? e = ledger.Entries[i];
            if (e is null)
            {
                continue;
            }

            var path = new ElementPath("shareLedger.entries", i);
            CheckMemberOn(e.MemberNumber, e.Date, path, "memberNumber", e.Kind, members, v);
            if (e.Kind == ShareEntryKind.Transfer && e.ToMemberNumber is int to)
            {
                CheckMemberOn(to, e.Date, path, "toMemberNumber", "receiving the transfer", "TransferReceiver", members, v);
            }
        }

        if (!ledger.IsChecked)
        {
            return;
        }

        for (int i = 0; i < c.Members.Length; i++)
        {
            Member? m = c.Members[i];
            if (m?.LeftOn is { } left)
            {
                ShareHolding h = ledger.HoldingOf(m.Number, left);
                if (h.Shares != 0 || h.Paid != Money.Zero)
                {
                    v.Add(
                        At("members", i) + ".leftOn",
                        ModelViolationCode.LeftMemberStillHoldsShares,
                        string.Create(CultureInfo.InvariantCulture, $"Member {m.Number} left on {left} but still holds {h.Shares} shares ({h.Paid} paid); redeem or transfer them by the exit date."),
                        Of(m.Number),
                        Of(left),
                        Of(h.Shares),
                        Of(h.Paid));
                }
            }
        }
    }

    private static void CheckMemberOn(int number, SolarHijriDate date, ElementPath at, string field, ShareEntryKind kind, Dictionary<int, Member> members, ViolationList v)
    {
        if (!members.TryGetValue(number, out Member? m) || !m.IsMemberOn(date))
        {
            CheckMemberOn(number, date, at, field, $"the {kind}", Name(kind), members, v);
        }
    }

    private static void CheckMemberOn(int number, SolarHijriDate date, ElementPath at, string field, string what, string context, Dictionary<int, Member> members, ViolationList v)
    {
        if (!members.TryGetValue(number, out Member? m))
        {
            v.Add(at, field, ModelViolationCode.NoSuchMember, string.Create(CultureInfo.InvariantCulture, $"There is no member {number} ({what})."), Of(number), context);
        }
        else if (!m.IsMemberOn(date))
        {
            v.Add(at, field, ModelViolationCode.NotMemberOnDate, string.Create(CultureInfo.InvariantCulture, $"Member {number} is not a member on {date} ({what}); membership runs from {m.JoinedOn}{(m.LeftOn is { } l ? " to " + l : string.Empty)}."), Of(number), Of(date), context, Of(m.JoinedOn), m.LeftOn is { } left ? Of(left) : string.Empty);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckBoard(Cooperative c, Dictionary<int, Member> members, ViolationList v)
    {
        BoardTerm? previous = null;
        using Order order = Ordered(c.BoardTerms, "boardTerms", v, t => t.StartsOn);
        foreach (int i in order.Indices)
        {
            BoardTerm term = c.BoardTerms[i];
            var path = new ElementPath("boardTerms", i);
            if (term.EndsOn < term.StartsOn)
            {
                v.Add(path, "endsOn", ModelViolationCode.BoardTermEndsBeforeStart, $"The board term ends on {term.EndsOn}, before it starts on {term.StartsOn}.", Of(term.EndsOn), Of(term.StartsOn));
            }

            if (previous is not null && term.StartsOn <= previous.EndsOn)
            {
                v.Add(path, "startsOn", ModelViolationCode.BoardTermsOverlap, $"The board term starting {term.StartsOn} overlaps the term {previous.StartsOn}–{previous.EndsOn}.", Of(term.StartsOn), Of(previous.StartsOn), Of(previous.EndsOn));
            }

            previous = term;
            ImmutableArray<BoardSeat> seats = term.Seats.IsDefault ? [] : term.Seats;
            if (seats.IsEmpty)
            {
                v.Add(path, "seats", ModelViolationCode.BoardTermWithoutSeats, "A board term has no seats.");
            }

            // A handful of seats is checked against the earlier ones directly; only a long list gets sets.
            HashSet<int>? seen = seats.Length > SmallCollection ? [] : null;
            HashSet<BoardRole>? offices = seats.Length > SmallCollection ? [] : null;
            ReportMissing(seats, path, "seats", v);
            for (int j = 0; j < seats.Length; j++)
            {
                ElementPath seatPath = path.Element("seats", j);
                if (seats[j] is not { } seat)
                {
                    continue;
                }

                CheckEnum(seat.Type, seatPath, "type", v);
                CheckEnum(seat.Role, seatPath, "role", v);
                CheckEnum(seat.Basis, seatPath, "basis", v);
                CheckMemberOn(seat.MemberNumber, term.StartsOn, seatPath, "memberNumber", "on the board at the term's start", "BoardSeat", members, v);
                if (seen is null ? EarlierSeatOf(seats, j, seat.MemberNumber) : !seen.Add(seat.MemberNumber))
                {
                    v.Add(seatPath, "memberNumber", ModelViolationCode.MemberHoldsTwoSeats, string.Create(CultureInfo.InvariantCulture, $"Member {seat.MemberNumber} holds two seats in the same term."), Of(seat.MemberNumber));
                }

                if (seat.Role != BoardRole.Member)
                {
                    if (seat.Type == SeatType.Alternate)
                    {
                        v.Add(seatPath, "role", ModelViolationCode.AlternateHoldsOffice, $"An alternate cannot hold the office of {seat.Role}.", Name(seat.Role));
                    }
                    else if (offices is null
                        ? EarlierOffice(seats, j, seat.Role)
                        : !offices.Add(seat.Role))
                    {
                        v.Add(seatPath, "role", ModelViolationCode.OfficeHeldTwice, $"The office of {seat.Role} is held twice in the same term.", Name(seat.Role));
                    }
                }
            }
        }
    }

    // Collections up to this length are checked for repeats by scanning the earlier items (no set allocated).
    private const int SmallCollection = 32;

    private static bool EarlierSeatOf(ImmutableArray<BoardSeat> seats, int before, int memberNumber)
    {
        for (int k = 0; k < before; k++)
        {
            if (seats[k] is { } earlier && earlier.MemberNumber == memberNumber)
            {
                return true;
            }
        }

        return false;
    }

    // An earlier seat holding the same office: only seats that are not alternates hold one.
    private static bool EarlierOffice(ImmutableArray<BoardSeat> seats, int before, BoardRole role)
    {
        for (int k = 0; k < before; k++)
        {
            if (seats[k] is { } earlier && earlier.Role == role && earlier.Type != SeatType.Alternate)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckManagingDirectors(Cooperative c, Dictionary<int, Member> members, ViolationList v)
    {
        ManagingDirectorTerm? previous = null;
        using Order order = Ordered(c.ManagingDirectors, "managingDirectors", v, t => t.StartsOn);
        foreach (int i in order.Indices)
        {
            ManagingDirectorTerm term = c.ManagingDirectors[i];
            var path = new ElementPath("managingDirectors", i);
            if (string.IsNullOrWhiteSpace(term.Name))
            {
                v.Add(path, "name", ModelViolationCode.ManagingDirectorWithoutName, "The managing director has no name.");
            }

            if (term.NationalCode is { IsDefault: true })
            {
                v.Add(path, "nationalCode", ModelViolationCode.EmptyNationalCode, "The national code is empty; omit it instead.");
            }

            if (term.EndsOn is { } end && end < term.StartsOn)
            {
                v.Add(path, "endsOn", ModelViolationCode.AppointmentEndsBeforeStart, $"The appointment ends on {end}, before it starts on {term.StartsOn}.", Of(end), Of(term.StartsOn));
            }

            if (term.MemberNumber is int number && !members.ContainsKey(number))
            {
                v.Add(path, "memberNumber", ModelViolationCode.NoSuchMember, string.Create(CultureInfo.InvariantCulture, $"There is no member {number}."), Of(number), string.Empty);
            }

            if (previous is not null && (previous.EndsOn is null || term.StartsOn <= previous.EndsOn.Value))
            {
                v.Add(path, "startsOn", ModelViolationCode.AppointmentsOverlap, $"The appointment starting {term.StartsOn} overlaps the one starting {previous.StartsOn}, which {(previous.EndsOn is { } e ? "ends " + e : "has no end")}.", Of(term.StartsOn), Of(previous.StartsOn), previous.EndsOn is { } previousEnd ? Of(previousEnd) : string.Empty);
            }

            previous = term;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckInspectors(Cooperative c, ViolationList v)
    {
        ReportMissing(c.Inspectors, "inspectors", v);
        for (int i = 0; i < c.Inspectors.Length; i++)
        {
            var path = new ElementPath("inspectors", i);
            if (c.Inspectors[i] is not { } term)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(term.Name))
            {
                v.Add(path, "name", ModelViolationCode.InspectorWithoutName, "The inspector has no name.");
            }

            CheckEnum(term.Kind, path, "kind", v);
            CheckEnum(term.Type, path, "type", v);
            if (term.EndsOn < term.StartsOn)
            {
                v.Add(path, "endsOn", ModelViolationCode.InspectorTermEndsBeforeStart, $"The inspector's term ends on {term.EndsOn}, before it starts on {term.StartsOn}.", Of(term.EndsOn), Of(term.StartsOn));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckAssemblies(Cooperative c, ViolationList v)
    {
        ReportMissing(c.Assemblies, "assemblies", v);
        for (int i = 0; i < c.Assemblies.Length; i++)
        {
            var path = new ElementPath("assemblies", i);
            if (c.Assemblies[i] is not { } a)
            {
                continue;
            }

            CheckEnum(a.Kind, path, "kind", v);
            CheckEnum(a.Call, path, "call", v);
            if ((a.Elections & ~(AssemblyElections.Board | AssemblyElections.Inspectors)) != 0)
            {
                v.Add(path, "elections", ModelViolationCode.UndefinedElections, $"{a.Elections} is not a combination of Board and Inspectors.", Of((int)a.Elections));
            }

            if (a.NoticeDate > a.HeldOn)
            {
                v.Add(path, "noticeDate", ModelViolationCode.NoticeAfterAssembly, $"The notice is dated {a.NoticeDate}, after the assembly was held on {a.HeldOn}.", Of(a.NoticeDate), Of(a.HeldOn));
            }

            if (a.MembersPresent < 0)
            {
                v.Add(path, "membersPresent", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Members present cannot be negative ({a.MembersPresent})."), "membersPresent", Of(a.MembersPresent));
            }

            if (a.Proxies < 0)
            {
                v.Add(path, "proxies", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Proxies cannot be negative ({a.Proxies})."), "proxies", Of(a.Proxies));
            }

            CheckVotes(a, path, v);
            if (a.InspectorsReportOn is { } report && report > a.HeldOn)
            {
                v.Add(path, "inspectorsReportOn", ModelViolationCode.InspectorsReportAfterAssembly, $"The inspectors' report is dated {report}, after the assembly was held on {a.HeldOn}.", Of(report), Of(a.HeldOn));
            }

            ImmutableArray<string> resolutions = a.Resolutions.IsDefault ? [] : a.Resolutions;
            for (int r = 0; r < resolutions.Length; r++)
            {
                if (string.IsNullOrWhiteSpace(resolutions[r]))
                {
                    v.Add(path, At("resolutions", r), ModelViolationCode.ResolutionEmpty, "The resolution text is empty.");
                }
            }

            if (a.Kind == AssemblyKind.Ordinary)
            {
                if (a.FiscalYear is not int fy)
                {
                    v.Add(path, "fiscalYear", ModelViolationCode.OrdinaryAssemblyWithoutFiscalYear, "An ordinary assembly must name the fiscal year whose accounts it approves.");
                }
                else if (!FiscalCalendar.IsSupported(fy))
                {
                    v.Add(path, "fiscalYear", ModelViolationCode.FiscalYearOutOfRange, string.Create(CultureInfo.InvariantCulture, $"Fiscal year {fy} is outside 1–9376."), Of(fy));
                }
                else if (c.FiscalYearStartMonth is >= 1 and <= 12 && a.HeldOn <= c.FiscalYearEnd(fy))
                {
                    v.Add(path, "heldOn", ModelViolationCode.OrdinaryAssemblyBeforeYearEnd, string.Create(CultureInfo.InvariantCulture, $"The ordinary assembly for fiscal year {fy} was held on {a.HeldOn}, before that year ended on {c.FiscalYearEnd(fy)}."), Of(fy), Of(a.HeldOn), Of(c.FiscalYearEnd(fy)));
                }
            }
            else if (a.FiscalYear is not null)
            {
                v.Add(path, "fiscalYear", ModelViolationCode.FiscalYearOnNonOrdinaryAssembly, $"Only an ordinary assembly concerns a fiscal year; this {a.Kind} assembly names {a.FiscalYear}.", Name(a.Kind), Of(a.FiscalYear.Value));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckVotes(GeneralAssembly a, ElementPath path, ViolationList v)
    {
        if (a.Votes is not { } votes)
        {
            return;
        }

        for (int i = 0; i < votes.Count; i++)
        {
            string at = path.With(At("votes", i));
            if (votes[i] is not { } vote)
            {
                v.Add(at, ModelViolationCode.ItemMissing, "The item is missing (null).");
                continue;
            }

            if (string.IsNullOrWhiteSpace(vote.Resolution))
            {
                v.Add(at + ".resolution", ModelViolationCode.ResolutionEmpty, "The resolution text is empty.");
            }

            CheckEnum(vote.MajorityRequired, at + ".majorityRequired", v);
            if (vote.Present < 1)
            {
                v.Add(at + ".present", ModelViolationCode.VoteWithoutPresent, string.Create(CultureInfo.InvariantCulture, $"A vote needs at least 1 vote present; it records {vote.Present}."), Of(vote.Present));
            }

            if (vote.InFavour < 0 || vote.InFavour > vote.Present)
            {
                v.Add(at + ".inFavour", ModelViolationCode.VotesInFavourOutOfRange, string.Create(CultureInfo.InvariantCulture, $"Votes in favour must be between 0 and the {vote.Present} present; it records {vote.InFavour}."), Of(vote.Present), Of(vote.InFavour));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckStatements(Cooperative c, ViolationList v)
    {
        ImmutableArray<FinancialStatement> statements = c.FinancialStatements;
        HashSet<int>? years = statements.Length > SmallCollection ? [] : null;
        ReportMissing(statements, "financialStatements", v);
        for (int i = 0; i < statements.Length; i++)
        {
            var path = new ElementPath("financialStatements", i);
            if (statements[i] is not { } s)
            {
                continue;
            }

            if (years is null ? EarlierYear(statements, i, s.FiscalYear) : !years.Add(s.FiscalYear))
            {
                v.Add(path, "fiscalYear", ModelViolationCode.StatementYearRepeated, $"There are two statements for fiscal year {Year(s)}.", Year(s));
            }

            NotNegative(s.Revenue, path, "revenue", "Revenue", v);
            NotNegative(s.TotalAssets, path, "totalAssets", "Total assets", v);
            NotNegative(s.Debts, path, "debts", "Debts", v);
            CheckEnum(s.Audit, path, "audit", v);
            try
            {
                if (s.TotalAssets != s.Equity + s.Debts)
                {
                    v.Add(path, "totalAssets", ModelViolationCode.AssetsNotEquityPlusDebts, $"Fiscal year {Year(s)}: total assets ({s.TotalAssets}) must equal equity ({s.Equity}) plus debts ({s.Debts}).", Year(s), Of(s.TotalAssets), Of(s.Equity), Of(s.Debts));
                }
            }
            catch (OverflowException e)
            {
                v.Add(path, "equity", ModelViolationCode.AmountOverflow, e.Message);
            }

            if (!FiscalCalendar.IsSupported(s.FiscalYear))
            {
                v.Add(path, "fiscalYear", ModelViolationCode.FiscalYearOutOfRange, $"Fiscal year {Year(s)} is outside 1–9376.", Year(s));
            }
            else if (c.FiscalYearStartMonth is >= 1 and <= 12)
            {
                SolarHijriDate end = c.FiscalYearEnd(s.FiscalYear);
                SubmittedAfter(s.SubmittedToInspectorsOn, end, s, path, "submittedToInspectorsOn", v);
                SubmittedAfter(s.SubmittedToSystemOn, end, s, path, "submittedToSystemOn", v);
            }
        }
    }

    private static string Year(FinancialStatement s) => s.FiscalYear.ToString(CultureInfo.InvariantCulture);

    private static bool EarlierYear(ImmutableArray<FinancialStatement> statements, int before, int year)
    {
        for (int k = 0; k < before; k++)
        {
            if (statements[k] is { } earlier && earlier.FiscalYear == year)
            {
                return true;
            }
        }

        return false;
    }

    private static void SubmittedAfter(SolarHijriDate? submitted, SolarHijriDate end, FinancialStatement s, ElementPath at, string field, ViolationList v)
    {
        if (submitted is { } on && on <= end)
        {
            v.Add(at, field, ModelViolationCode.SubmittedBeforeYearEnd, $"Statements for fiscal year {Year(s)} are dated as submitted on {on}, before that year ended on {end}.", Year(s), Of(on), Of(end));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckEmployment(Cooperative c, ViolationList v)
    {
        EmploymentRecord? previous = null;
        using Order order = Ordered(c.Employment, "employment", v, r => r.From);
        foreach (int i in order.Indices)
        {
            EmploymentRecord r = c.Employment[i];
            var path = new ElementPath("employment", i);
            if (r.To < r.From)
            {
                v.Add(path, "to", ModelViolationCode.EmploymentPeriodEndsBeforeStart, $"The period ends on {r.To}, before it starts on {r.From}.", Of(r.To), Of(r.From));
            }

            if (r.Jobs < 0)
            {
                v.Add(path, "jobs", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Jobs cannot be negative ({r.Jobs})."), "jobs", Of(r.Jobs));
            }

            if (r.InsuredEmployees < 0 || r.InsuredEmployees > Math.Max(r.Jobs, 0))
            {
                v.Add(path, "insuredEmployees", ModelViolationCode.InsuredEmployeesOutOfRange, string.Create(CultureInfo.InvariantCulture, $"Insured employees ({r.InsuredEmployees}) must be between 0 and the jobs ({r.Jobs})."), Of(r.InsuredEmployees), Of(r.Jobs));
            }

            if (previous is not null && r.From <= previous.To)
            {
                v.Add(path, "from", ModelViolationCode.EmploymentPeriodsOverlap, $"The period {r.From}–{r.To} overlaps {previous.From}–{previous.To}.", Of(r.From), Of(r.To), Of(previous.From), Of(previous.To));
            }

            previous = r;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckProfile(Cooperative c, ViolationList v)
    {
        if (c.SmartSystemProfile is null)
        {
            v.Add("smartSystemProfile", ModelViolationCode.SmartSystemProfileMissing, "The smart-system profile is missing; use SmartSystemProfile.Empty when nothing is filled in.");
        }
        else if (c.SmartSystemProfile.StatementYears < 0)
        {
            v.Add("smartSystemProfile.statementYears", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Statement years cannot be negative ({c.SmartSystemProfile.StatementYears})."), "statementYears", Of(c.SmartSystemProfile.StatementYears));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckApplications(Cooperative c, ViolationList v)
    {
        // The same application listed twice would be judged and funded twice: every field equal is one application.
        for (int i = 1; i < c.FacilityApplications.Length; i++)
        {
            int first = c.FacilityApplications.IndexOf(c.FacilityApplications[i]);
            if (first < i && c.FacilityApplications[i] is not null)
            {
                v.Add(At("facilityApplications", i), ModelViolationCode.ApplicationRepeated, string.Create(CultureInfo.InvariantCulture,
                    $"The same application as facilityApplications[{first}] (every field equal): an application is listed once."), Of(first));
            }
        }

        ReportMissing(c.FacilityApplications, "facilityApplications", v);
        for (int i = 0; i < c.FacilityApplications.Length; i++)
        {
            var path = new ElementPath("facilityApplications", i);
            if (c.FacilityApplications[i] is not { } a)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(a.Programme))
            {
                v.Add(path, "programme", ModelViolationCode.ProgrammeMissing, "The programme is missing.");
            }

            if (a.AmountRequested <= Money.Zero)
            {
                v.Add(path, "amountRequested", ModelViolationCode.AmountRequestedNotPositive, $"The amount requested must be above zero; it is {a.AmountRequested}.", Of(a.AmountRequested));
            }

            if (a.JobsCommitted < 0)
            {
                v.Add(path, "jobsCommitted", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Jobs committed cannot be negative ({a.JobsCommitted})."), "jobsCommitted", Of(a.JobsCommitted));
            }

            CheckEnum(a.Sector, path, "sector", v);
            CheckEnum(a.Collateral, path, "collateral", v);
            NotNegative(a.CollateralValue, path, "collateralValue", "The collateral value", v);
            if (a.Collateral == CollateralKind.None && a.CollateralValue != Money.Zero)
            {
                v.Add(path, "collateralValue", ModelViolationCode.CollateralValueWithoutCollateral, $"No collateral is offered, yet its value is {a.CollateralValue}.", Of(a.CollateralValue));
            }

            NotNegative(a.OverdueDebt, path, "overdueDebt", "Overdue debt", v);
            if (a.UnclearedReturnedCheques < 0)
            {
                v.Add(path, "unclearedReturnedCheques", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Uncleared returned cheques cannot be negative ({a.UnclearedReturnedCheques})."), "unclearedReturnedCheques", Of(a.UnclearedReturnedCheques));
            }

            if (a.BoardMembersWithReturnedCheques is < 0)
            {
                v.Add(path, "boardMembersWithReturnedCheques", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"Board members with returned cheques cannot be negative ({a.BoardMembersWithReturnedCheques})."), "boardMembersWithReturnedCheques", Of(a.BoardMembersWithReturnedCheques.Value));
            }

            if (a.ProjectSettlement is { } settlement)
            {
                CheckEnum(settlement, path, "projectSettlement", v);
            }

            if (a.ProjectSettlementPopulation is < 0)
            {
                v.Add(path, "projectSettlementPopulation", ModelViolationCode.NegativeCount, string.Create(CultureInfo.InvariantCulture, $"A population cannot be negative ({a.ProjectSettlementPopulation})."), "projectSettlementPopulation", Of(a.ProjectSettlementPopulation.Value));
            }
        }
    }

    private static void NotNegative(Money amount, ElementPath at, string field, string what, ViolationList v)
    {
        if (amount < Money.Zero)
        {
            v.Add(at, field, ModelViolationCode.NegativeAmount, $"{what} cannot be negative ({amount}).", field, Of(amount));
        }
    }

    /// <summary>
    /// The indices of the non-null items ordered by date (then by index); each null item is reported. The indices sit in
    /// a pooled array (dispose the result); items already in date order, the usual case, are not sorted.
    /// </summary>
    private static Order Ordered<T>(ImmutableArray<T> items, string collection, ViolationList v, Func<T, SolarHijriDate> date)
        where T : class
    {
        int[] indices = ArrayPool<int>.Shared.Rent(Math.Max(items.Length, 1));
        int count = 0;
        bool sorted = true;
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item)
            {
                v.Add(new ElementPath(collection, i), null, ModelViolationCode.ItemMissing, "The item is missing (null).");
                continue;
            }

            sorted &= count == 0 || date(items[indices[count - 1]]).CompareTo(date(item)) <= 0;
            indices[count++] = i;
        }

        if (!sorted)
        {
            indices.AsSpan(0, count).Sort((a, b) =>
            {
                int byDate = date(items[a]).CompareTo(date(items[b]));
                return byDate != 0 ? byDate : a.CompareTo(b);
            });
        }

        return new Order(indices, count);
    }

    /// <summary>Indices in the order to visit them, in a pooled array returned on dispose.</summary>
    private readonly struct Order(int[] indices, int count) : IDisposable
    {
        public ReadOnlySpan<int> Indices => indices.AsSpan(0, count);

        public void Dispose() => ArrayPool<int>.Shared.Return(indices);
    }
}
