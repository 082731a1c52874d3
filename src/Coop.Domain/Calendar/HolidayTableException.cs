using System.Globalization;

namespace Coop.Domain.Calendar;

/// <summary>
/// A holiday table (docs/work-calendar.md, "Holiday table files") could not be read; <see cref="Errors"/> lists
/// every bad line with its line number and column. Nothing of the table is used.
/// </summary>
public sealed class HolidayTableException : FormatException
{
    /// <summary>Creates the exception from the errors found in <paramref name="sourceName"/>.</summary>
    /// <param name="sourceName">The file or stream name, e.g. <c>holidays-1406.tsv</c>.</param>
    /// <param name="errors">The errors; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HolidayTableException(string sourceName, IReadOnlyList<HolidayTableError> errors)
        : base(Describe(sourceName, errors))
    {
        SourceName = sourceName;
        Errors = errors;
    }

    /// <summary>Creates the exception with a message and no line errors.</summary>
    public HolidayTableException()
        : this("The holiday table could not be read.")
    {
    }

    /// <summary>Creates the exception with a message and no line errors.</summary>
    /// <param name="message">The message.</param>
    public HolidayTableException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Errors = [];
    }

    /// <summary>Creates the exception with a message, its cause and no line errors (e.g. the file cannot be opened).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HolidayTableException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Errors = [];
    }

    /// <summary>The file or stream the table came from.</summary>
    public string SourceName { get; }

    /// <summary>Every bad line, in file order.</summary>
    public IReadOnlyList<HolidayTableError> Errors { get; }

    private static string Describe(string sourceName, IReadOnlyList<HolidayTableError> errors)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(errors);
        const int Shown = 20;
        string head = string.Create(CultureInfo.InvariantCulture, $"The holiday table {sourceName} has {errors.Count} error(s):");
        IEnumerable<string> lines = errors.Take(Shown).Select(e => "  " + e);
        if (errors.Count > Shown)
        {
            lines = lines.Append(string.Create(CultureInfo.InvariantCulture, $"  … and {errors.Count - Shown} more."));
        }

        return head + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}

/// <summary>One bad line of a holiday table.</summary>
/// <param name="Line">The line number, 1 for the first line of the file.</param>
/// <param name="Column">The column's header name (e.g. <c>solar_hijri_date</c>), or null when the whole line is wrong.</param>
/// <param name="Message">What is wrong, e.g. <c>'1404/07/31' is not a date: Mehr has 30 days</c>.</param>
public sealed record HolidayTableError(int Line, string? Column, string Message)
{
    /// <summary>What is wrong, as a code; <see cref="HolidayTableErrorCode.Unspecified"/> when only <see cref="Message"/> says it.</summary>
    public HolidayTableErrorCode Code { get; init; }

    /// <summary>The values the message is made of, as invariant-culture text (see each <see cref="HolidayTableErrorCode"/>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>For <see cref="HolidayTableErrorCode.InvalidSolarDate"/>: why the text is not a date; otherwise null.</summary>
    public Text.ParseError? DateError { get; init; }

    /// <summary>What is wrong, in Persian, from <see cref="Code"/> and <see cref="Arguments"/> (Persian digits, Latin text isolated).</summary>
    public string MessageFa => HolidayTableErrorText.Persian(this);

    internal HolidayTableError With(HolidayTableErrorCode code, params string[] arguments) => this with { Code = code, Arguments = arguments };

    /// <summary><c>line 12, column kind: …</c>, or <c>line 12: …</c> without a column.</summary>
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Message}");
}
