using System.Text;
using Coop.Domain.Text;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// A text table written in two passes over its rows, for a table too large to hold: <see cref="Measure(IReadOnlyList{TableCell})"/> every row
/// (the widths grow), then <see cref="WriteHeader"/> and <see cref="WriteRow"/> every row again. The text is exactly what
/// <see cref="TextTableWriter"/> writes for the same rows (which uses this class); only the column widths are kept.
/// </summary>
/// <remarks>Not thread-safe. Cells are formatted as <see cref="TextTableWriter"/> formats them (line breaks and tabs in text
/// as spaces, Persian digits for numbers when <see cref="TextTableOptions.PersianDigits"/>).</remarks>
public sealed class TextTableLayout
{
    private const string Gap = "  ";
    private readonly TableColumn[] _columns;
    private readonly string[] _header;
    private readonly int[] _widths;
    private readonly bool _persianDigits;
    private readonly StringBuilder _line = new();

    /// <summary>A layout for <paramref name="columns"/>, each as wide as its header until rows are measured.</summary>
    /// <param name="columns">The columns.</param>
    /// <param name="options">How to write; <see cref="TextTableOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or one of them is null.</exception>
    public TextTableLayout(IReadOnlyList<TableColumn> columns, TextTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = [.. columns];
        _header = new string[_columns.Length];
        _widths = new int[_columns.Length];
        for (int c = 0; c < _columns.Length; c++)
        {
            ArgumentNullException.ThrowIfNull(_columns[c], nameof(columns));
            _header[c] = OneLine(_columns[c].Header);
            _widths[c] = DisplayWidth.Of(_header[c]);
        }

        _persianDigits = (options ?? TextTableOptions.Default).PersianDigits;
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns => _columns;

    /// <summary>The display width (terminal columns) of column <paramref name="column"/> so far: its header's or its widest cell's.</summary>
    /// <param name="column">0-based.</param>
    /// <returns>The width.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a column.</exception>
    public int WidthOf(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _widths.Length);
        return _widths[column];
    }

    /// <summary>Widens the columns to fit one row's cells.</summary>
    /// <param name="row">One cell per column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">The row does not have one cell per column.</exception>
    public void Measure(IReadOnlyList<TableCell> row)
    {
        Check(row);
        for (int c = 0; c < _widths.Length; c++)
        {
            _widths[c] = Math.Max(_widths[c], DisplayWidth.Of(Format(row[c], _persianDigits)));
        }
    }

    /// <summary>Widens one column to fit a cell (for a column whose cells are known only later, e.g. once shortened).</summary>
    /// <param name="column">0-based.</param>
    /// <param name="cell">The cell.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a column.</exception>
    public void Measure(int column, TableCell cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, _widths.Length);
        _widths[column] = Math.Max(_widths[column], DisplayWidth.Of(Format(cell, _persianDigits)));
    }

    /// <summary>Writes the header line and the dashed rule under it, each ending in <c>\n</c>.</summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteLine(writer, _header);
        for (int c = 0; c < _widths.Length; c++)
        {
            if (c > 0)
            {
                _line.Append(Gap);
            }

            _line.Append('-', _widths[c]);
        }

        writer.Write(_line.ToString().TrimEnd());
        writer.Write('\n');
        _line.Clear();
    }

    /// <summary>Writes one row, padded to the measured widths, ending in <c>\n</c> with no trailing spaces.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="row">One cell per column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">The row does not have one cell per column.</exception>
    public void WriteRow(TextWriter writer, IReadOnlyList<TableCell> row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(row);
        var cells = new string[_widths.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            cells[c] = Format(row[c], _persianDigits);
        }

        WriteLine(writer, cells);
    }

    /// <summary>Widens a column to fit a cell already formatted (as <see cref="Format"/> does).</summary>
    internal void Widen(int column, string formatted) => _widths[column] = Math.Max(_widths[column], DisplayWidth.Of(formatted));

    /// <summary>Writes a row already formatted (as <see cref="Format"/> does).</summary>
    internal void WriteLine(TextWriter writer, string[] cells)
    {
        _line.Clear();
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                _line.Append(Gap);
            }

            int padding = Math.Max(0, _widths[c] - DisplayWidth.Of(cells[c]));
            if (_columns[c].Alignment == TableAlignment.Right)
            {
                _line.Append(' ', padding).Append(cells[c]);
            }
            else
            {
                _line.Append(cells[c]).Append(' ', padding);
            }
        }

        writer.Write(_line.ToString().TrimEnd(' '));
        writer.Write('\n');
        _line.Clear();
    }

    internal static string Format(TableCell cell, bool persianDigits)
    {
        string text = cell.Kind == TableCellKind.Text ? OneLine(cell.ToString()) : cell.ToString();
        if (!persianDigits || cell.Kind is TableCellKind.Text or TableCellKind.Empty)
        {
            return text;
        }

        // The form of the package's Persian messages: Persian digits, a negative number with the minus sign U+2212.
        return PersianMessages.N(cell.Kind == TableCellKind.DecimalNumber ? text.Replace('.', '\u066B') : text);
    }

    private void Check(IReadOnlyList<TableCell> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Count != _widths.Length)
        {
            throw new ArgumentException($"The row has {row.Count} cells; the table has {_widths.Length} columns.", nameof(row));
        }
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
