using System.CommandLine;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary><c>coop convert</c>: Solar Hijri ⇄ Gregorian, one output line per input.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("dates")
        {
            Description = "Dates to convert, e.g. 1404/08/25 or 2025-11-16. A year below 1700 is read as Solar Hijri, " +
                "otherwise Gregorian. '-' reads dates from standard input, one per line.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("convert", "Convert dates between the Solar Hijri and Gregorian calendars.")
        {
            inputs,
        };
        command.SetAction(parsed => Execute(context, parsed.GetValue(inputs) ?? []));
        return command;
    }

    private static int Execute(CliContext context, string[] inputs)
    {
        int code = CoopCli.Ok;
        foreach (string raw in CliInput.ExpandStandardInput(context, inputs))
        {
            string line = Convert(raw, out bool ok);
            context.Output.WriteLine(line);
            if (!ok)
            {
                code = CoopCli.BadInput;
            }
        }

        return code;
    }

    private static string Convert(string raw, out bool ok)
    {
        ok = false;
        string text = PersianText.Normalize(raw).Trim();
        string[] parts = text.Split('/', '-');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d))
        {
            return "invalid: expected year/month/day, e.g. 1404/08/25 or 2025-11-16";
        }

        try
        {
            if (y < 1700)
            {
                ok = true;
                return new SolarHijriDate(y, m, d).ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (!DateOnly.TryParseExact($"{y:D4}-{m:D2}-{d:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly g))
            {
                return $"invalid: {text} is not a Gregorian date";
            }

            ok = true;
            return SolarHijriDate.FromDateOnly(g).ToString();
        }
        catch (ArgumentOutOfRangeException e)
        {
            ok = false;
            return "invalid: " + FirstLine(e.Message);
        }
    }

    private static string FirstLine(string message)
    {
        int cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
