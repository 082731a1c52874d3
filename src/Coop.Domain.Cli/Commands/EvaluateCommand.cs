using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Batch;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Serialization;
using static Coop.Domain.Cli.EvaluationCli;

namespace Coop.Domain.Cli;

/// <summary><c>coop evaluate</c>: a policy over a registry — decisions with reasons, the ranking under a budget, summaries.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var policy = new Option<string[]>("--policy")
        {
            Description = "A policy file (JSON, docs/policies.md) written against the standard fact schema, or the id of a policy shipped in the package (e.g. cdb-employment-facility); repeat it (or give several files) for the versions of one policy — the one in force on --as-of decides.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var registry = new Option<string>("--registry") { Description = "The registry file (JSON Lines, docs/registry-format.md); bad lines are reported on stderr and counted, not fatal.", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The as-of date, Solar Hijri (1404/06/15 or ۱۴۰۴/۰۶/۱۵); default today in Iran." };
        var format = new Option<string>("--format") { Description = "Output: table (default; decisions, ranking, summaries, total), json or csv (one row per decision)." };
        var lang = new Option<string>("--lang") { Description = "Language of headers, outcomes and reasons: en (default) or fa (Persian, with Persian digits in the table). Messages on stderr follow it too.", HelpName = CliText.LanguageValues };
        var trace = new Option<bool>("--trace") { Description = "Show each rule's and scoring term's trace (sub-expression values and parameters used) under its decision (table), in the JSON, or in a trace column (CSV)." };
        var budget = new Option<string>("--budget") { Description = "A credit line to allocate among the eligible applications by rank: e.g. '500 billion rial', '50 billion toman', '۵۰۰ میلیارد ریال'." };
        var parallel = new Option<int?>("--parallel") { CustomParser = r => CliInput.OptionalWholeNumber(r, context), Description = "Evaluate on N threads (1–256; default 1). The output is the same whatever N." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second)." };
        var wide = WideOption();
        var width = WidthOption(context);
        var command = new Command(
            "evaluate",
            "Evaluate a policy over a registry at an as-of date: one decision per facility application applied by then when the policy " +
            "looks at applications (else one per cooperative), with the failed rules' messages as reasons; the eligible ranked by score " +
            "(ties: earlier application, then id) and allocated the budget (funded, partly funded, waiting); a summary by county and sector. " +
            "Exit 0 when the run completed (whatever the outcomes); 2 on bad input.")
        {
            policy, registry, asOf, format, lang, trace, budget, parallel, quiet, wide, width,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(policy) ?? [], parsed.GetValue(registry)!, parsed.GetValue(asOf), parsed.GetValue(format), parsed.GetValue(lang),
            parsed.GetValue(trace), parsed.GetValue(budget), parsed.GetValue(parallel), parsed.GetValue(quiet),
            TableWidth(context, parsed.GetValue(wide), parsed.GetValue(width))));
        return command;
    }

    private static int Execute(
        CliContext context, string[] policyFiles, string registryPath, string? asOfText, string? formatText, string? langText,
        bool trace, string? budgetText, int? parallel, bool quiet, int? width = null)
    {
        string? format = Format(context, formatText);
        if (format is null || !TryLanguage(context, langText, out bool persian) || !TryAsOf(context, asOfText, out SolarHijriDate asOf))
        {
            return CoopCli.BadInput;
        }

        Money? budget = null;
        if (budgetText is not null)
        {
            if (!BudgetText.TryParse(budgetText, out Money parsed, out string? error))
            {
                return ReportCommand.Bad(context, $"--budget: {error}", $"{CliText.L("--budget")} {CliText.Q(budgetText)}: مبلغ خوانا نیست: {CliText.L(error ?? string.Empty)}");
            }

            budget = parsed;
        }

        if (parallel is < 1 or > BatchOptions.MaxParallelism)
        {
            return ReportCommand.Bad(context, $"--parallel {parallel}: use 1 to {BatchOptions.MaxParallelism}.", $"{CliText.L("--parallel")} {CliText.N(parallel ?? 0)}: عددی از ۱ تا {CliText.N(BatchOptions.MaxParallelism)} بدهید.");
        }

        PolicySet<EligibilityFacts>? policies = LoadPolicies(context, "--policy", policyFiles);
        if (policies is null)
        {
            return CoopCli.BadInput;
        }

        using FileStream? stream = OpenRegistry(context, registryPath);
        if (stream is null)
        {
            return CoopCli.BadInput;
        }

        using ProgressReporter? progress = ProgressReporter.Create(context, "evaluate", quiet, stream);
        RegistryEvaluation result;
        try
        {
            result = new RegistryEvaluator(policies).Evaluate(stream, asOf, new RegistryEvaluationOptions
            {
                Budget = budget,
                Batch = new BatchOptions { Trace = trace, MaxDegreeOfParallelism = parallel ?? 1 },
                Progress = progress,
            });
        }
        catch (PolicyNotInForceException e)
        {
            return ReportCommand.Bad(context, $"--as-of {asOf}: {e.Message}", $"{CliText.L("--as-of")} {asOf.ToString("fa")}: سیاست در این تاریخ نافذ نیست: {CliText.L(e.Message)}");
        }
        catch (InvalidDataException e)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: {e.Message}", $"{CliText.L("--registry " + registryPath)}: {CliText.L(e.Message)}");
        }
        catch (IOException e)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: cannot read: {e.Message}", $"{CliText.L("--registry " + registryPath)}: خوانده نمی‌شود: {CliText.L(e.Message)}");
        }

        progress?.Finish();
        if (!ReportBadLines(context, registryPath, result.BadLines, result.Cooperatives))
        {
            return CoopCli.BadInput;
        }

        switch (format)
        {
            case "JSON": WriteJson(context.Output, result); break;
            case "CSV": context.Output.Write(CsvTableWriter.ToCsv(CsvTable(result, persian, trace), new CsvOptions { HeaderFromIds = true })); break;
            default: WriteTable(context.Output, result, persian, trace, width); break;
        }

        return CoopCli.Ok;
    }

    private static void WriteTable(TextWriter output, RegistryEvaluation result, bool persian, bool trace, int? width)
    {
        var options = new TextTableOptions { PersianDigits = persian };
        Policy p = result.Policy;
        output.WriteLine(persian
            ? $"سیاست {p.Id} نسخه‌ی {Digits(p.Version.ToString(CultureInfo.InvariantCulture), true)} ({p.Title.Fa})، در تاریخ {Date(result.AsOf, true)} — {Count(result.Rows.Count, true)} تصمیم ({(result.ByApplication ? "یکی برای هر درخواست تسهیلات" : "یکی برای هر تعاونی")})"
            : $"Policy {p.Id} v{p.Version} ({p.Title.En}) as of {result.AsOf}: {result.Rows.Count} decisions ({(result.ByApplication ? "one per facility application" : "one per cooperative")})");
        output.WriteLine();

        // Decisions, with each rule's trace under its row when asked for.
        string decisions = TextTableWriter.ToText(DecisionTable(result, persian, width), options);
        string[] lines = decisions.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < lines.Length; i++)
        {
            output.Write(lines[i]);
            output.Write('\n');
            int row = i - 2;
            if (trace && row >= 0 && row < result.Rows.Count && result.Rows[row].Decision.Trace is { } rules)
            {
                foreach (RuleTrace rule in rules)
                {
                    output.Write("    ↳ " + RuleTraceText(result.Rows[row].Decision, rule) + "\n");
                }

                foreach (ScoringTrace term in result.Rows[row].Decision.ScoringTrace ?? [])
                {
                    output.Write("    ↳ score " + TraceText(term.TermId, term.Entries, term.Parameters) + " → +" + term.Points.ToString(CultureInfo.InvariantCulture) + "\n");
                }
            }
        }

        output.WriteLine();
        string asOf = persian ? "، در تاریخ " + Date(result.AsOf, true) : ", as of " + result.AsOf;
        if (result.Budget is null && p.Scoring.Count == 0)
        {
            // A policy with no scoring terms (a compliance policy) scores every cooperative 0: a ranking would say nothing.
            output.WriteLine(persian
                ? $"رتبه‌بندی ندارد: این سیاست امتیازی نمی‌دهد{asOf}."
                : $"Ranking: none, the policy gives no scores{asOf}.");
        }
        else
        {
            output.WriteLine((result.Budget is { } b
                ? (persian ? $"رتبه‌بندی و تخصیص اعتبار {Rials(b, true)} ریال ({b.ToPersianString()})" : $"Ranking and allocation of a budget of {Rials(b, false)} IRR")
                : (persian ? "رتبه‌بندی واجدان شرایط (بدون اعتبار؛ با --budget تخصیص داده می‌شود)" : "Ranking of the eligible (no budget given; --budget allocates one)")) + asOf);
            TextTableWriter.Write(RankingTable(result, persian), output, options);
        }

        output.WriteLine();
        output.WriteLine((persian ? "خلاصه بر حسب شهرستان" : "Summary by county") + asOf);
        TextTableWriter.Write(SummaryTable(result.ByCounty, persian ? "شهرستان" : "county", persian, CountyLabel), output, options);
        output.WriteLine();
        output.WriteLine((persian ? "خلاصه بر حسب بخش" : "Summary by sector") + asOf);
        TextTableWriter.Write(SummaryTable(result.BySector, persian ? "بخش" : "sector", persian, SectorLabel), output, options);
        output.WriteLine();
        output.WriteLine(TotalLine(result, persian));
    }

    /// <summary>A decision's whole trace on one line for a CSV cell: each rule's, then each scoring term's, separated by " | ".</summary>
    private static string DecisionTraceText(Decision decision) => string.Join(
        " | ",
        (decision.Trace ?? []).Select(t => RuleTraceText(decision, t))
            .Concat((decision.ScoringTrace ?? []).Select(t => "score " + TraceText(t.TermId, t.Entries, t.Parameters) + " → +" + t.Points.ToString(CultureInfo.InvariantCulture))));

    /// <summary>
    /// A rule's trace with what it rests on: the register ids it cites, each parameter's source ids and weakest standing,
    /// and, for a failure resting on an assumption, the note saying so.
    /// </summary>
    private static string RuleTraceText(Decision decision, RuleTrace trace)
    {
        RuleResult rule = decision[trace.RuleId];
        var text = new StringBuilder(TraceText(trace.RuleId, trace.Entries, trace.Parameters, decision));
        if (rule.Sources.Count > 0)
        {
            text.Append("; sources ").AppendJoin(", ", rule.Sources);
        }

        if (rule.AssumptionNote is { } note)
        {
            text.Append("; ").Append(note.En);
        }

        return text.ToString();
    }

    private static string TraceText(string id, IReadOnlyList<TraceEntry> entries, IReadOnlyList<ParameterUse> parameters, Decision? decision = null)
    {
        var text = new StringBuilder(id).Append(':');
        foreach (TraceEntry entry in entries)
        {
            text.Append(' ').Append(entry.Text).Append(" = ").Append(entry.Result.ToString()).Append(';');
        }

        foreach (ParameterUse use in parameters)
        {
            text.Append(" $").Append(use.Name).Append(use.Key is null ? string.Empty : "[" + use.Key + "]")
                .Append(" = ").Append(use.Value.ToString()).Append(" (from ").Append(use.EffectiveFrom.ToString());
            if (decision?.Parameters.FirstOrDefault(p => p.Name == use.Name) is { } used)
            {
                text.Append(used.SourceIds.Count > 0 ? ", sources " + string.Join(", ", used.SourceIds) : ", no source")
                    .Append(used.Standing is { } standing ? ", " + Kebab(standing.ToString()) : string.Empty);
            }

            text.Append(");");
        }

        return text.ToString().TrimEnd(';');
    }

    internal static string TotalLine(RegistryEvaluation r, bool persian)
    {
        OutcomeSummary t = r.Total;
        return persian
            ? $"جمع: {Count(t.Count, true)} تصمیم از {Count(r.Cooperatives, true)} تعاونی" +
              (r.ByApplication ? $" ({Count(r.CooperativesWithoutApplication, true)} بدون درخواست)" : string.Empty) +
              $"، {Count(r.BadLines.Count, true)} سطر نامعتبر؛ {Count(t.Eligible, true)} واجد شرایط، {Count(t.Ineligible, true)} فاقد شرایط، " +
              $"{Count(t.Incomplete, true)} ناقص، {Count(t.NeedsReview, true)} نیازمند بررسی؛ درخواستی {Rials(t.Requested, true)} ریال، تأمین‌شده {Rials(t.Funded, true)} ریال."
            : $"Total: {t.Count} decisions from {r.Cooperatives} cooperatives" +
              (r.ByApplication ? $" ({r.CooperativesWithoutApplication} without an application)" : string.Empty) +
              $", {r.BadLines.Count} bad registry lines; {t.Eligible} eligible, {t.Ineligible} ineligible, {t.Incomplete} incomplete, " +
              $"{t.NeedsReview} needs review; requested {Rials(t.Requested, false)} IRR, funded {Rials(t.Funded, false)} IRR.";
    }

    private static Table DecisionTable(RegistryEvaluation r, bool persian, int? width)
    {
        var columns = new List<TableColumn>
        {
            new("id", persian ? "شناسه" : "id"),
            new("cooperative", persian ? "تعاونی" : "cooperative"),
            new("county", persian ? "شهرستان" : "county"),
        };
        if (r.ByApplication)
        {
            columns.Add(new("sector", persian ? "بخش" : "sector"));
            columns.Add(new("amount", persian ? "مبلغ (ریال)" : "amount (IRR)", TableAlignment.Right));
        }

        columns.Add(new("outcome", persian ? "نتیجه" : "outcome"));
        columns.Add(new("score", persian ? "امتیاز" : "score", TableAlignment.Right));
        columns.Add(new("reasons", persian ? "دلایل" : "reasons"));
        var rows = new List<string[]>(r.Rows.Count);
        foreach (RegistryDecisionRow row in r.Rows)
        {
            var cells = new List<string> { Digits(row.Applicant.Id, persian), row.Applicant.Name, CountyLabel(row.Applicant.CountyCode, persian) };
            if (r.ByApplication)
            {
                cells.Add(SectorLabel(Sector(row.Applicant.Sector), persian));
                cells.Add(row.Applicant.AmountRequested is { } amount ? Rials(amount, persian) : "-");
            }

            cells.Add(Outcome(row.Decision.Outcome, persian));
            cells.Add(Number(row.Decision.Score, persian));
            cells.Add(Digits(ReasonText(row.Decision, persian), persian));
            rows.Add([.. cells]);
        }

        FitLastColumn([.. columns.Select(c => c.Header)], rows, width);
        return new Table(columns, rows.Select(cells => cells.Select(c => (TableCell)c).ToArray()));
    }

    private static Table RankingTable(RegistryEvaluation r, bool persian)
    {
        TableColumn[] columns =
        [
            new("rank", persian ? "رتبه" : "rank", TableAlignment.Right),
            new("cooperative", persian ? "تعاونی" : "cooperative"),
            new("score", persian ? "امتیاز" : "score", TableAlignment.Right),
            new("requested", persian ? "درخواستی (ریال)" : "requested (IRR)", TableAlignment.Right),
            new("granted", persian ? "تخصیص (ریال)" : "granted (IRR)", TableAlignment.Right),
            new("status", persian ? "وضعیت" : "status"),
        ];
        var rows = r.Ranking.Select(e => new TableCell[]
        {
            Digits(e.Rank.ToString(CultureInfo.InvariantCulture), persian),
            e.Row.Applicant.Name,
            Number(e.Row.Decision.Score, persian),
            e.Row.Applicant.AmountRequested is { } amount ? Rials(amount, persian) : "-",
            e.Granted is { } granted ? Rials(granted, persian) : "-",
            Status(e.Status, persian),
        });
        return new Table(columns, rows);
    }

    private static Table SummaryTable(IReadOnlyList<OutcomeSummary> groups, string keyHeader, bool persian, Func<string, bool, string> keyLabel)
    {
        TableColumn[] columns =
        [
            new("key", keyHeader),
            new("decisions", persian ? "تصمیم‌ها" : "decisions", TableAlignment.Right),
            new("eligible", Outcome(PolicyOutcome.Eligible, persian), TableAlignment.Right),
            new("ineligible", Outcome(PolicyOutcome.Ineligible, persian), TableAlignment.Right),
            new("incomplete", Outcome(PolicyOutcome.Incomplete, persian), TableAlignment.Right),
            new("needs-review", Outcome(PolicyOutcome.NeedsReview, persian), TableAlignment.Right),
            new("requested", persian ? "درخواستی (ریال)" : "requested (IRR)", TableAlignment.Right),
            new("funded", persian ? "تأمین‌شده (ریال)" : "funded (IRR)", TableAlignment.Right),
        ];
        var rows = groups.Select(g => new TableCell[]
        {
            keyLabel(g.Key, persian), (long)g.Count, (long)g.Eligible, (long)g.Ineligible, (long)g.Incomplete, (long)g.NeedsReview,
            Rials(g.Requested, persian), Rials(g.Funded, persian),
        });
        return new Table(columns, rows);
    }

    private static Table CsvTable(RegistryEvaluation r, bool persian, bool trace)
    {
        string[] ids =
        [
            "id", "line", "cooperative", "registration_number", "national_id", "county", "kind", "programme", "sector", "amount_requested_rials",
            "applied_on", "outcome", "score", "rank", "granted_rials", "allocation", "reasons", .. (trace ? (string[])["trace"] : []),
        ];
        var ranks = r.Ranking.ToDictionary(e => e.Row.Applicant.Id, StringComparer.Ordinal);
        var rows = r.Rows.Select(row =>
        {
            RegistryApplicant a = row.Applicant;
            ranks.TryGetValue(a.Id, out RegistryRankingEntry? entry);
            TableCell[] cells =
            [
                a.Id, a.Line, a.Name, a.RegistrationNumber, a.NationalId, a.CountyCode, Kebab(a.Kind.ToString()), a.Programme,
                a.Sector is null ? null : Sector(a.Sector), a.AmountRequested?.Rials is { } rials ? rials : TableCell.Empty,
                a.AppliedOn is { } on ? on : TableCell.Empty, Outcome(row.Decision.Outcome, false), row.Decision.Score,
                entry is null ? TableCell.Empty : (long)entry.Rank, entry?.Granted?.Rials is { } g ? g : TableCell.Empty,
                entry is null ? null : Status(entry.Status, false).Replace(' ', '-'), ReasonText(row.Decision, persian),
                .. (trace ? (TableCell[])[DecisionTraceText(row.Decision)] : []),
            ];
            return cells;
        });
        return new Table(ids.Select(id => new TableColumn(id, id)), rows);
    }

    private static void WriteJson(TextWriter output, RegistryEvaluation r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("policy", r.Policy.Id);
            json.WriteNumber("version", r.Policy.Version);
            json.WriteString("asOf", r.AsOf.ToString());
            json.WriteString("decisionsPer", r.ByApplication ? "application" : "cooperative");
            json.WriteNumber("cooperatives", r.Cooperatives);
            json.WriteNumber("cooperativesWithoutApplication", r.CooperativesWithoutApplication);
            if (r.Budget is { } budget)
            {
                json.WriteNumber("budgetRials", budget.Rials);
            }
            else
            {
                json.WriteNull("budgetRials");
            }

            json.WriteStartArray("badLines");
            foreach (JsonLineError e in r.BadLines)
            {
                json.WriteStartObject();
                json.WriteNumber("line", e.Line);
                json.WriteString("message", e.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var ranks = r.Ranking.ToDictionary(e => e.Row.Applicant.Id, StringComparer.Ordinal);
            json.WriteStartArray("decisions");
            foreach (RegistryDecisionRow row in r.Rows)
            {
                WriteDecision(json, row, ranks.GetValueOrDefault(row.Applicant.Id));
            }

            json.WriteEndArray();
            json.WriteStartArray("ranking");
            foreach (RegistryRankingEntry e in r.Ranking)
            {
                json.WriteStartObject();
                json.WriteNumber("rank", e.Rank);
                json.WriteString("id", e.Row.Applicant.Id);
                json.WriteString("cooperative", e.Row.Applicant.Name);
                json.WriteNumber("score", e.Row.Decision.Score);
                WriteMoney(json, "requestedRials", e.Row.Applicant.AmountRequested);
                WriteMoney(json, "grantedRials", e.Granted);
                json.WriteString("status", Status(e.Status, false).Replace(' ', '-'));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            WriteSummaries(json, "byCounty", r.ByCounty);
            WriteSummaries(json, "bySector", r.BySector);
            json.WritePropertyName("total");
            WriteSummary(json, r.Total);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteDecision(Utf8JsonWriter json, RegistryDecisionRow row, RegistryRankingEntry? rank)
    {
        RegistryApplicant a = row.Applicant;
        json.WriteStartObject();
        json.WriteString("id", a.Id);
        json.WriteNumber("line", a.Line);
        json.WriteString("cooperative", a.Name);
        json.WriteString("registrationNumber", a.RegistrationNumber);
        json.WriteString("nationalId", a.NationalId);
        json.WriteString("county", a.CountyCode);
        json.WriteString("kind", Kebab(a.Kind.ToString()));
        if (a.Application is { } app)
        {
            json.WriteStartObject("application");
            json.WriteString("programme", app.Programme);
            json.WriteString("sector", Sector(app.Sector));
            json.WriteNumber("amountRequestedRials", app.AmountRequested.Rials);
            json.WriteString("appliedOn", app.AppliedOn.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("application");
        }

        if (rank is null)
        {
            json.WriteNull("rank");
        }
        else
        {
            json.WriteNumber("rank", rank.Rank);
        }

        // The library's decision contract (docs/decision-json.md, seeds/decisions/decision.schema.json), messages in both languages.
        json.WritePropertyName("decision");
        DecisionJson.Write(json, row.Decision);
        json.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, Money? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v.Rials);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteSummaries(Utf8JsonWriter json, string name, IReadOnlyList<OutcomeSummary> groups)
    {
        json.WriteStartArray(name);
        foreach (OutcomeSummary g in groups)
        {
            WriteSummary(json, g);
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, OutcomeSummary g)
    {
        json.WriteStartObject();
        json.WriteString("key", g.Key);
        json.WriteNumber("decisions", g.Count);
        json.WriteNumber("eligible", g.Eligible);
        json.WriteNumber("ineligible", g.Ineligible);
        json.WriteNumber("incomplete", g.Incomplete);
        json.WriteNumber("needsReview", g.NeedsReview);
        json.WriteNumber("requestedRials", g.Requested.Rials);
        json.WriteNumber("fundedRials", g.Funded.Rials);
        json.WriteEndObject();
    }
}
