namespace Coop.Domain.Model;

/// <summary>
/// What kind of broken invariant a <see cref="ModelViolation"/> is, so that a host can say it in its own language from
/// <see cref="ModelViolation.Arguments"/> instead of from the English <see cref="ModelViolation.Message"/>
/// (<see cref="ModelViolation.MessageFa"/> does so in Persian). Each member says which arguments it carries, in order,
/// as culture-invariant text: numbers in ASCII digits, dates in the canonical Solar Hijri form <c>1404/08/25</c>,
/// amounts as whole rials (<c>-5000</c>), enum values by their C# names (<c>Dissolved</c>).
/// </summary>
public enum ModelViolationCode
{
    /// <summary>Only the English message says what is wrong (a violation made with the two-argument constructor); no arguments.</summary>
    Unspecified = 0,

    /// <summary>A value is not a defined member of its enum; arguments: the value (a number), the enum's type name.</summary>
    UndefinedEnumValue,

    /// <summary>An item of a list is null; no arguments.</summary>
    ItemMissing,

    /// <summary>The cooperative has no name; no arguments.</summary>
    NameMissing,

    /// <summary>The registration number is missing; no arguments.</summary>
    RegistrationNumberMissing,

    /// <summary>The legal-entity national ID is missing; no arguments.</summary>
    NationalIdMissing,

    /// <summary>The county code is unknown; argument: the code as given.</summary>
    UnknownCountyCode,

    /// <summary>The fiscal year's start month is outside 1–12; argument: the month.</summary>
    FiscalYearStartMonthOutOfRange,

    /// <summary>The statute alignment is missing; no arguments.</summary>
    StatuteAlignmentMissing,

    /// <summary>An aligned statute has no alignment date; no arguments.</summary>
    AlignedStatuteWithoutDate,

    /// <summary>A statute that is not aligned has an alignment date; argument: the date.</summary>
    UnalignedStatuteWithDate,

    /// <summary>The statute is aligned before the 1393 amendment was confirmed; arguments: the date, the amendment's date.</summary>
    StatuteAlignedBeforeAmendment,

    /// <summary>The status history is empty; no arguments.</summary>
    StatusHistoryEmpty,

    /// <summary>The first status is dated before registration; arguments: its date, the registration date.</summary>
    FirstStatusBeforeRegistration,

    /// <summary>Status changes are not in strictly increasing date order; arguments: the date, the previous change's date.</summary>
    StatusChangesOutOfOrder,

    /// <summary>A status follows dissolution; arguments: the dissolution's date, the following status (a <see cref="CooperativeStatus"/> name).</summary>
    StatusAfterDissolution,

    /// <summary>A membership number is below 1; argument: the number.</summary>
    MemberNumberBelowOne,

    /// <summary>A membership number is used twice; argument: the number.</summary>
    MemberNumberRepeated,

    /// <summary>A member has no name; argument: the membership number.</summary>
    MemberWithoutName,

    /// <summary>A natural person has no national code; argument: the membership number.</summary>
    NaturalMemberWithoutNationalCode,

    /// <summary>A natural person has a legal-entity ID; argument: the membership number.</summary>
    NaturalMemberWithLegalEntityId,

    /// <summary>A legal person has no legal-entity national ID; argument: the membership number.</summary>
    LegalMemberWithoutLegalEntityId,

    /// <summary>A legal person has a national code; argument: the membership number.</summary>
    LegalMemberWithNationalCode,

    /// <summary>Two members have the same identifier; arguments: the membership number, the identifier, the other member's number.</summary>
    MemberIdentifierRepeated,

    /// <summary>A member left before joining; arguments: the membership number, the exit date, the joining date.</summary>
    MemberLeftBeforeJoining,

    /// <summary>
    /// A member's legal type does not match their kind; arguments: the membership number, the kind (a <see cref="PersonKind"/>
    /// name), the legal type (a <see cref="MemberLegalType"/> name).
    /// </summary>
    MemberLegalTypeMismatch,

    /// <summary>The share ledger is missing; no arguments.</summary>
    ShareLedgerMissing,

    /// <summary>A member who left still holds shares; arguments: the membership number, the exit date, the shares, the paid rials.</summary>
    LeftMemberStillHoldsShares,

    /// <summary>
    /// A member number names no member; arguments: the number, and what it was named for: a <see cref="ShareEntryKind"/>
    /// name (the entry's member), <c>TransferReceiver</c>, <c>BoardSeat</c>, or empty (a managing director).
    /// </summary>
    NoSuchMember,

    /// <summary>
    /// A member is not a member on a date; arguments: the number, the date, what it was named for (as for
    /// <see cref="NoSuchMember"/>), the joining date, the exit date (empty when the member has not left).
    /// </summary>
    NotMemberOnDate,

    /// <summary>A board term ends before it starts; arguments: the end, the start.</summary>
    BoardTermEndsBeforeStart,

    /// <summary>Two board terms overlap; arguments: the term's start, the earlier term's start and end.</summary>
    BoardTermsOverlap,

    /// <summary>A board term has no seats; no arguments.</summary>
    BoardTermWithoutSeats,

    /// <summary>A member holds two seats in one term; argument: the membership number.</summary>
    MemberHoldsTwoSeats,

    /// <summary>An alternate holds an office; argument: the office (a <see cref="BoardRole"/> name).</summary>
    AlternateHoldsOffice,

    /// <summary>An office is held twice in one term; argument: the office (a <see cref="BoardRole"/> name).</summary>
    OfficeHeldTwice,

    /// <summary>A managing director has no name; no arguments.</summary>
    ManagingDirectorWithoutName,

    /// <summary>A managing director's national code is given empty; no arguments.</summary>
    EmptyNationalCode,

    /// <summary>A managing director's appointment ends before it starts; arguments: the end, the start.</summary>
    AppointmentEndsBeforeStart,

    /// <summary>Two appointments overlap; arguments: the appointment's start, the earlier one's start, its end (empty when it has none).</summary>
    AppointmentsOverlap,

    /// <summary>An inspector has no name; no arguments.</summary>
    InspectorWithoutName,

    /// <summary>An inspector's term ends before it starts; arguments: the end, the start.</summary>
    InspectorTermEndsBeforeStart,

    /// <summary>An assembly's elections are not a combination of board and inspectors; argument: the value (a number).</summary>
    UndefinedElections,

    /// <summary>An assembly's notice is dated after it was held; arguments: the notice date, the day it was held.</summary>
    NoticeAfterAssembly,

    /// <summary>The inspectors' report is dated after the assembly; arguments: the report's date, the day the assembly was held.</summary>
    InspectorsReportAfterAssembly,

    /// <summary>A resolution's text is empty; no arguments.</summary>
    ResolutionEmpty,

    /// <summary>An ordinary assembly names no fiscal year; no arguments.</summary>
    OrdinaryAssemblyWithoutFiscalYear,

    /// <summary>A fiscal year is outside 1–9376; argument: the year.</summary>
    FiscalYearOutOfRange,

    /// <summary>An ordinary assembly was held before its fiscal year ended; arguments: the year, the day held, the year's last day.</summary>
    OrdinaryAssemblyBeforeYearEnd,

    /// <summary>An assembly that is not ordinary names a fiscal year; arguments: the kind (an <see cref="AssemblyKind"/> name), the year.</summary>
    FiscalYearOnNonOrdinaryAssembly,

    /// <summary>A vote records no vote present; argument: the number present.</summary>
    VoteWithoutPresent,

    /// <summary>Votes in favour are outside 0 and the number present; arguments: the number present, the votes in favour.</summary>
    VotesInFavourOutOfRange,

    /// <summary>Two financial statements are for one fiscal year; argument: the year.</summary>
    StatementYearRepeated,

    /// <summary>
    /// A count is negative; arguments: the field (its camelCase name, e.g. <c>jobs</c>, <c>membersPresent</c>), the value.
    /// </summary>
    NegativeCount,

    /// <summary>An amount is negative; arguments: the field (its camelCase name, e.g. <c>revenue</c>, <c>amount</c>), the rials.</summary>
    NegativeAmount,

    /// <summary>Total assets are not equity plus debts; arguments: the fiscal year, the total assets, the equity, the debts (rials).</summary>
    AssetsNotEquityPlusDebts,

    /// <summary>A sum of amounts overflows what <see cref="Money"/> holds; no arguments.</summary>
    AmountOverflow,

    /// <summary>Statements are dated as submitted before their year ended; arguments: the fiscal year, the submission date, the year's last day.</summary>
    SubmittedBeforeYearEnd,

    /// <summary>An employment period ends before it starts; arguments: the end, the start.</summary>
    EmploymentPeriodEndsBeforeStart,

    /// <summary>Insured employees are outside 0 and the jobs; arguments: the insured employees, the jobs.</summary>
    InsuredEmployeesOutOfRange,

    /// <summary>Two employment periods overlap; arguments: the period's start and end, the earlier period's start and end.</summary>
    EmploymentPeriodsOverlap,

    /// <summary>The smart-system profile is missing; no arguments.</summary>
    SmartSystemProfileMissing,

    /// <summary>A facility application is listed twice; argument: the 0-based index of its first listing.</summary>
    ApplicationRepeated,

    /// <summary>A facility application names no programme; no arguments.</summary>
    ProgrammeMissing,

    /// <summary>The amount requested is not above zero; argument: the rials.</summary>
    AmountRequestedNotPositive,

    /// <summary>A collateral value is given with no collateral; argument: the rials.</summary>
    CollateralValueWithoutCollateral,

    /// <summary>A share's nominal value is not above zero; argument: the rials.</summary>
    NominalValueNotPositive,

    /// <summary>A share-register entry is dated before the previous one; arguments: its date, the previous entry's date.</summary>
    EntryOutOfDateOrder,

    /// <summary>A payment moves shares; argument: the shares.</summary>
    PaymentWithShares,

    /// <summary>An entry that is not a payment moves no share; arguments: the kind (a <see cref="ShareEntryKind"/> name), the shares.</summary>
    EntryWithoutShares,

    /// <summary>A transfer names no receiving member; no arguments.</summary>
    TransferWithoutReceiver,

    /// <summary>A transfer is to the same member; argument: the membership number.</summary>
    TransferToSelf,

    /// <summary>An entry that is not a transfer names a receiving member; arguments: the kind (a <see cref="ShareEntryKind"/> name), the receiving member's number.</summary>
    ReceiverOnNonTransfer,

    /// <summary>A subscription pays more than the shares' nominal value; arguments: the date, the member, the shares, their value, the amount paid (rials).</summary>
    SubscriptionOverpaid,

    /// <summary>
    /// A payment is not above zero or exceeds the unpaid part; arguments: the date, the member, the amount (rials), the shares
    /// held, the unpaid part (rials).
    /// </summary>
    PaymentOutOfRange,

    /// <summary>
    /// A transfer or redemption moves more shares than held; arguments: the date, the member, the kind (a
    /// <see cref="ShareEntryKind"/> name), the shares, the shares held.
    /// </summary>
    NotEnoughShares,

    /// <summary>
    /// A transfer or redemption moves more paid capital than paid; arguments: the date, the member, the kind, the amount
    /// (rials), the paid capital (rials).
    /// </summary>
    NotEnoughPaid,

    /// <summary>
    /// After a transfer or redemption the member would keep more paid than the remaining shares are worth; arguments: the
    /// date, the kind, the member, the paid part kept, the remaining shares' value (rials).
    /// </summary>
    PaidLeftExceedsValue,

    /// <summary>
    /// The receiver of a transfer would hold more paid than their shares are worth; arguments: the date, the receiving
    /// member, the amount (rials), the transferred shares' value (rials).
    /// </summary>
    ReceiverOverpaid,

    /// <summary>The bankruptcy is dated before registration; arguments: its date, the registration date.</summary>
    BankruptcyBeforeRegistration,

    /// <summary>A declared bankruptcy has no date; no arguments.</summary>
    BankruptcyWithoutDate,

    /// <summary>A bankruptcy date is given without a declaration; argument: the date.</summary>
    BankruptcyDateWithoutDeclaration,

    /// <summary>A ministry warning is dated before registration; arguments: its date, the registration date.</summary>
    WarningBeforeRegistration,
}
