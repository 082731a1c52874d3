namespace Coop.Domain.Model.Geography;

/// <summary>One of Iran's 31 provinces (استان).</summary>
/// <remarks>
/// Instances come from <see cref="IranGeography"/>; two provinces are equal when their codes are. A
/// province does not point to its counties (so the object graph has no cycles); use
/// <see cref="IranGeography.CountiesOf(Province)"/>.
/// </remarks>
public sealed class Province : IEquatable<Province>
{
    internal Province(string code, string persianName, string englishName)
    {
        Code = code;
        PersianName = persianName;
        EnglishName = englishName;
    }

    /// <summary>
    /// The two-digit province code, <c>00</c> (Markazi) to <c>30</c> (Alborz): the numeric part of the
    /// ISO 3166-2:IR code, which follows the Statistical Centre of Iran's province numbering.
    /// </summary>
    public string Code { get; }

    /// <summary>The ISO 3166-2 subdivision code, e.g. <c>IR-02</c> for Mazandaran.</summary>
    public string IsoCode => "IR-" + Code;

    /// <summary>The Persian name in common usage, with Farsi ی and ک, e.g. <c>مازندران</c>.</summary>
    public string PersianName { get; }

    /// <summary>The English name in common usage, e.g. <c>Mazandaran</c>.</summary>
    public string EnglishName { get; }

    /// <inheritdoc />
    public bool Equals(Province? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Province);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code and English name, e.g. <c>02 Mazandaran</c>.</summary>
    public override string ToString() => Code + " " + EnglishName;
}
