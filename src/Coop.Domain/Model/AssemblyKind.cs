namespace Coop.Domain.Model;

/// <summary>The kind of general assembly (G2, G6).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.KebabCaseEnumConverter<AssemblyKind>))]
public enum AssemblyKind
{
    /// <summary>The annual ordinary general assembly (مجمع عمومی عادی), due within 4 months after the fiscal year.</summary>
    Ordinary,

    /// <summary>An ordinary general assembly convened extraordinarily (عادی به‌طور فوق‌العاده), at any time.</summary>
    OrdinaryExtraordinarily,

    /// <summary>The extraordinary general assembly (مجمع عمومی فوق‌العاده): statute changes, dissolution, merger.</summary>
    Extraordinary,
}
