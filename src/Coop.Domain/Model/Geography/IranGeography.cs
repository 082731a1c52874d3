using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Coop.Domain.Text;

namespace Coop.Domain.Model.Geography;

/// <summary>
/// Reference data: Iran's 31 provinces and the counties the library ships (all of Mazandaran's), with
/// lookup by code and by Persian or English name.
/// </summary>
/// <remarks>
/// <para>
/// Province codes are the two-digit ISO 3166-2:IR numbers (<see cref="Province.Code"/>); county codes are
/// the library's own stable slugs (<see cref="County.Code"/>). Sources and coverage are listed in
/// docs/model.md.
/// </para>
/// <para>
/// Name lookup forgives how people type: Arabic ي/ى/ك match Farsi ی/ک; ZWNJ, spaces, hyphens and
/// apostrophes are ignored (<c>قائم شهر</c>, <c>قائم‌شهر</c> and <c>قائمشهر</c> all match); Latin letters
/// compare case-insensitively; common alternative English spellings are accepted.
/// </para>
/// </remarks>
public static class IranGeography
{
    private static readonly Province[] s_provinces = GeographyData.Provinces
        .Select(p => new Province(p.Code, p.Persian, p.English))
        .ToArray();

    private static readonly FrozenDictionary<string, Province> s_provinceByCode =
        s_provinces.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    private static readonly County[] s_counties = GeographyData.Counties
        .Select(c => new County(c.Code, s_provinceByCode[c.Code[..2]], c.Persian, c.English))
        .ToArray();

    private static readonly FrozenDictionary<string, County> s_countyByCode =
        s_counties.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Province> s_provinceByName = s_provinces
        .SelectMany(p => new[] { (Key: NameKey(p.PersianName), p), (Key: NameKey(p.EnglishName), p) })
        .ToFrozenDictionary(x => x.Key, x => x.p, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, County> s_countyByName = GeographyData.Counties
        .SelectMany(c => c.Aliases.Append(c.Persian).Append(c.English).Select(name => (Key: NameKey(name), County: s_countyByCode[c.Code])))
        .Distinct()
        .ToFrozenDictionary(x => x.Key, x => x.County, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, County[]> s_countiesByProvince = s_provinces
        .ToFrozenDictionary(p => p.Code, p => s_counties.Where(c => c.Province.Code == p.Code).ToArray(), StringComparer.Ordinal);

    /// <summary>The 31 provinces in code order (00 Markazi to 30 Alborz).</summary>
    public static IReadOnlyList<Province> Provinces => s_provinces;

    /// <summary>Every county the library ships, grouped by province.</summary>
    public static IReadOnlyList<County> Counties => s_counties;

    /// <summary>Mazandaran (<c>02</c>).</summary>
    public static Province Mazandaran => s_provinceByCode["02"];

    /// <summary>The province with the given two-digit code, e.g. <c>02</c> or <c>IR-02</c>.</summary>
    /// <param name="code">The code; Persian digits are accepted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No province has that code; the message names it.</exception>
    public static Province GetProvince(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGetProvince(code, out Province? province)
            ? province
            : throw new KeyNotFoundException($"No Iranian province has the code '{code}'; codes run from 00 (Markazi) to 30 (Alborz).");
    }

    /// <summary>Looks up a province by code without throwing.</summary>
    /// <param name="code">The code, e.g. <c>02</c> or <c>IR-02</c>.</param>
    /// <param name="province">The province when found.</param>
    /// <returns>Whether a province has that code.</returns>
    public static bool TryGetProvince(string? code, [NotNullWhen(true)] out Province? province)
    {
        string key = PersianText.Normalize(code).Trim();
        if (key.StartsWith("IR-", StringComparison.OrdinalIgnoreCase))
        {
            key = key[3..];
        }

        return s_provinceByCode.TryGetValue(key, out province);
    }

    /// <summary>The county with the given code, e.g. <c>02-JUYBAR</c>.</summary>
    /// <param name="code">The code; compared case-insensitively.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No shipped county has that code; the message names it.</exception>
    public static County GetCounty(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryGetCounty(code, out County? county)
            ? county
            : throw new KeyNotFoundException($"No county the library ships has the code '{code}' (e.g. 02-JUYBAR).");
    }

    /// <summary>Looks up a county by code without throwing.</summary>
    /// <param name="code">The code, e.g. <c>02-JUYBAR</c>; compared case-insensitively.</param>
    /// <param name="county">The county when found.</param>
    /// <returns>Whether a shipped county has that code.</returns>
    public static bool TryGetCounty(string? code, [NotNullWhen(true)] out County? county)
    {
        county = null;
        return code is not null && s_countyByCode.TryGetValue(PersianText.Normalize(code).Trim().ToUpperInvariant(), out county);
    }

    /// <summary>Finds a province by its Persian or English name.</summary>
    /// <param name="name">The name, e.g. <c>مازندران</c>, <c>مازندران</c> typed with Arabic letters, or <c>mazandaran</c>.</param>
    /// <param name="province">The province when found.</param>
    /// <returns>Whether a province has that name.</returns>
    public static bool TryFindProvinceByName(string? name, [NotNullWhen(true)] out Province? province) =>
        s_provinceByName.TryGetValue(NameKey(name), out province);

    /// <summary>Finds a county by its Persian or English name or a common alternative spelling.</summary>
    /// <param name="name">The name, e.g. <c>جویبار</c>, <c>جويبار</c> or <c>Jouybar</c>.</param>
    /// <param name="county">The county when found.</param>
    /// <returns>Whether a shipped county has that name.</returns>
    public static bool TryFindCountyByName(string? name, [NotNullWhen(true)] out County? county) =>
        s_countyByName.TryGetValue(NameKey(name), out county);

    /// <summary>The shipped counties of <paramref name="province"/>; empty for provinces whose counties are not shipped yet.</summary>
    /// <param name="province">The province.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    public static IReadOnlyList<County> CountiesOf(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return s_countiesByProvince[province.Code];
    }

    /// <summary>The comparison key of a name: normalised letters, no separators, Latin in lower case.</summary>
    internal static string NameKey(string? name)
    {
        string normal = PersianText.Normalize(name);
        var key = new StringBuilder(normal.Length);
        foreach (char c in normal)
        {
            if (c is ' ' or '-' or '\'' or '\u2019' or '\u200C' or '\u200D' or '\u00A0' or '_')
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
