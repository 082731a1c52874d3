using System.CommandLine.Parsing;
using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Cli;

/// <summary>Input conventions shared by the verbs.</summary>
internal static class CliInput
{
    /// <summary>Yields the arguments in order, replacing each <c>-</c> by the lines of standard input.</summary>
    public static IEnumerable<string> ExpandStandardInput(CliContext context, IEnumerable<string> arguments)
    {
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                while (context.Input.ReadLine() is { } line)
                {
                    yield return line;
                }
            }
            else
            {
                yield return argument;
            }
        }
    }

    /// <summary>
    /// Parses a whole-number option's value invariantly (Persian digits are fine); a value that is not a whole number,
    /// or does not fit, is a parse error that says so in words instead of naming a .NET type.
    /// </summary>
    public static int WholeNumber(ArgumentResult result, CliContext context)
    {
        string name = result.Parent is OptionResult option ? option.Option.Name : "the value";
        string nameFa = result.Parent is OptionResult ? CliText.L(name) : "مقدار";
        if (result.Tokens.Count == 0)
        {
            result.AddError(context.T($"{name}: give a whole number.", $"{nameFa}: عددی درست بدهید."));
            return 0;
        }

        string text = result.Tokens[0].Value;
        string normalized = PersianText.Normalize(text).Trim();
        if (long.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
        {
            if (value is >= int.MinValue and <= int.MaxValue)
            {
                return (int)value;
            }

            result.AddError(context.T($"{name} '{text}': the number is out of range.", $"{nameFa} {CliText.Q(text)}: عدد بیرون از بازه است."));
            return 0;
        }

        // Digits after an optional sign that long cannot parse only because they are out of range.
        string digits = normalized.StartsWith('-') || normalized.StartsWith('+') ? normalized[1..] : normalized;
        result.AddError(digits.Length > 0 && digits.All(char.IsAsciiDigit)
            ? context.T($"{name} '{text}': the number is out of range.", $"{nameFa} {CliText.Q(text)}: عدد بیرون از بازه است.")
            : context.T($"{name} '{text}': give a whole number.", $"{nameFa} {CliText.Q(text)}: عددی درست بدهید."));
        return 0;
    }

    /// <summary>
    /// For a Solar Hijri year typed as a number: a clearly Gregorian one (2025) is refused with the period reader's
    /// message naming the Solar Hijri year that begins in it; <paramref name="label"/> starts the message.
    /// </summary>
    public static bool IsGregorianYear(CliContext context, string label, string normalizedYear)
    {
        ParseResult<Calendar.ReportingPeriod> asPeriod = Calendar.PeriodText.Parse(normalizedYear);
        if (int.TryParse(normalizedYear, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && year >= Calendar.CalendarConversion.GregorianFromYear
            && !asPeriod.TryGetValue(out _))
        {
            context.Error.WriteLine(context.T($"{label}: {asPeriod.Error}", $"{label}: {CliText.Persian(asPeriod.Error!.Value)}"));
            return true;
        }

        return false;
    }

    /// <summary><see cref="WholeNumber"/> for an optional option.</summary>
    public static int? OptionalWholeNumber(ArgumentResult result, CliContext context) => WholeNumber(result, context);
}
