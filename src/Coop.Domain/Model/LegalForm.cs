namespace Coop.Domain.Model;

/// <summary>A cooperative's legal form.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<LegalForm>))]
public enum LegalForm
{
    /// <summary>Ordinary (متعارف).</summary>
    Ordinary,

    /// <summary>National comprehensive (فراگیر ملی), Art. 1 item 10 of the Art. 44 law.</summary>
    NationalComprehensive,

    /// <summary>Public joint-stock (سهامی عام), Art. 1 item 9 and Art. 12 of the Art. 44 law.</summary>
    PublicJointStock,
}
