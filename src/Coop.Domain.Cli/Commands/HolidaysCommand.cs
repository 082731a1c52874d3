using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop holidays &lt;year&gt;</c>: the official holidays of a Solar Hijri year, one tab-separated line each.</summary>
internal static class HolidaysCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Argument<string>("year")
        {
            Description = "The Solar Hijri year, e.g. 1404 (Persian digits accepted). Lunar holidays are known for " +
                $"{WorkCalendar.FirstTableYear}–{WorkCalendar.LastTableYear}; other years list the fixed solar holidays with a warning.",
        };
        var weekend = new Option<string>("--weekend")
        {
            Description = "The weekly rest days used for the working-day count: friday (default), thursday-friday, " +
                "or English day names joined by '-', '+' or ',' (e.g. friday+saturday); none for no weekend.",
            DefaultValueFactory = _ => "friday",
        };
        var include30 = new Option<bool>("--include-esfand-30")
        {
            Description = "Count 30 Esfand as a holiday in every leap year. Default: as the official calendar published it " +
                "(in 1395–1405 only 1403/12/30; a holiday in later leap years).",
        };
        var exclude30 = new Option<bool>("--exclude-esfand-30")
        {
            Description = "Never count 30 Esfand as a holiday.",
        };
        var command = new Command(
            "holidays",
            "List the official holidays of a Solar Hijri year: yyyy/MM/dd, yyyy-MM-dd, weekday, kind (solar, lunar, adhoc), " +
            "Persian name and English name, tab-separated, then a count line. Warns on standard error when the year's " +
            "lunar holidays are unknown.")
        {
            year, weekend, include30, exclude30,
        };
        command.SetAction(parsed => Execute(
            context,
            parsed.GetValue(year) ?? string.Empty,
            parsed.GetValue(weekend) ?? "friday",
            parsed.GetValue(include30),
            parsed.GetValue(exclude30)));
        return command;
    }

    private static int Execute(CliContext context, string yearText, string weekendText, bool include30, bool exclude30)
    {
        string normalized = PersianText.Normalize(yearText).Trim();
        if (!int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < SolarHijriCalendar.MinYear
            || year > SolarHijriCalendar.MaxYear)
        {
            context.Error.WriteLine(
                $"error: '{yearText}' is not a Solar Hijri year; expected a whole number from {SolarHijriCalendar.MinYear} to {SolarHijriCalendar.MaxYear}, e.g. 1404.");
            return CoopCli.BadInput;
        }

        if (!WeekendRule.TryParse(weekendText, out WeekendRule rule))
        {
            context.Error.WriteLine(
                $"error: --weekend '{weekendText}' is not a weekend rule; use friday, thursday-friday, or day names joined by '-' (not all seven).");
            return CoopCli.BadInput;
        }

        if (include30 && exclude30)
        {
            context.Error.WriteLine("error: --include-esfand-30 and --exclude-esfand-30 cannot be used together.");
            return CoopCli.BadInput;
        }

        WorkCalendar calendar = WorkCalendar.Default
            .WithWeekend(rule)
            .WithEsfand30(include30 ? Esfand30Rule.Always : exclude30 ? Esfand30Rule.Never : Esfand30Rule.AsPublished)
            .WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly);
        bool complete = calendar.HasLunarData(year);
        if (!complete)
        {
            context.Error.WriteLine(
                $"warning: the lunar and one-off holidays of {year} are not known (the table covers {WorkCalendar.FirstTableYear}–{WorkCalendar.LastTableYear}); " +
                "only the fixed solar holidays are listed.");
        }

        IReadOnlyList<Holiday> holidays = calendar.HolidaysIn(year);
        foreach (Holiday holiday in holidays)
        {
            context.Output.WriteLine(string.Join(
                '\t',
                holiday.Date.ToString(),
                holiday.Date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                holiday.Date.DayOfWeek.ToString(),
                KindText(holiday.Kind),
                holiday.NameFa,
                holiday.NameEn));
        }

        int days = holidays.Select(h => h.Date).Distinct().Count();
        var first = new SolarHijriDate(year, 1, 1);
        var last = new SolarHijriDate(year, 12, SolarHijriCalendar.GetDaysInMonth(year, 12));
        string working = complete
            ? string.Create(CultureInfo.InvariantCulture, $"{calendar.CountWorkingDays(first, last)} working days (weekend: {rule})")
            : "working days unknown (solar holidays only)";
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{holidays.Count} holidays on {days} days in {year}; {working}"));
        return CoopCli.Ok;
    }

    private static string KindText(HolidayKind kind) => kind switch
    {
        HolidayKind.Solar => "solar",
        HolidayKind.Lunar => "lunar",
        HolidayKind.AdHoc => "adhoc",
        _ => "announced",
    };
}
