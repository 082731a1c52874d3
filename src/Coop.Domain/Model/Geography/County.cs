namespace Coop.Domain.Model.Geography;

/// <summary>A county (شهرستان) of an Iranian province; a cooperative is registered in one.</summary>
/// <remarks>
/// Instances come from <see cref="IranGeography"/>; two counties are equal when their codes are.
/// </remarks>
public sealed class County : IEquatable<County>
{
    internal County(string code, Province province, string persianName, string englishName)
    {
        Code = code;
        Province = province;
        PersianName = persianName;
        EnglishName = englishName;
    }

    /// <summary>
    /// The library's stable county code: the province code, a hyphen and an upper-case Latin slug of the
    /// name, e.g. <c>02-JUYBAR</c>. It is assigned once and never reused, even if the county is renamed or
    /// split. It is <b>not</b> the Statistical Centre of Iran's numeric county code.
    /// </summary>
    public string Code { get; }

    /// <summary>The province the county belongs to.</summary>
    public Province Province { get; }

    /// <summary>The Persian name in common usage, e.g. <c>جویبار</c>.</summary>
    public string PersianName { get; }

    /// <summary>The English name in common usage, e.g. <c>Juybar</c>.</summary>
    public string EnglishName { get; }

    /// <inheritdoc />
    public bool Equals(County? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as County);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code and English name, e.g. <c>02-JUYBAR Juybar</c>.</summary>
    public override string ToString() => Code + " " + EnglishName;
}
