namespace Coop.Domain.Model;

/// <summary>
/// The one set of names of <see cref="ProjectSector"/> for people, used by the library's charts and HTML report and by
/// the <c>coop</c> tool's tables, so that a sector reads the same everywhere.
/// </summary>
/// <remarks>
/// <see cref="ProjectSector.Other"/> is «سایر بخش‌ها» ("other sectors"), not a bare «سایر»: a chart folds its smallest
/// series into a bucket named «سایر», and a sector must not read like that bucket.
/// </remarks>
public static class ProjectSectorNames
{
    /// <summary>The sector's Persian name, e.g. «دانش‌بنیان» for <see cref="ProjectSector.KnowledgeBased"/>.</summary>
    /// <param name="sector">The sector; a value outside the enum is named as <see cref="ProjectSector.Other"/>.</param>
    /// <returns>The Persian name.</returns>
    public static string Persian(ProjectSector sector) => sector switch
    {
        ProjectSector.Industry => "صنعت",
        ProjectSector.Tourism => "گردشگری",
        ProjectSector.Agriculture => "کشاورزی",
        ProjectSector.KnowledgeBased => "دانش‌بنیان",
        ProjectSector.WasteManagement => "مدیریت پسماند",
        ProjectSector.Services => "خدمات",
        ProjectSector.Trade => "بازرگانی",
        ProjectSector.Construction => "ساختمان",
        ProjectSector.Mining => "معدن",
        ProjectSector.Handicraft => "صنایع دستی",
        ProjectSector.Transport => "حمل و نقل",
        _ => "سایر بخش‌ها",
    };

    /// <summary>The sector's key as it is written in JSON and on the command line, e.g. <c>knowledge-based</c>.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns>The kebab-case key.</returns>
    public static string Key(ProjectSector sector)
    {
        string pascal = sector.ToString();
        var text = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (char c in pascal)
        {
            if (char.IsAsciiLetterUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>Reads a sector's kebab-case key (<c>knowledge-based</c>) or its enum name (<c>KnowledgeBased</c>).</summary>
    /// <param name="text">The key or name; case is ignored.</param>
    /// <param name="sector">The sector, when one is named.</param>
    /// <returns>Whether <paramref name="text"/> names a sector.</returns>
    public static bool TryParse(string? text, out ProjectSector sector)
    {
        sector = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string name = text.Replace("-", string.Empty, StringComparison.Ordinal);
        return !name.Any(char.IsAsciiDigit) && Enum.TryParse(name, ignoreCase: true, out sector) && Enum.IsDefined(sector);
    }
}
