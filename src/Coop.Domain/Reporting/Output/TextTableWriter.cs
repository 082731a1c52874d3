using System.Text;
using Coop.Domain.Text;

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
    private const string Gap = "  ";

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

        int columns = table.Columns.Count;
        var header = new string[columns];
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            header[c] = OneLine(table.Columns[c].Header);
            widths[c] = DisplayWidth.Of(header[c]);
        }

        var body = new string[table.Rows.Count][];
        for (int r = 0; r < body.Length; r++)
        {
            body[r] = new string[columns];
            for (int c = 0; c < columns; c++)
            {
                string text = Format(table.Rows[r][c], options.PersianDigits);
                body[r][c] = text;
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(text));
            }
        }

        var line = new StringBuilder();
        WriteLine(writer, line, table, widths, header);
        for (int c = 0; c < columns; c++)
        {
            if (c > 0)
            {
                line.Append(Gap);
            }

            line.Append('-', widths[c]);
        }

        writer.Write(line.ToString().TrimEnd());
        writer.Write('\n');
        line.Clear();
        foreach (string[] row in body)
        {
            WriteLine(writer, line, table, widths, row);
        }
    }

    private static void WriteLine(TextWriter writer, StringBuilder line, Table table, int[] widths, string[] cells)
    {
        line.Clear();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append(Gap);
            }

            int padding = widths[c] - DisplayWidth.Of(cells[c]);
            if (table.Columns[c].Alignment == TableAlignment.Right)
            {
                line.Append(' ', padding).Append(cells[c]);
            }
            else
            {
                line.Append(cells[c]).Append(' ', padding);
            }
        }

        writer.Write(line.ToString().TrimEnd(' '));
        writer.Write('\n');
        line.Clear();
    }

    private static string Format(TableCell cell, bool persianDigits)
    {
        string text = cell.Kind == TableCellKind.Text ? OneLine(cell.ToString()) : cell.ToString();
        if (!persianDigits || cell.Kind is TableCellKind.Text or TableCellKind.Empty)
        {
            return text;
        }

        return PersianText.ToPersianDigits(cell.Kind == TableCellKind.DecimalNumber ? text.Replace('.', '\u066B') : text);
    }

    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n', '\t') < 0)
        {
            return text;
        }

        return text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }
}
