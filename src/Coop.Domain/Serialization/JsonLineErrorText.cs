using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Text;
using static Coop.Domain.Text.PersianMessages;

namespace Coop.Domain.Serialization;

/// <summary>The Persian of a <see cref="JsonLineError"/>, from its code and arguments (see <see cref="JsonLineErrorCode"/>).</summary>
internal static class JsonLineErrorText
{
    private const string HeaderExample = "{\"format\":\"coop-registry\",\"version\":1,…}";

    internal static string Persian(JsonLineError error)
    {
        string text = What(error);
        return error.InHeader ? "سرآیند ثبت نامعتبر است: " + text : text;
    }

    private static string What(JsonLineError error)
    {
        IReadOnlyList<string> a = error.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        string D(int i) => N(A(i));
        return error.Code switch
        {
            JsonLineErrorCode.BinaryInput => $"ورودی بایت {L("NUL")} دارد: فایلی دودویی است، نه {L("JSON Lines")} با {L("UTF-8")}؛ خواندن متوقف شد",
            JsonLineErrorCode.LineTooLong => $"سطر بلندتر از {D(0)} بایت است و کنار گذاشته شد",
            JsonLineErrorCode.NullLine => $"سطر مقدار {L("null")} در {L("JSON")} است، نه یک رکورد",
            JsonLineErrorCode.NotUtf8 =>
                $"سطر متن {L("UTF-8")} نیست (بایت {L("0x" + A(0))} در ستون {D(1)})؛ فایل ثبت {L("UTF-8")} است و فایلی که با {L("Windows-1256")} (کدگذاری عربی/فارسی ویندوز) ذخیره شده چنین است — آن را تبدیل کنید، برای نمونه با {L("iconv -f WINDOWS-1256 -t UTF-8")}",
            JsonLineErrorCode.ControlCharacter =>
                $"یک مقدار متنی نویسهٔ کنترلی {L("U+" + A(0))} دارد (ستون {D(1)})؛ متن ثبت نویسهٔ کنترلی نمی‌پذیرد ({L("NUL")}، جهش یا شکست سطر خروجی {L("CSV")} و جدول را خراب می‌کند)؛ رکورد کنار گذاشته شد",
            JsonLineErrorCode.NotJson => $"سطر یک مقدار {L("JSON")} درست و کامل نیست",
            JsonLineErrorCode.Truncated => "سطر درون رکورد پایان می‌یابد: بریده شده است",
            JsonLineErrorCode.TooDeep => "مقدار بیش از اندازه تودرتو است",
            JsonLineErrorCode.UnknownProperty => $"ویژگی ناشناختهٔ {L(A(0))} (از فیلدهای {L(A(1))} نیست؛ فیلدها در {L("docs/registry-format.md")} آمده‌اند)",
            JsonLineErrorCode.DuplicateProperty => A(0).Length > 0 ? $"ویژگی {L(A(0))} دو بار آمده است" : "یک ویژگی دو بار آمده است",
            JsonLineErrorCode.MissingProperties => $"ویژگی‌های لازم نیامده‌اند: {L(A(0))}",
            JsonLineErrorCode.WrongType => A(0) switch
            {
                "array" => "نوع نادرست: آرایه انتظار می‌رفت",
                "string" => "نوع نادرست: رشته انتظار می‌رفت",
                "whole-number" => "نوع نادرست: عدد صحیح انتظار می‌رفت",
                "number" => "نوع نادرست: عدد انتظار می‌رفت",
                "boolean" => $"نوع نادرست: {L("true")} یا {L("false")} انتظار می‌رفت",
                _ => $"نوع نادرست: این مقدار از نوع {L("JSON")} این فیلد نیست (نوع هر فیلد در {L("docs/registry-format.md")} آمده است)",
            },
            JsonLineErrorCode.InvalidDate => $"{Q(A(0))} تاریخ شمسی درستی نیست: {Date(a)}",
            JsonLineErrorCode.DateNotString => $"تاریخ شمسی باید رشته‌ای مانند «۱۴۰۴/۰۸/۲۵» باشد، نه {Token(A(0))}",
            JsonLineErrorCode.InvalidIdentifier => $"{IdentifierName(A(0)) ?? L(A(0))} {Q(A(1))} نامعتبر است: {IdentifierRuleText(A(0), A(2))}",
            JsonLineErrorCode.IdentifierNotString => $"{IdentifierName(A(0)) ?? L(A(0))} باید رشتهٔ {L("JSON")} باشد، نه {Token(A(1))}",
            JsonLineErrorCode.AmountNotNumber => $"مبلغ باید عدد صحیح {L("JSON")} به ریال باشد، مانند ۹۴۰۰۰۰۰۰۰۰۰۰۰، نه {Token(A(0))}",
            JsonLineErrorCode.AmountOutOfRange => $"مبلغ {Q(A(0))} بیرون از بازه است: مبلغ حداکثر ±۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷ ریال است",
            JsonLineErrorCode.AmountNotWhole => $"مبلغ {Q(A(0))} عدد صحیح ریال نیست: آن را بی‌کسر و بی‌توان بنویسید",
            JsonLineErrorCode.EnumNotString => $"مقدار {L(A(0))} باید رشتهٔ {L("JSON")} باشد، نه {Token(A(1))}",
            JsonLineErrorCode.UnknownEnumValue => $"{Q(A(1))} از نام‌های {L(A(0))} نیست؛ یکی از این‌ها بنویسید: {L(A(2))}",
            JsonLineErrorCode.ShareLedgerNotObject => $"دفتر سهام باید شیئی با {L("nominalValue")} و {L("entries")} باشد، نه {Token(A(0))}",
            JsonLineErrorCode.ShareLedgerUnknownProperty => $"دفتر سهام ویژگی {L(A(0))} ندارد؛ ویژگی‌هایش {L("nominalValue")} و {L("entries")} است",
            JsonLineErrorCode.ShareLedgerMissingProperty => $"دفتر سهام {L(A(0))} ندارد",
            JsonLineErrorCode.ShareLedgerEntriesNotArray => $"ردیف‌های دفتر سهام باید آرایه باشند، نه {Token(A(0))}",
            JsonLineErrorCode.ShareLedgerNullEntry => $"ردیف دفتر سهام نمی‌تواند {L("null")} باشد",
            JsonLineErrorCode.ModelViolations => Violations(error.Violations),
            JsonLineErrorCode.EmptyFile => $"فایل خالی است: فایل ثبت با سطر سرآیند {L(HeaderExample)} آغاز می‌شود",
            JsonLineErrorCode.MissingHeader => $"سرآیند نیست: سطر نخست فایل ثبت باید شیء سرآیند {L(HeaderExample)} باشد",
            JsonLineErrorCode.HeaderWithoutFormat => $"سرآیند نیست: سطر نخست ویژگی {L("format")} ندارد؛ فایل ثبت با {L(HeaderExample)} آغاز می‌شود",
            JsonLineErrorCode.NotARegistry => $"فایل ثبت تعاونی نیست: قالب سرآیند {L(A(0))} است، نه {L(A(1))}",
            JsonLineErrorCode.UnsupportedVersion => $"نسخهٔ {D(0)} فایل ثبت پشتیبانی نمی‌شود: این کتابخانه نسخهٔ {D(1)} را می‌خواند",
            JsonLineErrorCode.MisplacedHeader => "سطر سرآیند تنها در سطر نخست فایل ثبت می‌آید",
            JsonLineErrorCode.NotAnObject => $"سطر {Token(A(0))} در {L("JSON")} است، نه شیء یک تعاونی",
            JsonLineErrorCode.CountMismatch => $"سرآیند {N(A(0))} تعاونی وعده می‌دهد ولی {D(1)} سطر پس از آن آمده است: فایل شاید بریده شده یا چیزی به آن افزوده شده است",
            JsonLineErrorCode.DuplicateCooperative =>
                $"تعاونی تکراری: {(A(0) == "registrationNumber" ? "شماره ثبت" : "شناسهٔ ملی")} {D(1)} پیش‌تر در سطر {D(2)} آمده است؛ این سطر کنار گذاشته شد (سطر نخست می‌ماند)",
            _ => "نادرست است: " + L(error.Message),
        };
    }

    // The model's violations, each as its path (isolated) and its Persian; separated as the English message separates them.
    private static string Violations(IReadOnlyList<ModelViolation> violations)
    {
        if (violations.Count == 0)
        {
            return "رکورد قواعد مدل را می‌شکند";
        }

        var text = new System.Text.StringBuilder(violations.Count == 1 ? "یک قاعدهٔ مدل شکسته است: " : $"{N(violations.Count)} قاعدهٔ مدل شکسته است: ");
        for (int i = 0; i < violations.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : "؛ ").Append(L(violations[i].Path)).Append(": ").Append(violations[i].MessageFa);
        }

        return text.ToString();
    }

    // An InvalidDate's reason: its ParseError rebuilt from the code name and arguments, said as PersianMessages says it.
    private static string Date(IReadOnlyList<string> a)
    {
        if (a.Count < 2 || !Enum.TryParse(a[1], ignoreCase: false, out ParseErrorCode code) || !Enum.IsDefined(code) || code == ParseErrorCode.Unspecified)
        {
            return $"قالب آن {L("yyyy/MM/dd")} نیست";
        }

        return Parse(new ParseError(0, "-", code, [.. a.Skip(2)]));
    }

    private static string IdentifierRuleText(string typeName, string rule) =>
        Enum.TryParse(rule, ignoreCase: false, out IdentifierRule r) && Enum.IsDefined(r)
            ? Identifier(typeName, r)
            : $"قالب {IdentifierName(typeName) ?? L(typeName)} نادرست است";

    // A JSON token or kind in words.
    private static string Token(string token) => token switch
    {
        "Number" or "number" => "عدد",
        "String" or "string" => "رشته",
        "True" or "False" or "boolean" => L("true") + " یا " + L("false"),
        "Null" or "null" => L("null"),
        "StartObject" => "شیء",
        "StartArray" or "array" => "آرایه",
        _ => L(token),
    };
}
