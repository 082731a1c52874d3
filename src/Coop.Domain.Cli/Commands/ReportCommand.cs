using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Serialization;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop report</c>: a measure per Solar Hijri period and group over a registry file.</summary>
internal static class ReportCommand
{
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
        var command = new Command("report", "Count and sum a measure of the registry by Solar Hijri period and by county, sector or kind; every period of the range is shown, empty ones as 0. Exit 2 on bad input.")
        {
            registry, by, fiscalStart, group, measure, from, to, format, chart, html, force,
        };
        command.SetAction(parsed => Execute(
            context, parsed.GetValue(registry)!, parsed.GetValue(by), parsed.GetValue(fiscalStart), parsed.GetValue(group), parsed.GetValue(measure),
            parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(format), parsed.GetValue(chart), parsed.GetValue(html), parsed.GetValue(force)));
        return command;
    }

    /// <summary>Loads the registry's cooperatives, or writes why not and returns null. Lines that fail to load are reported on stderr and skipped; a damaged file (<see cref="RegistryLoadResult.IsDamaged"/>) is refused.</summary>
    internal static IReadOnlyList<Cooperative>? Load(CliContext context, string path)
    {
        RegistryLoadResult result;
        try
        {
            using FileStream? stream = EvaluationCli.OpenRegistry(context, path);
            if (stream is null)
            {
                return null;
            }

            result = RegistryReader.Load(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Error.WriteLine($"--registry {path}: cannot read: {e.Message}");
            return null;
        }

        if (result.Header is null)
        {
            context.Error.WriteLine($"--registry {path}: not a registry file: {(result.Errors.Count > 0 ? result.Errors[0].Message : "no header")}");
            return null;
        }

        return EvaluationCli.ReportBadLines(context, path, result.Errors, result.Cooperatives.Count) ? result.Cooperatives : null;
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
            context.Error.WriteLine($"--fiscal-start: {parsed.Error}");
            return false;
        }

        month = (int)m;
        return true;
    }

    private static int Execute(CliContext context, string path, string? byText, string? fiscalText, string? groupText, string? measureText,
        string? fromText, string? toText, string? formatText, string? chartPath, string? htmlPath, bool force)
    {
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
            return Bad(context, $"--by '{byText}': use season, month, half or year.");
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
            return Bad(context, $"--measure '{measureText}': use credits, registrations, status-changes, jobs, active or members.");
        }

        ReportGrouping grouping = ReportGrouping.None;
        foreach (string key in (groupText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (key.ToUpperInvariant())
            {
                case "COUNTY": grouping |= ReportGrouping.County; break;
                case "SECTOR": grouping |= ReportGrouping.Sector; break;
                case "KIND": grouping |= ReportGrouping.Kind; break;
                default: return Bad(context, $"--group '{key}': use county, sector or kind, joined by commas.");
            }
        }

        string format = (formatText ?? "table").ToUpperInvariant();
        if (format is not ("TABLE" or "CSV" or "JSON"))
        {
            return Bad(context, $"--format '{formatText}': use table, csv or json.");
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
                return Bad(context, $"{name} '{text}': {period.Error}");
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
            return Bad(context, $"--to '{toText}' ends before --from '{fromText}' starts.");
        }

        IReadOnlyList<Cooperative>? cooperatives = Load(context, path);
        if (cooperatives is null)
        {
            return CoopCli.BadInput;
        }

        PeriodReport report;
        try
        {
            report = PeriodReports.Build(cooperatives, new PeriodReportOptions
            {
                Measure = measure.Value, Unit = unit.Value, FiscalStartMonth = fiscalStart, Grouping = grouping, From = first, To = last,
            });
        }
        catch (OverflowException e)
        {
            return Bad(context, $"--registry {path}: {e.Message}");
        }
        Table table = report.ToTable();
        switch (format)
        {
            case "CSV": context.Output.Write(CsvTableWriter.ToCsv(table)); break;
            case "JSON": context.Output.WriteLine(JsonTableWriter.ToJson(table)); break;
            default: context.Output.Write(TextTableWriter.ToText(table)); break;
        }

        if (chartPath is not null)
        {
            if (report.Periods.Count == 0 || report.Groups.Count == 0)
            {
                return Bad(context, $"--chart {chartPath}: the report is empty; nothing to chart.");
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
                return Bad(context, $"--html {htmlPath}: the report is empty; nothing to show.");
            }

            string page;
            try
            {
                page = HtmlReportWriter.ToHtml(report.ToHtmlReport());
            }
            catch (OverflowException e)
            {
                return Bad(context, $"--html {htmlPath}: {e.Message}");
            }

            if (!OutputFile.WriteText(context, "--html", htmlPath, page))
            {
                return CoopCli.BadInput;
            }
        }

        return CoopCli.Ok;
    }

    internal static int Bad(CliContext context, string message)
    {
        context.Error.WriteLine(message);
        return CoopCli.BadInput;
    }
}
