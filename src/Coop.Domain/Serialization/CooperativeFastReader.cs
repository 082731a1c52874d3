using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using System.Runtime.CompilerServices;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads a registry line that is a clean cooperative straight off the UTF-8 bytes with <see cref="Utf8JsonReader"/>: no
/// argument buffers, no boxing, no intermediate lists or strings beyond what the model keeps. It accepts only what
/// <see cref="CoopJsonContext"/> would read to the same objects (camelCase names written without escapes, every field
/// once, dates in canonical <c>yyyy/MM/dd</c>, enum names in their kebab-case form); anything else — an unknown, repeated
/// or missing field, another spelling, a wrong type, a record the model refuses — gives null, and the caller reads the
/// line again through the serializer, which produces the exact error (message, path, column) it always has.
/// </summary>
internal static class CooperativeFastReader
{
    // The readers below, and the validator, ledger and identifier checks every line runs, are marked
    // AggressiveOptimization: a registry run keeps jitting new code as it goes (a rare error path, a new generic
    // instantiation), and each new method restarts the runtime's tiering delay, so without the mark these methods ran
    // unoptimized for much of a run: 4-8% of the wall time of the registry verbs at 100k (benchmarks/README.md, "The
    // tiering delay"). The price: in a long-running host these methods do not get tiered PGO.
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private delegate bool ElementReader<T>(ref Utf8JsonReader reader, out T value);

    /// <summary>The cooperative on <paramref name="line"/>, or null when it is not a clean, valid one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Cooperative? TryRead(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, s_options);
            if (!reader.Read() || !ReadCooperative(ref reader, out Cooperative? cooperative))
            {
                return null;
            }

            // Exactly one value per line: anything after it (comments aside) is for the serializer to report.
            return reader.Read() ? null : cooperative;
        }
        catch (Exception e) when (e is JsonException or ModelValidationException or ArgumentException or FormatException
            or OverflowException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadCooperative(ref Utf8JsonReader r, out Cooperative? value)
    {
        value = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? name = null;
        string? countyCode = null;
        CooperativeKind kind = default;
        ActivityClass activityClass = default;
        LegalForm legalForm = default;
        Openness openness = default;
        RegistrationNumber registrationNumber = default;
        SolarHijriDate registeredOn = default;
        LegalEntityId nationalId = default;
        int fiscalYearStartMonth = 0;
        StatuteAlignment? statuteAlignment = null;
        ShareLedger? shareLedger = null;
        SmartSystemProfile? profile = null;
        ImmutableArray<StatusChange> statusHistory = default;
        ImmutableArray<Member> members = default;
        ImmutableArray<BoardTerm> boardTerms = default;
        ImmutableArray<ManagingDirectorTerm> managingDirectors = default;
        ImmutableArray<InspectorTerm> inspectors = default;
        ImmutableArray<GeneralAssembly> assemblies = default;
        ImmutableArray<FinancialStatement> statements = default;
        ImmutableArray<EmploymentRecord> employment = default;
        ImmutableArray<FacilityApplication> applications = default;
        Money? nonMemberCapital = null;
        ImmutableArray<MinistryWarning> warnings = default;
        Bankruptcy? bankruptcy = null;
        bool? lessDeveloped = null;
        int seen = 0;
        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            switch (p.Length)
            {
                case 4 when p.SequenceEqual("name"u8): bit = 1 << 0; ok = String(ref r, out name); break;
                case 4 when p.SequenceEqual("kind"u8): bit = 1 << 1; ok = Enum(ref r, out kind); break;
                case 13 when p.SequenceEqual("activityClass"u8): bit = 1 << 2; ok = Enum(ref r, out activityClass); break;
                case 9 when p.SequenceEqual("legalForm"u8): bit = 1 << 3; ok = Enum(ref r, out legalForm); break;
                case 8 when p.SequenceEqual("openness"u8): bit = 1 << 4; ok = Enum(ref r, out openness); break;
                case 18 when p.SequenceEqual("registrationNumber"u8): bit = 1 << 5; ok = Registration(ref r, out registrationNumber); break;
                case 12 when p.SequenceEqual("registeredOn"u8): bit = 1 << 6; ok = Date(ref r, out registeredOn); break;
                case 10 when p.SequenceEqual("nationalId"u8): bit = 1 << 7; ok = LegalEntity(ref r, out nationalId); break;
                case 10 when p.SequenceEqual("countyCode"u8): bit = 1 << 8; ok = String(ref r, out countyCode); break;
                case 20 when p.SequenceEqual("fiscalYearStartMonth"u8): bit = 1 << 9; ok = Int(ref r, out fiscalYearStartMonth); break;
                case 16 when p.SequenceEqual("statuteAlignment"u8): bit = 1 << 10; ok = ReadStatute(ref r, out statuteAlignment); break;
                case 13 when p.SequenceEqual("statusHistory"u8): bit = 1 << 11; ok = Array<StatusChange>(ref r, ReadStatusChange, out statusHistory); break;
                case 7 when p.SequenceEqual("members"u8): bit = 1 << 12; ok = Array<Member>(ref r, ReadMember, out members); break;
                case 11 when p.SequenceEqual("shareLedger"u8): bit = 1 << 13; ok = ReadLedger(ref r, out shareLedger); break;
                case 10 when p.SequenceEqual("boardTerms"u8): bit = 1 << 14; ok = Array<BoardTerm>(ref r, ReadBoardTerm, out boardTerms); break;
                case 17 when p.SequenceEqual("managingDirectors"u8): bit = 1 << 15; ok = Array<ManagingDirectorTerm>(ref r, ReadManagingDirector, out managingDirectors); break;
                case 10 when p.SequenceEqual("inspectors"u8): bit = 1 << 16; ok = Array<InspectorTerm>(ref r, ReadInspector, out inspectors); break;
                case 10 when p.SequenceEqual("assemblies"u8): bit = 1 << 17; ok = Array<GeneralAssembly>(ref r, ReadAssembly, out assemblies); break;
                case 19 when p.SequenceEqual("financialStatements"u8): bit = 1 << 18; ok = Array<FinancialStatement>(ref r, ReadStatement, out statements); break;
                case 10 when p.SequenceEqual("employment"u8): bit = 1 << 19; ok = Array<EmploymentRecord>(ref r, ReadEmployment, out employment); break;
                case 18 when p.SequenceEqual("smartSystemProfile"u8): bit = 1 << 20; ok = ReadProfile(ref r, out profile); break;
                case 20 when p.SequenceEqual("facilityApplications"u8): bit = 1 << 21; ok = Array<FacilityApplication>(ref r, ReadApplication, out applications); break;
                case 16 when p.SequenceEqual("nonMemberCapital"u8): bit = 1 << 22; ok = Money(ref r, out Money capital); nonMemberCapital = capital; break;
                case 16 when p.SequenceEqual("ministryWarnings"u8): bit = 1 << 23; ok = Array<MinistryWarning>(ref r, ReadWarning, out warnings); break;
                case 10 when p.SequenceEqual("bankruptcy"u8): bit = 1 << 24; ok = ReadBankruptcy(ref r, out bankruptcy); break;
                case 21 when p.SequenceEqual("inLessDevelopedRegion"u8): bit = 1 << 25; ok = Bool(ref r, out bool region); lessDeveloped = region; break;
                default: return false;
            }

            if (!ok || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
        }

        if (!Complete(ref r, seen, 22, optional: 4))
        {
            return false;
        }

        value = new Cooperative(
            name!, kind, activityClass, legalForm, openness, registrationNumber, registeredOn, nationalId, countyCode!,
            fiscalYearStartMonth, statuteAlignment!, statusHistory, members, shareLedger!, boardTerms, managingDirectors,
            inspectors, assemblies, statements, employment, profile!, applications)
        {
            NonMemberCapital = nonMemberCapital,
            MinistryWarnings = warnings.IsDefault ? null : warnings,
            Bankruptcy = bankruptcy,
            InLessDevelopedRegion = lessDeveloped,
        };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadStatute(ref Utf8JsonReader r, out StatuteAlignment? value)
    {
        value = null;
        bool aligned = false;
        SolarHijriDate? alignedOn = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("aligned"u8)) { bit = 1; ok = Bool(ref r, out aligned); }
            else if (p.SequenceEqual("alignedOn"u8)) { bit = 2; ok = DateOrNull(ref r, out alignedOn); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 2))
        {
            return false;
        }

        value = new StatuteAlignment(aligned, alignedOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadStatusChange(ref Utf8JsonReader r, out StatusChange? value)
    {
        value = null;
        CooperativeStatus status = default;
        SolarHijriDate from = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("status"u8)) { bit = 1; ok = Enum(ref r, out status); }
            else if (p.SequenceEqual("effectiveFrom"u8)) { bit = 2; ok = Date(ref r, out from); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 2))
        {
            return false;
        }

        value = new StatusChange(status, from);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadMember(ref Utf8JsonReader r, out Member? value)
    {
        value = null;
        int number = 0;
        PersonKind kind = default;
        string? name = null;
        NationalCode? nationalCode = null;
        LegalEntityId? legalEntityId = null;
        SolarHijriDate joinedOn = default;
        SolarHijriDate? leftOn = null;
        bool isEmployed = false;
        MemberLegalType? legalType = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("number"u8)) { bit = 1 << 0; ok = Int(ref r, out number); }
            else if (p.SequenceEqual("kind"u8)) { bit = 1 << 1; ok = Enum(ref r, out kind); }
            else if (p.SequenceEqual("name"u8)) { bit = 1 << 2; ok = String(ref r, out name); }
            else if (p.SequenceEqual("nationalCode"u8)) { bit = 1 << 3; ok = NationalCodeOrNull(ref r, out nationalCode); }
            else if (p.SequenceEqual("legalEntityId"u8)) { bit = 1 << 4; ok = LegalEntityOrNull(ref r, out legalEntityId); }
            else if (p.SequenceEqual("joinedOn"u8)) { bit = 1 << 5; ok = Date(ref r, out joinedOn); }
            else if (p.SequenceEqual("leftOn"u8)) { bit = 1 << 6; ok = DateOrNull(ref r, out leftOn); }
            else if (p.SequenceEqual("isEmployed"u8)) { bit = 1 << 7; ok = Bool(ref r, out isEmployed); }
            else if (p.SequenceEqual("legalType"u8)) { bit = 1 << 8; ok = Enum(ref r, out MemberLegalType type); legalType = type; }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 8, optional: 1))
        {
            return false;
        }

        value = new Member(number, kind, name!, nationalCode, legalEntityId, joinedOn, leftOn, isEmployed) { LegalType = legalType };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadLedger(ref Utf8JsonReader r, out ShareLedger? value)
    {
        value = null;
        Money nominal = default;
        ImmutableArray<ShareEntry> entries = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("nominalValue"u8)) { bit = 1; ok = Money(ref r, out nominal); }
            else if (p.SequenceEqual("entries"u8)) { bit = 2; ok = Array<ShareEntry>(ref r, ReadShareEntry, out entries); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 2))
        {
            return false;
        }

        value = new ShareLedger(nominal, entries);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadShareEntry(ref Utf8JsonReader r, out ShareEntry? value)
    {
        value = null;
        SolarHijriDate date = default;
        ShareEntryKind kind = default;
        int memberNumber = 0;
        long shares = 0;
        Money amount = default;
        int? to = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("date"u8)) { bit = 1 << 0; ok = Date(ref r, out date); }
            else if (p.SequenceEqual("kind"u8)) { bit = 1 << 1; ok = Enum(ref r, out kind); }
            else if (p.SequenceEqual("memberNumber"u8)) { bit = 1 << 2; ok = Int(ref r, out memberNumber); }
            else if (p.SequenceEqual("shares"u8)) { bit = 1 << 3; ok = r.TokenType == JsonTokenType.Number && r.TryGetInt64(out shares); }
            else if (p.SequenceEqual("amount"u8)) { bit = 1 << 4; ok = Money(ref r, out amount); }
            else if (p.SequenceEqual("toMemberNumber"u8)) { bit = 1 << 5; ok = IntOrNull(ref r, out to); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        // toMemberNumber has a default (null) and may be left out.
        if (!Complete(ref r, seen | (1 << 5), 6))
        {
            return false;
        }

        value = new ShareEntry(date, kind, memberNumber, shares, amount, to);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadBoardTerm(ref Utf8JsonReader r, out BoardTerm? value)
    {
        value = null;
        SolarHijriDate startsOn = default;
        SolarHijriDate endsOn = default;
        ImmutableArray<BoardSeat> seats = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("startsOn"u8)) { bit = 1; ok = Date(ref r, out startsOn); }
            else if (p.SequenceEqual("endsOn"u8)) { bit = 2; ok = Date(ref r, out endsOn); }
            else if (p.SequenceEqual("seats"u8)) { bit = 4; ok = Array<BoardSeat>(ref r, ReadSeat, out seats); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 3))
        {
            return false;
        }

        value = new BoardTerm(startsOn, endsOn, seats);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadSeat(ref Utf8JsonReader r, out BoardSeat? value)
    {
        value = null;
        int memberNumber = 0;
        SeatType type = default;
        BoardRole role = default;
        WorkBasis basis = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("memberNumber"u8)) { bit = 1; ok = Int(ref r, out memberNumber); }
            else if (p.SequenceEqual("type"u8)) { bit = 2; ok = Enum(ref r, out type); }
            else if (p.SequenceEqual("role"u8)) { bit = 4; ok = Enum(ref r, out role); }
            else if (p.SequenceEqual("basis"u8)) { bit = 8; ok = Enum(ref r, out basis); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 4))
        {
            return false;
        }

        value = new BoardSeat(memberNumber, type, role, basis);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadManagingDirector(ref Utf8JsonReader r, out ManagingDirectorTerm? value)
    {
        value = null;
        string? name = null;
        NationalCode? nationalCode = null;
        int? memberNumber = null;
        SolarHijriDate startsOn = default;
        SolarHijriDate? endsOn = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("name"u8)) { bit = 1; ok = String(ref r, out name); }
            else if (p.SequenceEqual("nationalCode"u8)) { bit = 2; ok = NationalCodeOrNull(ref r, out nationalCode); }
            else if (p.SequenceEqual("memberNumber"u8)) { bit = 4; ok = IntOrNull(ref r, out memberNumber); }
            else if (p.SequenceEqual("startsOn"u8)) { bit = 8; ok = Date(ref r, out startsOn); }
            else if (p.SequenceEqual("endsOn"u8)) { bit = 16; ok = DateOrNull(ref r, out endsOn); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 5))
        {
            return false;
        }

        value = new ManagingDirectorTerm(name!, nationalCode, memberNumber, startsOn, endsOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadInspector(ref Utf8JsonReader r, out InspectorTerm? value)
    {
        value = null;
        string? name = null;
        PersonKind kind = default;
        SeatType type = default;
        SolarHijriDate startsOn = default;
        SolarHijriDate endsOn = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("name"u8)) { bit = 1; ok = String(ref r, out name); }
            else if (p.SequenceEqual("kind"u8)) { bit = 2; ok = Enum(ref r, out kind); }
            else if (p.SequenceEqual("type"u8)) { bit = 4; ok = Enum(ref r, out type); }
            else if (p.SequenceEqual("startsOn"u8)) { bit = 8; ok = Date(ref r, out startsOn); }
            else if (p.SequenceEqual("endsOn"u8)) { bit = 16; ok = Date(ref r, out endsOn); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 5))
        {
            return false;
        }

        value = new InspectorTerm(name!, kind, type, startsOn, endsOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadAssembly(ref Utf8JsonReader r, out GeneralAssembly? value)
    {
        value = null;
        AssemblyKind kind = default;
        AssemblyCall call = default;
        int? fiscalYear = null;
        SolarHijriDate noticeDate = default;
        SolarHijriDate heldOn = default;
        int membersPresent = 0;
        int proxies = 0;
        ImmutableArray<string> resolutions = default;
        AssemblyElections elections = default;
        SolarHijriDate? inspectorsReportOn = null;
        ImmutableArray<ResolutionVote> votes = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("kind"u8)) { bit = 1 << 0; ok = Enum(ref r, out kind); }
            else if (p.SequenceEqual("call"u8)) { bit = 1 << 1; ok = Enum(ref r, out call); }
            else if (p.SequenceEqual("fiscalYear"u8)) { bit = 1 << 2; ok = IntOrNull(ref r, out fiscalYear); }
            else if (p.SequenceEqual("noticeDate"u8)) { bit = 1 << 3; ok = Date(ref r, out noticeDate); }
            else if (p.SequenceEqual("heldOn"u8)) { bit = 1 << 4; ok = Date(ref r, out heldOn); }
            else if (p.SequenceEqual("membersPresent"u8)) { bit = 1 << 5; ok = Int(ref r, out membersPresent); }
            else if (p.SequenceEqual("proxies"u8)) { bit = 1 << 6; ok = Int(ref r, out proxies); }
            else if (p.SequenceEqual("resolutions"u8)) { bit = 1 << 7; ok = Array<string>(ref r, String, out resolutions); }
            else if (p.SequenceEqual("elections"u8)) { bit = 1 << 8; ok = Enum(ref r, out elections); }
            else if (p.SequenceEqual("inspectorsReportOn"u8)) { bit = 1 << 9; ok = Date(ref r, out SolarHijriDate report); inspectorsReportOn = report; }
            else if (p.SequenceEqual("votes"u8)) { bit = 1 << 10; ok = Array<ResolutionVote>(ref r, ReadVote, out votes); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 9, optional: 2))
        {
            return false;
        }

        value = new GeneralAssembly(kind, call, fiscalYear, noticeDate, heldOn, membersPresent, proxies, resolutions, elections)
        {
            InspectorsReportOn = inspectorsReportOn,
            Votes = votes.IsDefault ? null : votes,
        };
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadStatement(ref Utf8JsonReader r, out FinancialStatement? value)
    {
        value = null;
        int fiscalYear = 0;
        Money revenue = default;
        Money netSurplus = default;
        Money totalAssets = default;
        Money equity = default;
        Money debts = default;
        AuditStatus audit = default;
        SolarHijriDate? toInspectors = null;
        SolarHijriDate? toSystem = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("fiscalYear"u8)) { bit = 1 << 0; ok = Int(ref r, out fiscalYear); }
            else if (p.SequenceEqual("revenue"u8)) { bit = 1 << 1; ok = Money(ref r, out revenue); }
            else if (p.SequenceEqual("netSurplus"u8)) { bit = 1 << 2; ok = Money(ref r, out netSurplus); }
            else if (p.SequenceEqual("totalAssets"u8)) { bit = 1 << 3; ok = Money(ref r, out totalAssets); }
            else if (p.SequenceEqual("equity"u8)) { bit = 1 << 4; ok = Money(ref r, out equity); }
            else if (p.SequenceEqual("debts"u8)) { bit = 1 << 5; ok = Money(ref r, out debts); }
            else if (p.SequenceEqual("audit"u8)) { bit = 1 << 6; ok = Enum(ref r, out audit); }
            else if (p.SequenceEqual("submittedToInspectorsOn"u8)) { bit = 1 << 7; ok = DateOrNull(ref r, out toInspectors); }
            else if (p.SequenceEqual("submittedToSystemOn"u8)) { bit = 1 << 8; ok = DateOrNull(ref r, out toSystem); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 9))
        {
            return false;
        }

        value = new FinancialStatement(fiscalYear, revenue, netSurplus, totalAssets, equity, debts, audit, toInspectors, toSystem);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadEmployment(ref Utf8JsonReader r, out EmploymentRecord? value)
    {
        value = null;
        SolarHijriDate from = default;
        SolarHijriDate to = default;
        int jobs = 0;
        int insured = 0;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("from"u8)) { bit = 1; ok = Date(ref r, out from); }
            else if (p.SequenceEqual("to"u8)) { bit = 2; ok = Date(ref r, out to); }
            else if (p.SequenceEqual("jobs"u8)) { bit = 4; ok = Int(ref r, out jobs); }
            else if (p.SequenceEqual("insuredEmployees"u8)) { bit = 8; ok = Int(ref r, out insured); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 4))
        {
            return false;
        }

        value = new EmploymentRecord(from, to, jobs, insured);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadProfile(ref Utf8JsonReader r, out SmartSystemProfile? value)
    {
        value = null;
        bool members = false;
        bool board = false;
        bool inspectors = false;
        bool lastAssembly = false;
        bool employees = false;
        int statementYears = 0;
        SolarHijriDate? lastUpdatedOn = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("membersFilled"u8)) { bit = 1 << 0; ok = Bool(ref r, out members); }
            else if (p.SequenceEqual("boardFilled"u8)) { bit = 1 << 1; ok = Bool(ref r, out board); }
            else if (p.SequenceEqual("inspectorsFilled"u8)) { bit = 1 << 2; ok = Bool(ref r, out inspectors); }
            else if (p.SequenceEqual("lastAssemblyFilled"u8)) { bit = 1 << 3; ok = Bool(ref r, out lastAssembly); }
            else if (p.SequenceEqual("employeesFilled"u8)) { bit = 1 << 4; ok = Bool(ref r, out employees); }
            else if (p.SequenceEqual("statementYears"u8)) { bit = 1 << 5; ok = Int(ref r, out statementYears); }
            else if (p.SequenceEqual("lastUpdatedOn"u8)) { bit = 1 << 6; ok = DateOrNull(ref r, out lastUpdatedOn); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 7))
        {
            return false;
        }

        value = new SmartSystemProfile(members, board, inspectors, lastAssembly, employees, statementYears, lastUpdatedOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadApplication(ref Utf8JsonReader r, out FacilityApplication? value)
    {
        value = null;
        string? programme = null;
        SolarHijriDate appliedOn = default;
        Money amountRequested = default;
        int jobsCommitted = 0;
        ProjectSector sector = default;
        CollateralKind collateral = default;
        Money collateralValue = default;
        Money overdueDebt = default;
        int cheques = 0;
        int? boardCheques = null;
        SettlementType? settlement = null;
        int? population = null;
        bool? borderArea = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("programme"u8)) { bit = 1 << 0; ok = String(ref r, out programme); }
            else if (p.SequenceEqual("appliedOn"u8)) { bit = 1 << 1; ok = Date(ref r, out appliedOn); }
            else if (p.SequenceEqual("amountRequested"u8)) { bit = 1 << 2; ok = Money(ref r, out amountRequested); }
            else if (p.SequenceEqual("jobsCommitted"u8)) { bit = 1 << 3; ok = Int(ref r, out jobsCommitted); }
            else if (p.SequenceEqual("sector"u8)) { bit = 1 << 4; ok = Enum(ref r, out sector); }
            else if (p.SequenceEqual("collateral"u8)) { bit = 1 << 5; ok = Enum(ref r, out collateral); }
            else if (p.SequenceEqual("collateralValue"u8)) { bit = 1 << 6; ok = Money(ref r, out collateralValue); }
            else if (p.SequenceEqual("overdueDebt"u8)) { bit = 1 << 7; ok = Money(ref r, out overdueDebt); }
            else if (p.SequenceEqual("unclearedReturnedCheques"u8)) { bit = 1 << 8; ok = Int(ref r, out cheques); }
            else if (p.SequenceEqual("boardMembersWithReturnedCheques"u8)) { bit = 1 << 9; ok = Int(ref r, out int board); boardCheques = board; }
            else if (p.SequenceEqual("projectSettlement"u8)) { bit = 1 << 10; ok = Enum(ref r, out SettlementType type); settlement = type; }
            else if (p.SequenceEqual("projectSettlementPopulation"u8)) { bit = 1 << 11; ok = Int(ref r, out int people); population = people; }
            else if (p.SequenceEqual("projectInBorderArea"u8)) { bit = 1 << 12; ok = Bool(ref r, out bool border); borderArea = border; }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 9, optional: 4))
        {
            return false;
        }

        value = new FacilityApplication(programme!, appliedOn, amountRequested, jobsCommitted, sector, collateral, collateralValue, overdueDebt, cheques)
        {
            BoardMembersWithReturnedCheques = boardCheques,
            ProjectSettlement = settlement,
            ProjectSettlementPopulation = population,
            ProjectInBorderArea = borderArea,
        };
        return true;
    }

    // ---- structure ----

    private static bool StartObject(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.StartObject;

    // Moves to the next property's value; false at the end of the object (or on a name written with escapes, which
    // Complete then refuses because the reader is not at the object's end).
    private static bool NextProperty(ref Utf8JsonReader r, out ReadOnlySpan<byte> name)
    {
        name = default;
        if (!r.Read() || r.TokenType != JsonTokenType.PropertyName || r.ValueIsEscaped)
        {
            return false;
        }

        name = r.ValueSpan;
        return r.Read();
    }

    private static bool Mark(bool ok, ref int seen, int bit)
    {
        if (!ok || (seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    // At the object's end with every one of the fields read.
    private static bool Complete(ref Utf8JsonReader r, int seen, int fields) =>
        r.TokenType == JsonTokenType.EndObject && seen == (1 << fields) - 1;

    // At the object's end with every one of the required fields read (bits 0..fields-1); the optional ones (the next
    // bits, each read at most once: Mark refuses a repeat) may be absent. An absent optional field is null, as through
    // the serializer; a JSON null for one goes the general way (its readers accept only a value).
    private static bool Complete(ref Utf8JsonReader r, int seen, int fields, int optional)
    {
        int required = (1 << fields) - 1;
        return r.TokenType == JsonTokenType.EndObject && (seen & required) == required && seen >> (fields + optional) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadWarning(ref Utf8JsonReader r, out MinistryWarning? value)
    {
        value = null;
        SolarHijriDate issuedOn = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            if (!p.SequenceEqual("issuedOn"u8) || !Mark(Date(ref r, out issuedOn), ref seen, 1))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 1))
        {
            return false;
        }

        value = new MinistryWarning(issuedOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadBankruptcy(ref Utf8JsonReader r, out Bankruptcy? value)
    {
        value = null;
        bool declared = false;
        SolarHijriDate? declaredOn = null;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("declared"u8)) { bit = 1; ok = Bool(ref r, out declared); }
            else if (p.SequenceEqual("declaredOn"u8)) { bit = 2; ok = DateOrNull(ref r, out declaredOn); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 1, optional: 1))
        {
            return false;
        }

        value = new Bankruptcy(declared, declaredOn);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadVote(ref Utf8JsonReader r, out ResolutionVote? value)
    {
        value = null;
        string? resolution = null;
        int present = 0;
        int inFavour = 0;
        VoteMajority majority = default;
        int seen = 0;
        if (!StartObject(ref r))
        {
            return false;
        }

        while (NextProperty(ref r, out ReadOnlySpan<byte> p))
        {
            int bit;
            bool ok;
            if (p.SequenceEqual("resolution"u8)) { bit = 1; ok = String(ref r, out resolution); }
            else if (p.SequenceEqual("present"u8)) { bit = 2; ok = Int(ref r, out present); }
            else if (p.SequenceEqual("inFavour"u8)) { bit = 4; ok = Int(ref r, out inFavour); }
            else if (p.SequenceEqual("majorityRequired"u8)) { bit = 8; ok = Enum(ref r, out majority); }
            else { return false; }

            if (!Mark(ok, ref seen, bit))
            {
                return false;
            }
        }

        if (!Complete(ref r, seen, 4))
        {
            return false;
        }

        value = new ResolutionVote(resolution!, present, inFavour, majority);
        return true;
    }

    // An array of non-null items into an exactly sized array (a pooled buffer while reading): one allocation.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Array<T>(ref Utf8JsonReader r, ElementReader<T?> read, out ImmutableArray<T> value)
    {
        value = default;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        T[] buffer = ArrayPool<T>.Shared.Rent(16);
        int count = 0;
        try
        {
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                if (!read(ref r, out T? item) || item is null)
                {
                    return false;
                }

                if (count == buffer.Length)
                {
                    T[] bigger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(bigger);
                    ArrayPool<T>.Shared.Return(buffer, clearArray: true);
                    buffer = bigger;
                }

                buffer[count++] = item;
            }

            if (r.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }

            value = count == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(buffer.AsSpan(0, count).ToArray());
            return true;
        }
        finally
        {
            ArrayPool<T>.Shared.Return(buffer, clearArray: true);
        }
    }

    // ---- values ----

    private static bool String(ref Utf8JsonReader r, out string? value)
    {
        value = r.TokenType == JsonTokenType.String ? r.GetString() : null;
        return value is not null;
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return value || r.TokenType == JsonTokenType.False;
    }

    private static bool Int(ref Utf8JsonReader r, out int value)
    {
        value = 0;
        return r.TokenType == JsonTokenType.Number && r.TryGetInt32(out value);
    }

    private static bool IntOrNull(ref Utf8JsonReader r, out int? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        bool ok = Int(ref r, out int v);
        value = v;
        return ok;
    }

    private static bool Money(ref Utf8JsonReader r, out Money value)
    {
        value = default;
        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt64(out long rials) || rials == long.MinValue)
        {
            return false;
        }

        value = Model.Money.FromRials(rials);
        return true;
    }

    // Only the canonical form straight from the bytes; Persian digits, escapes and every error go the general way.
    private static bool Date(ref Utf8JsonReader r, out SolarHijriDate value)
    {
        value = default;
        return r.TokenType == JsonTokenType.String && !r.ValueIsEscaped
            && SolarHijriDateJsonConverter.TryReadCanonical(r.ValueSpan, out value, out _);
    }

    private static bool DateOrNull(ref Utf8JsonReader r, out SolarHijriDate? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        bool ok = Date(ref r, out SolarHijriDate v);
        value = v;
        return ok;
    }

    private static bool Enum<T>(ref Utf8JsonReader r, out T value)
        where T : struct, System.Enum
    {
        value = default;
        return r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && EnumNames<T>.TryGet(r.ValueSpan, out value);
    }

    private static bool Registration(ref Utf8JsonReader r, out RegistrationNumber value)
    {
        value = default;
        return r.TokenType == JsonTokenType.String && RegistrationNumber.TryParse(r.GetString(), out value);
    }

    private static bool LegalEntity(ref Utf8JsonReader r, out LegalEntityId value)
    {
        value = default;
        return r.TokenType == JsonTokenType.String && LegalEntityId.TryParse(r.GetString(), out value);
    }

    private static bool LegalEntityOrNull(ref Utf8JsonReader r, out LegalEntityId? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        bool ok = LegalEntity(ref r, out LegalEntityId v);
        value = v;
        return ok;
    }

    private static bool NationalCodeOrNull(ref Utf8JsonReader r, out NationalCode? value)
    {
        value = null;
        if (r.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        NationalCode code = default;
        bool ok = r.TokenType == JsonTokenType.String && NationalCode.TryParse(r.GetString(), out code);
        value = code;
        return ok;
    }

    /// <summary>The kebab-case names <see cref="KebabCaseEnumConverter{TEnum}"/> writes, as UTF-8, with their values.</summary>
    private static class EnumNames<T>
        where T : struct, System.Enum
    {
        private static readonly (byte[] Name, T Value)[] s_table = Build();

        public static bool TryGet(ReadOnlySpan<byte> text, out T value)
        {
            foreach ((byte[] name, T v) in s_table)
            {
                if (text.SequenceEqual(name))
                {
                    value = v;
                    return true;
                }
            }

            value = default;
            return false;
        }

        private static (byte[] Name, T Value)[] Build()
        {
            T[] defined = System.Enum.GetValues<T>();
            IEnumerable<T> values = defined;
            if (typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false))
            {
                // Flags are written as combinations ("board, inspectors"): every union of two defined values too.
                values = defined.Concat(defined.SelectMany(a => defined.Select(b =>
                    (T)System.Enum.ToObject(typeof(T), Convert.ToUInt64(a, System.Globalization.CultureInfo.InvariantCulture)
                        | Convert.ToUInt64(b, System.Globalization.CultureInfo.InvariantCulture)))));
            }

            return values.Distinct()
                .Select(v => (System.Text.Encoding.UTF8.GetBytes(KebabCaseEnumConverter<T>.Name(v)), v))
                .ToArray();
        }
    }
}
