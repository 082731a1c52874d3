using System.Text;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Text;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// The Persian of <see cref="PolicyError"/>, from its code and arguments: one sentence for each <see cref="PolicyErrorCode"/> and
/// <see cref="ExpressionErrorKind"/>. Numbers and dates are in Persian digits; JSON keys, ids, parameter names, expressions
/// and examples of file syntax stay as written, each in a left-to-right isolate (U+2066 … U+2069) so that the bidi
/// algorithm cannot reorder them; what the author wrote is quoted «…».
/// </summary>
internal static class PolicyErrorText
{
    /// <summary>Latin text (a JSON key, id, path or example) isolated left-to-right.</summary>
    public static string L(string text) => "\u2066" + text + "\u2069";

    /// <summary>An invariant number or date in Persian digits (decimal point U+066B).</summary>
    public static string N(string text) => PersianMessages.Signed(PersianText.ToPersianDigits(text.Replace('.', '\u066B')));

    /// <summary>What the author wrote, quoted and isolated.</summary>
    public static string Q(string text) => "«" + L(text) + "»";

    /// <summary>The file, JSON path, line and column of an error, for a Persian line: <c>file: $.path (سطر ۳، ستون ۵)</c>.</summary>
    public static string Where(PolicyError error)
    {
        var text = new StringBuilder();
        if (error.File is not null)
        {
            text.Append(L(error.File)).Append(": ");
        }

        text.Append(L(error.JsonPath));
        if (error.Line is { } line)
        {
            text.Append(" (سطر ").Append(N(line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            text.Append(error.Column is { } column ? "، ستون " + N(column.ToString(System.Globalization.CultureInfo.InvariantCulture)) : string.Empty).Append(')');
        }
        else if (error.Column is { } column)
        {
            text.Append(" (ستون ").Append(N(column.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append(')');
        }

        return text.ToString();
    }

    /// <summary>What is wrong, in Persian.</summary>
    public static string Persian(PolicyError error)
    {
        IReadOnlyList<string> a = error.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        bool Has(int i) => i < a.Count && a[i].Length > 0;
        const string Json = "\u2066JSON\u2069";
        return error.Code switch
        {
            PolicyErrorCode.FileNotFound => "این فایل وجود ندارد",
            PolicyErrorCode.FileUnreadable => Has(0) ? "فایل خوانده نمی‌شود: " + Text.IoFailure.ReasonFa(a) : "فایل خوانده نمی‌شود",
            PolicyErrorCode.NotAFile => "این مسیر پوشه است، نه فایل",
            PolicyErrorCode.FileTooLarge => (Has(1) ? $"فایل {N(A(1))} بایت است؛ " : "فایل از سقف بزرگ‌تر است؛ ") + $"سقف {N(A(0))} بایت است{Mebibytes(A(0))}",
            PolicyErrorCode.EmptyFile => $"فایل خالی است؛ یک شیء {Json} انتظار می‌رفت",
            PolicyErrorCode.NotText => $"فایل متن {L("UTF-8")} نیست (دودویی به نظر می‌رسد)؛ یک شیء {Json} انتظار می‌رفت",
            PolicyErrorCode.NullDocument => $"سند {L("null")} است؛ یک شیء {Json} انتظار می‌رفت",
            PolicyErrorCode.MalformedJson => $"متن {Json} خوش‌ساخت نیست",
            PolicyErrorCode.TooDeep => $"تودرتویی {Json} از {N(A(0))} سطح بیشتر است",
            PolicyErrorCode.UnknownProperty when Has(1) => $"ویژگی ناشناختهٔ {L(A(0))}؛ منظورتان {L(A(1))} بود؟",
            PolicyErrorCode.UnknownProperty when a.Count > 2 => $"ویژگی ناشناختهٔ {L(A(0))}؛ یکی از این‌ها انتظار می‌رفت: {List(a.Skip(2), "، ")}",
            PolicyErrorCode.UnknownProperty => $"ویژگی ناشناختهٔ {L(A(0))} (املای آن را بسنجید؛ ویژگی‌ها در {L("docs/policies.md")} فهرست شده‌اند)",
            PolicyErrorCode.DuplicateProperty => $"ویژگی {L(A(0))} در یک شیء بیش از یک بار آمده است؛ یکی را نگه دارید (خواننده بی‌صدا هر یک از آن دو را ممکن است بردارد)",
            PolicyErrorCode.WrongType => WrongType(JsonKind(A(0)), Has(1) ? Found(a) : null),
            PolicyErrorCode.MissingProperty => $"ویژگی الزامی {L(A(0))} نیامده است" + A(1) switch
            {
                "text" => $" (شیئی با {L("fa")} و {L("en")})",
                "value" => $" (برای پایان دادن به پارامتر در این تاریخ {L("null")} بنویسید)",
                "sources" => " (آرایه‌ای از منبع‌ها)",
                "where" => $" (شیئی با {L("publisher")} و در صورت نیاز {L("url")} و {L("page")})",
                _ => string.Empty,
            },
            PolicyErrorCode.EmptyValue => $"{L(A(0))} نباید خالی باشد",
            PolicyErrorCode.InvalidVersion => $"نسخه باید ۱ یا بیشتر باشد، نه {N(A(0))}",
            PolicyErrorCode.EndsBeforeStart => $"پایان سیاست ({N(A(0))}) پیش از آغاز آن ({N(A(1))}) است",
            PolicyErrorCode.TooManyItems =>
                $"{N(A(0))} مورد؛ هر سیاست حداکثر {N(A(1))} مورد می‌تواند داشته باشد ({L("PolicyFile.MaxItems")}): آن را به چند سیاست بشکنید، یا پارامترهای کلیددار به کار ببرید",
            PolicyErrorCode.NullItem when A(0) == "source-id" => $"شناسهٔ منبع باید رشته باشد، نه {L("null")}",
            PolicyErrorCode.NullItem => $"{Item(A(0))} باید شیء باشد، نه {L("null")}",
            PolicyErrorCode.InvalidParameterName => $"نام پارامتر {L(A(0))} باید با حرف یا {L("_")} آغاز شود و فقط حرف، رقم و {L("_")} داشته باشد",
            PolicyErrorCode.DuplicateParameter => $"پارامتر {L(A(0))} پیش‌تر در {L(A(1))} تعریف شده است",
            PolicyErrorCode.UnknownType =>
                $"نوع ناشناختهٔ {Q(A(0))}؛ یکی از {List(["integer", "decimal", "money", "date", "duration", "string", "boolean"], "، ", " یا ")} انتظار می‌رفت",
            PolicyErrorCode.VerifiedIgnored =>
                $"{L("verified")} دیگر خوانده نمی‌شود: شناسه‌های دفتر منابع را که مقدارها بر آن‌ها استوارند در {L("sources")} بیاورید " +
                $"(مقداری که بر هیچ منبعی استوار نباشد فرض به شمار می‌آید؛ {L("coop sources")} جایگاه هر مقدار را فهرست می‌کند)",
            PolicyErrorCode.MissingValues when Has(0) => $"پارامتر {L(A(0))} دست‌کم یک مقدار تاریخ‌دار در {L("values")} لازم دارد",
            PolicyErrorCode.MissingValues => $"پارامتر دست‌کم یک مقدار تاریخ‌دار در {L("values")} لازم دارد",
            PolicyErrorCode.ValuesOutOfOrder =>
                $"تاریخ مقدارها به ترتیب نیست: {N(A(0))} پس از {N(A(1))} آمده است؛ مقدارها را به ترتیب افزایشی تاریخ بیاورید، هر تاریخ یک بار",
            PolicyErrorCode.KeyedValueNotObject => $"مقدار پارامتر کلیددار باید شیئی باشد که هر کلید را به مقداری می‌رساند، مانند {L("{ \"consumer\": 7 }")}",
            PolicyErrorCode.DuplicateKey => $"کلید {L(A(0))} دو بار آمده است",
            PolicyErrorCode.InvalidDate => $"تاریخ {Q(A(0))} نادرست است؛ روزی شمسی مانند {L("1404/01/01")} بنویسید",
            PolicyErrorCode.InvalidMoney => $"{Q(A(0))} مبلغ پول نیست؛ آن را با یکا بنویسید، مانند {L("\"500_000_000 rial\"")} یا {L("\"50 million toman\"")}",
            PolicyErrorCode.InvalidDuration => $"{Q(A(0))} مدت نیست؛ مانند {L("\"4 months\"")}، {L("\"30 days\"")} یا {L("\"1 year\"")} بنویسید",
            PolicyErrorCode.BareMoney => $"مقدار پول باید رشته‌ای با یکا باشد، مانند {L("\"500_000_000 rial\"")} (عدد تنها میان ریال و تومان دوپهلوست)",
            PolicyErrorCode.WrongValueType => $"این پارامتر از نوع {L(A(0))} است و {ValueOf(A(0))} می‌خواهد، نه {L(A(1))}",
            PolicyErrorCode.DuplicateRuleId => $"شناسهٔ قاعدهٔ {L(A(0))} پیش‌تر در {L(A(1))} به کار رفته است",
            PolicyErrorCode.PlaceholderWithoutExpression => $"پیام {L("{" + A(0) + "}")} را به کار می‌برد ولی قاعده عبارت {L(A(0))} ندارد",
            PolicyErrorCode.PlaceholderUnknownParameter => $"پیام {L("{parameter:" + A(0) + "}")} را به کار می‌برد ولی پارامتری به نام {L(A(0))} تعریف نشده است",
            PolicyErrorCode.PlaceholderKeyedParameter =>
                $"پیام {L("{parameter:" + A(0) + "}")} را به کار می‌برد ولی {L(A(0))} کلیددار است؛ عبارتی در {L("required")} مانند {L("$" + A(0) + "[key]")} و {L("{required}")} به کار ببرید",
            PolicyErrorCode.UnknownPlaceholder =>
                $"جانگهدار ناشناختهٔ {L("{" + A(0) + "}")}؛ {List(["{observed}", "{required}", "{asOf}", "{parameter:name}"], "، ", " یا ")} را به کار ببرید",
            PolicyErrorCode.DuplicateScoringId => $"شناسهٔ بند امتیازدهی {L(A(0))} دو بار به کار رفته است",
            PolicyErrorCode.ScoreOverflow when Has(2) =>
                $"امتیاز × وزنِ {L(A(0))} ({N(A(1))} × {N(A(2))}) می‌تواند امتیاز را از بازهٔ عدد {L("decimal")} بیرون ببرد؛ امتیاز یا وزن کوچک‌تری به کار ببرید",
            PolicyErrorCode.ScoreOverflow => $"امتیاز × وزنِ بند امتیازدهی {L(A(0))} برای عدد {L("decimal")} بیش از اندازه بزرگ است",
            PolicyErrorCode.EligibleOutcomeRow =>
                $"سطری نمی‌تواند به {L("eligible")} برسد (پیامدی که وقتی هیچ سطری نخواند): تنها سطرهای پس از خود را، مانند سطر قاعدهٔ بازدارندهٔ ردشده، پنهان می‌کند؛ سطر را بردارید",
            PolicyErrorCode.EmptyOutcomes =>
                $"جدول پیامدها خالی است، پس هر متقاضی، هر قاعده‌ای را که رد شود، واجد شرایط می‌شود: سطرهای آن را بدهید، یا {L("outcomes")} را نیاورید تا جدول پیش‌فرض به کار رود ({L("docs/policies.md")})",
            PolicyErrorCode.NoBlockingFailedRow =>
                $"هیچ سطری قاعدهٔ بازدارندهٔ ردشده ({L("severity blocking")}، {L("status failed")}) را به پیامدی نمی‌رساند، پس متقاضی‌ای که یکی را رد شود واجد شرایط می‌ماند: " +
                $"سطری مانند {L("{\"severity\": \"blocking\", \"status\": \"failed\", \"outcome\": \"ineligible\"}")} بیفزایید",
            PolicyErrorCode.InvalidSourceId =>
                $"{Q(A(0))} شناسهٔ منبع نیست: شناسه‌ها با حروف کوچک لاتین و رقم نوشته می‌شوند که با یک خط تیره به هم می‌پیوندند، مانند {L("coop-sector-law-art-54")}، چنان‌که در دفتر منابع",
            PolicyErrorCode.DuplicateSourceId => $"شناسهٔ منبع {L(A(0))} دو بار آمده است (نیز در {L(A(1))})",
            PolicyErrorCode.IdentifierCharacter => $"{L(A(0))} " + A(1) switch
            {
                "U+064A" => $"حرف عربی «ي» ({L("U+064A")}) دارد (نویسهٔ {N(A(2))}): «ی» فارسی ({L("U+06CC")}) بنویسید تا شناسه‌هایی که یکسان دیده می‌شوند یکسان باشند",
                "U+0643" => $"حرف عربی «ك» ({L("U+0643")}) دارد (نویسهٔ {N(A(2))}): «ک» فارسی ({L("U+06A9")}) بنویسید تا شناسه‌هایی که یکسان دیده می‌شوند یکسان باشند",
                _ => $"نویسهٔ نادیدنی یا کنترل جهت {L(A(1))} دارد (نویسهٔ {N(A(2))}): شناسه باید هر نویسه‌ای را که دارد نشان دهد",
            },
            PolicyErrorCode.UnknownValue => $"مقدار ناشناختهٔ {Q(A(0))}؛ یکی از {List(a.Skip(1), "، ", " یا ")} انتظار می‌رفت",
            PolicyErrorCode.Expression => Expression(error.ExpressionKind, A(0)),
            PolicyErrorCode.UnknownSourceId =>
                $"شناسهٔ منبع ناشناختهٔ {L(A(0))} در {Citing(A(1), A(2), A(3))}: دفتر منابع چنین مدخلی ندارد" + (Has(4) ? $"؛ منظورتان {L(A(4))} بود؟" : string.Empty),
            PolicyErrorCode.ParameterWithoutSource =>
                $"پارامتر {L("$" + A(0))} هیچ منبعی نام نمی‌برد: مقدارهای آن فرض به شمار می‌آیند و ردشدنی که بر آن‌ها استوار باشد همین‌گونه گزارش می‌شود؛ " +
                $"شناسه‌های دفتر منابع را که بر آن‌ها استوارند در {L("sources")} بیاورید",
            PolicyErrorCode.ValueWithoutSource => $"مقدار {L("$" + A(0))} از {N(A(1))} هیچ منبعی نام نمی‌برد (پارامترش هم نه): فرض به شمار می‌آید",
            PolicyErrorCode.RuleWithoutSource => $"قاعدهٔ {L(A(0))} ({L(A(1))}) به هیچ منبعی استناد نمی‌کند: شناسه‌های دفتر منابع را که بیان می‌کند در {L("sources")} بیاورید",
            PolicyErrorCode.DuplicateVersion =>
                $"نسخهٔ {N(A(1))} سیاست {L(A(0))} دو بار تعریف شده است" + (Has(2) ? $" (نیز در {L(A(2))})" : string.Empty) + "؛ به هر نسخه شمارهٔ خودش را بدهید",
            PolicyErrorCode.UnknownStanding =>
                $"جایگاه ناشناختهٔ {Q(A(0))}" + (Has(1) ? $" (منظورتان {L(A(1))} بود؟)" : string.Empty) +
                $"؛ یکی از {List(["official", "secondary", "practice", "assumption"], "، ", " یا ")} انتظار می‌رفت",
            PolicyErrorCode.MissingQuote => $"ویژگی {L("quote")} نیامده است: منبعی با جایگاه {L(A(0))} عبارتی را که خوانده شده است نقل می‌کند (تنها فرض می‌تواند بی‌نقل باشد)",
            PolicyErrorCode.InvalidUrl => $"{Q(A(0))} نشانی مطلق {L("http")} یا {L("https")} نیست",
            PolicyErrorCode.InvalidReadDate => $"{Q(A(0))} روزی به شکل {L("yyyy-MM-dd")} نیست (تاریخ میلادی خواندن، مانند {L("2026-12-05")})",
            PolicyErrorCode.VersionsOverlap when Has(4) =>
                $"نسخه‌های {N(A(1))} و {N(A(2))} سیاست {L(A(0))} در {N(A(3))} هم‌پوشانی دارند (نسخهٔ {N(A(1))} تا {N(A(4))} نافذ است)؛ بازهٔ نسخه‌ها را جدا کنید",
            PolicyErrorCode.VersionsOverlap =>
                $"نسخهٔ {N(A(1))} سیاست {L(A(0))} پایان ندارد، پس با نسخهٔ {N(A(2))} از {N(A(3))} هم‌پوشانی دارد؛ برای نسخهٔ {N(A(1))} {L("effectiveTo")} بگذارید",
            PolicyErrorCode.DifferentPolicies => $"شناسهٔ {L(A(0))} با {L(A(1))} یکی نیست؛ همهٔ نسخه‌های یک سیاست یک شناسه دارند",
            PolicyErrorCode.ParameterGap =>
                $"{L("$" + A(0))} از {N(A(1))} تا {(Has(2) ? N(A(2)) : "پایانِ بازِ سیاست")} مقداری ندارد: قاعده‌هایی که آن را به کار می‌برند در این روزها ناقص‌اند",
            PolicyErrorCode.EmptyNote => $"یادداشت خالی است: {L("en")}، {L("fa")} یا هر دو را بدهید، یا {L("note")} را نیاورید",
            _ => L(error.Message),
        };
    }

    /// <summary>What is wrong with an expression, in Persian, with the part at fault.</summary>
    public static string Expression(ExpressionErrorKind? kind, string part)
    {
        string at = part.Length == 0 ? string.Empty : ": " + L(part);
        return kind switch
        {
            ExpressionErrorKind.Syntax => "عبارت از دستور زبان عبارت‌ها پیروی نمی‌کند" + at,
            ExpressionErrorKind.UnterminatedString => "رشته‌ای در عبارت گیومهٔ پایانی ندارد" + at,
            ExpressionErrorKind.InvalidLiteral => "مقداری در عبارت بدشکل یا بیرون از بازه است" + at,
            ExpressionErrorKind.UnknownField => "فیلدی در عبارت در طرح واقعیت‌ها نیست" + at,
            ExpressionErrorKind.UnknownFunction => "تابعی در عبارت در جدول تابع‌ها نیست" + at,
            ExpressionErrorKind.UnknownParameter => "پارامتری در عبارت تعریف نشده است" + at,
            ExpressionErrorKind.WrongArity => "تابعی در عبارت با شمار نادرستی از آرگومان‌ها فراخوانده شده است" + at,
            ExpressionErrorKind.TypeMismatch => "نوع یک عملوند یا آرگومان در عبارت نادرست است" + at,
            ExpressionErrorKind.TooLong => "عبارت از بیشترین طول پذیرفته بلندتر است",
            ExpressionErrorKind.TooDeep => "تودرتویی عبارت از بیشترین ژرفای پذیرفته بیشتر است",
            ExpressionErrorKind.TooManyNodes => "عبارت از بیشترین شمار گره‌های پذیرفته بیشتر گره دارد",
            ExpressionErrorKind.UnknownValue => "فیلدی با مجموعهٔ بستهٔ مقدارها با متنی بیرون از آن‌ها سنجیده شده است" + at,
            _ => "عبارت ترجمه نمی‌شود" + at,
        };
    }

    private static string List(IEnumerable<string> items, string separator, string? last = null)
    {
        string[] all = [.. items.Select(L)];
        return last is null || all.Length < 2 ? string.Join(separator, all) : string.Join(separator, all[..^1]) + last + all[^1];
    }

    private static string Mebibytes(string bytes) =>
        long.TryParse(bytes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n) && n % (1024 * 1024) == 0
            ? $" ({N((n / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture))} مبی‌بایت)"
            : string.Empty;

    /// <summary>"Wrong type: … was expected, not …", with what was expected and (when known) what was found already in Persian.</summary>
    public static string WrongType(string expected, string? found) =>
        found is null ? $"نوع نادرست: {expected} انتظار می‌رفت" : $"نوع نادرست: {expected} انتظار می‌رفت، نه {found}";

    /// <summary>A JSON kind (<c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c>) in Persian.</summary>
    public static string JsonKind(string kind) => kind switch
    {
        "string" => "رشته",
        "integer" => "عدد صحیح",
        "number" => "عدد",
        "boolean" => $"{L("true")} یا {L("false")}",
        "array" => "آرایه",
        "object" => "شیء",
        _ => "گونهٔ دیگری از مقدار",
    };

    private static string Found(IReadOnlyList<string> a) =>
        a[1] == "literal" && a.Count > 2 ? L(a[2]) : JsonKind(a[1]);

    private static string Item(string kind) => kind switch
    {
        "parameter" => "پارامتر",
        "value" => "مقدار تاریخ‌دار",
        "rule" => "قاعده",
        "scoring" => "بند امتیازدهی",
        "outcome" => "سطر جدول پیامدها",
        "source" => "منبع",
        _ => "این مورد",
    };

    private static string ValueOf(string type) => type switch
    {
        "integer" => "عدد صحیح",
        "decimal" => "عدد",
        "boolean" => $"{L("true")} یا {L("false")}",
        "date" => $"رشتهٔ تاریخ شمسی مانند {L("\"1404/01/01\"")}",
        "duration" => $"رشتهٔ مدت مانند {L("\"4 months\"")}",
        _ => "رشته",
    };

    private static string Citing(string kind, string name, string detail) => kind switch
    {
        "rule" => $"قاعدهٔ {L(name)}" + (detail.Length > 0 ? $" ({L(detail)})" : string.Empty),
        "parameter" => $"پارامتر {L("$" + name)}",
        "value" => $"مقدار {L("$" + name)} از {N(detail)}",
        "scoring" => $"بند امتیازدهی {L(name)}",
        _ => L(name),
    };
}
