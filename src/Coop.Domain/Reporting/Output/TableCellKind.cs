namespace Coop.Domain.Reporting.Output;

/// <summary>What a <see cref="TableCell"/> holds.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<TableCellKind>))]
public enum TableCellKind
{
    /// <summary>Nothing: an empty field in text and CSV, <c>null</c> in JSON.</summary>
    Empty = 0,

    /// <summary>Text.</summary>
    Text = 1,

    /// <summary>A whole number, e.g. a count or an amount of money in rials; a JSON integer.</summary>
    WholeNumber = 2,

    /// <summary>An exact decimal number, written with the digits it has; a JSON number.</summary>
    DecimalNumber = 3,

    /// <summary>A Solar Hijri date, written <c>yyyy/MM/dd</c>; a JSON string.</summary>
    Date = 4,
}
