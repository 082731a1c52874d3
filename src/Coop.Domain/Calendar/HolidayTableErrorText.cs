using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>The Persian of <see cref="HolidayTableError"/>, from its <see cref="HolidayTableError.Code"/> and <see cref="HolidayTableError.Arguments"/>.</summary>
internal static class HolidayTableErrorText
{
    /// <summary>What is wrong, in Persian; the English message, isolated, for <see cref="HolidayTableErrorCode.Unspecified"/>.</summary>
    public static string Persian(HolidayTableError error)
    {
        IReadOnlyList<string> a = error.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        static string L(string text) => PersianMessages.L(text);
        static string Q(string text) => PersianMessages.Q(text);
        static string N(string text) => PersianMessages.N(text);
        return error.Code switch
        {
            HolidayTableErrorCode.NoHeader => $"جدول سطر سرآیند ندارد (انتظار می‌رفت: {L(A(0))})",
            HolidayTableErrorCode.NoRows => "جدول سرآیند دارد ولی هیچ سطر تعطیلی ندارد",
            HolidayTableErrorCode.UnknownColumn => $"ستون {Q(A(0))} شناخته نیست؛ ستون‌ها این‌هایند: {L(A(1))} (سرآیند نخستین سطری است که خالی یا توضیحِ {L("#")} نباشد)",
            HolidayTableErrorCode.DuplicateColumn => "این ستون دو بار آمده است",
            HolidayTableErrorCode.MissingColumn => "این ستونِ الزامی در سرآیند نیامده است",
            HolidayTableErrorCode.ColumnCount => $"مانند سرآیند {N(A(0))} ستونِ جداشده با {L("Tab")} انتظار می‌رفت، {N(A(1))} ستون آمد",
            HolidayTableErrorCode.RepeatedHoliday => $"{N(A(0))} «{L(A(1))}» سطر {N(A(2))} را تکرار می‌کند",
            HolidayTableErrorCode.InvalidSolarDate => $"{Q(A(0))} تاریخ شمسیِ {L("yyyy/mm/dd")} نیست" + (error.DateError is { } date ? ": " + date.MessageFa : string.Empty),
            HolidayTableErrorCode.InvalidKind => $"نوعِ {Q(A(0))} هیچ‌یک از {L("solar")}، {L("lunar")} یا {L("adhoc")} نیست",
            HolidayTableErrorCode.InvalidStanding => $"جایگاهِ {Q(A(0))} هیچ‌یک از {L("official")} یا {L("projected")} نیست",
            HolidayTableErrorCode.EmptyPersianName => "نام فارسی خالی است",
            HolidayTableErrorCode.EmptyEnglishName => "نام انگلیسی خالی است",
            HolidayTableErrorCode.InvalidGregorianDate => $"{Q(A(0))} تاریخ میلادیِ {L("yyyy-mm-dd")} نیست",
            HolidayTableErrorCode.GregorianMismatch => $"{N(A(0))} تاریخ میلادیِ {N(A(1))} نیست (که {N(A(2))} است)",
            HolidayTableErrorCode.NotASolarHoliday => $"{N(A(0))} هیچ‌یک از تعطیلات ثابت شمسی سال {N(A(1))} نیست (نگاه کنید به {L("docs/work-calendar.md")})؛ تعطیلی یک‌باره را {L("adhoc")} بنویسید",
            _ => L(error.Message),
        };
    }
}
