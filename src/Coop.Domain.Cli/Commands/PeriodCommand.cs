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
        var weekend = new Option<string>("--weekend")
        {
            Description = "The weekly rest days for the working-day count: friday (default), thursday-friday, or day names joined by '-'.",
        };
        var command = new Command("period", "Show a Solar Hijri reporting period: its forms, first and last day in both calendars, its length and its working days.")
        {
            spec,
            fiscalStart,
            weekend,
        };
        command.SetAction(parsed => Execute(
            context, string.Join(' ', parsed.GetValue(spec) ?? []), parsed.GetValue(fiscalStart), parsed.GetValue(weekend) ?? "friday"));
        return command;
    }

    private static int Execute(CliContext context, string spec, string? fiscalStartText, string weekendText)
    {
        if (!WeekendRule.TryParse(weekendText, out WeekendRule weekend))
        {
            context.Output.WriteLine($"invalid: --weekend '{weekendText}' is not a weekend rule; use friday, thursday-friday, or day names joined by '-'.");
            return CoopCli.BadInput;
        }

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

        output.WriteLine($"working-days: {WorkingDays(period, WorkCalendar.Default.WithWeekend(weekend))}");
        return CoopCli.Ok;
    }

    // Where a year's lunar holidays are not published the count is an upper bound, and says so.
    private static string WorkingDays(ReportingPeriod period, WorkCalendar calendar)
    {
        try
        {
            return calendar.CountWorkingDays(period.Start, period.End).ToString(CultureInfo.InvariantCulture);
        }
        catch (HolidayDataUnavailableException e)
        {
            int atMost = calendar.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly).CountWorkingDays(period.Start, period.End);
            return string.Create(CultureInfo.InvariantCulture, $"at most {atMost} (lunar holidays of {e.Year} are not published)");
        }
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
