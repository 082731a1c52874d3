using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Serialization;
using static Coop.Domain.Cli.EvaluationCli;

namespace Coop.Domain.Cli;

/// <summary><c>coop whatif</c>: who flips between outcomes when a draft policy replaces the current one, and why.</summary>
internal static class WhatifCommand
{
    public static Command Create(CliContext context)
    {
        var current = new Option<string[]>("--current") { Description = "The current policy file(s) (versions of one policy), or a shipped policy id.", Required = true, AllowMultipleArgumentsPerToken = true };
        var draft = new Option<string[]>("--draft") { Description = "The draft policy file(s) (versions of one policy), or a shipped policy id.", Required = true, AllowMultipleArgumentsPerToken = true };
        var registry = new Option<string>("--registry") { Description = "The registry file (JSON Lines, docs/registry-format.md); bad lines are reported on stderr, not fatal.", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The as-of date, Solar Hijri (1404/06/15 or ۱۴۰۴/۰۶/۱۵); default today in Iran." };
        var format = new Option<string>("--format") { Description = "Output: table (default), json or csv (one row per flip)." };
        var lang = new Option<string>("--lang") { Description = "Language of headers, outcomes and messages: en (default) or fa. Messages on stderr follow it too.", HelpName = CliText.LanguageValues };
        var parallel = new Option<int?>("--parallel") { CustomParser = r => CliInput.OptionalWholeNumber(r, context), Description = "Evaluate on N threads (1–256; default 1); the output is the same whatever N." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second)." };
        var command = new Command(
            "whatif",
            "Evaluate a current and a draft policy over the same registry and as-of date: counts per transition (from → to outcome) and " +
            "every applicant whose outcome flips, with the rules whose status changed and their messages. Exit 0 when the run completed; 2 on bad input.")
        {
            current, draft, registry, asOf, format, lang, parallel, quiet,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(current) ?? [], parsed.GetValue(draft) ?? [], parsed.GetValue(registry)!, parsed.GetValue(asOf),
            parsed.GetValue(format), parsed.GetValue(lang), parsed.GetValue(parallel), parsed.GetValue(quiet)));
        return command;
    }

    private static int Execute(
        CliContext context, string[] currentFiles, string[] draftFiles, string registryPath, string? asOfText, string? formatText, string? langText, int? parallel, bool quiet)
    {
        string? format = Format(context, formatText);
        if (format is null || !TryLanguage(context, langText, out bool persian) || !TryAsOf(context, asOfText, out SolarHijriDate asOf))
        {
            return CoopCli.BadInput;
        }

        if (parallel is < 1 or > BatchOptions.MaxParallelism)
        {
            return ReportCommand.Bad(context, $"--parallel {parallel}: use 1 to {BatchOptions.MaxParallelism}.", $"{CliText.L("--parallel")} {CliText.N(parallel ?? 0)}: عددی از ۱ تا {CliText.N(BatchOptions.MaxParallelism)} بدهید.");
        }

        PolicySet<EligibilityFacts>? current = LoadPolicies(context, "--current", currentFiles);
        PolicySet<EligibilityFacts>? draft = LoadPolicies(context, "--draft", draftFiles);
        if (current is null || draft is null)
        {
            return CoopCli.BadInput;
        }

        using FileStream? stream = OpenRegistry(context, registryPath);
        if (stream is null)
        {
            return CoopCli.BadInput;
        }

        // Streamed: only the flips and the counts per transition are kept.
        RegistryComparison result;
        using ProgressReporter? progress = ProgressReporter.Create(context, "whatif", quiet, stream);
        try
        {
            result = PolicyComparer.CompareRegistry(current, draft, stream, asOf, new BatchOptions { MaxDegreeOfParallelism = parallel ?? 1 }, null, progress);
        }
        catch (PolicyNotInForceException e)
        {
            return ReportCommand.Bad(context, $"--as-of {asOf}: {e.Message}", $"{CliText.L("--as-of")} {asOf.ToString("fa")}: {e.MessageFa}");
        }
        catch (InvalidDataException e)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: {e.Message}", $"{CliText.L("--registry " + registryPath)}: {(e.InnerException switch { RequestedSumOverflowException sum => sum.MessageFa, NotARegistryException header => header.MessageFa, _ => CliText.L(e.Message) })}");
        }
        catch (IOException e)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: cannot read: {e.Message}", CliText.CannotRead(CliText.L("--registry " + registryPath), e, registryPath));
        }

        progress?.Finish();
        if (!ReportBadLines(context, registryPath, result.BadLines, result.Cooperatives))
        {
            return CoopCli.BadInput;
        }

        switch (format)
        {
            case "JSON": WriteJson(context.Output, result, persian); break;
            case "CSV": context.Output.Write(CsvTableWriter.ToCsv(FlipTable(result, persian, machine: true), new CsvOptions { HeaderFromIds = true })); break;
            default: WriteTable(context.Output, result, persian); break;
        }

        return CoopCli.Ok;
    }

    private static void WriteTable(TextWriter output, RegistryComparison r, bool persian)
    {
        var options = new TextTableOptions { PersianDigits = persian };
        output.WriteLine(persian
            ? $"مقایسه‌ی {r.Current.Id} نسخه‌ی {Digits(r.Current.Version.ToString(CultureInfo.InvariantCulture), true)} (فعلی) با {r.Draft.Id} نسخه‌ی {Digits(r.Draft.Version.ToString(CultureInfo.InvariantCulture), true)} (پیش‌نویس) در تاریخ {Date(r.AsOf, true)}: {Count(r.Compared, true)} مورد، {Count(r.Flips.Count, true)} تغییر نتیجه"
            : $"Current {r.Current.Id} v{r.Current.Version} vs draft {r.Draft.Id} v{r.Draft.Version} as of {r.AsOf}: {r.Compared} compared ({(r.ByApplication ? "one per facility application" : "one per cooperative")}), {r.Flips.Count} flip(s)");
        output.WriteLine();
        output.WriteLine(persian ? "گذارها" : "Transitions");
        TableColumn[] columns =
        [
            new("from", persian ? "از" : "from"),
            new("to", persian ? "به" : "to"),
            new("count", persian ? "تعداد" : "count", TableAlignment.Right),
        ];
        TextTableWriter.Write(
            new Table(columns, r.Transitions.Select(t => new TableCell[] { Outcome(t.From, persian), Outcome(t.To, persian), (long)t.Count })),
            output,
            options);
        output.WriteLine();
        output.WriteLine(persian ? "تغییرها و دلایل" : "Flips and why");
        if (r.Flips.Count == 0)
        {
            output.WriteLine(persian ? "هیچ نتیجه‌ای تغییر نکرد." : "No outcome changes.");
        }
        else
        {
            TextTableWriter.Write(FlipTable(r, persian, machine: false), output, options);
        }

        output.WriteLine();
        output.WriteLine(persian
            ? $"جمع: {Count(r.Compared, true)} مورد از {Count(r.Cooperatives, true)} تعاونی، {Count(r.Flips.Count, true)} تغییر، {Count(r.BadLines.Count, true)} سطر نامعتبر."
            : $"Total: {r.Compared} compared from {r.Cooperatives} cooperatives" +
              (r.ByApplication ? $" ({r.CooperativesWithoutApplication} without an application)" : string.Empty) +
              $", {r.Flips.Count} flip(s), {r.BadLines.Count} bad registry lines.");
    }

    private static string ChangeText(RuleChange c, bool persian, bool machine)
    {
        string from = RuleStatusText(c.From, persian && !machine);
        string to = RuleStatusText(c.To, persian && !machine);
        string? message = c.Message is { } m ? (persian ? m.Fa : m.En) : null;
        bool fa = persian && !machine;
        string severity = !c.SeverityChanged ? string.Empty
            : fa ? $" (شدت از {SeverityText(c.FromSeverity!.Value)} به {SeverityText(c.ToSeverity!.Value)})"
            : $" ({Kebab(c.FromSeverity!.Value.ToString())}→{Kebab(c.ToSeverity!.Value.ToString())})";
        // Persian reads "from X to Y" in words: an arrow between two Persian words is ambiguous in right-to-left text.
        string status = c.From == c.To ? from : fa ? $"از «{from}» به «{to}»" : $"{from}→{to}";
        // A Persian reader gets the rule's message, not its id, when there is one.
        string text = fa && message is not null
            ? $"{status}{severity}: {message}"
            : $"{c.RuleId} {status}{severity}" + (message is null ? string.Empty : ": " + message);
        return machine ? text : Digits(text, persian);
    }

    private static string SeverityText(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Blocking => "بازدارنده",
        RuleSeverity.Warning => "هشدار",
        RuleSeverity.Info => "اطلاع",
        _ => severity.ToString(),
    };

    private static Table FlipTable(RegistryComparison r, bool persian, bool machine)
    {
        TableColumn[] columns = machine
            ?
            [
                new("id", "id"), new("line", "line"), new("cooperative", "cooperative"), new("county", "county"), new("sector", "sector"),
                new("amount_requested_rials", "amount_requested_rials"), new("from", "from"), new("to", "to"),
                new("score_from", "score_from"), new("score_to", "score_to"), new("changes", "changes"),
            ]
            :
            [
                new("cooperative", persian ? "تعاونی" : "cooperative"), new("county", persian ? "شهرستان" : "county"),
                new("sector", persian ? "بخش" : "sector"), new("amount", persian ? "مبلغ (ریال)" : "amount (IRR)", TableAlignment.Right),
                new("from", persian ? "از" : "from"), new("to", persian ? "به" : "to"), new("changes", persian ? "قواعد تغییرکرده" : "rules that changed"),
            ];
        IEnumerable<TableCell[]> rows = r.Flips.Select(f =>
        {
            RegistryApplicant a = f.Applicant;
            string changes = string.Join(" | ", f.Changes.Select(c => ChangeText(c, persian, machine)));
            return machine
                ? new TableCell[]
                {
                    a.Id, a.Line, a.Name, a.CountyCode, a.Sector is null ? null : Sector(a.Sector),
                    a.AmountRequested?.Rials is { } rials ? rials : TableCell.Empty, Outcome(f.From, false), Outcome(f.To, false),
                    f.Current.Score, f.Draft.Score, changes,
                }
                : new TableCell[]
                {
                    a.Name, CountyLabel(a.CountyCode, persian), SectorLabel(Sector(a.Sector), persian), a.AmountRequested is { } amount ? Rials(amount, persian) : "-",
                    Outcome(f.From, persian), Outcome(f.To, persian), changes,
                };
        });
        return new Table(columns, rows);
    }

    private static void WriteJson(TextWriter output, RegistryComparison r, bool persian)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("current");
            json.WriteString("policy", r.Current.Id);
            json.WriteNumber("version", r.Current.Version);
            json.WriteEndObject();
            json.WriteStartObject("draft");
            json.WriteString("policy", r.Draft.Id);
            json.WriteNumber("version", r.Draft.Version);
            json.WriteEndObject();
            json.WriteString("asOf", r.AsOf.ToString());
            json.WriteString("decisionsPer", r.ByApplication ? "application" : "cooperative");
            json.WriteNumber("compared", r.Compared);
            json.WriteNumber("cooperatives", r.Cooperatives);
            json.WriteNumber("cooperativesWithoutApplication", r.CooperativesWithoutApplication);
            json.WriteStartArray("badLines");
            foreach (JsonLineError e in r.BadLines)
            {
                json.WriteStartObject();
                json.WriteNumber("line", e.Line);
                json.WriteString("message", e.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("transitions");
            foreach (OutcomeTransition t in r.Transitions)
            {
                json.WriteStartObject();
                json.WriteString("from", Outcome(t.From, false));
                json.WriteString("to", Outcome(t.To, false));
                json.WriteNumber("count", t.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("flips");
            foreach (DecisionFlip f in r.Flips)
            {
                json.WriteStartObject();
                json.WriteString("id", f.Applicant.Id);
                json.WriteNumber("line", f.Applicant.Line);
                json.WriteString("cooperative", f.Applicant.Name);
                json.WriteString("county", f.Applicant.CountyCode);
                if (f.Applicant.Sector is not null)
                {
                    json.WriteString("sector", Sector(f.Applicant.Sector));
                }

                if (f.Applicant.AmountRequested is { } amount)
                {
                    json.WriteNumber("amountRequestedRials", amount.Rials);
                }

                json.WriteString("from", Outcome(f.From, false));
                json.WriteString("to", Outcome(f.To, false));
                json.WriteNumber("scoreFrom", f.Current.Score);
                json.WriteNumber("scoreTo", f.Draft.Score);
                json.WriteStartArray("changes");
                foreach (RuleChange c in f.Changes)
                {
                    json.WriteStartObject();
                    json.WriteString("rule", c.RuleId);
                    json.WriteString("code", c.Code);
                    json.WriteString("from", RuleStatusText(c.From, false));
                    json.WriteString("to", RuleStatusText(c.To, false));
                    if (c.SeverityChanged)
                    {
                        json.WriteString("severityFrom", Kebab(c.FromSeverity!.Value.ToString()));
                        json.WriteString("severityTo", Kebab(c.ToSeverity!.Value.ToString()));
                    }
                    if (c.Message is { } m)
                    {
                        json.WriteString("message", persian ? m.Fa : m.En);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }
}
