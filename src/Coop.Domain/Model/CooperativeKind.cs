namespace Coop.Domain.Model;

/// <summary>
/// The subject of a cooperative (نوع موضوع فعالیت), as classified in the by-law of Arts. 6 and 20 (1389)
/// and in the sector's statistics. Member minimums per kind are policy parameters,
/// not part of the model.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<CooperativeKind>))]
public enum CooperativeKind
{
    /// <summary>Employment-generating (اشتغال‌زا / تولیدی اشتغال‌زا).</summary>
    EmploymentGenerating,

    /// <summary>Housing (مسکن).</summary>
    Housing,

    /// <summary>Consumer (مصرف).</summary>
    Consumer,

    /// <summary>Credit (اعتبار).</summary>
    Credit,

    /// <summary>Agricultural and rural (کشاورزی و روستایی).</summary>
    Agricultural,

    /// <summary>Industrial (صنعتی).</summary>
    Industrial,

    /// <summary>Services (خدماتی).</summary>
    Services,

    /// <summary>Transport (حمل و نقل).</summary>
    Transport,

    /// <summary>Mining (معدنی).</summary>
    Mining,

    /// <summary>Handicraft (صنایع دستی و فرش).</summary>
    Handicraft,

    /// <summary>Fishery (شیلات).</summary>
    Fishery,

    /// <summary>Knowledge-based (دانش‌بنیان).</summary>
    KnowledgeBased,

    /// <summary>University (دانشگاهی).</summary>
    University,

    /// <summary>Rural-district comprehensive (فراگیر دهستان).</summary>
    RuralDistrictComprehensive,

    /// <summary>County development (توسعه و عمران شهرستان).</summary>
    CountyDevelopment,

    /// <summary>Students (دانش‌آموزی).</summary>
    Student,

    /// <summary>Border residents (مرزنشینان).</summary>
    BorderResidents,

    /// <summary>Professional and trade needs supply (تأمین نیاز تولیدکنندگان / صنوف).</summary>
    ProfessionalSupply,

    /// <summary>Justice Shares (سهام عدالت).</summary>
    JusticeShares,
}
