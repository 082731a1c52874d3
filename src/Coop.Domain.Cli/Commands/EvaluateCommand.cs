using System.Buffers;
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
        var parallel = new Option<int?>("--parallel") { CustomParser = r => CliInput.OptionalWholeNumber(r, context), Description = "Evaluate on N threads (1–256; default: the number of cores). The output is the same whatever N." };
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
            Coop.Domain.Text.ParseResult<Money> parsed = BudgetText.ParseDetailed(budgetText);
            if (!parsed.TryGetValue(out Money amount))
            {
                Coop.Domain.Text.ParseError error = parsed.Error!.Value;
                return ReportCommand.Bad(context, $"--budget: {error.Message}", $"{CliText.L("--budget")} {CliText.Q(budgetText)}: {error.MessageFa}");
            }

            budget = amount;
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
        StreamedRegistryEvaluation decisions;
        try
        {
            decisions = new RegistryEvaluator(policies).Open(stream, asOf, new RegistryEvaluationOptions
            {
                Budget = budget,
                Batch = new BatchOptions { Trace = trace, MaxDegreeOfParallelism = parallel ?? DefaultParallelism },
                Progress = progress,
            });
        }
        catch (PolicyNotInForceException e)
        {
            return ReportCommand.Bad(context, $"--as-of {asOf}: {e.Message}", $"{CliText.L("--as-of")} {asOf.ToString("fa")}: {e.MessageFa}");
        }

        // Each decision's output is made where the decision is (in parallel), kept in a temporary file, and printed once
        // the last one is in: only then are the ranks, the column widths and the bad lines known.
        EvaluationOutput output = format switch
        {
            "JSON" => new JsonOutput(),
            "CSV" => new CsvOutput(persian, trace),
            _ => new TableOutput(persian, trace, width, decisions.ByApplication),
        };
        DecisionSpool spool;
        try
        {
            spool = DecisionSpool.Create();
        }
        catch (SpoolException e)
        {
            return ReportCommand.Bad(context, e.Message, e.MessageFa);
        }

        using (spool)
        {
            return Print(context, registryPath, decisions, output, spool, progress);
        }
    }

    // Reads every decision into the spool, then prints them with the ranking. A temporary file that cannot be written
    // (a full disk) is said as such, exit 2: nothing of the user's is touched, and TMPDIR can point elsewhere.
    private static int Print(CliContext context, string registryPath, StreamedRegistryEvaluation decisions, EvaluationOutput output, DecisionSpool spool, ProgressReporter? progress)
    {
        try
        {
            foreach (object record in decisions.Read(output.Project))
            {
                output.Keep(record, spool);
            }
        }
        catch (SpoolException e)
        {
            return ReportCommand.Bad(context, e.Message, e.MessageFa);
        }
        catch (InvalidDataException e)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: {e.Message}", $"{CliText.L("--registry " + registryPath)}: {(e.InnerException switch { RequestedSumOverflowException sum => sum.MessageFa, NotARegistryException header => header.MessageFa, _ => CliText.L(e.Message) })}");
        }
        catch (IOException e) when (e is not SpoolException)
        {
            return ReportCommand.Bad(context, $"--registry {registryPath}: cannot read: {e.Message}", CliText.CannotRead(CliText.L("--registry " + registryPath), e, registryPath));
        }

        progress?.Finish();
        RegistryRanking result = decisions.Ranking;
        if (!ReportBadLines(context, registryPath, result.BadLines, result.Cooperatives))
        {
            return CoopCli.BadInput;
        }

        try
        {
            spool.Rewind();
        }
        catch (SpoolException e)
        {
            return ReportCommand.Bad(context, e.Message, e.MessageFa);
        }

        using (BufferedOutput writer = BufferedOutput.For(context))
        {
            output.Write(writer.Writer, result, spool);
        }

        return CoopCli.Ok;
    }

    /// <summary>Evaluations at once by default: one per core (the output is the same whatever the number).</summary>
    private static int DefaultParallelism => Math.Clamp(Environment.ProcessorCount, 1, BatchOptions.MaxParallelism);

    /// <summary>One output form: what each decision keeps until the end (made in parallel), and how it is printed with the ranking.</summary>
    private abstract class EvaluationOutput
    {
        /// <summary>What to keep of a decision; runs on the evaluation threads, so it touches no shared state.</summary>
        public abstract object Project(RegistryDecisionRow row);

        /// <summary>Stores a record in the spool (in registry order, on the reading thread).</summary>
        public abstract void Keep(object record, DecisionSpool spool);

        /// <summary>Prints everything, reading the records back from the rewound spool.</summary>
        public abstract void Write(TextWriter output, RegistryRanking result, DecisionSpool spool);
    }

    /// <summary>The table: decisions (with traces), ranking, summaries and the total; columns as wide as their widest cell.</summary>
    private sealed class TableOutput : EvaluationOutput
    {
        private readonly bool _persian;
        private readonly bool _trace;
        private readonly int? _width;
        private readonly TableColumn[] _columns;
        private readonly TextTableLayout _layout;
        private readonly int[] _fitWidths;

        public TableOutput(bool persian, bool trace, int? width, bool byApplication)
        {
            _persian = persian;
            _trace = trace;
            _width = width;
            _columns = DecisionColumns(persian, byApplication);
            _layout = new TextTableLayout(_columns, new TextTableOptions { PersianDigits = persian });
            _fitWidths = [.. _columns.Select(c => Width(c.Header))];
        }

        private int Last => _columns.Length - 1;

        public override object Project(RegistryDecisionRow row)
        {
            Decision d = row.Decision;
            var cells = new string[_columns.Length];
            int c = 0;
            cells[c++] = Digits(row.Applicant.Id, _persian);
            cells[c++] = row.Applicant.Name;
            cells[c++] = CountyLabel(row.Applicant.CountyCode, _persian);
            if (_columns.Length == 8)
            {
                cells[c++] = SectorLabel(Sector(row.Applicant.Sector), _persian);
                cells[c++] = row.Applicant.AmountRequested is { } amount ? Rials(amount, _persian) : "-";
            }

            cells[c++] = Outcome(d.Outcome, _persian);
            cells[c++] = Number(d.Score, _persian);
            cells[c] = Digits(ReasonText(d, _persian), _persian);
            string[] trace = !_trace || d.Trace is not { } rules
                ? []
                : [.. rules.Select(rule => "    ↳ " + RuleTraceText(d, rule)),
                   .. (d.ScoringTrace ?? []).Select(term => "    ↳ score " + TraceText(term.TermId, term.Entries, term.Parameters) + " → +" + term.Points.ToString(CultureInfo.InvariantCulture))];
            return new TableRecord(cells, trace);
        }

        public override void Keep(object record, DecisionSpool spool)
        {
            (string[] cells, string[] trace) = (TableRecord)record;
            for (int c = 0; c < cells.Length; c++)
            {
                if (_width is not null && c < Last)
                {
                    _fitWidths[c] = Math.Max(_fitWidths[c], Width(cells[c]));
                }

                if (_width is null || c < Last)
                {
                    _layout.Measure(c, cells[c]);
                }

                spool.Write(cells[c]);
            }

            spool.Write(trace.Length);
            foreach (string line in trace)
            {
                spool.Write(line);
            }
        }

        public override void Write(TextWriter output, RegistryRanking result, DecisionSpool spool)
        {
            bool persian = _persian;
            Policy p = result.Policy;
            output.WriteLine(persian
                ? $"سیاست {p.Id} نسخه‌ی {Digits(p.Version.ToString(CultureInfo.InvariantCulture), true)} ({p.Title.Fa})، در تاریخ {Date(result.AsOf, true)} — {Count(result.Decisions, true)} تصمیم ({(result.ByApplication ? "یکی برای هر درخواست تسهیلات" : "یکی برای هر تعاونی")})"
                : $"Policy {p.Id} v{p.Version} ({p.Title.En}) as of {result.AsOf}: {result.Decisions} decisions ({(result.ByApplication ? "one per facility application" : "one per cooperative")})");
            output.WriteLine();

            // The reasons are shortened to what the other columns leave of the width; the rule under the header is as
            // long as the longest shortened reason, so a first pass over the spool measures them.
            int? room = _width is { } max ? LastColumnRoom(_fitWidths.Take(Last), max) : null;
            if (room is { } fit)
            {
                for (long i = 0; i < result.Decisions; i++)
                {
                    string[] cells = ReadRow(spool, out _);
                    _layout.Measure(Last, Fit(cells[Last], fit));
                }

                spool.Rewind();
            }

            // Decisions, with each rule's trace under its row when asked for.
            _layout.WriteHeader(output);
            var row = new TableCell[_columns.Length];
            for (long i = 0; i < result.Decisions; i++)
            {
                string[] cells = ReadRow(spool, out string[] trace);
                for (int c = 0; c < cells.Length; c++)
                {
                    row[c] = c == Last && room is { } r ? Fit(cells[c], r) : cells[c];
                }

                _layout.WriteRow(output, row);
                foreach (string line in trace)
                {
                    output.Write(line);
                    output.Write('\n');
                }
            }

            var options = new TextTableOptions { PersianDigits = persian };
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

        private string[] ReadRow(DecisionSpool spool, out string[] trace)
        {
            var cells = new string[_columns.Length];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = spool.ReadString();
            }

            trace = new string[spool.ReadInt()];
            for (int t = 0; t < trace.Length; t++)
            {
                trace[t] = spool.ReadString();
            }

            return cells;
        }

        private sealed record TableRecord(string[] Cells, string[] Trace);
    }

    /// <summary>CSV: one row per decision with its rank and grant.</summary>
    private sealed class CsvOutput(bool persian, bool trace) : EvaluationOutput
    {
        // The cells before the rank (id … score); after the rank, grant and allocation come the reasons and the trace.
        private const int Before = 13;

        private static readonly CsvOptions s_options = new() { HeaderFromIds = true };

        public override object Project(RegistryDecisionRow row)
        {
            RegistryApplicant a = row.Applicant;
            TableCell[] cells =
            [
                a.Id, a.Line, a.Name, a.RegistrationNumber, a.NationalId, a.CountyCode, Kebab(a.Kind.ToString()), a.Programme,
                a.Sector is null ? null : Sector(a.Sector), a.AmountRequested?.Rials is { } rials ? rials : TableCell.Empty,
                a.AppliedOn is { } on ? on : TableCell.Empty, Outcome(row.Decision.Outcome, false), row.Decision.Score,
                ReasonText(row.Decision, persian),
                .. (trace ? (TableCell[])[DecisionTraceText(row.Decision)] : []),
            ];
            return Array.ConvertAll(cells, c => c.ToString());
        }

        public override void Keep(object record, DecisionSpool spool)
        {
            foreach (string cell in (string[])record)
            {
                spool.Write(cell);
            }
        }

        public override void Write(TextWriter output, RegistryRanking result, DecisionSpool spool)
        {
            string[] ids =
            [
                "id", "line", "cooperative", "registration_number", "national_id", "county", "kind", "programme", "sector", "amount_requested_rials",
                "applied_on", "outcome", "score", "rank", "granted_rials", "allocation", "reasons", .. (trace ? (string[])["trace"] : []),
            ];
            CsvTableWriter.WriteHeader([.. ids.Select(id => new TableColumn(id, id))], output, s_options);
            var row = new TableCell[ids.Length];
            for (long i = 0; i < result.Decisions; i++)
            {
                for (int c = 0; c < Before; c++)
                {
                    row[c] = spool.ReadString();
                }

                RankedDecision? entry = result.Find(i);
                row[Before] = entry is null ? TableCell.Empty : (long)entry.Rank;
                row[Before + 1] = entry?.Granted?.Rials is { } g ? g : TableCell.Empty;
                row[Before + 2] = entry is null ? null : Status(entry.Status, false).Replace(' ', '-');
                for (int c = Before + 3; c < row.Length; c++)
                {
                    row[c] = spool.ReadString();
                }

                CsvTableWriter.WriteRow(row, output, s_options);
            }
        }
    }

    /// <summary>
    /// JSON: one document. Each decision's object is written where it is made, indented as it stands in the document,
    /// in two parts around its rank, and copied into the document with its rank at the end.
    /// </summary>
    private sealed class JsonOutput : EvaluationOutput
    {
        private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        // A decision's object stands in the "decisions" array of the root object: two levels of two spaces.
        private static readonly byte[] s_indent = "    "u8.ToArray();
        private static readonly byte[] s_newLine = Encoding.UTF8.GetBytes(s_options.NewLine);

        public override object Project(RegistryDecisionRow row)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            using var json = new Utf8JsonWriter(buffer, s_options);
            WriteDecisionStart(json, row);
            json.WriteNull("rank");
            json.Flush();
            int rank = buffer.WrittenCount;
            json.WritePropertyName("decision");
            DecisionJson.Write(json, row.Decision);
            json.WriteEndObject();
            json.Flush();
            ReadOnlySpan<byte> written = buffer.WrittenSpan;
            return new JsonRecord(Indent(written[..(rank - "null".Length)]), Indent(written[rank..]));
        }

        public override void Keep(object record, DecisionSpool spool)
        {
            (byte[] before, byte[] after) = (JsonRecord)record;
            spool.Write(before);
            spool.Write(after);
        }

        public override void Write(TextWriter output, RegistryRanking result, DecisionSpool spool)
        {
            RegistryRanking r = result;
            using var stream = new TextWriterStream(output);
            using (var json = new Utf8JsonWriter(stream, s_options))
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
                json.WriteStartArray("decisions");
                var value = new ArrayBufferWriter<byte>(8192);
                Span<byte> digits = stackalloc byte[16];
                for (long i = 0; i < r.Decisions; i++)
                {
                    // A raw value is written as it is: the line break and indentation before it are its own.
                    value.ResetWrittenCount();
                    value.Write(s_newLine);
                    value.Write(s_indent);
                    value.Write(spool.ReadBytes());
                    if (r.Find(i) is { } entry && entry.Rank.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture))
                    {
                        value.Write(digits[..length]);
                    }
                    else
                    {
                        value.Write("null"u8);
                    }

                    value.Write(spool.ReadBytes());
                    json.WriteRawValue(value.WrittenSpan, skipInputValidation: true);
                    if (json.BytesPending > 1 << 16)
                    {
                        json.Flush();
                    }
                }

                json.WriteEndArray();
                json.WriteStartArray("ranking");
                foreach (RankedDecision e in r.Ranking)
                {
                    json.WriteStartObject();
                    json.WriteNumber("rank", e.Rank);
                    json.WriteString("id", e.Id);
                    json.WriteString("cooperative", e.Name);
                    json.WriteNumber("score", e.Score);
                    WriteMoney(json, "requestedRials", e.Requested);
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

            output.Write('\n');
        }

        /// <summary>The bytes with the decision's indentation in the document after every line break (a JSON string holds none raw).</summary>
        private static byte[] Indent(ReadOnlySpan<byte> json)
        {
            int lines = json.Count((byte)'\n');
            var indented = new byte[json.Length + (lines * s_indent.Length)];
            int at = 0;
            while (true)
            {
                int next = json.IndexOf((byte)'\n');
                if (next < 0)
                {
                    json.CopyTo(indented.AsSpan(at));
                    return indented;
                }

                json[..(next + 1)].CopyTo(indented.AsSpan(at));
                at += next + 1;
                s_indent.CopyTo(indented.AsSpan(at));
                at += s_indent.Length;
                json = json[(next + 1)..];
            }
        }

        private sealed record JsonRecord(byte[] Before, byte[] After);
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

    internal static string TotalLine(RegistryRanking r, bool persian)
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

    private static TableColumn[] DecisionColumns(bool persian, bool byApplication)
    {
        var columns = new List<TableColumn>
        {
            new("id", persian ? "شناسه" : "id"),
            new("cooperative", persian ? "تعاونی" : "cooperative"),
            new("county", persian ? "شهرستان" : "county"),
        };
        if (byApplication)
        {
            columns.Add(new("sector", persian ? "بخش" : "sector"));
            columns.Add(new("amount", persian ? "مبلغ (ریال)" : "amount (IRR)", TableAlignment.Right));
        }

        columns.Add(new("outcome", persian ? "نتیجه" : "outcome"));
        columns.Add(new("score", persian ? "امتیاز" : "score", TableAlignment.Right));
        columns.Add(new("reasons", persian ? "دلایل" : "reasons"));
        return [.. columns];
    }

    private static Table RankingTable(RegistryRanking r, bool persian)
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
            e.Name,
            Number(e.Score, persian),
            e.Requested is { } amount ? Rials(amount, persian) : "-",
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

    /// <summary>A decision's object up to its rank: who, and the application judged.</summary>
    private static void WriteDecisionStart(Utf8JsonWriter json, RegistryDecisionRow row)
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

        // The rank follows, then the library's decision contract (docs/decision-json.md, seeds/decisions/decision.schema.json),
        // messages in both languages.
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
