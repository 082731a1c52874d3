namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes a <see cref="Table"/> as aligned plain text for a terminal or a log: a header line, a dashed
/// rule, then one line per row, columns two spaces apart, lines ending in <c>\n</c> with no trailing spaces.
/// </summary>
/// <remarks>
/// Column widths are display widths: a Persian letter is one column whatever its joined shape, combining
/// marks (e.g. tashdid) and format characters (ZWNJ, bidi marks) are none, East Asian wide characters are
/// two. The text is written in logical order; whether a terminal shows Persian right to left is up to the
/// terminal. Line breaks and tabs inside cells are written as spaces so rows stay on one line.
/// </remarks>
public static class TextTableWriter
{
    /// <summary>The table as text.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">How to write; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <returns>The lines, each ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToText(Table table, TextTableOptions? options = null)
        => OutputText.Capture(writer => Write(table, writer, options));

    /// <summary>Writes the table as UTF-8 (no byte-order mark) to a stream, leaving the stream open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(Table table, Stream stream, TextTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        OutputText.ToStream(stream, nameof(stream), writer => Write(table, writer, options));
    }

    /// <summary>Writes the table as UTF-8 (no byte-order mark) to a stream with asynchronous I/O only (no synchronous write or
    /// flush, as ASP.NET Core's response body requires), leaving the stream open. The text is composed in memory first.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    public static Task WriteAsync(Table table, Stream stream, TextTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        return OutputText.ToStreamAsync(stream, nameof(stream), writer => Write(table, writer, options), cancellationToken);
    }

    /// <summary>Writes the table to a text writer; the writer is not closed.</summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">How to write; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Table table, TextWriter writer, TextTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= TextTableOptions.Default;

        // Formats each cell once; the widths and lines are the layout's, so a table written in two passes
        // (TextTableLayout) reads the same.
        var layout = new TextTableLayout(table.Columns, options);
        var body = new string[table.Rows.Count][];
        for (int r = 0; r < body.Length; r++)
        {
            body[r] = new string[table.Columns.Count];
            for (int c = 0; c < body[r].Length; c++)
            {
                TableCell cell = table.Rows[r][c];
                body[r][c] = TextTableLayout.Format(cell, options.PersianDigits);
                layout.Widen(c, body[r][c]);
            }
        }

        layout.WriteHeader(writer);
        foreach (string[] row in body)
        {
            layout.WriteLine(writer, row);
        }
    }
}
