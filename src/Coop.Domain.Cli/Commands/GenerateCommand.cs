using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Serialization;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop generate</c>: writes a synthetic registry of Mazandaran cooperatives, deterministic by seed.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count")
        {
            CustomParser = r => CliInput.WholeNumber(r, context),
            Description = "How many cooperatives to generate, 0 to 10,000,000.",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            CustomParser = r => CliInput.WholeNumber(r, context),
            Description = "The random seed; the same seed and options give a byte-identical file. Default 1404.",
            DefaultValueFactory = _ => 1404,
        };
        var output = new Option<string>("--out")
        {
            Description = "The file to write (JSON Lines registry, docs/registry-format.md); '-' writes to standard output.",
            Required = true,
        };
        // A string, parsed invariantly below: System.CommandLine parses a double with the current culture (0.02 fails under tr-TR).
        var invalidShare = new Option<string>("--invalid-share")
        {
            Description = "The share of lines made invalid on purpose, 0 to 1 (default 0.02, '.' as the decimal point): exactly floor(count × share) lines, listed on standard error.",
            DefaultValueFactory = _ => "0.02",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The as-of day (Solar Hijri, e.g. 1404/08/25): nothing is dated after it. Default 1404/08/25.",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Overwrite the output file if it exists (without it an existing file is an error).",
        };
        var quiet = new Option<bool>("--quiet")
        {
            Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second).",
        };
        var lang = CliText.LanguageOption("the summary line");
        var command = new Command("generate", "Generate a synthetic cooperative registry (Mazandaran counties, kinds, ledgers, boards, assemblies, statements, applications, a few invalid lines on purpose).")
        {
            count, seed, output, invalidShare, asOf, force, quiet, lang,
        };
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : Execute(
            context,
            parsed.GetValue(count),
            parsed.GetValue(seed),
            parsed.GetValue(output)!,
            parsed.GetValue(invalidShare)!,
            parsed.GetValue(asOf),
            parsed.GetValue(force),
            parsed.GetValue(quiet)));
        return command;
    }

    private static int Execute(CliContext context, int count, int seed, string path, string invalidShareText, string? asOfText, bool force, bool quiet)
    {
        if (!double.TryParse(PersianText.Normalize(invalidShareText).Replace('٫', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double invalidShare))
        {
            context.Error.WriteLine(context.T(
                $"--invalid-share must be a number between 0 and 1 such as 0.02, not '{invalidShareText}'.",
                $"{CliText.L("--invalid-share")} باید عددی میان ۰ و ۱ باشد، مانند ۰٫۰۲، نه {CliText.Q(invalidShareText)}."));
            return CoopCli.BadInput;
        }

        if (count is < 0 or > 10_000_000)
        {
            context.Error.WriteLine(context.T(
                $"--count must be between 0 and 10,000,000, not {count.ToString(CultureInfo.InvariantCulture)}.",
                $"{CliText.L("--count")} باید میان ۰ و ۱۰٬۰۰۰٬۰۰۰ باشد، نه {CliText.N(count)}."));
            return CoopCli.BadInput;
        }

        if (!(invalidShare is >= 0 and <= 1))
        {
            context.Error.WriteLine(context.T(
                $"--invalid-share must be between 0 and 1, not {invalidShare.ToString(CultureInfo.InvariantCulture)}.",
                $"{CliText.L("--invalid-share")} باید میان ۰ و ۱ باشد، نه {CliText.Q(invalidShareText)}."));
            return CoopCli.BadInput;
        }

        var options = new RegistryGeneratorOptions { Count = count, Seed = seed, InvalidShare = invalidShare };
        if (asOfText is not null)
        {
            if (!EvaluationCli.TryDay(context, "--as-of", asOfText, out SolarHijriDate day))
            {
                return CoopCli.BadInput;
            }

            if (day.Year is < 1385 or > 1500)
            {
                context.Error.WriteLine(context.T(
                    $"--as-of must be a Solar Hijri day between 1385 and 1500 such as 1404/08/25, not '{asOfText}'.",
                    $"{CliText.L("--as-of")} باید روزی شمسی میان ۱۳۸۵ و ۱۵۰۰ باشد، مانند ۱۴۰۴/۰۸/۲۵، نه {CliText.Q(asOfText)}."));
                return CoopCli.BadInput;
            }

            options = options with { AsOf = day };
        }

        GeneratedRegistry summary;
        using ProgressReporter? progress = ProgressReporter.Create(context, "generate", quiet, (long)count + 1);
        if (path == "-")
        {
            // Each line goes to stdout as it is generated: nothing but the current line is held.
            using var stdout = new TextWriterStream(context.Output);
            summary = RegistryGenerator.Write(new LineCountingStream(stdout, progress), options);
            stdout.Flush();
        }
        else
        {
            if (!OutputFile.CanWrite(context, "--out", path, force))
            {
                return CoopCli.BadInput;
            }

            GeneratedRegistry? written = null;
            if (!OutputFile.Write(context, "--out", path, file => written = RegistryGenerator.Write(new LineCountingStream(file, progress), options)))
            {
                return CoopCli.BadInput;
            }

            summary = written!;
            progress?.Finish();
            context.Output.WriteLine(context.Persian
                ? $"{CliText.L(path)} نوشته شد: سرآیند و {CliText.Count(summary.Count, "تعاونی")}، {CliText.N(summary.IntentionalErrors.Count)} نامعتبر به عمد"
                : string.Create(CultureInfo.InvariantCulture, $"wrote {path}: header + {summary.Count} cooperatives, {summary.IntentionalErrors.Count} invalid on purpose"));
        }

        progress?.Finish();
        foreach (IntentionalError e in summary.IntentionalErrors)
        {
            context.Error.WriteLine(context.Persian
                ? $"{CliText.L(path == "-" ? "<stdout>" : path)}، سطر {CliText.N(e.Line)}: نامعتبر به عمد ({CliText.L(e.Kind.ToString())}): {CliText.L(e.Description)}"
                : string.Create(CultureInfo.InvariantCulture, $"{(path == "-" ? "<stdout>" : path)}:{e.Line}: invalid on purpose ({e.Kind}): {e.Description}"));
        }

        return CoopCli.Ok;
    }
}
