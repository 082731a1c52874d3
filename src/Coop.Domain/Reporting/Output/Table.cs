namespace Coop.Domain.Reporting.Output;

/// <summary>
/// A table of report output: columns and rows of <see cref="TableCell"/>s, written by
/// <see cref="TextTableWriter"/>, <see cref="CsvTableWriter"/> and <see cref="JsonTableWriter"/>.
/// </summary>
public sealed class Table
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">The columns, at least one, with distinct ids (compared ordinally).</param>
    /// <param name="rows">The rows, each with exactly one cell per column; may be none.</param>
    /// <exception cref="ArgumentNullException">An argument, a column or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no columns, two columns share an id, or a row has the wrong number of cells; the message
    /// names the column or the row (0-based).
    /// </exception>
    public Table(IEnumerable<TableColumn> columns, IEnumerable<IEnumerable<TableCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        TableColumn[] cols = [.. columns];
        if (cols.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cols.Length; i++)
        {
            if (cols[i] is null)
            {
                throw new ArgumentNullException(nameof(columns), $"Column {i} is null.");
            }

            if (!ids.Add(cols[i].Id))
            {
                throw new ArgumentException($"Two columns have the id '{cols[i].Id}'.", nameof(columns));
            }
        }

        var all = new List<TableCell[]>();
        foreach (IEnumerable<TableCell> row in rows)
        {
            if (row is null)
            {
                throw new ArgumentNullException(nameof(rows), $"Row {all.Count} is null.");
            }

            TableCell[] cells = [.. row];
            if (cells.Length != cols.Length)
            {
                throw new ArgumentException(
                    $"Row {all.Count} has {cells.Length} cells but the table has {cols.Length} columns.",
                    nameof(rows));
            }

            all.Add(cells);
        }

        Columns = cols;
        Rows = all;
    }

    /// <summary>The columns (at least one).</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<TableCell>> Rows { get; }
}
