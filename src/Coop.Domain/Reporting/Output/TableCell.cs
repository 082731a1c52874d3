using System.Globalization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// One cell of a <see cref="Table"/>: empty, text, a whole number, an exact decimal, or a Solar Hijri
/// date. Numbers stay numbers so that CSV and JSON write them exactly and culture-invariantly.
/// </summary>
public readonly struct TableCell : IEquatable<TableCell>
{
    private readonly string? _text;
    private readonly decimal _number;
    private readonly SolarHijriDate _date;

    private TableCell(TableCellKind kind, string? text, decimal number, SolarHijriDate date)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _date = date;
    }

    /// <summary>The empty cell (also <c>default(TableCell)</c>).</summary>
    public static TableCell Empty => default;

    /// <summary>What the cell holds.</summary>
    public TableCellKind Kind { get; }

    /// <summary>The text when <see cref="Kind"/> is <see cref="TableCellKind.Text"/>; otherwise null.</summary>
    public string? TextValue => Kind == TableCellKind.Text ? _text : null;

    /// <summary>The number when <see cref="Kind"/> is <see cref="TableCellKind.WholeNumber"/>; otherwise null.</summary>
    public long? IntegerValue => Kind == TableCellKind.WholeNumber ? (long)_number : null;

    /// <summary>The number when <see cref="Kind"/> is <see cref="TableCellKind.DecimalNumber"/>; otherwise null.</summary>
    public decimal? DecimalValue => Kind == TableCellKind.DecimalNumber ? _number : null;

    /// <summary>The date when <see cref="Kind"/> is <see cref="TableCellKind.Date"/>; otherwise null.</summary>
    public SolarHijriDate? DateValue => Kind == TableCellKind.Date ? _date : null;

    /// <summary>A text cell; null gives <see cref="Empty"/>.</summary>
    /// <param name="text">The text; any characters (writers that cannot carry line breaks replace them).</param>
    public static TableCell FromString(string? text) =>
        text is null ? Empty : new TableCell(TableCellKind.Text, text, 0m, default);

    /// <summary>A whole-number cell.</summary>
    /// <param name="value">The number, e.g. an amount in rials.</param>
    public static TableCell FromInt64(long value) => new(TableCellKind.WholeNumber, null, value, default);

    /// <summary>An exact decimal cell; the number is written with the decimal places it carries (2.50 stays 2.50).</summary>
    /// <param name="value">The number.</param>
    public static TableCell FromDecimal(decimal value) => new(TableCellKind.DecimalNumber, null, value, default);

    /// <summary>A date cell.</summary>
    /// <param name="value">The date.</param>
    public static TableCell FromSolarHijriDate(SolarHijriDate value) => new(TableCellKind.Date, null, 0m, value);

    /// <summary>A text cell; see <see cref="FromString"/>.</summary>
    /// <param name="text">The text; null gives an empty cell.</param>
    public static implicit operator TableCell(string? text) => FromString(text);

    /// <summary>A whole-number cell; see <see cref="FromInt64"/>.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator TableCell(long value) => FromInt64(value);

    /// <summary>A decimal cell; see <see cref="FromDecimal"/>.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator TableCell(decimal value) => FromDecimal(value);

    /// <summary>A date cell; see <see cref="FromSolarHijriDate"/>.</summary>
    /// <param name="value">The date.</param>
    public static implicit operator TableCell(SolarHijriDate value) => FromSolarHijriDate(value);

    /// <summary>
    /// The invariant text form: the text itself, numbers with Latin digits and <c>.</c> (no grouping),
    /// dates as <c>yyyy/MM/dd</c>, empty for <see cref="Empty"/>. The same whatever the current culture.
    /// </summary>
    public override string ToString() => Kind switch
    {
        TableCellKind.Text => _text!,
        TableCellKind.WholeNumber => ((long)_number).ToString(CultureInfo.InvariantCulture),
        TableCellKind.DecimalNumber => _number.ToString(CultureInfo.InvariantCulture),
        TableCellKind.Date => _date.ToString(),
        _ => string.Empty,
    };

    /// <inheritdoc />
    /// <remarks>Decimal cells are equal when their values are equal, whatever the scale (2.5 = 2.50).</remarks>
    public bool Equals(TableCell other) =>
        Kind == other.Kind && _number == other._number && _date == other._date && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TableCell other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _date, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>Whether two cells hold the same kind and value.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    public static bool operator ==(TableCell left, TableCell right) => left.Equals(right);

    /// <summary>Whether two cells differ in kind or value.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    public static bool operator !=(TableCell left, TableCell right) => !left.Equals(right);
}
