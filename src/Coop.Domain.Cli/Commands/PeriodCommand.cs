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
        var holidayOptions = new HolidayOptions();
        var lang = CliText.LanguageOption("the lines (fa: Persian labels and dates, Persian digits)");
        var command = new Command(
            "period",
            "Show a Solar Hijri reporting period: its forms, first and last day in both calendars, its length and its working days " +
            "(marked when they rest on projected holidays).")
        {
            spec,
            fiscalStart,
            weekend,
            lang,
        };
        holidayOptions.AddTo(command);
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : Execute(
            context, parsed, holidayOptions, string.Join(' ', parsed.GetValue(spec) ?? []), parsed.GetValue(fiscalStart), parsed.GetValue(weekend) ?? "friday"));
        return command;
    }

    private static int Execute(
        CliContext context, System.CommandLine.ParseResult parsed, HolidayOptions holidayOptions, string spec, string? fiscalStartText, string weekendText)
    {
        if (!WeekendRule.TryParse(weekendText, out WeekendRule weekend))
        {
            context.Output.WriteLine(context.T(
                $"invalid: --weekend '{weekendText}' is not a weekend rule; use friday, thursday-friday, or day names joined by '-'.",
                $"نامعتبر: {CliText.L("--weekend")} {CliText.Q(weekendText)} قاعدهٔ تعطیل آخر هفته نیست؛ {CliText.L("friday")}، {CliText.L("thursday-friday")} یا نام روزها را با «-» بدهید."));
            return CoopCli.BadInput;
        }

        int fiscalStart = 1;
        if (fiscalStartText is not null)
        {
            ParseResult<SolarHijriMonth> month = PeriodText.ParseMonthOfYear(fiscalStartText);
            if (!month.TryGetValue(out SolarHijriMonth m))
            {
                context.Output.WriteLine(context.T($"invalid: --fiscal-start: {month.Error}", $"نامعتبر: {CliText.L("--fiscal-start")}: {CliText.Persian(month.Error!.Value)}"));
                return CoopCli.BadInput;
            }

            fiscalStart = (int)m;
        }

        WorkCalendar? configured = holidayOptions.Build(context, parsed, out string? tableError);
        if (configured is null)
        {
            context.Output.WriteLine(context.T("invalid: ", "نامعتبر: ") + tableError);
            return CoopCli.BadInput;
        }

        ParseResult<ReportingPeriod> result = PeriodText.Parse(spec, fiscalStart);
        if (!result.TryGetValue(out ReportingPeriod period))
        {
            context.Output.WriteLine(context.T($"invalid: {result.Error}", $"نامعتبر: {CliText.Persian(result.Error!.Value)} (ستون {CliText.N(result.Error!.Value.Position + 1)})"));
            return CoopCli.BadInput;
        }

        TextWriter output = context.Output;
        if (context.Persian)
        {
            WorkCalendar persianCalendar = configured.WithWeekend(weekend);
            try
            {
                WritePersian(context, period, persianCalendar);
            }
            catch (HolidayDataUnavailableException e)
            {
                output.WriteLine("نامعتبر: " + HolidayOptions.Unavailable(context, persianCalendar, e));
                return CoopCli.BadInput;
            }

            return CoopCli.Ok;
        }

        output.WriteLine($"period: {period}");
        output.WriteLine($"display: {period.ToDisplayString()}");
        output.WriteLine($"unit: {UnitName(period.Unit)}");
        output.WriteLine($"start: {period.Start}");
        output.WriteLine($"end: {period.End}");
        output.WriteLine($"start-gregorian: {Gregorian(period.Start)}");
        output.WriteLine($"end-gregorian: {Gregorian(period.End)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"days: {period.LengthInDays}"));

        WorkCalendar calendar = configured.WithWeekend(weekend);
        string workingDays;
        try
        {
            workingDays = WorkingDays(period, calendar);
        }
        catch (HolidayDataUnavailableException e)
        {
            // Strict mode (--official-only): the count needs a year without an official table.
            context.Output.WriteLine(context.T("invalid: ", "نامعتبر: ") + HolidayOptions.Unavailable(context, calendar, e));
            return CoopCli.BadInput;
        }

        output.WriteLine($"working-days: {workingDays}");
        return CoopCli.Ok;
    }

    // Projected holidays are counted and the line says so; outside the projected years (and without a table) the
    // count is an upper bound, and says so.
    private static string WorkingDays(ReportingPeriod period, WorkCalendar calendar)
    {
        try
        {
            int count = calendar.CountWorkingDays(period.Start, period.End);
            int projected = calendar.FirstProjectedYearIn(period.Start, period.End);
            return projected == 0
                ? count.ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{count} (rests on projected holidays of {projected}; they may move by a day when its official calendar is published)");
        }
        catch (HolidayDataUnavailableException e) when (calendar.MissingData != MissingHolidayDataBehavior.Throw)
        {
            int atMost = calendar.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly).CountWorkingDays(period.Start, period.End);
            return string.Create(CultureInfo.InvariantCulture, $"at most {atMost} (lunar holidays of {e.Year} are not known)");
        }
    }

    // The same lines in Persian; a strict calendar without the year's table says so as in English.
    private static void WritePersian(CliContext context, ReportingPeriod period, WorkCalendar calendar)
    {
        TextWriter output = context.Output;
        output.WriteLine($"دوره: {CliText.L(period.ToString())}");
        output.WriteLine($"نمایش: {period.ToDisplayString()}");
        output.WriteLine($"واحد: {UnitNameFa(period.Unit)}");
        output.WriteLine($"آغاز: {period.Start.ToString("fa")}");
        output.WriteLine($"پایان: {period.End.ToString("fa")}");
        output.WriteLine($"آغاز میلادی: {Gregorian(period.Start)}");
        output.WriteLine($"پایان میلادی: {Gregorian(period.End)}");
        output.WriteLine($"روزها: {CliText.N(period.LengthInDays)}");
        string workingDays;
        try
        {
            int count = calendar.CountWorkingDays(period.Start, period.End);
            int projected = calendar.FirstProjectedYearIn(period.Start, period.End);
            workingDays = projected == 0
                ? CliText.N(count)
                : $"{CliText.N(count)} (بر تعطیلات پیش‌بینی‌شدهٔ {CliText.N(projected)} استوار است؛ با انتشار تقویم رسمی آن ممکن است یک روز جابه‌جا شوند)";
        }
        catch (HolidayDataUnavailableException e) when (calendar.MissingData != MissingHolidayDataBehavior.Throw)
        {
            int atMost = calendar.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly).CountWorkingDays(period.Start, period.End);
            workingDays = $"حداکثر {CliText.N(atMost)} (تعطیلات قمری {CliText.N(e.Year)} دانسته نیست)";
        }

        output.WriteLine($"روزهای کاری: {workingDays}");
    }

    private static string UnitNameFa(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "روز",
        PeriodUnit.Month => "ماه",
        PeriodUnit.Season => "فصل",
        PeriodUnit.HalfYear => "نیم‌سال",
        PeriodUnit.Year => "سال",
        _ => "بازهٔ دلخواه",
    };

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
