using Coop.Domain.Model;
using Coop.Domain.Model.Geography;

namespace Coop.Domain.Reporting;

/// <summary>Names of report groups and measures for people, in Persian or English.</summary>
internal static class ReportLabels
{
    /// <summary>
    /// A group's name: the county's name (Persian or English; the code when the county is unknown), the sector's and the
    /// kind's names, joined with " / "; «همه» / "all" when not grouped.
    /// </summary>
    public static string Group(ReportGroup group, bool persian)
    {
        var parts = new List<string>(3);
        if (group.CountyCode is { } code)
        {
            parts.Add(IranGeography.TryGetCounty(code, out County? county) ? (persian ? county.PersianName : county.EnglishName) : code);
        }

        if (group.Sector is { } sector)
        {
            parts.Add(Sector(sector, persian));
        }

        if (group.Kind is { } kind)
        {
            parts.Add(Kind(kind, persian));
        }

        return parts.Count == 0 ? (persian ? "همه" : "all") : string.Join(" / ", parts);
    }

    /// <summary>A sector's name from its enum name (<see cref="ProjectSector"/>) or <see cref="ReportRecord.NoSector"/>.</summary>
    public static string Sector(string sector, bool persian)
    {
        if (!Enum.TryParse(sector, ignoreCase: false, out ProjectSector value) || !Enum.IsDefined(value))
        {
            return sector == ReportRecord.NoSector ? (persian ? "بدون بخش" : "no sector") : sector;
        }

        return persian ? ProjectSectorNames.Persian(value) : Words(sector);
    }

    /// <summary>A cooperative kind's name from its enum name (<see cref="CooperativeKind"/>).</summary>
    public static string Kind(string kind, bool persian)
    {
        if (!Enum.TryParse(kind, ignoreCase: false, out CooperativeKind value) || !Enum.IsDefined(value))
        {
            return kind;
        }

        return !persian ? Words(kind) : value switch
        {
            CooperativeKind.EmploymentGenerating => "اشتغال‌زا",
            CooperativeKind.Housing => "مسکن",
            CooperativeKind.Consumer => "مصرف",
            CooperativeKind.Credit => "اعتبار",
            CooperativeKind.Agricultural => "کشاورزی و روستایی",
            CooperativeKind.Industrial => "صنعتی",
            CooperativeKind.Services => "خدماتی",
            CooperativeKind.Transport => "حمل و نقل",
            CooperativeKind.Mining => "معدنی",
            CooperativeKind.Handicraft => "صنایع دستی و فرش",
            CooperativeKind.Fishery => "شیلات",
            CooperativeKind.KnowledgeBased => "دانش‌بنیان",
            CooperativeKind.University => "دانشگاهی",
            CooperativeKind.RuralDistrictComprehensive => "فراگیر دهستان",
            CooperativeKind.CountyDevelopment => "توسعه و عمران شهرستان",
            CooperativeKind.Student => "دانش‌آموزی",
            CooperativeKind.BorderResidents => "مرزنشینان",
            CooperativeKind.ProfessionalSupply => "تأمین نیاز صنوف",
            _ => "سهام عدالت",
        };
    }

    /// <summary>The measure's name for a title, e.g. «تسهیلات» / "Credits".</summary>
    public static string Measure(ReportMeasure measure, bool persian) => measure switch
    {
        ReportMeasure.Credits => persian ? "تسهیلات درخواستی" : "Credits requested",
        ReportMeasure.Registrations => persian ? "ثبت تعاونی" : "Registrations",
        ReportMeasure.StatusChanges => persian ? "تغییر وضعیت" : "Status changes",
        ReportMeasure.Jobs => persian ? "اشتغال" : "Jobs",
        ReportMeasure.Active => persian ? "تعاونی‌های فعال در پایان دوره" : "Active cooperatives at period end",
        _ => persian ? "اعضا در پایان دوره" : "Members at period end",
    };

    /// <summary>The unit of the measure's headline value, e.g. «ریال» / "rials".</summary>
    public static string Unit(ReportMeasure measure, bool persian) => measure switch
    {
        ReportMeasure.Credits => persian ? "ریال" : "rials",
        ReportMeasure.Jobs => persian ? "شغل" : "jobs",
        ReportMeasure.Members => persian ? "عضو" : "members",
        ReportMeasure.Active => persian ? "تعاونی" : "cooperatives",
        _ => persian ? "مورد" : "count",
    };

    /// <summary>"by year and county" in words, e.g. «به تفکیک سال و شهرستان».</summary>
    public static string By(PeriodReportOptions options, bool persian)
    {
        var parts = new List<string>
        {
            options.Unit switch
            {
                Calendar.PeriodUnit.Month => persian ? "ماه" : "month",
                Calendar.PeriodUnit.Season => persian ? "فصل" : "season",
                Calendar.PeriodUnit.HalfYear => persian ? "نیم‌سال" : "half-year",
                _ => persian ? "سال" : "year",
            },
        };
        if (options.Grouping.HasFlag(ReportGrouping.County))
        {
            parts.Add(persian ? "شهرستان" : "county");
        }

        if (options.Grouping.HasFlag(ReportGrouping.Sector))
        {
            parts.Add(persian ? "بخش" : "sector");
        }

        if (options.Grouping.HasFlag(ReportGrouping.Kind))
        {
            parts.Add(persian ? "نوع تعاونی" : "kind");
        }

        return persian ? "به تفکیک " + string.Join(" و ", parts) : "by " + string.Join(" and ", parts);
    }

    /// <summary>The range of a report in words: «سال ۱۳۷۸ تا سال ۱۴۰۴» or "1378 to 1404"; one period alone when first is last.</summary>
    public static string Range(PeriodReport report, bool persian)
    {
        string first = persian ? report.Periods[0].ToDisplayString() : report.Periods[0].ToString();
        if (report.Periods.Count == 1)
        {
            return first;
        }

        string last = persian ? report.Periods[^1].ToDisplayString() : report.Periods[^1].ToString();
        return persian ? first + " تا " + last : first + " to " + last;
    }

    private static string Words(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (char c in pascal)
        {
            if (char.IsAsciiLetterUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
