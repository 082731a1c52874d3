
namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes a <see cref="Table"/> as CSV (RFC 4180): a header line, then one line per row, CRLF line ends.
/// A field is quoted when it holds the separator, a double quote, CR or LF, or starts or ends with a space;
/// quotes inside are doubled.
/// </summary>
/// <remarks>
/// Numbers are written culture-invariantly with Latin digits, <c>.</c> as the decimal point and no
/// grouping (1234.5, never <c>1٬234٫5</c> or <c>1234,5</c>), dates as <c>yyyy/MM/dd</c>, empty cells as
/// empty fields. Cells are written as they are: a spreadsheet may treat text starting with <c>=</c>,
/// <c>+</c>, <c>-</c> or <c>@</c> as a formula, so do not open CSV built from untrusted text in one.
/// </remarks>
public static class CsvTableWriter
{
    /// <summary>The table as CSV text (starting with U+FEFF when the options ask for a byte-order mark).</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">How to write; <see cref="CsvOptions.Default"/> when null.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static string ToCsv(Table table, CsvOptions? options = null)
        => OutputText.Capture(writer => Write(table, writer, options));

    /// <summary>Writes the table as UTF-8 to a stream (with a byte-order mark if asked), leaving the stream open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="CsvOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static void Write(Table table, Stream stream, CsvOptions? options = null)
        => OutputText.ToStream(stream, nameof(stream), writer => Write(table, writer, options));

    /// <summary>Writes the table as UTF-8 (with a byte-order mark if asked) to a stream with asynchronous I/O only (no
    /// synchronous write or flush, as ASP.NET Core's response body requires), leaving the stream open. The text is composed in
    /// memory first (the table already is), then written in 64 KiB chunks.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="CsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static Task WriteAsync(Table table, Stream stream, CsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return OutputText.ToStreamAsync(stream, nameof(stream), writer => Write(table, writer, options), cancellationToken);
    }

    /// <summary>
    /// Writes the table to a text writer; the writer is not closed. A byte-order mark, if asked for, is
    /// written as the character U+FEFF, which a UTF-8 writer encodes as EF BB BF.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to write; <see cref="CsvOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static void Write(Table table, TextWriter writer, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= CsvOptions.Default;
        options.Validate();
        WriteHeader(table.Columns, writer, options);
        foreach (IReadOnlyList<TableCell> row in table.Rows)
        {
            WriteRowCore(row, writer, options.Separator);
        }
    }

    /// <summary>
    /// Writes what comes before the rows: the byte-order mark and separator hint if asked for, then the header line. With
    /// <see cref="WriteRow"/> for each row, the same text as <see cref="Write(Table, TextWriter, CsvOptions?)"/>, for rows
    /// that are never all in memory.
    /// </summary>
    /// <param name="columns">The columns.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to write; <see cref="CsvOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/>, one of them, or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static void WriteHeader(IReadOnlyList<TableColumn> columns, TextWriter writer, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= CsvOptions.Default;
        options.Validate();
        char separator = options.Separator;

        if (options.IncludeByteOrderMark)
        {
            writer.Write('\uFEFF');
        }

        if (options.SeparatorHint)
        {
            writer.Write("sep=");
            writer.Write(separator);
            writer.Write("\r\n");
        }

        for (int c = 0; c < columns.Count; c++)
        {
            if (c > 0)
            {
                writer.Write(separator);
            }

            TableColumn column = columns[c] ?? throw new ArgumentNullException(nameof(columns), $"Column {c} is null.");
            Field(writer, options.HeaderFromIds ? column.Id : column.Header, separator);
        }

        writer.Write("\r\n");
    }

    /// <summary>Writes one row as a CSV line ending in CRLF (see <see cref="WriteHeader"/>).</summary>
    /// <param name="row">The cells.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to write (only the separator matters here); <see cref="CsvOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The separator is not allowed.</exception>
    public static void WriteRow(IReadOnlyList<TableCell> row, TextWriter writer, CsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= CsvOptions.Default;
        options.Validate();
        WriteRowCore(row, writer, options.Separator);
    }

    private static void WriteRowCore(IReadOnlyList<TableCell> row, TextWriter writer, char separator)
    {
        for (int c = 0; c < row.Count; c++)
        {
            if (c > 0)
            {
                writer.Write(separator);
            }

            Field(writer, row[c].ToString(), separator);
        }

        writer.Write("\r\n");
    }

    private static void Field(TextWriter writer, string text, char separator)
    {
        bool quote = text.Length > 0 && (text[0] == ' ' || text[^1] == ' ');
        foreach (char c in text)
        {
            if (c == separator || c is '"' or '\r' or '\n')
            {
                quote = true;
                break;
            }
        }

        if (!quote)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
