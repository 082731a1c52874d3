namespace Coop.Domain.Model;

/// <summary>The collateral offered for a facility (P9).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<CollateralKind>))]
public enum CollateralKind
{
    /// <summary>None offered.</summary>
    None,

    /// <summary>Real estate (وثیقه ملکی).</summary>
    Property,

    /// <summary>A promissory note (سفته).</summary>
    PromissoryNote,

    /// <summary>A cheque.</summary>
    Cheque,

    /// <summary>A guarantee of the Cooperative Guarantee Fund (صندوق ضمانت تعاون).</summary>
    GuaranteeFund,

    /// <summary>A bank guarantee or other guarantee.</summary>
    OtherGuarantee,
}
