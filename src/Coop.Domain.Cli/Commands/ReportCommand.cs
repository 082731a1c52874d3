using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop report</c>: a measure per Solar Hijri period and group over a registry file.</summary>
internal static class ReportCommand
{
    // The Persian of PeriodReports' money-sum overflow (from its documented meaning, not its English text).
    private static readonly string MoneySumOverflowFa =
        $"جمع مبلغ‌های درخواستی ({CliText.L("facilityApplications[].amountRequested")}) یک دوره و گروه از بیشینهٔ {CliText.L("Money")} "
        + $"({CliText.N(long.MaxValue.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u066C'))} ریال) بیرون می‌زند؛ هیچ ثبتی از درخواست‌های واقعی به آن نمی‌رسد — مبلغ‌ها را بررسی کنید.";

    public static Command Create(CliContext context)
    {
        var registry = new Option<string>("--registry") { Description = "The registry file (JSON Lines, docs/registry-format.md).", Required = true };
        var by = new Option<string>("--by") { Description = "The period unit: season (default), month, half or year." };
        var fiscalStart = new Option<string>("--fiscal-start") { Description = "The month seasons, halves and years start in: 1–12 or a name (مهر, Mehr); default 1." };
        var group = new Option<string>("--group") { Description = "Group by any of county, sector, kind, joined by commas; default no grouping." };
        var measure = new Option<string>("--measure") { Description = "credits (default; count and rials requested), registrations, status-changes, jobs, active or members (at each period's end)." };
        var from = new Option<string>("--from") { Description = "The first period (e.g. 1403, 1403-Q2, 1403-07, 'پاییز ۱۴۰۳'); default the earliest record's." };
        var to = new Option<string>("--to") { Description = "The last period; default the latest record's." };
        var format = new Option<string>("--format") { Description = "Output: table (default), csv or json." };
        var chart = new Option<string>("--chart") { Description = "Also write the measure per period as an SVG chart to this file (an existing file needs --force; never one of the inputs)." };
        var html = new Option<string>("--html") { Description = "Also write a self-contained HTML page (chart and table, right to left) to this file (an existing file needs --force; never one of the inputs)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the --chart or --html file if it exists (without it an existing file is an error)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second)." };
        var lang = new Option<string>("--lang") { Description = "Language of the table: en (default) or fa (Persian headers, county, sector and kind names, grouped Persian digits). Messages on stderr follow it too.", HelpName = CliText.LanguageValues };
        var command = new Command("report", "Count and sum a measure of the registry by Solar Hijri period and by county, sector or kind; every period of the range is shown, empty ones as 0. Exit 2 on bad input.")
        {
            registry, by, fiscalStart, group, measure, from, to, format, chart, html, force, quiet, lang,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(registry)!, parsed.GetValue(by), parsed.GetValue(fiscalStart), parsed.GetValue(group), parsed.GetValue(measure),
            parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(format), parsed.GetValue(chart), parsed.GetValue(html), parsed.GetValue(force), parsed.GetValue(quiet), parsed.GetValue(lang)));
        return command;
    }

    internal static bool TryFiscalStart(CliContext context, string? text, out int month)
    {
        month = 1;
        if (text is null)
        {
            return true;
        }

        ParseResult<SolarHijriMonth> parsed = PeriodText.ParseMonthOfYear(text);
        if (!parsed.TryGetValue(out SolarHijriMonth m))
        {
            context.Error.WriteLine(context.T($"--fiscal-start: {parsed.Error}", $"{CliText.L("--fiscal-start")}: {CliText.Persian(parsed.Error!.Value)}"));
            return false;
        }

        month = (int)m;
        return true;
    }

    private static int Execute(CliContext context, string path, string? byText, string? fiscalText, string? groupText, string? measureText,
        string? fromText, string? toText, string? formatText, string? chartPath, string? htmlPath, bool force, bool quiet, string? langText = null)
    {
        if (!EvaluationCli.TryLanguage(context, langText, out bool persian))
        {
            return CoopCli.BadInput;
        }

        if (chartPath is not null && !OutputFile.CanWrite(context, "--chart", chartPath, force, path))
        {
            return CoopCli.BadInput;
        }

        if (htmlPath is not null && !OutputFile.CanWrite(context, "--html", htmlPath, force, path, chartPath))
        {
            return CoopCli.BadInput;
        }

        PeriodUnit? unit = (byText ?? "season").ToUpperInvariant() switch
        {
            "MONTH" => PeriodUnit.Month,
            "SEASON" => PeriodUnit.Season,
            "HALF" => PeriodUnit.HalfYear,
            "YEAR" => PeriodUnit.Year,
            _ => null,
        };
        if (unit is null)
        {
            return Bad(context, $"--by '{byText}': use season, month, half or year.", $"{CliText.L("--by")} {CliText.Q(byText ?? string.Empty)}: یکی از {CliText.L("season, month, half, year")} را بدهید.");
        }

        ReportMeasure? measure = (measureText ?? "credits").ToUpperInvariant() switch
        {
            "CREDITS" => ReportMeasure.Credits,
            "REGISTRATIONS" => ReportMeasure.Registrations,
            "STATUS-CHANGES" => ReportMeasure.StatusChanges,
            "JOBS" => ReportMeasure.Jobs,
            "ACTIVE" => ReportMeasure.Active,
            "MEMBERS" => ReportMeasure.Members,
            _ => null,
        };
        if (measure is null)
        {
            return Bad(context, $"--measure '{measureText}': use credits, registrations, status-changes, jobs, active or members.", $"{CliText.L("--measure")} {CliText.Q(measureText ?? string.Empty)}: یکی از {CliText.L("credits, registrations, status-changes, jobs, active, members")} را بدهید.");
        }

        ReportGrouping grouping = ReportGrouping.None;
        foreach (string key in (groupText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (key.ToUpperInvariant())
            {
                case "COUNTY": grouping |= ReportGrouping.County; break;
                case "SECTOR": grouping |= ReportGrouping.Sector; break;
                case "KIND": grouping |= ReportGrouping.Kind; break;
                default: return Bad(context, $"--group '{key}': use county, sector or kind, joined by commas.", $"{CliText.L("--group")} {CliText.Q(key)}: {CliText.L("county")}، {CliText.L("sector")} یا {CliText.L("kind")} را بدهید، جداشده با ویرگول.");
            }
        }

        string format = (formatText ?? "table").ToUpperInvariant();
        if (format is not ("TABLE" or "CSV" or "JSON"))
        {
            return Bad(context, $"--format '{formatText}': use table, csv or json.", $"{CliText.L("--format")} {CliText.Q(formatText ?? string.Empty)}: یکی از {CliText.L("table")}، {CliText.L("csv")} یا {CliText.L("json")} را بدهید.");
        }

        if (!TryFiscalStart(context, fiscalText, out int fiscalStart))
        {
            return CoopCli.BadInput;
        }

        SolarHijriDate? first = null, last = null;
        foreach ((string name, string? text) in new[] { ("--from", fromText), ("--to", toText) })
        {
            if (text is null)
            {
                continue;
            }

            ParseResult<ReportingPeriod> period = PeriodText.Parse(text, fiscalStart);
            if (!period.TryGetValue(out ReportingPeriod p))
            {
                return Bad(context, $"{name} '{text}': {period.Error}", $"{CliText.L(name)} {CliText.Q(text)}: {CliText.Persian(period.Error!.Value)}");
            }

            if (name == "--from")
            {
                first = p.Start;
            }
            else
            {
                last = p.End;
            }
        }

        if (first is { } f && last is { } l && l < f)
        {
            return Bad(context, $"--to '{toText}' ends before --from '{fromText}' starts.", $"{CliText.L("--to")} {CliText.Q(toText!)} پیش از آغاز {CliText.L("--from")} {CliText.Q(fromText!)} پایان می‌یابد.");
        }

        // The registry is streamed into the report's sums (periods × groups); no cooperative is kept.
        var options = new PeriodReportOptions
        {
            Measure = measure.Value, Unit = unit.Value, FiscalStartMonth = fiscalStart, Grouping = grouping, From = first, To = last,
        };
        PeriodReport? report = null;
        try
        {
            if (!RegistryScan.Run(context, path, "report", quiet, cooperatives => report = PeriodReports.Build(cooperatives, options)))
            {
                return CoopCli.BadInput;
            }
        }
        catch (OverflowException e)
        {
            // PeriodReports.Build throws OverflowException for one thing only: a money sum beyond the range of Money.
            return Bad(context, $"--registry {path}: {e.Message}", $"{CliText.L("--registry " + path)}: {MoneySumOverflowFa}");
        }

        Table table = report!.ToTable();
        switch (format)
        {
            case "CSV": context.Output.Write(CsvTableWriter.ToCsv(table)); break;
            case "JSON": context.Output.WriteLine(JsonTableWriter.ToJson(table)); break;
            default:
                context.Output.Write(persian
                    ? TextTableWriter.ToText(PersianTable(report), new TextTableOptions { PersianDigits = true })
                    : TextTableWriter.ToText(table));
                break;
        }

        if (chartPath is not null)
        {
            if (report.Periods.Count == 0 || report.Groups.Count == 0)
            {
                return Bad(context, $"--chart {chartPath}: the report is empty; nothing to chart.", $"{CliText.L("--chart " + chartPath)}: گزارش خالی است؛ نموداری برای کشیدن نیست.");
            }

            if (!OutputFile.WriteText(context, "--chart", chartPath, SvgChartWriter.ToSvg(report.ToChart(), new SvgChartOptions { Kind = ChartKind.Auto })))
            {
                return CoopCli.BadInput;
            }
        }

        if (htmlPath is not null)
        {
            if (report.Periods.Count == 0 || report.Groups.Count == 0)
            {
                return Bad(context, $"--html {htmlPath}: the report is empty; nothing to show.", $"{CliText.L("--html " + htmlPath)}: گزارش خالی است؛ چیزی برای نمایش نیست.");
            }

            string page;
            try
            {
                page = HtmlReportWriter.ToHtml(report.ToHtmlReport());
            }
            catch (OverflowException e)
            {
                // The HTML page's totals (PeriodReportViews) throw OverflowException for a total beyond long.MaxValue.
            return Bad(context, $"--html {htmlPath}: {e.Message}", $"{CliText.L("--html " + htmlPath)}: جمعی از جدول از بزرگ‌ترین عدد پشتیبانی‌شده ({CliText.N(long.MaxValue.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u066C'))}) بیرون می‌زند.");
            }

            if (!OutputFile.WriteText(context, "--html", htmlPath, page))
            {
                return CoopCli.BadInput;
            }
        }

        return CoopCli.Ok;
    }

    /// <summary>The report's text table for a Persian reader: Persian headers, county, sector and kind names, grouped digits.</summary>
    private static Table PersianTable(PeriodReport report)
    {
        ReportGrouping grouping = report.Options.Grouping;
        var columns = new List<TableColumn> { new("label", "دوره") };
        if (grouping.HasFlag(ReportGrouping.County))
        {
            columns.Add(new("county", "شهرستان"));
        }

        if (grouping.HasFlag(ReportGrouping.Sector))
        {
            columns.Add(new("sector", "بخش"));
        }

        if (grouping.HasFlag(ReportGrouping.Kind))
        {
            columns.Add(new("kind", "نوع"));
        }

        columns.Add(new("count", "تعداد", TableAlignment.Right));
        if (report.Options.Measure == ReportMeasure.Credits)
        {
            columns.Add(new("amount_rials", "مبلغ (ریال)", TableAlignment.Right));
        }
        else if (report.Options.Measure == ReportMeasure.Jobs)
        {
            columns.Add(new("jobs", "شغل", TableAlignment.Right));
        }

        var rows = new List<TableCell[]>();
        for (int g = 0; g < report.Groups.Count; g++)
        {
            ReportGroup group = report.Groups[g];
            for (int p = 0; p < report.Periods.Count; p++)
            {
                var row = new List<TableCell> { report.Periods[p].ToDisplayString() };
                if (grouping.HasFlag(ReportGrouping.County))
                {
                    row.Add(group.CountyCode is { } county ? EvaluationCli.CountyLabel(county, true) : "-");
                }

                if (grouping.HasFlag(ReportGrouping.Sector))
                {
                    row.Add(group.Sector is { } sector ? EvaluationCli.SectorLabel(sector, true) : "-");
                }

                if (grouping.HasFlag(ReportGrouping.Kind))
                {
                    row.Add(group.Kind is { } kind ? KindLabel(kind) : "-");
                }

                row.Add(EvaluationCli.Count(report.Count(g, p), true));
                if (report.Options.Measure == ReportMeasure.Credits)
                {
                    row.Add(EvaluationCli.Rials(report.Amount(g, p), true));
                }
                else if (report.Options.Measure == ReportMeasure.Jobs)
                {
                    row.Add(EvaluationCli.Count(report.Quantity(g, p), true));
                }

                rows.Add([.. row]);
            }
        }

        return new Table(columns, rows);
    }

    private static string KindLabel(string kebab) => kebab switch
    {
        "employment-generating" => "اشتغال‌زا",
        "housing" => "مسکن",
        "consumer" => "مصرف",
        "credit" => "اعتبار",
        "agricultural" => "کشاورزی و روستایی",
        "industrial" => "صنعتی",
        "services" => "خدماتی",
        "transport" => "حمل و نقل",
        "mining" => "معدنی",
        "handicraft" => "صنایع دستی و فرش",
        "fishery" => "شیلات",
        "knowledge-based" => "دانش‌بنیان",
        "university" => "دانشگاهی",
        "rural-district-comprehensive" => "فراگیر دهستان",
        "county-development" => "توسعه و عمران شهرستان",
        "student" => "دانش‌آموزی",
        "border-residents" => "مرزنشینان",
        "professional-supply" => "تأمین نیاز تولیدکنندگان و صنوف",
        "justice-shares" => "سهام عدالت",
        _ => kebab,
    };

    internal static int Bad(CliContext context, string message)
    {
        context.Error.WriteLine(message);
        return CoopCli.BadInput;
    }

    /// <summary>Writes <paramref name="en"/> or, under <c>--lang fa</c>, <paramref name="fa"/> to stderr; returns the exit code for bad input.</summary>
    internal static int Bad(CliContext context, string en, string fa) => Bad(context, context.T(en, fa));
}
