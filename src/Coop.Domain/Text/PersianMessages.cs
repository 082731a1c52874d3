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

    /// <summary>Invariant text (a number, a canonical date) with its ASCII digits in Persian.</summary>
    internal static string N(string invariant) => PersianText.ToPersianDigits(invariant);

    /// <summary>A number in Persian digits.</summary>
    internal static string N(long value) => PersianText.ToPersianDigits(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>What the user wrote, quoted «…» with its digits in Persian.</summary>
    internal static string Q(string typed) => "«" + PersianText.ToPersianDigits(typed) + "»";

    /// <summary>
    /// Whole rials given as invariant digits, in Persian digits grouped by the Persian thousands separator (٬) and followed
    /// by «ریال»: <c>-1500000</c> → <c>-۱٬۵۰۰٬۰۰۰ ریال</c>. Text that is not a whole number is shown isolated.
    /// </summary>
    internal static string Rials(string invariant)
    {
        if (!long.TryParse(invariant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long rials))
        {
            return L(invariant);
        }

        string grouped = rials.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u066C');
        return PersianText.ToPersianDigits(grouped) + " ریال";
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
            _ => "خوانا نیست: " + L(error.Message),
        };
    }

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
