using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes a <see cref="Table"/> as JSON without reflection:
/// <c>{"columns":[{"id":…,"header":…},…],"rows":[{"&lt;id&gt;":value,…},…]}</c>.
/// </summary>
/// <remarks>
/// Each row is an object keyed by column id, in column order. Whole numbers (counts, money in rials) are
/// JSON integers; decimals are JSON numbers written exactly with the places they carry; dates are strings
/// <c>yyyy/MM/dd</c>; text is a string; empty cells are <c>null</c>. Persian letters are written as they
/// are, the half-space ZWNJ included, not as <c>\uXXXX</c>; characters that are unsafe in HTML
/// (<c>&lt; &gt; &amp; ' "</c>) are escaped. The output is UTF-8 without a byte-order mark
/// and is the same whatever the current culture.
/// </remarks>
public static class JsonTableWriter
{
    private static readonly JavaScriptEncoder s_encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The table as JSON text.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">How to write; <see cref="JsonTableOptions.Default"/> when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToJson(Table table, JsonTableOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(table, stream, options);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the table as UTF-8 JSON to a stream, leaving the stream open.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="JsonTableOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(Table table, Stream stream, JsonTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= JsonTableOptions.Default;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = s_encoder,
            NewLine = "\n",
        });
        Write(table, writer);
    }

    /// <summary>Writes the table as UTF-8 JSON to a stream with asynchronous I/O only (no synchronous write or flush, as
    /// ASP.NET Core's response body requires), leaving the stream open. The JSON is composed in memory first.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="options">How to write; <see cref="JsonTableOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="stream"/> is null.</exception>
    public static async Task WriteAsync(Table table, Stream stream, JsonTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        Write(table, buffer, options);
        await OutputText.CopyAsync(buffer, stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the table as one JSON value (an object) to a <see cref="Utf8JsonWriter"/>, e.g. as a property
    /// of a larger document; the writer is flushed, not disposed.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="writer">The destination, positioned where a value may be written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(Table table, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);

        writer.WriteStartObject();
        writer.WriteStartArray("columns");
        foreach (TableColumn column in table.Columns)
        {
            writer.WriteStartObject();
            writer.WriteString("id", column.Id);
            writer.WriteString("header", column.Header);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (IReadOnlyList<TableCell> row in table.Rows)
        {
            writer.WriteStartObject();
            for (int c = 0; c < row.Count; c++)
            {
                writer.WritePropertyName(table.Columns[c].Id);
                WriteCell(writer, row[c]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteCell(Utf8JsonWriter writer, TableCell cell)
    {
        switch (cell.Kind)
        {
            case TableCellKind.WholeNumber:
                writer.WriteNumberValue(cell.IntegerValue!.Value);
                break;
            case TableCellKind.DecimalNumber:
                writer.WriteNumberValue(cell.DecimalValue!.Value);
                break;
            case TableCellKind.Text:
            case TableCellKind.Date:
                writer.WriteStringValue(cell.ToString());
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
