namespace Coop.Domain.Model;

/// <summary>Whether a member (or an inspector) is a natural or a legal person (Art. 8 as amended in 1393).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<PersonKind>))]
public enum PersonKind
{
    /// <summary>A natural person, identified by a national code (کد ملی).</summary>
    Natural,

    /// <summary>A non-governmental legal person, identified by a legal-entity national ID (شناسه ملی).</summary>
    Legal,
}
