namespace Coop.Domain.Reporting.Output;

/// <summary>A column of a <see cref="Table"/>: a machine id, a header for people, and an alignment.</summary>
public sealed class TableColumn
{
    /// <summary>Creates a column.</summary>
    /// <param name="id">The key of the column in JSON rows, e.g. <c>county</c>; not empty, no control characters.</param>
    /// <param name="header">The header shown in text and CSV, e.g. <c>شهرستان</c>; no control characters.</param>
    /// <param name="alignment">How cells line up in a text table; <see cref="TableAlignment.Left"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="header"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or a text holds a control character.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alignment"/> is not a defined value.</exception>
    public TableColumn(string id, string header, TableAlignment alignment = TableAlignment.Left)
    {
        if (OutputText.Check(id, nameof(id), "column id").Length == 0)
        {
            throw new ArgumentException("The column id is empty.", nameof(id));
        }

        if (!Enum.IsDefined(alignment))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, "Unknown alignment.");
        }

        Id = id;
        Header = OutputText.Check(header, nameof(header), $"header of column '{id}'");
        Alignment = alignment;
    }

    /// <summary>The key of the column in JSON rows.</summary>
    public string Id { get; }

    /// <summary>The header shown to people.</summary>
    public string Header { get; }

    /// <summary>How cells line up in a text table.</summary>
    public TableAlignment Alignment { get; }
}
