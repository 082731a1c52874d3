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
            Description = "The Solar Hijri year, e.g. 1404 (Persian digits accepted). Lunar holidays are official for " +
                $"{WorkCalendar.FirstTableYear}–{WorkCalendar.LastTableYear} (and the years of --holidays tables), projected for " +
                $"{WorkCalendar.FirstProjectedYear}–{WorkCalendar.LastProjectedYear}; other years list the fixed solar holidays with a warning.",
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
                "(in 1395–1405: 1399/12/30 and 1403/12/30, not 1395/12/30); in other leap years from 1359 a projected holiday by the 1359 law.",
        };
        var exclude30 = new Option<bool>("--exclude-esfand-30")
        {
            Description = "Never count 30 Esfand as a holiday.",
        };
        var holidayOptions = new HolidayOptions();
        var lang = CliText.LanguageOption("the lines (fa: Persian dates, weekdays, kinds, standings and count line, with Persian digits)");
        var command = new Command(
            "holidays",
            "List the holidays of a Solar Hijri year: yyyy/MM/dd, yyyy-MM-dd, weekday, kind (solar, lunar, adhoc), " +
            "Persian name, English name and standing (official or projected), tab-separated, then a count line. A note on " +
            "standard error says when lunar holidays are projected; a warning when they are unknown.")
        {
            year, weekend, include30, exclude30, lang,
        };
        holidayOptions.AddTo(command);
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : Execute(
            context,
            parsed,
            holidayOptions,
            parsed.GetValue(year) ?? string.Empty,
            parsed.GetValue(weekend) ?? "friday",
            parsed.GetValue(include30),
            parsed.GetValue(exclude30)));
        return command;
    }

    private static int Execute(CliContext context, System.CommandLine.ParseResult parsed, HolidayOptions holidayOptions, string yearText, string weekendText, bool include30, bool exclude30)
    {
        string normalized = PersianText.Normalize(yearText).Trim();
        if (!int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || year < SolarHijriCalendar.MinYear
            || year > SolarHijriCalendar.MaxYear)
        {
            context.Error.WriteLine(context.T(
                $"error: '{yearText}' is not a Solar Hijri year; expected a whole number from {SolarHijriCalendar.MinYear} to {SolarHijriCalendar.MaxYear}, e.g. 1404.",
                $"خطا: {CliText.Q(yearText)} سال شمسی نیست؛ عددی درست از {CliText.N(SolarHijriCalendar.MinYear)} تا {CliText.N(SolarHijriCalendar.MaxYear)} بدهید، مانند ۱۴۰۴."));
            return CoopCli.BadInput;
        }

        if (CliInput.IsGregorianYear(context, context.T($"error: '{yearText}'", $"خطا: {CliText.Q(yearText)}"), normalized))
        {
            return CoopCli.BadInput;
        }

        if (!WeekendRule.TryParse(weekendText, out WeekendRule rule))
        {
            context.Error.WriteLine(context.T(
                $"error: --weekend '{weekendText}' is not a weekend rule; use friday, thursday-friday, or day names joined by '-' (not all seven).",
                $"خطا: {CliText.L("--weekend")} {CliText.Q(weekendText)} قاعدهٔ تعطیل آخر هفته نیست؛ {CliText.L("friday")}، {CliText.L("thursday-friday")} یا نام روزها را با «-» بدهید (نه هر هفت روز را)."));
            return CoopCli.BadInput;
        }

        if (include30 && exclude30)
        {
            context.Error.WriteLine(context.T(
                "error: --include-esfand-30 and --exclude-esfand-30 cannot be used together.",
                $"خطا: {CliText.L("--include-esfand-30")} و {CliText.L("--exclude-esfand-30")} را با هم نمی‌توان داد."));
            return CoopCli.BadInput;
        }

        WorkCalendar? configured = holidayOptions.Build(context, parsed, out string? tableError);
        if (configured is null)
        {
            context.Error.WriteLine(context.T("error: ", "خطا: ") + tableError);
            return CoopCli.BadInput;
        }

        WorkCalendar calendar = configured
            .WithWeekend(rule)
            .WithEsfand30(include30 ? Esfand30Rule.Always : exclude30 ? Esfand30Rule.Never : Esfand30Rule.AsPublished);
        if (!calendar.HasLunarData(year))
        {
            if (calendar.MissingData == MissingHolidayDataBehavior.Throw)
            {
                context.Error.WriteLine(context.T("error: ", "خطا: ") + HolidayOptions.Unavailable(context, calendar, new HolidayDataUnavailableException(year)));
                return CoopCli.BadInput;
            }

            context.Error.WriteLine(context.T(
                $"warning: the lunar and one-off holidays of {year} are not known (no official table for {year}; projections cover " +
                $"{WorkCalendar.FirstProjectedYear}–{WorkCalendar.LastProjectedYear}); only the fixed solar holidays are listed.",
                $"هشدار: تعطیلات قمری و مناسبتی {CliText.N(year)} دانسته نیست (جدول رسمی {CliText.N(year)} نیست و پیش‌بینی‌ها " +
                $"{CliText.N(WorkCalendar.FirstProjectedYear)} تا {CliText.N(WorkCalendar.LastProjectedYear)} را در بر می‌گیرند)؛ فقط تعطیلات ثابت خورشیدی فهرست شده است."));
            calendar = calendar.WithMissingData(MissingHolidayDataBehavior.SolarHolidaysOnly);
        }

        bool complete = calendar.HasLunarData(year);
        IReadOnlyList<Holiday> holidays = calendar.HolidaysIn(year);
        foreach (Holiday holiday in holidays)
        {
            if (context.Persian)
            {
                context.Output.WriteLine(string.Join(
                    '\t',
                    holiday.Date.ToString("fa"),
                    holiday.Date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    SolarHijriDayNames.Persian(holiday.Date.DayOfWeek),
                    KindTextFa(holiday.Kind),
                    holiday.NameFa,
                    holiday.NameEn,
                    holiday.Standing == HolidayStanding.Projected ? "پیش‌بینی‌شده" : "رسمی"));
                continue;
            }

            context.Output.WriteLine(string.Join(
                '\t',
                holiday.Date.ToString(),
                holiday.Date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                holiday.Date.DayOfWeek.ToString(),
                KindText(holiday.Kind),
                holiday.NameFa,
                holiday.NameEn,
                holiday.Standing == HolidayStanding.Projected ? "projected" : "official"));
        }

        int days = holidays.Select(h => h.Date).Distinct().Count();
        int projected = holidays.Count(h => h.Standing == HolidayStanding.Projected);
        var first = new SolarHijriDate(year, 1, 1);
        var last = new SolarHijriDate(year, 12, SolarHijriCalendar.GetDaysInMonth(year, 12));
        string working = complete
            ? string.Create(CultureInfo.InvariantCulture, $"{calendar.CountWorkingDays(first, last)} working days (weekend: {rule})")
            : "working days unknown (solar holidays only)";
        string projectedText = projected > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({projected} projected)") : string.Empty;
        context.Output.WriteLine(context.Persian
            ? $"{CliText.Count(holidays.Count, "تعطیلی")} در {CliText.Count(days, "روز")} از سال {CliText.N(year)}" +
              (projected > 0 ? $" ({CliText.N(projected)} پیش‌بینی‌شده)" : string.Empty) + "؛ " +
              (complete ? $"{CliText.Count(calendar.CountWorkingDays(first, last), "روز کاری")} (آخر هفته: {CliText.L(rule.ToString())})" : "روزهای کاری نامعلوم (فقط تعطیلات خورشیدی)")
            : string.Create(CultureInfo.InvariantCulture, $"{holidays.Count} holidays on {days} days in {year}{projectedText}; {working}"));
        if (projected > 0)
        {
            context.Error.WriteLine(HolidayOptions.ProjectionNote(
                context,
                context.Persian
                    ? $"{CliText.N(projected)} تعطیلی از این‌ها پیش‌بینی‌شده است"
                    : string.Create(CultureInfo.InvariantCulture, $"{projected} of these holidays are projected"),
                year));
        }

        return CoopCli.Ok;
    }

    private static string KindTextFa(HolidayKind kind) => kind switch
    {
        HolidayKind.Solar => "خورشیدی",
        HolidayKind.Lunar => "قمری",
        HolidayKind.AdHoc => "مناسبتی",
        _ => "اعلام‌شده",
    };

    private static string KindText(HolidayKind kind) => kind switch
    {
        HolidayKind.Solar => "solar",
        HolidayKind.Lunar => "lunar",
        HolidayKind.AdHoc => "adhoc",
        _ => "announced",
    };
}
