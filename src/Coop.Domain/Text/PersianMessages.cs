using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Text;

/// <summary>
/// The building blocks of the package's Persian messages, and the Persian of its coded errors that more than one message
/// needs (<see cref="ParseError"/>, <see cref="IdentifierError"/>). Conventions: numbers inside a Persian sentence are in
/// Persian digits; identifiers, JSON paths, type names and other Latin text are wrapped in a left-to-right isolate
/// (U+2066 … U+2069) so that the bidi algorithm cannot reorder them; what the user wrote is quoted «…» with its digits in
/// Persian. Every input is culture-invariant text, so the output does not depend on the current culture.
/// </summary>
internal static class PersianMessages
{
    /// <summary>Latin text isolated left-to-right for a Persian sentence.</summary>
    internal static string L(string text) => "\u2066" + text + "\u2069";

    /// <summary>Invariant text (a number, a canonical date) with its ASCII digits in Persian and a minus sign (U+2212) for a leading <c>-</c>.</summary>
    internal static string N(string invariant) => Signed(PersianText.ToPersianDigits(invariant));

    /// <summary>A number in Persian digits, negative with the minus sign U+2212: <c>-5</c> → <c>−۵</c>.</summary>
    internal static string N(long value) => N(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// <paramref name="text"/> with each hyphen that stands as a sign (at the start or after a space or an opening bracket,
    /// and before a digit) written as the minus sign U+2212, the form of a negative number in Persian text; a hyphen
    /// between digits (<c>1404-08</c>) is kept.
    /// </summary>
    internal static string Signed(string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                char c = source[i];
                bool sign = c == '-'
                    && (i == 0 || source[i - 1] is ' ' or '(' or '[' or '«' or '\u2066')
                    && i + 1 < source.Length && (char.IsAsciiDigit(source[i + 1]) || source[i + 1] is >= '\u06F0' and <= '\u06F9');
                span[i] = sign ? '\u2212' : c;
            }
        });
    }

    /// <summary>
    /// What the user wrote, quoted «…»: with its digits in Persian, or, when it holds a Latin letter (<c>1404-Q9</c>),
    /// as written inside a left-to-right isolate so that letters and digits keep their order.
    /// </summary>
    internal static string Q(string typed) =>
        typed.Any(char.IsAsciiLetter) ? "«" + L(typed) + "»" : "«" + PersianText.ToPersianDigits(typed) + "»";

    /// <summary>
    /// Whole rials given as invariant digits, in Persian digits grouped by the Persian thousands separator (٬) and followed
    /// by «ریال», a negative amount with the minus sign U+2212: <c>-1500000</c> → <c>−۱٬۵۰۰٬۰۰۰ ریال</c>. Text that is not a whole number is shown isolated.
    /// </summary>
    internal static string Rials(string invariant)
    {
        if (!long.TryParse(invariant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long rials))
        {
            return L(invariant);
        }

        string grouped = rials.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u066C');
        return N(grouped) + " ریال";
    }

    /// <summary>A parse error in Persian, from its <see cref="ParseError.Code"/> and <see cref="ParseError.Arguments"/>.</summary>
    internal static string Parse(ParseError error)
    {
        IReadOnlyList<string> a = error.Arguments;
        string Arg(int i) => i < a.Count ? PersianText.ToPersianDigits(a[i]) : string.Empty;
        return error.Code switch
        {
            ParseErrorCode.Empty => "متن خالی است",
            ParseErrorCode.Syntax when a.Count > 0 && a[0].Length > 0 => $"از {Q(a[0])} به بعد خوانا نیست؛ تاریخی مانند ۱۴۰۴/۰۶/۱۵ یا ۱۵ شهریور ۱۴۰۴ بنویسید",
            ParseErrorCode.Syntax => "متن ناتمام است؛ تاریخی مانند ۱۴۰۴/۰۶/۱۵ یا ۱۵ شهریور ۱۴۰۴ بنویسید",
            ParseErrorCode.YearOutOfRange => $"سال {Arg(0)} بیرون از بازهٔ پشتیبانی‌شدهٔ {Arg(1)} تا {Arg(2)} است",
            ParseErrorCode.MonthOutOfRange => $"ماه {Arg(0)} وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ شماره می‌خورند",
            ParseErrorCode.DayNotInMonth when a.Count >= 4 && int.TryParse(a[2], CultureInfo.InvariantCulture, out int day) && day < 1 =>
                "روزهای ماه از ۱ شماره می‌خورند",
            ParseErrorCode.DayNotInMonth when a.Count >= 4 && a[1] == "12" && a[2] == "30" =>
                $"اسفند {Arg(0)} ۲۹ روز دارد، چون {Arg(0)} کبیسه نیست؛ روز ۳۰ اسفند {Arg(0)} وجود ندارد",
            ParseErrorCode.DayNotInMonth when a.Count >= 4 && int.TryParse(a[1], CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12 =>
                $"{SolarHijriMonthNames.Persian(month)} {Arg(3)} روز دارد؛ روز {Arg(2)} {SolarHijriMonthNames.Persian(month)} {Arg(0)} وجود ندارد",
            ParseErrorCode.GregorianYear when a.Count >= 2 && a[1].Length > 0 =>
                $"سال {Arg(0)} میلادی است و تاریخ شمسی خواسته شده است؛ به‌جای آن {Arg(1)} را بنویسید",
            ParseErrorCode.GregorianYear => $"سال {Arg(0)} میلادی است و تاریخ شمسی خواسته شده است؛ تاریخی شمسی مانند ۱۴۰۴/۰۶/۱۵ بنویسید",
            _ => PeriodOrAmount(error.Code, a) ?? "خوانا نیست: " + L(error.Message),
        };
    }

    private const string PeriodExamples = "دوره‌ای مانند ۱۴۰۴، پاییز ۱۴۰۴، آبان ۱۴۰۴، ۱۴۰۴/۰۸/۲۵ یا از ۱۴۰۴/۰۸/۲۵ تا ۱۴۰۴/۰۹/۱۰ بنویسید";

    private const string MonthExamples = "ماه را با شماره‌اش از ۱ تا ۱۲ یا با نامش (فروردین … اسفند) بنویسید";

    private const string AmountExamples = "عددی، در صورت نیاز واژهٔ هزار، میلیون یا میلیارد، و سپس ریال یا تومان بنویسید، مانند ۵۰۰ میلیارد ریال";

    /// <summary>The Persian of the codes of periods (<see cref="Calendar.PeriodText"/>), Gregorian dates and amounts of money; null for another code.</summary>
    private static string? PeriodOrAmount(ParseErrorCode code, IReadOnlyList<string> a)
    {
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        bool Has(int i) => A(i).Length > 0;
        string Period(string canonical) => PeriodText.Parse(canonical).TryGetValue(out ReportingPeriod p) ? p.ToDisplayString() : L(canonical);
        string Date(string canonical) => SolarHijriDate.TryParse(canonical, out SolarHijriDate d) ? d.ToString("fa") : L(canonical);
        int.TryParse(A(3), NumberStyles.None, CultureInfo.InvariantCulture, out int fiscal);
        return code switch
        {
            ParseErrorCode.UnexpectedCharacter => $"نویسهٔ {Q(A(0))} ({L("U+" + A(1))}) در دوره جایی ندارد؛ {PeriodExamples}",
            ParseErrorCode.ExpectedPeriod when Has(0) => $"دوره با سال یا نام آغاز می‌شود، نه با {Q(A(0))}؛ {PeriodExamples}",
            ParseErrorCode.ExpectedPeriod => $"متن خالی است؛ {PeriodExamples}",
            ParseErrorCode.TrailingText when Has(1) => $"{Q(A(0))} پس از دورهٔ {Period(A(1))} زیادی است",
            ParseErrorCode.TrailingText => $"{Q(A(0))} پس از ماه زیادی است؛ {MonthExamples}",
            ParseErrorCode.RangeOfPeriods => $"{Q(A(0))} پس از دورهٔ {Period(A(1))} زیادی است؛ بازه میان دو روز نوشته می‌شود، مانند از ۱۴۰۴/۰۸/۰۱ تا ۱۴۰۴/۰۹/۳۰",
            ParseErrorCode.FiscalStartOnMonth => $"آغاز سال مالی ({L("@MM")}) برای سال، نیمه و فصل است، نه برای ماه",
            ParseErrorCode.ExpectedPeriodPart when Has(0) => $"پس از سال، ماه (۱۴۰۴-۰۸)، نیمه ({L("1404-H1")}) یا فصل ({L("1404-Q3")}) می‌آید، نه {Q(A(0))}",
            ParseErrorCode.ExpectedPeriodPart => $"پس از سال، ماه (۱۴۰۴-۰۸)، نیمه ({L("1404-H1")}) یا فصل ({L("1404-Q3")}) را بنویسید",
            ParseErrorCode.ExpectedOrdinal => $"بگویید کدام {A(0)}: " + string.Join("، ", Ordinals(A(1) == "2" ? 2 : 4).Select(o => A(0) + " " + o)),
            ParseErrorCode.UnknownWord => $"واژهٔ {Q(A(0))} شناخته نیست؛ پیش از سال نام ماه (فروردین … اسفند)، نام فصل (بهار … زمستان)، «سال»، «نیمه» یا «فصل» می‌آید",
            ParseErrorCode.ExpectedFiscalStart when A(0) == "@" => $"پس از {L("@")} شمارهٔ نخستین ماه سال مالی را بنویسید، مانند {L("1404@07")}",
            ParseErrorCode.ExpectedFiscalStart => "«از» و نام نخستین ماه سال مالی را بنویسید، مانند (از مهر)",
            ParseErrorCode.ExpectedClosingParenthesis => "پس از نخستین ماه سال مالی «)» را بنویسید",
            ParseErrorCode.PartNumber when A(0) == "H" && Has(1) => $"نیمهٔ سال {L("H1")} یا {L("H2")} است، نه {Q(A(0) + A(1))}",
            ParseErrorCode.PartNumber when A(0) == "H" => $"پس از {L("H")} شمارهٔ نیمه را بنویسید: {L("H1")} یا {L("H2")}",
            ParseErrorCode.PartNumber when Has(1) => $"فصل‌ها از {L("Q1")} تا {L("Q4")} شماره می‌خورند (بهار، تابستان، پاییز، زمستان)، نه {Q(A(0) + A(1))}",
            ParseErrorCode.PartNumber => $"پس از {L("Q")} شمارهٔ فصل را از ۱ تا ۴ بنویسید (بهار، تابستان، پاییز، زمستان)",
            ParseErrorCode.PeriodOutOfRange =>
                $"{(PartName(A(0), A(2)) + " ").TrimStart()}{(fiscal is > 1 and <= 12 ? "سال مالی " + N(A(1)) + " (از " + SolarHijriMonthNames.Persian(fiscal) + ")" : "سال " + N(A(1)))} " +
                $"از سال‌های پشتیبانی‌شدهٔ {N(A(4))} تا {N(A(5))} بیرون می‌رود",
            ParseErrorCode.ExpectedYear when Has(0) => $"سال چهار رقم دارد، مانند ۱۴۰۴، نه {Q(A(0))}",
            ParseErrorCode.ExpectedYear => "سالی چهاررقمی بنویسید، مانند ۱۴۰۴",
            ParseErrorCode.ExpectedMonth when Has(0) => $"{Q(A(0))} ماه نیست؛ {MonthExamples}",
            ParseErrorCode.ExpectedMonth => $"ماهی نیامده است؛ {MonthExamples}",
            ParseErrorCode.ExpectedDatePart when A(0) == "month-name" => "پس از روز نام ماه را بنویسید، مانند ۲۵ آبان ۱۴۰۴",
            ParseErrorCode.ExpectedDatePart when A(0) == "day" => "روز تاریخ را پس از «/» بنویسید، مانند ۱۴۰۴/۰۸/۲۵",
            ParseErrorCode.ExpectedDatePart => "ماه تاریخ را پس از «/» بنویسید، مانند ۱۴۰۴/۰۸/۲۵",
            ParseErrorCode.ExpectedRangeEnd => "«تا» (یا «..») و روز پایان بازه را بنویسید، مانند از ۱۴۰۴/۰۸/۲۵ تا ۱۴۰۴/۰۹/۱۰",
            ParseErrorCode.RangeReversed => $"بازه در {Date(A(0))} پایان می‌یابد، پیش از آغازش در {Date(A(1))}",
            ParseErrorCode.AmountWithoutNumber => $"مبلغ {Q(A(0))} یکا دارد ولی عدد ندارد؛ {AmountExamples}",
            ParseErrorCode.NotANumber when Has(0) => $"{Q(A(0))} عدد نیست؛ {AmountExamples}",
            ParseErrorCode.NotANumber => $"عددی نیامده است؛ {AmountExamples}",
            ParseErrorCode.AmountTooLarge => $"مبلغ بزرگ‌تر از بیشترین مقدار ممکن، {Rials(A(0))}، است",
            ParseErrorCode.MissingCurrencyUnit => "مبلغ با یکای پول پایان می‌یابد: ریال یا تومان",
            ParseErrorCode.UnknownCurrencyUnit => $"{Q(A(0))} نه واژهٔ مقیاس (هزار، میلیون، میلیارد) است و نه یکای پول (ریال، تومان)",
            ParseErrorCode.TextAfterCurrencyUnit => $"{Q(A(0))} پس از یکای پول آمده است؛ مبلغ با یکا پایان می‌یابد",
            ParseErrorCode.FractionOfRial => "مبلغ باید عددی درست از ریال باشد؛ کسر ریال پذیرفته نیست",
            ParseErrorCode.GregorianMonthName when Has(1) =>
                $"سال {N(A(0))} میلادی خوانده می‌شود (سال‌های از {N(A(1))} به بعد)، ولی نام ماه شمسی است؛ تاریخ میلادی به شکل {L("yyyy-MM-dd")} یا {L("yyyy/MM/dd")} نوشته می‌شود",
            ParseErrorCode.GregorianMonthName => $"نام ماه شمسی است؛ تاریخ میلادی به شکل {L("yyyy-MM-dd")} یا {L("yyyy/MM/dd")} نوشته می‌شود",
            ParseErrorCode.GregorianDayNotInMonth when int.TryParse(A(2), CultureInfo.InvariantCulture, out int gd) && gd < 1 => "روزهای ماه از ۱ شماره می‌خورند",
            ParseErrorCode.GregorianDayNotInMonth when int.TryParse(A(1), CultureInfo.InvariantCulture, out int gm) && gm is >= 1 and <= 12 =>
                $"{s_gregorianMonths[gm - 1]} {N(A(0))} {N(A(3))} روز دارد؛ روز {N(A(2))} {s_gregorianMonths[gm - 1]} {N(A(0))} وجود ندارد",
            ParseErrorCode.GregorianDayNotInMonth => $"روز {N(A(2))} در ماه {N(A(1))} سال {N(A(0))} میلادی وجود ندارد",
            ParseErrorCode.GregorianOutOfRange => $"تاریخ میلادی {N(A(0))} بیرون از بازهٔ تقویم شمسی، {N(A(1))} تا {N(A(2))}، است",
            ParseErrorCode.NegativeAmount => $"مبلغ منفی است ({Rials(A(0))})؛ باید صفر یا بیشتر باشد",
            _ => null,
        };
    }

    private static readonly string[] s_gregorianMonths =
        ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"];

    private static string[] Ordinals(int count) => count == 2 ? ["اول", "دوم"] : ["اول", "دوم", "سوم", "چهارم"];

    private static string PartName(string unit, string part) => unit switch
    {
        nameof(PeriodUnit.Season) => "فصل " + (int.TryParse(part, CultureInfo.InvariantCulture, out int s) && s is >= 1 and <= 4 ? Ordinals(4)[s - 1] : N(part)),
        nameof(PeriodUnit.HalfYear) => "نیمهٔ " + (int.TryParse(part, CultureInfo.InvariantCulture, out int h) && h is >= 1 and <= 2 ? Ordinals(2)[h - 1] : N(part)),
        _ => string.Empty,
    };


    /// <summary>The Persian name of an identifier type: <c>NationalCode</c> → «کد ملی»; null for a type it does not know.</summary>
    internal static string? IdentifierName(string typeName) => typeName switch
    {
        nameof(NationalCode) => "کد ملی",
        nameof(LegalEntityId) => "شناسهٔ ملی",
        nameof(Sheba) => "شماره شبا",
        nameof(PostalCode) => "کد پستی",
        nameof(RegistrationNumber) => "شماره ثبت",
        _ => null,
    };

    /// <summary>
    /// Why an identifier is invalid, in Persian, from its rule: <paramref name="typeName"/> is the identifier's type name
    /// (<c>NationalCode</c>, <c>LegalEntityId</c>, <c>Sheba</c>, <c>PostalCode</c>; any other is named as a registration number).
    /// </summary>
    internal static string Identifier(string typeName, IdentifierRule rule)
    {
        string name = IdentifierName(typeName) ?? "شماره ثبت";
        return rule switch
        {
            IdentifierRule.Empty => $"{name} خالی است",
            IdentifierRule.InvalidCharacter => $"{name} نویسهٔ نادرست دارد",
            IdentifierRule.Length => typeName switch
            {
                nameof(NationalCode) => $"{name} ۱۰ رقم دارد",
                nameof(LegalEntityId) => $"{name} ۱۱ رقم دارد",
                nameof(Sheba) => $"{name} ۲۶ نویسه دارد: {L("IR")} و ۲۴ رقم",
                nameof(PostalCode) => $"{name} ۱۰ رقم دارد",
                _ => $"طول {name} نادرست است",
            },
            IdentifierRule.RepeatedDigits => $"{name} نمی‌تواند همه از یک رقم باشد",
            IdentifierRule.CheckDigit => $"رقم کنترل {name} نمی‌خواند",
            IdentifierRule.CountryCode => $"{name} باید با {L("IR")} آغاز شود",
            _ => $"قالب {name} نادرست است",
        };
    }
}
