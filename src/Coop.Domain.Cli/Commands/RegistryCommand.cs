using System.CommandLine;
using System.Globalization;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Cli;

/// <summary><c>coop registry check</c>: loads a registry file and reports every line that does not load.</summary>
internal static class RegistryCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file")
        {
            Description = "The registry file (JSON Lines: a header line, then one cooperative per line; docs/registry-format.md).",
        };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second)." };
        var lang = CliText.LanguageOption("the counts and error lines");
        var check = new Command("check", "Load a registry and print counts and every error as 'file:line: path: message'; exit 0 when clean, 1 when some records are invalid (skipped by the other commands), 2 when the file cannot be read, is not a registry or is damaged (a truncated, binary, not-JSON, too deep or too long line, a line that is not an object, the header's count not matching).")
        {
            file, quiet, lang,
        };
        check.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : Check(context, parsed.GetValue(file)!, parsed.GetValue(quiet)));
        return new Command("registry", "Work with cooperative registry files (JSON Lines).")
        {
            check,
        };
    }

    private static int Check(CliContext context, string path, bool quiet)
    {
        // Streams the file: only the current line and the errors are held, so a registry of any size can be checked.
        RegistryHeader? header = null;
        long lines = 0;
        long loaded = 0;
        var errors = new List<JsonLineError>();
        try
        {
            using FileStream? stream = EvaluationCli.OpenRegistry(context, path, label: null);
            if (stream is null)
            {
                return CoopCli.BadInput;
            }

            using ProgressReporter? progress = ProgressReporter.Create(context, "registry check", quiet, stream);
            long records = 0;
            foreach (RegistryRecord record in RegistryReader.Read(stream))
            {
                progress?.Report(++records);
                if (record.Error is { } error)
                {
                    errors.Add(error);
                    lines += record.IsLine ? 1 : 0;
                    continue;
                }

                lines++;
                header ??= record.Header;
                loaded += record.Cooperative is null ? 0 : 1;
            }

            progress?.Finish();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine(context.T($"{path}: cannot read: {e.Message}", CliText.CannotRead(CliText.L(path), e, path)));
            return CoopCli.BadInput;
        }

        TextWriter o = context.Output;
        if (context.Persian)
        {
            return CheckPersian(o, path, header, lines, loaded, errors);
        }

        if (header is { } h)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {h.Format} version {h.Version}, generated {h.Generated}{(h.Source is null ? string.Empty : ", source: " + h.Source)}"));
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {lines} lines, {loaded} cooperatives loaded, {errors.Count} errors"));
        foreach (JsonLineError error in errors)
        {
            if (error.Violations.Count > 0)
            {
                foreach (ModelViolation v in error.Violations)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{error.Line}: $.{v.Path}: {v.Message}"));
                }
            }
            else
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}:{error.Line}: {error.Path ?? "$"}: {error.Message}"));
            }
        }

        int malformed = errors.Count(e => e.IsMalformed);
        if (header is not null && malformed > 0)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: damaged: {malformed} of the errors are malformed lines, not just invalid records"));
        }

        return header is null || malformed > 0 ? CoopCli.BadInput : errors.Count == 0 ? CoopCli.Ok : CoopCli.Failed;
    }

    // The same lines in Persian: paths and JSON paths isolated, counts and line numbers in Persian digits.
    private static int CheckPersian(TextWriter o, string path, RegistryHeader? header, long lines, long loaded, List<JsonLineError> errors)
    {
        string file = CliText.L(path);
        if (header is { } h)
        {
            o.WriteLine($"{file}: {CliText.L(h.Format)} نسخهٔ {CliText.N(h.Version)}، ساخته‌شده در {h.Generated.ToString("fa")}{(h.Source is null ? string.Empty : "، منبع: " + CliText.L(h.Source))}");
        }

        o.WriteLine($"{file}: {CliText.Count(lines, "سطر")}، {CliText.Count(loaded, "تعاونی")} خوانده شد، {CliText.Count(errors.Count, "خطا")}");
        foreach (JsonLineError error in errors)
        {
            string where = $"{file}، سطر {CliText.N(error.Line)}";
            if (error.Violations.Count > 0)
            {
                foreach (ModelViolation v in error.Violations)
                {
                    o.WriteLine($"{where}: {CliText.L("$." + v.Path)}: {v.MessageFa}");
                }
            }
            else
            {
                o.WriteLine($"{where}: {CliText.L(error.Path ?? "$")}: {error.MessageFa}");
            }
        }

        int malformed = errors.Count(e => e.IsMalformed);
        if (header is not null && malformed > 0)
        {
            o.WriteLine($"{file}: آسیب‌دیده: {CliText.N(malformed)} خطا از این‌ها سطر خراب است، نه فقط رکورد نامعتبر");
        }

        return header is null || malformed > 0 ? CoopCli.BadInput : errors.Count == 0 ? CoopCli.Ok : CoopCli.Failed;
    }
}
