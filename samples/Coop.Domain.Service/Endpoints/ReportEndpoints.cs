using Coop.Domain.Calendar;
using Coop.Domain.EntityFrameworkCore.Registry;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Service.Http;

namespace Coop.Domain.Service.Endpoints;

/// <summary><c>GET /reports/{measure}</c>: a measure of the stored registry by Solar Hijri period and group.</summary>
internal static class ReportEndpoints
{
    private const string Json = "application/json";
    private const string Csv = "text/csv";
    private const string Svg = "image/svg+xml";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/reports/{measure}", ReportAsync)
            .WithName("Report")
            .WithSummary("A measure (credits, registrations, status-changes, jobs, active, members) of the registry per period (by: month, season, half-year, year) " +
                "and group (group: county, sector, kind, joined by commas): the JSON table, CSV, or the SVG chart, by Accept.")
            .Produces<string>(contentType: Json)
            .Produces<string>(contentType: Csv)
            .Produces<string>(contentType: Svg)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

    private static async Task<IResult> ReportAsync(
        string measure, string? by, string? group, string? from, string? to, string? fiscalStart, HttpContext http, CooperativeStore store, CancellationToken cancellationToken)
    {
        string? media = Negotiation.MediaType(http.Request, Json, Csv, Svg);
        if (media is null)
        {
            return Problems.NotAcceptable(http.Request.Headers.Accept.ToString(), [Json, Csv, Svg]);
        }

        var errors = new List<FieldError>();
        void Check(FieldError? error)
        {
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        Check(Input.Name("measure", measure, out ReportMeasure reportMeasure));
        PeriodUnit unit = PeriodUnit.Season;
        if (by is not null)
        {
            Check(Input.Name("by", by, out unit));
            if (unit is PeriodUnit.Day or PeriodUnit.Custom)
            {
                Check(new FieldError("by", $"'{by}' is not a reporting unit: use month, season, half-year or year."));
            }
        }

        ReportGrouping grouping = ReportGrouping.None;
        if (group is not null)
        {
            Check(Input.Name("group", group, out grouping));
        }

        Check(Input.FiscalStart("fiscalStart", fiscalStart, out int fiscalMonth));
        SolarHijriDate? first = null, last = null;
        if (from is not null)
        {
            Check(Input.Period("from", from, fiscalMonth, out ReportingPeriod p));
            first = p.Start;
        }

        if (to is not null)
        {
            Check(Input.Period("to", to, fiscalMonth, out ReportingPeriod p));
            last = p.End;
        }

        if (errors.Count == 0 && first is { } f && last is { } l && l < f)
        {
            Check(new FieldError("to", $"'{to}' ends before from '{from}' starts."));
        }

        if (errors.Count > 0)
        {
            return Problems.BadInput(errors);
        }

        // The registry is streamed from the database; only the small report records are kept.
        var records = new List<ReportRecord>();
        await foreach (Cooperative cooperative in store.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.AddRange(ReportRecords.From([cooperative]));
        }

        PeriodReport report = PeriodReports.Build(records, new PeriodReportOptions
        {
            Measure = reportMeasure, Unit = unit, FiscalStartMonth = fiscalMonth, Grouping = grouping, From = first, To = last,
        });
        CancellationToken aborted = http.RequestAborted;
        switch (media)
        {
            case Csv:
                return Results.Stream(stream => CsvTableWriter.WriteAsync(report.ToTable(), stream, cancellationToken: aborted), Csv + "; charset=utf-8");
            case Svg:
                if (report.Periods.Count == 0 || report.Groups.Count == 0)
                {
                    return Problems.BadInput(new FieldError("Accept", "the report is empty (no period or group in range): there is nothing to chart; ask for JSON or CSV."));
                }

                return Results.Stream(stream => SvgChartWriter.WriteAsync(report.ToChart(), stream, cancellationToken: aborted), Svg + "; charset=utf-8");
            default:
                return Results.Stream(stream => JsonTableWriter.WriteAsync(report.ToTable(), stream, cancellationToken: aborted), Json + "; charset=utf-8");
        }
    }
}
