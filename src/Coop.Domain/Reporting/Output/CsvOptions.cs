namespace Coop.Domain.Reporting.Output;

/// <summary>How <see cref="CsvTableWriter"/> writes a table.</summary>
public sealed record CsvOptions
{
    /// <summary>The options used when none are given: comma-separated, no byte-order mark.</summary>
    public static CsvOptions Default { get; } = new();

    /// <summary>
    /// Options for Excel in a locale whose list separator is <c>;</c>: semicolon-separated with a UTF-8
    /// byte-order mark so Persian text opens correctly.
    /// </summary>
    public static CsvOptions Excel { get; } = new() { Separator = ';', IncludeByteOrderMark = true };

    /// <summary>
    /// The field separator; <c>,</c> by default (RFC 4180). <c>;</c> and tab are common alternatives. Not a
    /// double quote, CR, LF, a letter or a digit.
    /// </summary>
    public char Separator { get; init; } = ',';

    /// <summary>
    /// Whether the output starts with a UTF-8 byte-order mark (U+FEFF), which Excel needs to read UTF-8;
    /// <see langword="false"/> by default.
    /// </summary>
    public bool IncludeByteOrderMark { get; init; }

    /// <summary>
    /// Whether the first line is Excel's <c>sep=</c> hint naming the separator; <see langword="false"/> by
    /// default. Other programs read that line as data, and Excel ignores the byte-order mark when it is there.
    /// </summary>
    public bool SeparatorHint { get; init; }

    /// <summary>Whether the header line uses column ids instead of headers; <see langword="false"/> by default.</summary>
    public bool HeaderFromIds { get; init; }

    internal void Validate()
    {
        if (Separator is '"' or '\r' or '\n' || char.IsLetterOrDigit(Separator) || char.IsSurrogate(Separator) || Separator == '.')
        {
            throw new ArgumentOutOfRangeException(
                nameof(Separator),
                Separator,
                "The CSV separator cannot be a double quote, CR, LF, '.', a letter, a digit or a surrogate.");
        }
    }
}
