using static Coop.Domain.Text.PersianMessages;

namespace Coop.Domain.Model;

/// <summary>The Persian of a <see cref="ModelViolation"/>, from its code and arguments (see <see cref="ModelViolationCode"/>).</summary>
internal static class ModelViolationText
{
    internal static string Persian(ModelViolation violation)
    {
        IReadOnlyList<string> a = violation.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;

        // A number or canonical date, in Persian digits (a date's slashes keep it in order inside a Persian line).
        string D(int i) => N(A(i));
        string R(int i) => Rials(A(i));
        string Member(int i) => "عضو شمارهٔ " + D(i);
        return violation.Code switch
        {
            ModelViolationCode.UndefinedEnumValue => $"مقدار {D(0)} از مقادیر تعریف‌شدهٔ {L(A(1))} نیست",
            ModelViolationCode.ItemMissing => "این قلم خالی (" + L("null") + ") است",
            ModelViolationCode.NameMissing => "نام تعاونی نیامده است",
            ModelViolationCode.RegistrationNumberMissing => "شماره ثبت نیامده است",
            ModelViolationCode.NationalIdMissing => "شناسهٔ ملی تعاونی نیامده است",
            ModelViolationCode.UnknownCountyCode => $"کد شهرستان {L(A(0))} شناخته نیست (نمونه: {L("02-JUYBAR")})",
            ModelViolationCode.FiscalYearStartMonthOutOfRange => $"ماه آغاز سال مالی باید از ۱ تا ۱۲ باشد؛ {D(0)} است",
            ModelViolationCode.StatuteAlignmentMissing => "وضعیت انطباق اساسنامه نیامده است؛ اگر اساسنامه منطبق نشده، «منطبق‌نشده» را ثبت کنید",
            ModelViolationCode.AlignedStatuteWithoutDate => "اساسنامهٔ منطبق‌شده تاریخ انطباق می‌خواهد",
            ModelViolationCode.UnalignedStatuteWithDate => $"اساسنامه‌ای که منطبق نشده نمی‌تواند تاریخ انطباق داشته باشد ({D(0)})",
            ModelViolationCode.StatuteAlignedBeforeAmendment =>
                $"اساسنامه نمی‌تواند در {D(0)} منطبق شده باشد، پیش از تأیید اصلاحیهٔ ۱۳۹۳ ({D(1)})",
            ModelViolationCode.StatusHistoryEmpty => "سابقهٔ وضعیت خالی است؛ دست‌کم وضعیت هنگام ثبت لازم است",
            ModelViolationCode.FirstStatusBeforeRegistration => $"نخستین وضعیت تاریخ {D(0)} دارد، پیش از ثبت در {D(1)}",
            ModelViolationCode.StatusChangesOutOfOrder => $"تغییرهای وضعیت باید به ترتیب اکیداً صعودی تاریخ باشند؛ {D(0)} پس از {D(1)} آمده است",
            ModelViolationCode.StatusAfterDissolution => $"پس از انحلال ({D(0)}) چیزی نمی‌آید؛ وضعیت «{Status(A(1))}» پس از آن آمده است",
            ModelViolationCode.MemberNumberBelowOne => $"شمارهٔ عضویت باید دست‌کم ۱ باشد؛ {D(0)} است",
            ModelViolationCode.MemberNumberRepeated => $"شمارهٔ عضویت {D(0)} دو بار به کار رفته است",
            ModelViolationCode.MemberWithoutName => $"{Member(0)} نام ندارد",
            ModelViolationCode.NaturalMemberWithoutNationalCode => $"{Member(0)} شخص حقیقی است و کد ملی می‌خواهد",
            ModelViolationCode.NaturalMemberWithLegalEntityId => $"{Member(0)} شخص حقیقی است و نمی‌تواند شناسهٔ ملی شخص حقوقی داشته باشد",
            ModelViolationCode.LegalMemberWithoutLegalEntityId => $"{Member(0)} شخص حقوقی است و شناسهٔ ملی می‌خواهد",
            ModelViolationCode.LegalMemberWithNationalCode => $"{Member(0)} شخص حقوقی است و نمی‌تواند کد ملی داشته باشد",
            ModelViolationCode.MemberIdentifierRepeated =>
                $"{Member(0)} همان شناسه‌ای ({D(1)}) را دارد که عضو شمارهٔ {D(2)}؛ هر شخص یک بار ثبت می‌شود",
            ModelViolationCode.MemberLeftBeforeJoining => $"{Member(0)} در {D(1)} خارج شده، پیش از پیوستن در {D(2)}",
            ModelViolationCode.MemberLegalTypeMismatch =>
                $"{Member(0)} شخص {PersonKind(A(1))} است؛ نوع حقوقی «{LegalType(A(2))}» برای شخص {(A(2) == nameof(MemberLegalType.NaturalPerson) ? "حقیقی" : "حقوقی")} است",
            ModelViolationCode.ShareLedgerMissing => "دفتر سهام نیامده است",
            ModelViolationCode.LeftMemberStillHoldsShares =>
                $"{Member(0)} در {D(1)} خارج شده ولی هنوز {D(2)} سهم دارد ({R(3)} پرداخت‌شده)؛ سهم‌ها را تا تاریخ خروج بازخرید یا منتقل کنید",
            ModelViolationCode.NoSuchMember => $"عضو شمارهٔ {D(0)} وجود ندارد{For(A(1))}",
            ModelViolationCode.NotMemberOnDate =>
                $"{Member(0)} در {D(1)} عضو نیست{For(A(2))}؛ عضویت از {D(3)}{(A(4).Length > 0 ? " تا " + D(4) : string.Empty)} است",
            ModelViolationCode.BoardTermEndsBeforeStart => $"دورهٔ هیئت‌مدیره در {D(0)} پایان می‌یابد، پیش از آغازش در {D(1)}",
            ModelViolationCode.BoardTermsOverlap => $"دورهٔ هیئت‌مدیره‌ای که در {D(0)} آغاز می‌شود با دورهٔ {D(1)} تا {D(2)} هم‌پوشانی دارد",
            ModelViolationCode.BoardTermWithoutSeats => "دورهٔ هیئت‌مدیره هیچ کرسی ندارد",
            ModelViolationCode.MemberHoldsTwoSeats => $"{Member(0)} در یک دوره دو کرسی دارد",
            ModelViolationCode.AlternateHoldsOffice => $"عضو علی‌البدل نمی‌تواند سمت «{Role(A(0))}» داشته باشد",
            ModelViolationCode.OfficeHeldTwice => $"سمت «{Role(A(0))}» در یک دوره دو بار داده شده است",
            ModelViolationCode.ManagingDirectorWithoutName => "مدیرعامل نام ندارد",
            ModelViolationCode.EmptyNationalCode => "کد ملی خالی است؛ به‌جای آن آن را نیاورید",
            ModelViolationCode.AppointmentEndsBeforeStart => $"انتصاب در {D(0)} پایان می‌یابد، پیش از آغازش در {D(1)}",
            ModelViolationCode.AppointmentsOverlap =>
                $"انتصابی که در {D(0)} آغاز می‌شود با انتصاب آغازشده در {D(1)} هم‌پوشانی دارد، که {(A(2).Length > 0 ? "در " + D(2) + " پایان می‌یابد" : "پایانی ندارد")}",
            ModelViolationCode.InspectorWithoutName => "بازرس نام ندارد",
            ModelViolationCode.InspectorTermEndsBeforeStart => $"دورهٔ بازرس در {D(0)} پایان می‌یابد، پیش از آغازش در {D(1)}",
            ModelViolationCode.UndefinedElections => $"مقدار {D(0)} ترکیبی از انتخاب هیئت‌مدیره و بازرسان نیست",
            ModelViolationCode.NoticeAfterAssembly => $"آگهی دعوت تاریخ {D(0)} دارد، پس از برگزاری مجمع در {D(1)}",
            ModelViolationCode.InspectorsReportAfterAssembly => $"گزارش بازرسان تاریخ {D(0)} دارد، پس از برگزاری مجمع در {D(1)}",
            ModelViolationCode.ResolutionEmpty => "متن مصوبه خالی است",
            ModelViolationCode.OrdinaryAssemblyWithoutFiscalYear => "مجمع عمومی عادی باید سال مالی‌ای را که حساب‌هایش را تصویب می‌کند نام ببرد",
            ModelViolationCode.FiscalYearOutOfRange => $"سال مالی {D(0)} بیرون از بازهٔ ۱ تا ۹۳۷۶ است",
            ModelViolationCode.OrdinaryAssemblyBeforeYearEnd =>
                $"مجمع عمومی عادی سال مالی {D(0)} در {D(1)} برگزار شده، پیش از پایان آن سال در {D(2)}",
            ModelViolationCode.FiscalYearOnNonOrdinaryAssembly =>
                $"تنها مجمع عمومی عادی به سال مالی می‌پردازد؛ این {AssemblyKind(A(0))} سال {D(1)} را نام برده است",
            ModelViolationCode.VoteWithoutPresent => $"رأی‌گیری دست‌کم یک رأی حاضر می‌خواهد؛ {D(0)} ثبت شده است",
            ModelViolationCode.VotesInFavourOutOfRange => $"رأی‌های موافق باید از ۰ تا {D(0)} رأی حاضر باشد؛ {D(1)} ثبت شده است",
            ModelViolationCode.StatementYearRepeated => $"برای سال مالی {D(0)} دو صورت مالی هست",
            ModelViolationCode.NegativeCount => $"{Field(A(0))} نمی‌تواند منفی باشد ({D(1)})",
            ModelViolationCode.NegativeAmount => $"{Field(A(0))} نمی‌تواند منفی باشد ({R(1)})",
            ModelViolationCode.AssetsNotEquityPlusDebts =>
                $"سال مالی {D(0)}: جمع دارایی‌ها ({R(1)}) باید برابر حقوق صاحبان سهام ({R(2)}) به‌اضافهٔ بدهی‌ها ({R(3)}) باشد",
            ModelViolationCode.AmountOverflow => "جمع مبلغ‌ها از بیشینهٔ مبلغ پذیرفتنی فراتر می‌رود",
            ModelViolationCode.SubmittedBeforeYearEnd =>
                $"صورت‌های مالی سال {D(0)} با تاریخ ارائهٔ {D(1)} ثبت شده‌اند، پیش از پایان آن سال در {D(2)}",
            ModelViolationCode.EmploymentPeriodEndsBeforeStart => $"دوره در {D(0)} پایان می‌یابد، پیش از آغازش در {D(1)}",
            ModelViolationCode.InsuredEmployeesOutOfRange => $"شمار کارکنان بیمه‌شده ({D(0)}) باید از ۰ تا شمار مشاغل ({D(1)}) باشد",
            ModelViolationCode.EmploymentPeriodsOverlap => $"دورهٔ {D(0)} تا {D(1)} با دورهٔ {D(2)} تا {D(3)} هم‌پوشانی دارد",
            ModelViolationCode.SmartSystemProfileMissing => "نمایهٔ سامانهٔ هوشمند نیامده است؛ اگر چیزی پر نشده، نمایهٔ خالی را ثبت کنید",
            ModelViolationCode.ApplicationRepeated =>
                $"همان درخواست {L("facilityApplications[" + A(0) + "]")} است (همهٔ فیلدها برابر)؛ هر درخواست یک بار فهرست می‌شود",
            ModelViolationCode.ProgrammeMissing => "برنامهٔ تسهیلات نیامده است",
            ModelViolationCode.AmountRequestedNotPositive => $"مبلغ درخواستی باید بیش از صفر باشد؛ {R(0)} است",
            ModelViolationCode.CollateralValueWithoutCollateral => $"وثیقه‌ای پیشنهاد نشده، ولی ارزش آن {R(0)} است",
            ModelViolationCode.NominalValueNotPositive => $"ارزش اسمی هر سهم باید بیش از صفر باشد؛ {R(0)} است",
            ModelViolationCode.EntryOutOfDateOrder =>
                $"این ردیف تاریخ {D(0)} دارد، پیش از ردیف قبلی ({D(1)})؛ دفتر سهام فقط افزودنی است و باید به ترتیب تاریخ باشد",
            ModelViolationCode.PaymentWithShares => $"پرداخت سهمی جابه‌جا نمی‌کند؛ شمار سهم باید ۰ باشد، نه {D(0)}",
            ModelViolationCode.EntryWithoutShares => $"{ShareEntryKind(A(0))} دست‌کم یک سهم می‌خواهد؛ {D(1)} دارد",
            ModelViolationCode.TransferWithoutReceiver => "انتقال باید عضو گیرنده را نام ببرد",
            ModelViolationCode.TransferToSelf => $"انتقال از {Member(0)} به خود او بی‌معناست",
            ModelViolationCode.ReceiverOnNonTransfer => $"تنها انتقال عضو گیرنده دارد؛ این {ShareEntryKind(A(0))} عضو شمارهٔ {D(1)} را نام برده است",
            ModelViolationCode.SubscriptionOverpaid =>
                $"در {D(0)} {Member(1)} {D(2)} سهم به ارزش {R(3)} پذیره‌نویسی می‌کند ولی {R(4)} می‌پردازد، بیش از ارزش اسمی آن‌ها",
            ModelViolationCode.PaymentOutOfRange =>
                $"در {D(0)} {Member(1)} {R(2)} می‌پردازد، ولی بخش پرداخت‌نشدهٔ {D(3)} سهم او {R(4)} است؛ پرداخت باید بیش از صفر و حداکثر برابر بخش پرداخت‌نشده باشد",
            ModelViolationCode.NotEnoughShares =>
                $"در {D(0)} {Member(1)} نمی‌تواند {D(3)} سهم را {ShareVerb(A(2))}؛ تنها {D(4)} سهم دارد",
            ModelViolationCode.NotEnoughPaid =>
                $"در {D(0)} {Member(1)} نمی‌تواند {R(3)} سرمایهٔ پرداخت‌شده را {ShareVerb(A(2))}؛ تنها {R(4)} پرداخته است",
            ModelViolationCode.PaidLeftExceedsValue =>
                $"در {D(0)} پس از {ShareEntryKind(A(1))}، {Member(2)} {R(3)} پرداخت‌شده را روی سهم‌هایی به ارزش تنها {R(4)} نگه می‌دارد؛ بخش پرداخت‌شده باید همراه سهم‌ها جابه‌جا شود",
            ModelViolationCode.ReceiverOverpaid =>
                $"در {D(0)} {Member(1)} {R(2)} پرداخت‌شده را با سهم‌هایی به ارزش {R(3)} می‌گیرد، بیش از ارزش اسمی آن‌ها",
            ModelViolationCode.BankruptcyBeforeRegistration => $"ورشکستگی تاریخ {D(0)} دارد، پیش از ثبت در {D(1)}",
            ModelViolationCode.BankruptcyWithoutDate => "ورشکستگی اعلام‌شده روز اعلام را می‌خواهد",
            ModelViolationCode.BankruptcyDateWithoutDeclaration => $"ورشکستگی اعلام نشده، ولی روز اعلام داده شده است ({D(0)})",
            ModelViolationCode.WarningBeforeRegistration => $"اخطار تاریخ {D(0)} دارد، پیش از ثبت در {D(1)}",
            _ => "نادرست است: " + L(violation.Message),
        };
    }

    // What a member number was named for (NoSuchMember, NotMemberOnDate), as a parenthetical; empty for none.
    private static string For(string context) => context switch
    {
        "" => string.Empty,
        "TransferReceiver" => " (گیرندهٔ انتقال)",
        "BoardSeat" => " (در هیئت‌مدیره در آغاز دوره)",
        _ => " (" + ShareEntryKind(context) + ")",
    };

    /// <summary>The Persian name of a <see cref="CooperativeStatus"/>, by its C# name.</summary>
    internal static string Status(string name) => name switch
    {
        nameof(CooperativeStatus.Active) => "فعال",
        nameof(CooperativeStatus.Inactive) => "غیرفعال",
        nameof(CooperativeStatus.InLiquidation) => "در حال تصفیه",
        nameof(CooperativeStatus.Dissolved) => "منحل",
        _ => L(name),
    };

    /// <summary>The Persian name of a <see cref="Model.ShareEntryKind"/>, by its C# name.</summary>
    internal static string ShareEntryKind(string name) => name switch
    {
        nameof(Model.ShareEntryKind.Subscription) => "پذیره‌نویسی",
        nameof(Model.ShareEntryKind.Payment) => "پرداخت",
        nameof(Model.ShareEntryKind.Transfer) => "انتقال",
        nameof(Model.ShareEntryKind.Redemption) => "بازخرید",
        _ => L(name),
    };

    // The verb of a transfer or a redemption, after its object: «… را منتقل کند» / «… را بازخرید کند».
    private static string ShareVerb(string kind) => kind == nameof(Model.ShareEntryKind.Transfer) ? "منتقل کند" : "بازخرید کند";

    /// <summary>The Persian name of a <see cref="BoardRole"/>, by its C# name (the names of its documentation).</summary>
    internal static string Role(string name) => name switch
    {
        nameof(BoardRole.Chair) => "رئیس هیئت‌مدیره",
        nameof(BoardRole.ViceChair) => "نایب رئیس",
        nameof(BoardRole.Secretary) => "منشی",
        nameof(BoardRole.Member) => "عضو",
        _ => L(name),
    };

    /// <summary>The Persian name of an <see cref="Model.AssemblyKind"/>, by its C# name (the names of its documentation).</summary>
    internal static string AssemblyKind(string name) => name switch
    {
        nameof(Model.AssemblyKind.Ordinary) => "مجمع عمومی عادی",
        nameof(Model.AssemblyKind.OrdinaryExtraordinarily) => "مجمع عمومی عادی به‌طور فوق‌العاده",
        nameof(Model.AssemblyKind.Extraordinary) => "مجمع عمومی فوق‌العاده",
        _ => "مجمع " + L(name),
    };

    private static string PersonKind(string name) => name switch
    {
        nameof(Model.PersonKind.Natural) => "حقیقی",
        nameof(Model.PersonKind.Legal) => "حقوقی",
        _ => L(name),
    };

    /// <summary>The Persian name of a <see cref="MemberLegalType"/>, by its C# name (the names of its documentation).</summary>
    internal static string LegalType(string name) => name switch
    {
        nameof(MemberLegalType.NaturalPerson) => "شخص حقیقی",
        nameof(MemberLegalType.StateBody) => "شخص حقوقی دولتی",
        nameof(MemberLegalType.PublicNonGovernmental) => "مؤسسهٔ عمومی غیردولتی",
        nameof(MemberLegalType.Cooperative) => "تعاونی فراگیر ملی یا سهامی عام",
        nameof(MemberLegalType.OtherLegalPerson) => "دیگر شخص حقوقی",
        _ => L(name),
    };

    // What a NegativeCount or NegativeAmount is about, by the field's camelCase name.
    private static string Field(string field) => field switch
    {
        "membersPresent" => "شمار اعضای حاضر",
        "proxies" => "شمار وکالت‌ها",
        "jobs" => "شمار مشاغل",
        "statementYears" => "شمار سال‌های صورت مالی",
        "jobsCommitted" => "شمار مشاغل تعهدشده",
        "unclearedReturnedCheques" => "شمار چک‌های برگشتی رفع‌سوءاثرنشده",
        "boardMembersWithReturnedCheques" => "شمار اعضای هیئت‌مدیرهٔ دارای چک برگشتی",
        "projectSettlementPopulation" => "جمعیت",
        "revenue" => "درآمد",
        "totalAssets" => "جمع دارایی‌ها",
        "debts" => "بدهی‌ها",
        "collateralValue" => "ارزش وثیقه",
        "overdueDebt" => "بدهی معوق",
        "amount" => "مبلغ",
        "nonMemberCapital" => "سرمایهٔ غیرعضو",
        _ => "مقدار " + L(field),
    };
}
