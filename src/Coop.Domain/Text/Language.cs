namespace Coop.Domain.Text;

/// <summary>The languages the package writes messages in: Persian and English.</summary>
public enum Language
{
    /// <summary>Persian (فارسی).</summary>
    Fa,

    /// <summary>English.</summary>
    En,
}
