using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Text;
using NodaTime;

namespace Coop.Domain.Cli;

/// <summary>Input and wording shared by <c>coop evaluate</c> and <c>coop whatif</c>.</summary>
internal static class EvaluationCli
{
    /// <summary>Reads and compiles policy files into a set of versions, or writes every problem (naming the file) and returns null.</summary>
    public static PolicySet<EligibilityFacts>? LoadPolicies(CliContext context, string option, IReadOnlyList<string> files)
    {
        var compiled = new List<CompiledPolicy<EligibilityFacts>>();
        bool failed = false;
        foreach (string file in files)
        {
            PolicyReadResult read = PolicyFile.ReadFile(file);
            if (read.Policy is not { } policy)
            {
                WriteErrors(context, option, file, read.Errors);
                failed = true;
                continue;
            }

            try
            {
                compiled.Add(new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance));
            }
            catch (PolicyLoadException e)
            {
                context.Error.WriteLine($"{option} {file}: the policy does not compile against the standard fact schema (docs/fact-schema.md):");
                WriteErrors(context, option, file, e.Errors);
                failed = true;
            }
        }

        if (failed)
        {
            return null;
        }

        try
        {
            return new PolicySet<EligibilityFacts>(compiled);
        }
        catch (ArgumentException e)
        {
            string message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
            context.Error.WriteLine($"{option} {string.Join(", ", files)}: the files are not versions of one policy: {message}");
            return null;
        }
    }

    private static void WriteErrors(CliContext context, string option, string file, IReadOnlyList<PolicyError> errors)
    {
        foreach (PolicyError error in errors)
        {
            string text = error.ToString();
            context.Error.WriteLine(error.File is null ? $"{option} {file}: {text}" : $"{option} {text}");
        }
    }

    public static bool TryAsOf(CliContext context, string? text, out SolarHijriDate asOf)
    {
        if (text is null)
        {
            asOf = SolarHijriDate.Today(SystemClock.Instance);
            return true;
        }

        string normalized = PersianText.Normalize(text).Trim();
        ParseResult<SolarHijriDate> parsed = SolarHijriDate.ParseDetailed(normalized);
        if (parsed.IsSuccess && parsed.Value.Year < CalendarConversion.GregorianFromYear)
        {
            asOf = parsed.Value;
            return true;
        }

        // Read as Solar Hijri, 2025-09-06 would be a day six centuries ahead: it is a Gregorian date, and reading it
        // silently would decide every applicant on the wrong day. The year rule is coop convert's.
        asOf = default;
        CalendarConversionResult gregorian = CalendarConversion.Convert(normalized, DateInputCalendar.Gregorian);
        if (gregorian.IsSuccess && gregorian.Gregorian.Year >= CalendarConversion.GregorianFromYear)
        {
            context.Error.WriteLine($"--as-of '{text}': this is a Gregorian date, and the as-of date is Solar Hijri: write {gregorian.SolarHijri} for {gregorian.Gregorian.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
            return false;
        }

        if (parsed.IsSuccess || (normalized.Length >= 4 && int.TryParse(normalized.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= CalendarConversion.GregorianFromYear))
        {
            // A year from 1700 is Gregorian (as coop convert reads it), so say what is wrong with it as a Gregorian date.
            context.Error.WriteLine($"--as-of '{text}': a year from {CalendarConversion.GregorianFromYear} is read as Gregorian, and as a Gregorian date: {gregorian.Error?.Message}; give the Solar Hijri date, such as 1404/06/15.");
            return false;
        }

        context.Error.WriteLine($"--as-of '{text}': {parsed.Error?.Message}; give a Solar Hijri date such as 1404/06/15 (Persian digits are fine).");
        return false;
    }

    public static bool TryLanguage(CliContext context, string? text, out bool persian)
    {
        persian = false;
        switch ((text ?? "en").Trim().ToUpperInvariant())
        {
            case "EN": return true;
            case "FA": persian = true; return true;
            default:
                context.Error.WriteLine($"--lang '{text}': use fa or en.");
                return false;
        }
    }

    public static string? Format(CliContext context, string? text)
    {
        string format = (text ?? "table").Trim().ToUpperInvariant();
        if (format is "TABLE" or "JSON" or "CSV")
        {
            return format;
        }

        context.Error.WriteLine($"--format '{text}': use table, json or csv.");
        return null;
    }

    /// <summary>Opens the registry for reading, or writes why not and returns null.</summary>
    public static FileStream? OpenRegistry(CliContext context, string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                context.Error.WriteLine($"--registry {path}: is a folder, not a registry file.");
                return null;
            }

            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"--registry {path}: cannot read: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Writes every bad line of the registry at <paramref name="path"/> to stderr (<c>file:line: skipped: …</c>, or
    /// <c>file:line: damaged: …</c> for a malformed one); when any is malformed, also a last line that names the
    /// file as damaged, and returns false: the caller then writes nothing to stdout and exits with 2.
    /// </summary>
    public static bool ReportBadLines(CliContext context, string path, IReadOnlyList<JsonLineError> errors, long loaded)
    {
        int malformed = 0;
        foreach (JsonLineError error in errors)
        {
            malformed += error.IsMalformed ? 1 : 0;
            string where = error.Path is null ? string.Empty : " " + error.Path + (error.Column is { } c ? string.Create(CultureInfo.InvariantCulture, $", column {c}") : string.Empty) + ":";
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}:{error.Line}: {(error.IsMalformed ? "damaged" : "skipped")}:{where} {error.Message}"));
        }

        if (malformed == 0 && (loaded > 0 || errors.Count == 0))
        {
            return true;
        }

        if (malformed == 0)
        {
            // Skipping a few invalid records is the registry's design; a file none of whose records is valid is
            // not a registry this run can say anything about.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"--registry {path}: none of its {errors.Count} {(errors.Count == 1 ? "record is" : "records are")} valid (listed above); no results were written."));
            return false;
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"--registry {path}: the file is damaged ({malformed} malformed {(malformed == 1 ? "line" : "lines")} listed above: truncated, binary, not JSON, too deep or too long, or not a cooperative object); no results were written. Repair or regenerate the file; lines that are only invalid records are skipped, not refused."));
        return false;
    }

    public static string Outcome(PolicyOutcome outcome, bool persian) => (outcome, persian) switch
    {
        (PolicyOutcome.Eligible, false) => "eligible",
        (PolicyOutcome.Ineligible, false) => "ineligible",
        (PolicyOutcome.Incomplete, false) => "incomplete",
        (PolicyOutcome.NeedsReview, false) => "needs-review",
        (PolicyOutcome.Eligible, true) => "واجد شرایط",
        (PolicyOutcome.Ineligible, true) => "فاقد شرایط",
        (PolicyOutcome.Incomplete, true) => "ناقص",
        (PolicyOutcome.NeedsReview, true) => "نیازمند بررسی",
        _ => outcome.ToString(),
    };

    public static string Status(AllocationOutcome? status, bool persian) => (status, persian) switch
    {
        (null, false) => "ranked",
        (null, true) => "رتبه‌بندی‌شده",
        (AllocationOutcome.Funded, false) => "funded",
        (AllocationOutcome.PartlyFunded, false) => "partly funded",
        (AllocationOutcome.Waiting, false) => "waiting",
        (AllocationOutcome.Funded, true) => "تأمین‌شده",
        (AllocationOutcome.PartlyFunded, true) => "تأمین جزئی",
        (AllocationOutcome.Waiting, true) => "در انتظار",
        _ => status.ToString()!,
    };

    public static string RuleStatusText(RuleStatus? status, bool persian) => (status, persian) switch
    {
        (null, false) => "absent",
        (null, true) => "ندارد",
        (RuleStatus.Passed, false) => "passed",
        (RuleStatus.Failed, false) => "failed",
        (RuleStatus.NotApplicable, false) => "not-applicable",
        (RuleStatus.Incomplete, false) => "incomplete",
        (RuleStatus.Error, false) => "error",
        (RuleStatus.Passed, true) => "برقرار",
        (RuleStatus.Failed, true) => "نابرقرار",
        (RuleStatus.NotApplicable, true) => "نامربوط",
        (RuleStatus.Incomplete, true) => "ناقص",
        (RuleStatus.Error, true) => "خطا",
        _ => status.ToString()!,
    };

    /// <summary>Rials grouped by commas (Persian digits and separator for fa).</summary>
    public static string Rials(Money amount, bool persian)
    {
        string text = amount.Rials.ToString("#,0", CultureInfo.InvariantCulture);
        return persian ? Digits(text.Replace(',', '\u066C'), true) : text;
    }

    public static string Number(decimal value, bool persian)
    {
        string text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return persian ? Digits(text.Replace('.', '\u066B'), true) : text;
    }

    public static string Count(long value, bool persian) => Digits(value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", persian ? "\u066C" : ",", StringComparison.Ordinal), persian);

    public static string Date(SolarHijriDate date, bool persian) => date.ToString(persian ? "fa" : null);

    public static string Digits(string text, bool persian) => persian ? PersianText.ToPersianDigits(text) : text;

    /// <summary>The messages of the rules that failed, were incomplete or met an error, in the chosen language.</summary>
    public static IEnumerable<RuleResult> Reasons(Decision decision) =>
        decision.Rules.Where(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error);

    public static string Message(RuleResult rule, bool persian) =>
        (persian ? rule.MessageFa : rule.MessageEn) ?? rule.Code;

    public static string ReasonText(Decision decision, bool persian) =>
        string.Join(" | ", Reasons(decision).Select(r => Message(r, persian)));

    public static string Sector(ProjectSector? sector) => sector is { } s ? Kebab(s.ToString()) : "-";

    /// <summary>A county for people: its Persian name in Persian output, otherwise (or when unknown) its code.</summary>
    public static string CountyLabel(string code, bool persian) =>
        persian && Coop.Domain.Model.Geography.IranGeography.TryGetCounty(code, out var county) ? county.PersianName : code;

    /// <summary>A sector for people: its Persian name in Persian output, otherwise its kebab-case name.</summary>
    public static string SectorLabel(string kebab, bool persian) => !persian ? kebab : kebab switch
    {
        "industry" => "صنعت",
        "tourism" => "گردشگری",
        "agriculture" => "کشاورزی",
        "knowledge-based" => "دانش‌بنیان",
        "waste-management" => "مدیریت پسماند",
        "services" => "خدمات",
        "trade" => "بازرگانی",
        "construction" => "ساختمان",
        "mining" => "معدن",
        "handicraft" => "صنایع دستی",
        "transport" => "حمل و نقل",
        "other" => "سایر",
        _ => kebab,
    };

    public static string Kebab(string pascal)
    {
        var text = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (char c in pascal)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                if (text.Length > 0)
                {
                    text.Append('-');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
