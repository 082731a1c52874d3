using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Allocation;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Text;
using NodaTime;

namespace Coop.Domain.Cli;

/// <summary>Input and wording shared by <c>coop evaluate</c> and <c>coop whatif</c>.</summary>
internal static class EvaluationCli
{
    /// <summary>
    /// The versions of a policy shipped in the package (<see cref="EmbeddedPolicyProvider.Shipped"/>) when
    /// <paramref name="fileOrId"/> names no file or folder but a shipped policy's id; otherwise null (read it as a file).
    /// An existing file always wins, so a file named like an id is still read.
    /// </summary>
    public static IReadOnlyList<Policy>? ShippedVersions(string fileOrId) =>
        !string.IsNullOrEmpty(fileOrId) && !File.Exists(fileOrId) && !Directory.Exists(fileOrId) && EmbeddedPolicyProvider.Shipped.Contains(fileOrId)
            ? EmbeddedPolicyProvider.Shipped.GetVersions(fileOrId)
            : null;

    /// <summary>Reads a policy argument: a file, or the id of a shipped policy (every version); a missing file names the shipped ids.</summary>
    public static IReadOnlyList<PolicyRead> ReadPolicy(string fileOrId)
    {
        if (ShippedVersions(fileOrId) is { } shipped)
        {
            return [.. shipped.Select(p => new PolicyRead(p, [], []))];
        }

        PolicyReadResult read = PolicyFile.ReadFile(fileOrId);
        if (read.Policy is null && !string.IsNullOrEmpty(fileOrId) && !File.Exists(fileOrId) && !Directory.Exists(fileOrId))
        {
            string hint = " (nor is it the id of a policy shipped in the package: " + string.Join(", ", EmbeddedPolicyProvider.Shipped.PolicyIds) + ")";
            return [new PolicyRead(null, [.. read.Errors.Select(e => e with { Message = e.Message + hint })], [])];
        }

        return [new PolicyRead(read.Policy, read.Errors, read.Warnings)];
    }

    /// <summary>A policy argument read: the policy, or the errors; and the warnings.</summary>
    public sealed record PolicyRead(Policy? Policy, IReadOnlyList<PolicyError> Errors, IReadOnlyList<PolicyError> Warnings);

    /// <summary>Reads and compiles policy files (or shipped policy ids) into a set of versions, or writes every problem (naming the file) and returns null.</summary>
    public static PolicySet<EligibilityFacts>? LoadPolicies(CliContext context, string option, IReadOnlyList<string> files)
    {
        var compiled = new List<CompiledPolicy<EligibilityFacts>>();
        bool failed = false;
        foreach ((string file, PolicyRead read) in files.SelectMany(f => ReadPolicy(f).Select(r => (f, r))))
        {
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
                context.Error.WriteLine(context.T(
                    $"{option} {file}: the policy does not compile against the standard fact schema (docs/fact-schema.md):",
                    $"{CliText.L(option + " " + file)}: سیاست با طرح استاندارد واقعیت‌ها ({CliText.L("docs/fact-schema.md")}) ترجمه نمی‌شود:"));
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
            // In Persian, from the library's code for the same conflict (never the English exception text).
            string persian = Policy.VersionConflict(compiled.Select(c => c.Policy)) is { } conflict ? conflict.MessageFa : CliText.L(message);
            context.Error.WriteLine(context.T(
                $"{option} {string.Join(", ", files)}: the files are not versions of one policy: {message}",
                $"{CliText.L(option + " " + string.Join(", ", files))}: این فایل‌ها نسخه‌های یک سیاست نیستند: {persian}"));
            return null;
        }
    }

    private static void WriteErrors(CliContext context, string option, string file, IReadOnlyList<PolicyError> errors)
    {
        foreach (PolicyError error in errors)
        {
            if (context.Persian)
            {
                // The shipped ids are named once, from the code, not from the English hint ReadPolicy appended.
                string persian = CliText.Persian(
                    error with { Message = error.Code == PolicyErrorCode.Unspecified ? error.Message : string.Empty },
                    error.Code == PolicyErrorCode.FileNotFound && error.File == file ? EmbeddedPolicyProvider.Shipped.PolicyIds : null);
                context.Error.WriteLine(error.File is null ? $"{CliText.L(option + " " + file)}: {persian}" : $"{CliText.L(option)} {persian}");
                continue;
            }

            string text = error.ToString();
            context.Error.WriteLine(error.File is null ? $"{option} {file}: {text}" : $"{option} {text}");
        }
    }

    public static Option<bool> WideOption() => new("--wide")
    {
        Description = "Print every table cell in full, however wide (default: fit the terminal, shortening reasons with …).",
    };

    public static Option<int?> WidthOption(CliContext context) => new("--width")
    {
        CustomParser = r => CliInput.OptionalWholeNumber(r, context),
        Description = "Fit tables to N characters (default: the terminal's width; no limit when output is not a terminal).",
    };

    /// <summary>The width tables must fit: none with --wide; --width N; else the terminal's when the output is one; else none.</summary>
    public static int? TableWidth(CliContext context, bool wide, int? width)
    {
        if (wide)
        {
            return null;
        }

        if (width is { } w)
        {
            return Math.Max(w, 40);
        }

        if (!ReferenceEquals(context.Output, Console.Out) || Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Math.Max(Console.WindowWidth, 40) : null;
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The room left for the last column of a table that must fit <paramref name="width"/>, given the widest cell (or header)
    /// of each other column by <see cref="Width"/>: the last column keeps at least 20 characters.
    /// </summary>
    public static int LastColumnRoom(IEnumerable<int> otherWidths, int width) => Math.Max(20, width - otherWidths.Sum(w => w + 2));

    /// <summary>A last-column cell shortened to <paramref name="room"/> columns when it is wider: a cut cell ends with "…".</summary>
    public static string Fit(string cell, int room)
    {
        if (Width(cell) <= room)
        {
            return cell;
        }

        int cut = Math.Min(cell.Length, room - 1);
        while (cut > 0 && Width(cell[..cut]) > room - 1)
        {
            cut--;
        }

        return cell[..cut].TrimEnd() + "…";
    }

    /// <summary>The columns a text takes on a terminal: its characters less the zero-width ones (ZWNJ, combining marks).</summary>
    public static int Width(string text) => text.Count(c => CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark));

    public static bool TryAsOf(CliContext context, string? text, out SolarHijriDate asOf) => TryDay(context, "--as-of", text, out asOf);

    /// <summary>
    /// Reads a date option's Solar Hijri day (today when absent); a clearly Gregorian year is refused with the Solar
    /// Hijri day it means, as everywhere a Solar Hijri date is read (<see cref="CalendarConversion"/>).
    /// </summary>
    public static bool TryDay(CliContext context, string option, string? text, out SolarHijriDate day)
    {
        if (text is null)
        {
            day = SolarHijriDate.Today(SystemClock.Instance);
            return true;
        }

        if (CalendarConversion.TryReadSolarHijriDay(text, out day, out string? error))
        {
            return true;
        }

        ParseError detail = CalendarConversion.ReadSolarHijriDay(text).Error ?? new ParseError(0, error ?? "not a Solar Hijri day");
        context.Error.WriteLine(context.T($"{option} '{text}': {error}.", $"{CliText.L(option)} {CliText.Q(text)}: {CliText.Persian(detail)}؛ تاریخی شمسی مانند ۱۴۰۴/۰۶/۱۵ بدهید (ارقام فارسی هم پذیرفته است)."));
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
                context.Error.WriteLine(context.T($"--lang '{text}': use fa or en.", $"{CliText.L("--lang")} {CliText.Q(text ?? string.Empty)}: یکی از {CliText.L("fa")} یا {CliText.L("en")} را بدهید."));
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

        context.Error.WriteLine(context.T($"--format '{text}': use table, json or csv.", $"{CliText.L("--format")} {CliText.Q(text ?? string.Empty)}: یکی از {CliText.L("table")}، {CliText.L("json")} یا {CliText.L("csv")} را بدهید."));
        return null;
    }

    /// <summary>Opens the registry for reading, or writes why not and returns null.</summary>
    /// <param name="context">Where to write why not.</param>
    /// <param name="path">The registry file.</param>
    /// <param name="label">What the messages start with before the path; null for none (an argument, not an option).</param>
    public static FileStream? OpenRegistry(CliContext context, string path, string? label = "--registry")
    {
        string where = label is null ? path : label + " " + path;
        try
        {
            if (Directory.Exists(path))
            {
                context.Error.WriteLine(context.T($"{where}: is a folder, not a registry file.", $"{CliText.L(where)}: پوشه است، نه فایل ثبت."));
                return null;
            }

            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine(context.T(
                $"{where}: cannot read: {e.Message}",
                CliText.CannotRead(CliText.L(where), e, path)));
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
            context.Error.WriteLine(context.Persian
                ? $"{CliText.L(path)}، سطر {CliText.N(error.Line)}: {(error.IsMalformed ? "آسیب‌دیده" : "کنار گذاشته شد")}:" +
                  (error.Path is null ? string.Empty : " " + CliText.L(error.Path) + (error.Column is { } column ? "، ستون " + CliText.N(column) : string.Empty) + ":") +
                  " " + error.MessageFa
                : string.Create(CultureInfo.InvariantCulture, $"{path}:{error.Line}: {(error.IsMalformed ? "damaged" : "skipped")}:{where} {error.Message}"));
        }

        if (malformed == 0 && (loaded > 0 || errors.Count == 0))
        {
            return true;
        }

        if (malformed == 0)
        {
            // Skipping a few invalid records is the registry's design; a file none of whose records is valid is
            // not a registry this run can say anything about.
            context.Error.WriteLine(context.T(
                string.Create(CultureInfo.InvariantCulture, $"--registry {path}: none of its {errors.Count} {(errors.Count == 1 ? "record is" : "records are")} valid (listed above); no results were written."),
                $"{CliText.L("--registry " + path)}: هیچ‌یک از {CliText.Count(errors.Count, "رکورد")} آن معتبر نیست (فهرست بالا)؛ نتیجه‌ای نوشته نشد."));
            return false;
        }

        context.Error.WriteLine(context.Persian
            ? $"{CliText.L("--registry " + path)}: فایل آسیب دیده است ({CliText.Count(malformed, "سطر")} خراب در فهرست بالا: بریده، دودویی، غیر JSON، بیش از اندازه تودرتو یا بلند، یا نه شیء یک تعاونی)؛ نتیجه‌ای نوشته نشد. فایل را ترمیم یا دوباره تولید کنید؛ سطرهایی که فقط رکورد نامعتبرند کنار گذاشته می‌شوند، نه رد."
            : string.Create(CultureInfo.InvariantCulture,
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
        (RuleStatus.Passed, true) => "پذیرفته",
        (RuleStatus.Failed, true) => "ردشده",
        (RuleStatus.NotApplicable, true) => "غیرمرتبط",
        (RuleStatus.Incomplete, true) => "نامشخص",
        (RuleStatus.Error, true) => "خطا",
        _ => status.ToString()!,
    };

    /// <summary>Rials grouped by commas (Persian digits and separator for fa).</summary>
    public static string Rials(Money amount, bool persian)
    {
        string text = amount.Rials.ToString("#,0", CultureInfo.InvariantCulture);
        return persian ? CliText.N(text.Replace(',', '\u066C')) : text;
    }

    public static string Number(decimal value, bool persian)
    {
        string text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return persian ? CliText.N(text.Replace('.', '\u066B')) : text;
    }

    public static string Count(long value, bool persian) =>
        persian ? CliText.N(value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u066C')) : value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Date(SolarHijriDate date, bool persian) => date.ToString(persian ? "fa" : null);

    public static string Digits(string text, bool persian) => persian ? PersianText.ToPersianDigits(text) : text;

    /// <summary>The messages of the rules that failed, were incomplete or met an error, in the chosen language.</summary>
    public static IEnumerable<RuleResult> Reasons(Decision decision) =>
        decision.Rules.Where(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error);

    /// <summary>A rule's message in the chosen language, followed by why it only needs review when its failure rests on an assumption.</summary>
    public static string Message(RuleResult rule, bool persian)
    {
        string message = (persian ? rule.MessageFa : rule.MessageEn) ?? rule.Code;
        return rule.AssumptionNote is { } note ? message + " (" + (persian ? note.Fa : note.En) + ")" : message;
    }

    public static string ReasonText(Decision decision, bool persian) =>
        string.Join(" | ", Reasons(decision).Select(r => Message(r, persian)));

    public static string Sector(ProjectSector? sector) => sector is { } s ? Kebab(s.ToString()) : "-";

    /// <summary>A county for people: its Persian name in Persian output, otherwise (or when unknown) its code.</summary>
    public static string CountyLabel(string code, bool persian) =>
        persian && Coop.Domain.Model.Geography.IranGeography.TryGetCounty(code, out var county) ? county.PersianName : code;

    /// <summary>A sector for people: its Persian name (the library's, <see cref="ProjectSectorNames.Persian"/>) in Persian output, otherwise its kebab-case key.</summary>
    public static string SectorLabel(string kebab, bool persian) =>
        persian && ProjectSectorNames.TryParse(kebab, out ProjectSector sector) ? ProjectSectorNames.Persian(sector) : kebab;

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
