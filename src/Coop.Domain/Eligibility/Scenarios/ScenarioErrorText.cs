using System.Text;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// The Persian of <see cref="ScenarioError"/>, from its code and arguments: one sentence for each <see cref="ScenarioErrorCode"/>.
/// A sentence the policy reader already says (a file that cannot be read, an unknown property, a wrong type) is said by
/// <see cref="PolicyErrorText"/>; an error the scenario error carries (a policy's, a date's, a model value's) by that error's
/// own Persian. Numbers and dates are in Persian digits; JSON keys, rule codes, ids and paths stay as written, each in a
/// left-to-right isolate (U+2066 … U+2069); what the author wrote is quoted «…».
/// </summary>
internal static class ScenarioErrorText
{
    private const string Json = "\u2066JSON\u2069";

    private static string L(string text) => PolicyErrorText.L(text);

    private static string N(string text) => PolicyErrorText.N(text);

    private static string Q(string text) => PolicyErrorText.Q(text);

    /// <summary>The file, case, JSON path, line and column of an error, for a Persian line: <c>file: مورد «name»: $.path (سطر ۳، ستون ۵)</c>.</summary>
    public static string Where(ScenarioError error)
    {
        var text = new StringBuilder();
        if (error.File is not null)
        {
            text.Append(L(error.File)).Append(": ");
        }

        if (error.Case is not null)
        {
            text.Append("مورد ").Append(Q(error.Case)).Append(": ");
        }

        return text.Append(PolicyErrorText.Where(new PolicyError(null, error.JsonPath, error.Line, error.Column, string.Empty))).ToString();
    }

    /// <summary>What is wrong, in Persian.</summary>
    public static string Persian(ScenarioError error)
    {
        IReadOnlyList<string> a = error.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        bool Has(int i) => i < a.Count && a[i].Length > 0;
        return error.Code switch
        {
            ScenarioErrorCode.Policy or ScenarioErrorCode.MalformedJson => error.PolicyError?.MessageFa ?? L(error.Message),
            ScenarioErrorCode.EmptyPath => "مسیر خالی است",
            ScenarioErrorCode.NoScenarioFiles => $"در این پوشه هیچ فایل {L("*" + A(0))} نیست",
            ScenarioErrorCode.PathNotFound => "چنین فایل یا پوشه‌ای نیست",
            ScenarioErrorCode.PathUnreadable => Has(0) ? "مسیر خوانده نمی‌شود: " + Text.IoFailure.ReasonFa(a) : "مسیر خوانده نمی‌شود",
            ScenarioErrorCode.NotAFile => Shared(PolicyErrorCode.NotAFile),
            ScenarioErrorCode.FileNotFound => Shared(PolicyErrorCode.FileNotFound),
            ScenarioErrorCode.FileUnreadable => Shared(PolicyErrorCode.FileUnreadable, [.. a]),
            ScenarioErrorCode.FileTooLarge => Shared(PolicyErrorCode.FileTooLarge, [.. a]),
            ScenarioErrorCode.EmptyFile => Shared(PolicyErrorCode.EmptyFile),
            ScenarioErrorCode.NotText => Shared(PolicyErrorCode.NotText),
            ScenarioErrorCode.NotAnObject => PolicyErrorText.WrongType($"شیء {Json} {Of(A(0))}", Found(A(1))),
            ScenarioErrorCode.Unreadable => Has(0) ? "سناریو خوانده نمی‌شود: " + L(A(0)) : "سناریو خوانده نمی‌شود",
            ScenarioErrorCode.UnknownProperty => Shared(PolicyErrorCode.UnknownProperty, [.. a]),
            ScenarioErrorCode.WrongType => PolicyErrorText.WrongType(Expected(A(0)), Has(1) ? Found(A(1)) : null),
            ScenarioErrorCode.MissingProperty => Shared(PolicyErrorCode.MissingProperty, A(0)) + A(0) switch
            {
                "cases" => " (آرایه‌ای از موردها)",
                "policy" => $" (فایل سیاست، نسبت به همین فایل، یا آرایه‌ای از فایل‌ها، یکی برای هر نسخه) یا {L("policyId")} (شناسهٔ سیاستی همراه بسته یا فراهم‌شده)",
                "name" => " (در این فایل یکتا)",
                "expect" => " (آنچه سیاست باید نتیجه بگیرد)",
                _ => string.Empty,
            },
            ScenarioErrorCode.NoCases => "فایل هیچ موردی ندارد؛ دست‌کم یکی بیفزایید",
            ScenarioErrorCode.PolicyAndPolicyId =>
                $"یا {L("policy")} (فایل‌های سیاست) را بدهید یا {L("policyId")} (سیاستی از فراهم‌کنندهٔ اجراکننده)، نه هر دو را",
            ScenarioErrorCode.EmptyPolicyList => "آرایهٔ سیاست خالی است؛ دست‌کم یک فایل سیاست نام ببرید",
            ScenarioErrorCode.PolicyIsFolder => $"{Q(A(0))} پوشه است؛ یک فایل سیاست نام ببرید",
            ScenarioErrorCode.PolicyFileNotFound => $"فایل سیاست {L(A(0))} وجود ندارد (مسیرها نسبت به فایل سناریو هستند)",
            ScenarioErrorCode.UnknownPolicyId => $"هیچ سیاستی شناسهٔ {Q(A(0))} را ندارد (شناسه‌های شناخته: {List(a.Skip(1))})",
            ScenarioErrorCode.PolicyVersionsConflict =>
                "فایل‌های سیاست نسخه‌های یک سیاست نیستند: " + (error.PolicyError is { } conflict ? conflict.MessageFa : L(A(0))),
            ScenarioErrorCode.BaseCooperativeNotFound => $"فایل تعاونی پایهٔ {L(A(0))} وجود ندارد (مسیرها نسبت به فایل سناریو هستند)",
            ScenarioErrorCode.BaseCooperativeInvalid => (A(0) == "inline" ? "تعاونی پایه نامعتبر است: " : string.Empty) + Value(error),
            ScenarioErrorCode.BaseApplicationInvalid => "درخواست پایه نامعتبر است: " + Value(error),
            ScenarioErrorCode.PatchedValueInvalid =>
                (A(0) == "application" ? "درخواست" : "تعاونی") + " پس از وصله نامعتبر است" + (A(1) is "$" or "" ? ": " : $" در {L(A(1))}: ") + Value(error),
            ScenarioErrorCode.BlankCaseName => "نام مورد خالی است",
            ScenarioErrorCode.DuplicateCaseName =>
                $"نام مورد {Q(A(0))} پیش‌تر در {L("$.cases[" + A(1) + "]")} به کار رفته است؛ نام‌ها در فایل باید یکتا باشند",
            ScenarioErrorCode.NoAsOf => $"تاریخ مبنا نیست: {L("asOf")} را در مورد یا در بالای فایل بدهید",
            ScenarioErrorCode.PolicyNotInForce => PolicyNotInForceException.NoVersionFa(A(0), A(1), Versions([.. a.Skip(2)])),
            ScenarioErrorCode.NullCooperative =>
                $"تعاونی نمی‌تواند {L("null")} باشد؛ شیئی از وصلهٔ ادغامی بدهید، یا ویژگی را نیاورید تا پایه به کار رود",
            ScenarioErrorCode.NoCooperative => $"تعاونی‌ای در کار نیست: {L("base.cooperative")} (یک فایل یا یک شیء) یا تعاونی کاملی در مورد بدهید",
            ScenarioErrorCode.PatchNullNotTrue => $"{L("$null")} باید {L("true")} باشد؛ ویژگی را {L("null")} می‌کند",
            ScenarioErrorCode.PatchMixedOperations =>
                $"عملیات آرایه ({L("$append")}، {L("$patch")}، {L("$remove")}) با ویژگی‌های دیگر ({L(A(0))}) در یک شیء نمی‌آیند",
            ScenarioErrorCode.PatchTargetNotArray =>
                $"{L(A(0))} بر آرایه اعمال می‌شود، ولی " + (Has(1) ? $"مقدار پایه در اینجا {Found(A(1))} است" : "پایه در اینجا مقداری ندارد"),
            ScenarioErrorCode.PatchNotObject =>
                $"{L("$patch")} باید شیئی باشد که اندیس‌ها را به وصله‌های ادغامی می‌رساند، مانند {L("{\"0\": {...}}")}، نه {Found(A(0))}",
            ScenarioErrorCode.RemoveNotArray => $"{L("$remove")} باید آرایه‌ای از اندیس‌ها باشد، مانند {L("[2, 5]")}، نه {Found(A(0))}",
            ScenarioErrorCode.AppendNotArray => $"{L("$append")} باید آرایه‌ای از موردهای افزودنی باشد، نه {Found(A(0))}",
            ScenarioErrorCode.IndexOutOfRange =>
                (A(0) is "object" or "array" or "null" ? Found(A(0)) : Q(A(0))) + $" اندیسی از آرایهٔ پایه نیست، که {N(A(1))} عنصر دارد" + Range(A(1)),
            ScenarioErrorCode.NullElementPatch => $"وصلهٔ یک عنصر نمی‌تواند {L("null")} باشد؛ برای برداشتن عنصر {L("$remove")} را به کار ببرید",
            ScenarioErrorCode.DuplicateIndex => $"اندیس {N(A(0))} دو بار آمده است",
            ScenarioErrorCode.UnknownOutcome =>
                $"پیامد ناشناختهٔ {Q(A(0))}؛ یکی از {L("eligible")}، {L("ineligible")}، {L("incomplete")} یا {L("needs-review")} انتظار می‌رفت",
            ScenarioErrorCode.EmptyScoreRange => $"{L("min")}، {L("max")} یا هر دو را بدهید (خود مرزها در بازه‌اند)",
            ScenarioErrorCode.ReversedScoreRange => $"بازهٔ امتیاز وارونه است: کمینهٔ {N(A(0))} از بیشینهٔ {N(A(1))} بیشتر است",
            ScenarioErrorCode.ExpectsNothing => "مورد هیچ انتظاری ندارد؛ پیامدی، قاعده‌هایی که رد یا پذیرفته شوند، یا بازه‌ای برای امتیاز بدهید",
            ScenarioErrorCode.UnknownRule => $"سیاست {L(A(0))} قاعده‌ای با کد یا شناسهٔ {Q(A(1))} ندارد (کدهای آن: {List(a.Skip(2))})",
            ScenarioErrorCode.RuleListedTwice => $"{Q(A(0))} پیش‌تر در {L(A(1))} آمده است",
            ScenarioErrorCode.InvalidDate => $"تاریخ {Q(A(0))} نادرست است" + (error.DateError is { } date ? ": " + date.MessageFa : string.Empty),
            _ => L(error.Message),
        };
    }

    /// <summary>A sentence the policy reader says too, in its words.</summary>
    private static string Shared(PolicyErrorCode code, params string[] arguments) =>
        new PolicyError(null, "$", null, null, string.Empty) { Code = code, Arguments = arguments }.MessageFa;

    /// <summary>Why a cooperative or application does not deserialize: the registry reader's Persian for it.</summary>
    private static string Value(ScenarioError error) => error.ValueError?.MessageFa ?? $"مقدار {L("null")} است";

    private static string Of(string what) => what switch
    {
        "scenario" => "سناریو",
        "cooperative" => "تعاونی",
        "policy" => "سیاست",
        _ => string.Empty,
    };

    private static string Expected(string token) => token switch
    {
        "case" => "شیء (یک مورد)",
        "date" => $"رشتهٔ تاریخ شمسی مانند {L("\"1404/06/15\"")}",
        "rule" => "رشته (کد یا شناسهٔ یک قاعده)",
        "score" => $"شیئی مانند {L("{ \"min\": 10, \"max\": 20 }")}",
        "policy-files" => "رشته (یک فایل سیاست) یا آرایه‌ای از فایل‌های سیاست",
        "policy-id" => $"رشته (شناسهٔ یک سیاست، مانند {L("cdb-employment-facility")})",
        "cooperative-file-or-object" => "رشته (یک فایل تعاونی) یا شیء (یک تعاونی)",
        "application-or-null" => $"شیء (یک درخواست تسهیلات) یا {L("null")}",
        "cooperative-patch" => $"شیء (وصلهٔ ادغامی روی {L("base.cooperative")})",
        "application-patch" => $"شیء (وصلهٔ ادغامی روی {L("base.application")}) یا {L("null")} (بی‌درخواست)",
        _ => PolicyErrorText.JsonKind(token),
    };

    private static string Found(string kind) => kind == "null" ? L("null") : PolicyErrorText.JsonKind(kind);

    private static string List(IEnumerable<string> items) => string.Join("، ", items.Select(L));

    private static string Range(string count) =>
        int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0
            ? $" (اندیس‌های ۰ تا {N((n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))})"
            : string.Empty;

    // The versions of PolicyNotInForce's arguments: number, first day, last day (empty when open-ended), for each.
    private static IEnumerable<(string Version, string From, string? To)> Versions(string[] v)
    {
        for (int i = 0; i + 1 < v.Length; i += 3)
        {
            yield return (v[i], v[i + 1], i + 2 < v.Length ? v[i + 2] : null);
        }
    }
}
