using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// The Persian of <see cref="UnmetExpectation"/>, from its code and arguments: outcomes and rule statuses by the Persian names
/// the <c>coop</c> tables use (واجد شرایط، فاقد شرایط، ناقص، نیازمند بررسی؛ پذیرفته، ردشده، غیرمرتبط، نامشخص), numbers and
/// dates in Persian digits, rule codes, ids and policy ids in left-to-right isolates.
/// </summary>
internal static class UnmetExpectationText
{
    private static string L(string text) => PolicyErrorText.L(text);

    private static string N(string text) => PolicyErrorText.N(text);

    /// <summary>What was expected and what happened, in Persian.</summary>
    public static string Persian(UnmetExpectation unmet)
    {
        IReadOnlyList<string> a = unmet.Arguments;
        string A(int i) => i < a.Count ? a[i] : string.Empty;
        return unmet.Code switch
        {
            UnmetExpectationCode.Outcome =>
                $"پیامد «{Outcome(A(0))}» انتظار می‌رفت ولی «{Outcome(A(1))}» شد" + (a.Count > 2 ? $" ({NotPassed(a)})" : " (همهٔ قاعده‌ها پذیرفته یا غیرمرتبط بودند)"),
            UnmetExpectationCode.Status => $"انتظار می‌رفت {L(A(0))} {Expected(A(1))}، ولی {Happened(A(2))}",
            UnmetExpectationCode.NoSuchRule =>
                $"انتظار می‌رفت {L(A(0))} {(A(1) == "assumption" ? "با تکیه بر فرض رد شود" : Expected(A(1)))}، ولی نسخهٔ {N(A(2))} سیاست {L(A(3))} " +
                $"(نافذ در {N(A(4))}) چنین قاعده‌ای ندارد",
            UnmetExpectationCode.NotFailedOnAssumption => $"انتظار می‌رفت {L(A(0))} با تکیه بر فرض رد شود، ولی {Happened(A(1))}",
            UnmetExpectationCode.FailedOnSources =>
                $"انتظار می‌رفت {L(A(0))} با تکیه بر فرض رد شود، ولی بر مقدارهای مستند رد شد (هیچ‌یک از مقدارهای نافذ پارامترهایش فرض نیست)",
            UnmetExpectationCode.Score => $"امتیازی {Range(A(0), A(1))} انتظار می‌رفت ولی امتیاز {N(A(2))} شد",
            _ => L(unmet.Text),
        };
    }

    private static string Outcome(string outcome) => outcome switch
    {
        "eligible" => "واجد شرایط",
        "ineligible" => "فاقد شرایط",
        "incomplete" => "ناقص",
        "needs-review" => "نیازمند بررسی",
        _ => L(outcome),
    };

    private static string Expected(string status) => status switch
    {
        "passed" => "پذیرفته شود",
        "failed" => "رد شود",
        "not-applicable" => "غیرمرتبط باشد",
        "incomplete" => "نامشخص بماند",
        _ => L(status) + " شود",
    };

    private static string Happened(string status) => status switch
    {
        "passed" => "پذیرفته شد",
        "failed" => "رد شد",
        "not-applicable" => "غیرمرتبط بود",
        "incomplete" => "نامشخص ماند",
        "error" => "به خطا خورد",
        _ => L(status),
    };

    private static string Status(string status) => status switch
    {
        "passed" => "پذیرفته",
        "failed" => "ردشده",
        "not-applicable" => "غیرمرتبط",
        "incomplete" => "نامشخص",
        "error" => "خطا",
        _ => L(status),
    };

    private static string NotPassed(IReadOnlyList<string> a)
    {
        var parts = new List<string>();
        for (int i = 2; i + 1 < a.Count; i += 2)
        {
            parts.Add(L(a[i]) + " " + Status(a[i + 1]));
        }

        return string.Join("، ", parts);
    }

    private static string Range(string min, string max) => (min.Length > 0, max.Length > 0) switch
    {
        (true, true) => $"میان {N(min)} و {N(max)}",
        (true, false) => $"دست‌کم {N(min)}",
        (false, true) => $"حداکثر {N(max)}",
        _ => string.Empty,
    };
}
