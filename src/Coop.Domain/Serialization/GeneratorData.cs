using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>Word lists and weights for <see cref="RegistryGenerator"/>.</summary>
internal static class GeneratorData
{
    // Weighted roughly by population (2016 census, thousands), so Sari, Babol and Amol dominate and small counties still appear.
    internal static readonly (string Item, int Weight)[] Counties =
    [
        ("02-SARI", 505), ("02-BABOL", 530), ("02-AMOL", 400), ("02-QAEMSHAHR", 320), ("02-BEHSHAHR", 170),
        ("02-TONEKABON", 160), ("02-NOWSHAHR", 130), ("02-BABOLSAR", 125), ("02-NEKA", 115), ("02-CHALUS", 110),
        ("02-NUR", 120), ("02-MAHMUDABAD", 98), ("02-JUYBAR", 80), ("02-RAMSAR", 75), ("02-FEREYDUNKENAR", 60),
        ("02-SIMORGH", 40), ("02-MIANDORUD", 60), ("02-SAVADKUH", 45), ("02-NORTH-SAVADKUH", 30), ("02-GALUGAH", 40),
        ("02-ABBASABAD", 50), ("02-KELARDASHT", 30),
    ];

    internal static readonly (CooperativeKind Item, int Weight)[] Kinds =
    [
        (CooperativeKind.Agricultural, 18), (CooperativeKind.EmploymentGenerating, 16), (CooperativeKind.Housing, 11),
        (CooperativeKind.Services, 12), (CooperativeKind.Consumer, 9), (CooperativeKind.Industrial, 8),
        (CooperativeKind.Transport, 5), (CooperativeKind.Credit, 3), (CooperativeKind.Handicraft, 4),
        (CooperativeKind.Fishery, 3), (CooperativeKind.KnowledgeBased, 3), (CooperativeKind.RuralDistrictComprehensive, 3),
        (CooperativeKind.ProfessionalSupply, 2), (CooperativeKind.Mining, 1), (CooperativeKind.University, 1),
        (CooperativeKind.Student, 1), (CooperativeKind.CountyDevelopment, 1),
    ];

    internal static readonly (LegalForm Item, int Weight)[] LegalForms =
        [(LegalForm.Ordinary, 97), (LegalForm.PublicJointStock, 2), (LegalForm.NationalComprehensive, 1)];

    internal static readonly (AuditStatus Item, int Weight)[] Audits =
    [
        (AuditStatus.Unqualified, 45), (AuditStatus.Qualified, 20), (AuditStatus.NotAudited, 25),
        (AuditStatus.InProgress, 8), (AuditStatus.AdverseOrDisclaimer, 2),
    ];

    // A state body cannot be a member (Art. 8 as amended), but registries hold such records; a few are generated.
    internal static readonly (MemberLegalType Item, int Weight)[] LegalMemberTypes =
    [
        (MemberLegalType.OtherLegalPerson, 60), (MemberLegalType.Cooperative, 25),
        (MemberLegalType.PublicNonGovernmental, 10), (MemberLegalType.StateBody, 5),
    ];

    internal static readonly (SettlementType Item, int Weight)[] Settlements =
        [(SettlementType.Village, 55), (SettlementType.Town, 35), (SettlementType.NomadicArea, 10)];

    internal static readonly (CollateralKind Item, int Weight)[] Collaterals =
    [
        (CollateralKind.GuaranteeFund, 30), (CollateralKind.Property, 30), (CollateralKind.PromissoryNote, 15),
        (CollateralKind.Cheque, 10), (CollateralKind.OtherGuarantee, 10), (CollateralKind.None, 5),
    ];

    internal static readonly int[] OtherFiscalStarts = [4, 7, 10];

    internal static readonly long[] NominalValues = [100_000, 500_000, 1_000_000, 1_000_000, 2_000_000];

    internal static readonly ProjectSector[] Sectors =
    [
        ProjectSector.Industry, ProjectSector.Tourism, ProjectSector.Agriculture, ProjectSector.KnowledgeBased,
        ProjectSector.WasteManagement, ProjectSector.Services,
    ];

    internal static readonly string[] Programmes =
    [
        "Tabsare 18", "Sustainable rural employment", "Cooperative Development Bank working capital",
        "National Development Fund (Mazandaran)", "Home-based businesses", "Cooperative Guarantee Fund backed credit",
    ];

    internal static readonly Dictionary<CooperativeKind, string> SubjectWords = new()
    {
        [CooperativeKind.EmploymentGenerating] = "تولیدی اشتغال‌زا",
        [CooperativeKind.Housing] = "مسکن",
        [CooperativeKind.Consumer] = "مصرف",
        [CooperativeKind.Credit] = "اعتبار",
        [CooperativeKind.Agricultural] = "تولیدی کشاورزی",
        [CooperativeKind.Industrial] = "تولیدی صنعتی",
        [CooperativeKind.Services] = "خدماتی",
        [CooperativeKind.Transport] = "حمل و نقل",
        [CooperativeKind.Mining] = "معدنی",
        [CooperativeKind.Handicraft] = "صنایع دستی",
        [CooperativeKind.Fishery] = "صیادی",
        [CooperativeKind.KnowledgeBased] = "دانش‌بنیان",
        [CooperativeKind.University] = "دانشگاهی",
        [CooperativeKind.RuralDistrictComprehensive] = "فراگیر دهستان",
        [CooperativeKind.CountyDevelopment] = "توسعه و عمران شهرستان",
        [CooperativeKind.Student] = "دانش‌آموزی",
        [CooperativeKind.BorderResidents] = "مرزنشینان",
        [CooperativeKind.ProfessionalSupply] = "تأمین نیاز صنوف",
        [CooperativeKind.JusticeShares] = "سهام عدالت",
    };

    internal static readonly string[] Places =
    [
        "کیاکلا", "بهنمیر", "زیرآب", "پل‌سفید", "گتاب", "امیرکلا", "رستمکلا", "سرخرود", "چمستان", "مرزن‌آباد",
        "کیاسر", "فریم", "دابودشت", "کوهی‌خیل", "نشتارود", "کلارآباد", "سلمان‌شهر", "خلیل‌شهر", "رویان", "ایزدشهر",
        "هادی‌شهر", "شیرگاه", "آلاشت", "گلوگاه", "زرگرمحله", "کترا", "دریاکنار", "لاریجان", "بندپی", "دودانگه",
    ];

    internal static readonly string[] Words =
    [
        "سپید", "البرز", "خزر", "هراز", "تجن", "بابلرود", "سبزاندیشان", "پویا", "امید", "آینده‌سازان",
        "کارآفرینان", "فرهیختگان", "سرو", "نارنج", "شالیزار", "مرکبات", "جنگل", "دریا", "همیاران", "نیکان",
    ];

    internal static readonly string[] FirstNames =
    [
        "علی", "محمد", "حسین", "رضا", "مهدی", "فاطمه", "زهرا", "مریم", "معصومه", "سکینه", "حسن", "اکبر",
        "نرگس", "طاهره", "یوسف", "ابراهیم", "رقیه", "سمیه", "قاسم", "عباس", "لیلا", "کبری", "نصرالله", "جواد",
    ];

    internal static readonly string[] LastNames =
    [
        "رضایی", "حسینی", "محمدی", "قربانی", "نوروزی", "اسماعیلی", "کریمی", "یوسفی", "طالبی", "روحانی",
        "پورعلی", "جعفری", "عباسی", "علیزاده", "رمضانی", "شعبانی", "صالحی", "نیک‌پور", "امیری", "بابایی",
        "گلی", "تقی‌پور", "یزدانی", "قاسمی", "موسوی", "عسگری", "کلانتری", "مازندرانی",
    ];

    internal static ActivityClass ActivityOf(CooperativeKind kind, Random random) => kind switch
    {
        CooperativeKind.Housing or CooperativeKind.Consumer or CooperativeKind.Credit or CooperativeKind.ProfessionalSupply => ActivityClass.Distribution,
        CooperativeKind.Agricultural or CooperativeKind.Industrial or CooperativeKind.EmploymentGenerating or CooperativeKind.Mining
            or CooperativeKind.Handicraft or CooperativeKind.Fishery => ActivityClass.Production,
        _ => random.Next(3) switch { 0 => ActivityClass.Production, 1 => ActivityClass.Distribution, _ => ActivityClass.Multipurpose },
    };

    internal static ProjectSector SectorOf(CooperativeKind kind) => kind switch
    {
        CooperativeKind.Agricultural or CooperativeKind.Fishery or CooperativeKind.RuralDistrictComprehensive => ProjectSector.Agriculture,
        CooperativeKind.Industrial or CooperativeKind.EmploymentGenerating => ProjectSector.Industry,
        CooperativeKind.KnowledgeBased or CooperativeKind.University => ProjectSector.KnowledgeBased,
        CooperativeKind.Housing or CooperativeKind.CountyDevelopment => ProjectSector.Construction,
        CooperativeKind.Handicraft => ProjectSector.Handicraft,
        CooperativeKind.Transport => ProjectSector.Transport,
        CooperativeKind.Mining => ProjectSector.Mining,
        CooperativeKind.Consumer or CooperativeKind.ProfessionalSupply => ProjectSector.Trade,
        _ => ProjectSector.Services,
    };
}
