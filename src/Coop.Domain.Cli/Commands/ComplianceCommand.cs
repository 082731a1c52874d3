using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Reporting.Output;
using Coop.Domain.Text;
using NodaTime;

namespace Coop.Domain.Cli;

/// <summary><c>coop compliance</c>: one cooperative's obligations for a fiscal year, with status as of a date.</summary>
internal static class ComplianceCommand
{
    public static Command Create(CliContext context)
    {
        var registry = new Option<string>("--registry") { Description = "The registry file (JSON Lines, docs/registry-format.md).", Required = true };
        var cooperative = new Option<string>("--cooperative") { Description = "The cooperative's national ID (11 digits) or registration number.", Required = true };
        var fiscalYear = new Option<string>("--fiscal-year") { Description = "The fiscal year (the SH year it starts in), e.g. 1404.", Required = true };
        var asOf = new Option<string>("--as-of") { Description = "The date statuses are evaluated at (SH, e.g. 1405/05/01); default today in Tehran." };
        var ics = new Option<string>("--ics") { Description = "Also write the obligations as an iCalendar (.ics) file (an existing file needs --force; never one of the inputs)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the --ics file if it exists (without it an existing file is an error)." };
        var roll = new Option<string>("--roll") { Description = "A due date on a weekend or holiday: none (default, as the law says) or forward (next working day; a note says when a due date rests on projected holidays)." };
        var quiet = new Option<bool>("--quiet") { Description = "No progress line on stderr (shown only when stderr is a terminal and the run lasts over a second)." };
        var lang = new Option<string>("--lang") { Description = "Language of the header and table: en (default) or fa (Persian headers, titles, statuses and digits). Messages on stderr follow it too.", HelpName = CliText.LanguageValues };
        var holidayOptions = new HolidayOptions();
        var command = new Command("compliance", "List a cooperative's obligations for a fiscal year (assembly notice and meeting, statements, inspectors' report, trial balances, term ends and election notices) with due dates and status done/due/overdue. Exit 2 on bad input.")
        {
            registry, cooperative, fiscalYear, asOf, ics, roll, force, quiet, lang,
        };
        holidayOptions.AddTo(command);
        command.SetAction(parsed => Execute(
            context, parsed, holidayOptions, parsed.GetValue(registry)!, parsed.GetValue(cooperative)!, parsed.GetValue(fiscalYear)!, parsed.GetValue(asOf), parsed.GetValue(ics), parsed.GetValue(roll), parsed.GetValue(force), parsed.GetValue(quiet), parsed.GetValue(lang)));
        return command;
    }

    private static int Execute(
        CliContext context, System.CommandLine.ParseResult parsed, HolidayOptions holidayOptions, string path, string id, string yearText, string? asOfText, string? icsPath, string? rollText, bool force, bool quiet, string? langText = null)
    {
        if (!EvaluationCli.TryLanguage(context, langText, out bool persian))
        {
            return CoopCli.BadInput;
        }

        if (icsPath is not null && !OutputFile.CanWrite(context, "--ics", icsPath, force, [path, .. parsed.GetValue(holidayOptions.Files) ?? []]))
        {
            return CoopCli.BadInput;
        }

        DeadlineRoll? roll = (rollText ?? "none").ToUpperInvariant() switch
        {
            "NONE" => DeadlineRoll.None,
            "FORWARD" => DeadlineRoll.RollForward,
            _ => null,
        };
        if (roll is null)
        {
            return ReportCommand.Bad(context, $"--roll '{rollText}': use none or forward.", $"{CliText.L("--roll")} {CliText.Q(rollText ?? string.Empty)}: یکی از {CliText.L("none")} یا {CliText.L("forward")} را بدهید.");
        }

        string yearDigits = PersianText.Normalize(yearText).Trim();
        if (yearDigits.Length is < 1 or > 4 || !yearDigits.All(char.IsAsciiDigit) || int.Parse(yearDigits, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 9376)
        {
            return ReportCommand.Bad(context, $"--fiscal-year '{yearText}': give a Solar Hijri year such as 1404.", $"{CliText.L("--fiscal-year")} {CliText.Q(yearText)}: سالی شمسی مانند ۱۴۰۴ بدهید.");
        }

        if (CliInput.IsGregorianYear(context, context.T($"--fiscal-year '{yearText}'", $"{CliText.L("--fiscal-year")} {CliText.Q(yearText)}"), yearDigits))
        {
            return CoopCli.BadInput;
        }

        int year = int.Parse(yearDigits, System.Globalization.CultureInfo.InvariantCulture);
        if (!EvaluationCli.TryDay(context, "--as-of", asOfText, out SolarHijriDate date))
        {
            return CoopCli.BadInput;
        }

        WorkCalendar? workCalendar = holidayOptions.Build(context, parsed, out string? tableError);
        if (workCalendar is null)
        {
            return ReportCommand.Bad(context, tableError!);
        }

        // The registry is streamed; only the cooperative asked about is kept: the first whose national ID matches, else the
        // first whose registration number does (the reader skips a repeated national ID or registration number).
        string key = PersianText.Normalize(id).Trim();
        Cooperative? byNationalId = null, byRegistration = null;
        bool read = RegistryScan.Run(context, path, "compliance", quiet, cooperatives =>
        {
            foreach (Cooperative c in cooperatives)
            {
                if (byNationalId is null && c.NationalId.ToString() == key)
                {
                    byNationalId = c;
                }
                else if (byRegistration is null && byNationalId is null && c.RegistrationNumber.ToString() == key)
                {
                    byRegistration = c;
                }
            }
        });
        if (!read)
        {
            return CoopCli.BadInput;
        }

        Cooperative? coop = byNationalId ?? byRegistration;
        if (coop is null)
        {
            return ReportCommand.Bad(context, $"--cooperative '{id}': no cooperative in {path} has this national ID or registration number.", $"{CliText.L("--cooperative")} {CliText.Q(id)}: در {CliText.L(path)} تعاونی‌ای با این شناسهٔ ملی یا شماره ثبت نیست.");
        }

        ComplianceCalendar calendar;
        try
        {
            calendar = ComplianceCalendar.For(coop, year, date, new ComplianceOptions { Roll = roll.Value, WorkCalendar = workCalendar });
        }
        catch (ArgumentOutOfRangeException e)
        {
            return ReportCommand.Bad(context, $"--fiscal-year {year}: {e.Message}", $"{CliText.L("--fiscal-year")} {CliText.N(year)}: {CliText.L(e.Message)}");
        }
        catch (HolidayDataUnavailableException e)
        {
            return ReportCommand.Bad(context, $"{(context.Persian ? CliText.L("--roll forward") : "--roll forward")}: {HolidayOptions.Unavailable(context, workCalendar, e)}");
        }

        context.Output.WriteLine(persian
            ? $"{coop.Name} ({PersianText.ToPersianDigits(coop.NationalId.ToString())})، سال مالی {PersianText.ToPersianDigits(year.ToString(CultureInfo.InvariantCulture))}، در تاریخ {date.ToString("fa")}:"
            : $"{coop.Name} ({coop.NationalId}), fiscal year {year}, as of {date}:");
        context.Output.Write(persian
            ? TextTableWriter.ToText(calendar.ToTable(Language.Fa), new TextTableOptions { PersianDigits = true })
            : TextTableWriter.ToText(calendar.ToTable()));
        foreach (int projectedYear in calendar.ProjectedYears)
        {
            int count = calendar.Items.Count(i => i.ProjectedYear == projectedYear);
            context.Output.WriteLine(HolidayOptions.ProjectionNote(
                context,
                context.Persian
                    ? $"{CliText.Count(count, "سررسید")} بر تعطیلات پیش‌بینی‌شدهٔ {CliText.N(projectedYear)} استوار است"
                    : string.Create(CultureInfo.InvariantCulture, $"{count} due date(s) rest on projected holidays of {projectedYear}"),
                projectedYear));
        }
        if (icsPath is not null)
        {
            if (!OutputFile.WriteText(context, "--ics", icsPath, IcsWriter.ToIcs(calendar.ToIcsEvents(), SystemClock.Instance, new IcsOptions { CalendarName = coop.Name })))
            {
                return CoopCli.BadInput;
            }
        }

        return CoopCli.Ok;
    }
}
