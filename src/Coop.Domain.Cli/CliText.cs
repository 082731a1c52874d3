using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary>
/// What <c>coop</c> says on stderr, in English or in Persian (<c>--lang fa</c>). Conventions of the Persian forms:
/// numbers inside Persian sentences are written in Persian digits; file paths, option names (<c>--as-of</c>), JSON paths
/// (<c>$.rules[3]</c>), rule ids and other identifiers stay as they are (Latin) and are wrapped in a left-to-right isolate
/// (U+2066 … U+2069) so that the bidi algorithm cannot reorder them; what the user typed is quoted «…» and shown
/// with its digits in Persian. Library errors are said from their codes and arguments (<see cref="ParseError.Code"/>,
/// <see cref="IdentifierError.Rule"/>, the fields of <see cref="Serialization.JsonLineError"/> and
/// <see cref="Eligibility.Policies.PolicyError"/>), never by matching their English text; a detail that only the
/// English message holds is kept, isolated, after the Persian frame.
/// </summary>
internal static class CliText
{
    /// <summary>The language values <c>--lang</c> takes, as <c>--help</c> lists them.</summary>
    public const string LanguageValues = "en|fa";

    /// <summary><paramref name="en"/> or <paramref name="fa"/>, by the run's language.</summary>
    public static string T(this CliContext context, string en, string fa) => context.Persian ? fa : en;

    /// <summary>Latin text (a path, option, JSON path or id) isolated left-to-right for a Persian line.</summary>
    public static string L(string text) => "\u2066" + text + "\u2069";

    /// <summary>A number in Persian digits.</summary>
    public static string N(long value) => PersianText.ToPersianDigits(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>What the user typed, quoted for a Persian line (digits in Persian).</summary>
    public static string Q(string typed) => "«" + PersianText.ToPersianDigits(typed) + "»";

    /// <summary>The <c>--lang</c> option every verb takes: <c>en</c> (default) or <c>fa</c>, case ignored.</summary>
    public static Option<string> LanguageOption(string what) => new("--lang")
    {
        Description = $"Language of {what} and of the messages on stderr: en (default) or fa (Persian, with Persian digits).",
        HelpName = LanguageValues,
    };

    /// <summary>
    /// Whether the command line asks for Persian: its last <c>--lang</c> (<c>--lang fa</c>, <c>--lang=fa</c> or
    /// <c>--lang:fa</c>) is <c>fa</c>. Read before parsing, so that even a usage error is said in the language asked for.
    /// </summary>
    public static bool AsksForPersian(IReadOnlyList<string> args)
    {
        bool persian = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = arg == "--lang" && i + 1 < args.Count ? args[i + 1]
                : arg.StartsWith("--lang=", StringComparison.Ordinal) || arg.StartsWith("--lang:", StringComparison.Ordinal) ? arg[7..]
                : null;
            if (value is not null)
            {
                persian = string.Equals(value.Trim(), "fa", StringComparison.OrdinalIgnoreCase);
            }
        }

        return persian;
    }

    /// <summary>Whether a message is already Persian (one of this tool's own checks wrote it so under <c>--lang fa</c>).</summary>
    public static bool IsPersian(string message) => message.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>A parse error of the library in the run's language: from its code and arguments in Persian, its message in English.</summary>
    public static string Parse(CliContext context, ParseError error) => context.Persian ? Persian(error) : error.Message;

    /// <summary>A parse error in Persian, from its <see cref="ParseError.Code"/> and <see cref="ParseError.Arguments"/>.</summary>
    public static string Persian(ParseError error)
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

    /// <summary>An identifier's error in the run's language, from its rule.</summary>
    public static string Identifier(CliContext context, string kind, IdentifierError error)
    {
        if (!context.Persian)
        {
            return error.Message;
        }

        string name = kind switch
        {
            "national-code" => "کد ملی",
            "legal-id" => "شناسهٔ ملی",
            "sheba" => "شماره شبا",
            "postal-code" => "کد پستی",
            _ => "شماره ثبت",
        };
        return error.Rule switch
        {
            IdentifierRule.Empty => $"{name} خالی است",
            IdentifierRule.InvalidCharacter => $"{name} نویسهٔ نادرست دارد",
            IdentifierRule.Length => kind switch
            {
                "national-code" => $"{name} ۱۰ رقم دارد",
                "legal-id" => $"{name} ۱۱ رقم دارد",
                "sheba" => $"{name} ۲۶ نویسه دارد: IR و ۲۴ رقم",
                "postal-code" => $"{name} ۱۰ رقم دارد",
                _ => $"طول {name} نادرست است",
            },
            IdentifierRule.RepeatedDigits => $"{name} نمی‌تواند همه از یک رقم باشد",
            IdentifierRule.CheckDigit => $"رقم کنترل {name} نمی‌خواند",
            IdentifierRule.CountryCode => $"{name} باید با IR آغاز شود",
            _ => $"قالب {name} نادرست است",
        };
    }

    /// <summary>
    /// A policy error in Persian: its file and JSON path isolated, line and column in Persian digits, and what is wrong from
    /// its <see cref="Eligibility.Policies.PolicyError.Code"/> (the English detail, isolated, when the code is unspecified).
    /// </summary>
    public static string Persian(Eligibility.Policies.PolicyError error, IEnumerable<string>? shippedIds = null, string? kind = null)
    {
        // The sentence is the library's (PolicyError.MessageFa); only the shipped ids, which the CLI knows, are added here.
        string detail = error.Code == Eligibility.Policies.PolicyErrorCode.FileNotFound && shippedIds is not null
            ? error.MessageFa + " و شناسهٔ هیچ‌یک از سیاست‌های همراه بسته هم نیست (" + string.Join("، ", shippedIds.Select(L)) + ")"
            : error.MessageFa;
        string where = error.ToPersianString();
        return where[..(where.Length - error.MessageFa.Length)] + (kind is null ? string.Empty : kind + ": ") + detail;
    }

    /// <summary>"N error(s)" style counts: <paramref name="count"/> in Persian digits before <paramref name="noun"/> (Persian nouns do not take a plural after a number).</summary>
    public static string Count(long count, string noun) => N(count) + " " + noun;
}
