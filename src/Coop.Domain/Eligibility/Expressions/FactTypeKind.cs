namespace Coop.Domain.Eligibility.Expressions;

/// <summary>The kinds of value the expression language knows.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Integer, Decimal and String are the expression language's own type names (docs/expression-language.md).")]
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<FactTypeKind>))]
public enum FactTypeKind
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number (a 64-bit <see cref="long"/>).</summary>
    Integer,

    /// <summary>An exact decimal number (<see cref="decimal"/>; never binary floating point).</summary>
    Decimal,

    /// <summary>An exact amount of money in rials (carried as <see cref="decimal"/>).</summary>
    Money,

    /// <summary>Text, compared ordinally.</summary>
    String,

    /// <summary>A Solar Hijri day (<see cref="Calendar.SolarHijriDate"/>).</summary>
    Date,

    /// <summary>A calendar duration of months and days (<see cref="CalendarDuration"/>).</summary>
    Duration,

    /// <summary>A record with named fields.</summary>
    Record,

    /// <summary>A list of records of one record type.</summary>
    Collection,
}
