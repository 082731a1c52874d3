namespace Coop.Domain.Reporting.Output;

/// <summary>How a column's cells line up in a text table (<see cref="TextTableWriter"/>).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<TableAlignment>))]
public enum TableAlignment
{
    /// <summary>Padded on the right: the usual choice for labels.</summary>
    Left = 0,

    /// <summary>Padded on the left: the usual choice for numbers, so units line up.</summary>
    Right = 1,
}
