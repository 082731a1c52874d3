using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Cli;

/// <summary>
/// The options every verb that uses working days shares: <c>--holidays FILE</c> (an official holiday table, e.g. a
/// year published after this release; repeatable) and <c>--official-only</c> (strict mode: refuse projected holidays).
/// </summary>
internal sealed class HolidayOptions
{
    public Option<string[]> Files { get; } = new("--holidays")
    {
        Description = "An official holiday table (tab-separated, docs/work-calendar.md) whose years replace the shipped or " +
            "projected holidays, e.g. the official calendar of a year published after this release. May be given more than once; later files win.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> OfficialOnly { get; } = new("--official-only")
    {
        Description = "Strict mode: do not use projected holidays. An answer that needs the holidays of a year without an " +
            "official table (shipped or given with --holidays) exits with code 2 and says which year.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Files);
        command.Options.Add(OfficialOnly);
    }

    /// <summary>
    /// The default calendar with the tables of <c>--holidays</c> and the behaviour of <c>--official-only</c>; null with
    /// <paramref name="error"/> set when a table cannot be read (every bad line is listed).
    /// </summary>
    public WorkCalendar? Build(CliContext context, ParseResult parsed, out string? error)
    {
        error = null;
        WorkCalendar calendar = WorkCalendar.Default;
        foreach (string path in parsed.GetValue(Files) ?? [])
        {
            try
            {
                calendar = calendar.WithHolidayTable(HolidayTable.Load(path));
            }
            catch (HolidayTableException e)
            {
                error = !context.Persian ? "--holidays: " + e.Message
                    : e.Errors.Count == 0 && e.InnerException is { } inner ? CliText.CannotRead(CliText.L("--holidays " + path), inner, path)
                    : e.Errors.Count == 0 ? $"{CliText.L("--holidays")}: {CliText.L(e.Message)}"
                    : $"{CliText.L("--holidays")}: جدول تعطیلات {CliText.L(e.SourceName)} {CliText.Count(e.Errors.Count, "خطا")} دارد:" + string.Concat(e.Errors.Take(20).Select(line =>
                        Environment.NewLine + "  سطر " + CliText.N(line.Line) + (line.Column is null ? string.Empty : "، ستون " + CliText.L(line.Column)) + ": " + line.MessageFa))
                      + (e.Errors.Count > 20 ? Environment.NewLine + "  و " + CliText.Count(e.Errors.Count - 20, "خطای دیگر") : string.Empty);
                return null;
            }
        }

        return parsed.GetValue(OfficialOnly) ? calendar.WithMissingData(MissingHolidayDataBehavior.Throw) : calendar;
    }

    /// <summary>The exit-2 message for an answer the calendar cannot give (strict mode, or a year outside the projected range).</summary>
    public static string Unavailable(CliContext context, WorkCalendar calendar, HolidayDataUnavailableException e) =>
        context.Persian
            ? calendar.MissingData == MissingHolidayDataBehavior.Throw
                ? $"تعطیلات رسمی {CliText.N(e.Year)} دانسته نیست (جدول‌های رسمی: جدول همراه {CliText.N(WorkCalendar.FirstTableYear)} تا {CliText.N(WorkCalendar.LastTableYear)} و هر جدولی که با {CliText.L("--holidays")} داده شود) و {CliText.L("--official-only")} تعطیلات پیش‌بینی‌شده را نمی‌پذیرد؛ جدول رسمی {CliText.N(e.Year)} را با {CliText.L("--holidays FILE")} بدهید، یا {CliText.L("--official-only")} را بردارید تا تعطیلات پیش‌بینی‌شده به کار رود."
                : $"تعطیلات قمری {CliText.N(e.Year)} دانسته نیست: جدول رسمی {CliText.N(e.Year)} داده نشده است ({CliText.L("--holidays FILE")}) و پیش‌بینی‌ها {CliText.N(WorkCalendar.FirstProjectedYear)} تا {CliText.N(WorkCalendar.LastProjectedYear)} را در بر می‌گیرند."
            : calendar.MissingData == MissingHolidayDataBehavior.Throw
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"the official holidays of {e.Year} are not known (official tables: the shipped {WorkCalendar.FirstTableYear}–{WorkCalendar.LastTableYear} and any given with --holidays) and --official-only refuses projected holidays; give the official table of {e.Year} with --holidays FILE, or drop --official-only to use projected holidays.")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"the lunar holidays of {e.Year} are not known: no official table for {e.Year} was given (--holidays FILE) and projections cover {WorkCalendar.FirstProjectedYear}–{WorkCalendar.LastProjectedYear}.");

    /// <summary>A <c>note:</c> line: <paramref name="what"/> (e.g. <c>3 due dates rest on projected holidays of 1406</c>) and why they may move.</summary>
    public static string ProjectionNote(CliContext context, string what, int year) => context.Persian
        ? $"یادداشت: {what}: تقویم رسمی {CliText.N(year)} برای coop دانسته نیست، پس تعطیلات قمری آن از رؤیت هلال حساب شده است و با انتشار تقویم رسمی ممکن است یک روز جابه‌جا شود (آن را با {CliText.L("--holidays FILE")} بدهید؛ {CliText.L("--official-only")} پیش‌بینی را نمی‌پذیرد)."
        : string.Create(
        CultureInfo.InvariantCulture,
        $"note: {what}: no official calendar of {year} is known to coop, so its lunar holidays are computed from the crescent and may move by a day when it is published (give it with --holidays FILE; --official-only refuses projections).");
}
