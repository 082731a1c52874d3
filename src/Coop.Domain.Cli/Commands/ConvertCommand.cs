using System.CommandLine;
using Coop.Domain.Calendar;

namespace Coop.Domain.Cli;

/// <summary><c>coop convert</c>: Solar Hijri ⇄ Gregorian, one output line per input.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("dates")
        {
            Description = "Dates to convert, e.g. 1404/08/25, '25 آبان 1404' or 2025-11-16. A year below 1700 is read as " +
                "Solar Hijri, otherwise Gregorian. '-' reads dates from standard input, one per line (a blank line " +
                "prints 'invalid: the input is empty', so output lines stay aligned with input lines).",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string>("--from")
        {
            Description = "Read every input in this calendar instead of deciding by the year: sh (Solar Hijri) or gregorian.",
        };
        from.AcceptOnlyFromAmong("sh", "gregorian");
        var lang = CliText.LanguageOption("the lines (fa: Solar Hijri dates in Persian digits, 'نامعتبر: <reason>' in Persian)");
        var command = new Command(
            "convert",
            "Convert dates between the Solar Hijri and Gregorian calendars. Prints one line per input, in order: " +
            "the Gregorian yyyy-MM-dd of a Solar Hijri input, the Solar Hijri yyyy/MM/dd of a Gregorian input, or " +
            "'invalid: <reason>'. Exit code 0 when all converted, 2 when any was invalid.")
        {
            inputs,
            from,
            lang,
        };
        command.SetAction(parsed => !EvaluationCli.TryLanguage(context, parsed.GetValue(lang), out _) ? CoopCli.BadInput : Execute(
            context,
            parsed.GetValue(inputs) ?? [],
            parsed.GetValue(from) switch
            {
                "sh" => DateInputCalendar.SolarHijri,
                "gregorian" => DateInputCalendar.Gregorian,
                _ => DateInputCalendar.Detect,
            }));
        return command;
    }

    private static int Execute(CliContext context, string[] inputs, DateInputCalendar from)
    {
        int code = CoopCli.Ok;
        foreach (string input in CliInput.ExpandStandardInput(context, inputs))
        {
            CalendarConversionResult result = CalendarConversion.Convert(input, from);
            context.Output.WriteLine(!context.Persian ? result.ToString()
                : result.IsSuccess ? (result.InputCalendar == DateInputCalendar.Gregorian ? result.SolarHijri.ToString("fa") : result.ToConvertedString())
                : "نامعتبر: " + CliText.Persian(result.Error!.Value));
            if (!result.IsSuccess)
            {
                code = CoopCli.BadInput;
            }
        }

        return code;
    }
}
