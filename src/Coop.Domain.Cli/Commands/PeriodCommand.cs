using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop period</c>: a reporting period's canonical and display forms, its dates in both calendars and its length.</summary>
internal static class PeriodCommand
{
    public static Command Create(CliContext context)
    {
        var spec = new Argument<string[]>("spec")
        {
            Description = "The period: 1404, 1404-H1, 1404-Q3, 1404-08, 1404/08/25, 1404/08/25..1404/09/10, " +
                "or display forms such as 'پاییز ۱۴۰۴', 'آبان 1404', 'Aban 1404' (several words may be given unquoted).",
            Arity = ArgumentArity.OneOrMore,
        };
        var fiscalStart = new Option<string>("--fiscal-start")
        {
            Description = "The month fiscal years start in, as a number 1–12 or a name (مهر, Mehr); default 1 (Farvardin). " +
                "Applies to years, halves and numbered seasons.",
        };
        var command = new Command("period", "Show a Solar Hijri reporting period: its forms, first and last day in both calendars, and its length.")
        {
            spec,
            fiscalStart,
        };
        command.SetAction(parsed => Execute(context, string.Join(' ', parsed.GetValue(spec) ?? []), parsed.GetValue(fiscalStart)));
        return command;
    }

    private static int Execute(CliContext context, string spec, string? fiscalStartText)
    {
        int fiscalStart = 1;
        if (fiscalStartText is not null)
        {
            ParseResult<SolarHijriMonth> month = PeriodText.ParseMonthOfYear(fiscalStartText);
            if (!month.TryGetValue(out SolarHijriMonth m))
            {
                context.Output.WriteLine($"invalid: --fiscal-start: {month.Error}");
                return CoopCli.BadInput;
            }

            fiscalStart = (int)m;
        }

        ParseResult<ReportingPeriod> result = PeriodText.Parse(spec, fiscalStart);
        if (!result.TryGetValue(out ReportingPeriod period))
        {
            context.Output.WriteLine($"invalid: {result.Error}");
            return CoopCli.BadInput;
        }

        TextWriter output = context.Output;
        output.WriteLine($"period: {period}");
        output.WriteLine($"display: {period.ToDisplayString()}");
        output.WriteLine($"unit: {UnitName(period.Unit)}");
        output.WriteLine($"start: {period.Start}");
        output.WriteLine($"end: {period.End}");
        output.WriteLine($"start-gregorian: {Gregorian(period.Start)}");
        output.WriteLine($"end-gregorian: {Gregorian(period.End)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"days: {period.LengthInDays}"));

        // A "working-days: N" line goes here once the work calendar is merged.
        return CoopCli.Ok;
    }

    private static string Gregorian(SolarHijriDate date) => date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Month => "month",
        PeriodUnit.Season => "season",
        PeriodUnit.HalfYear => "half-year",
        PeriodUnit.Year => "year",
        _ => "custom",
    };
}
