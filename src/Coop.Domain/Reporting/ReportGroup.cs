namespace Coop.Domain.Reporting;

/// <summary>One group of a period report: the values of the grouping keys, <see langword="null"/> for a key not grouped by.</summary>
/// <param name="CountyCode">The county code, or <see langword="null"/>.</param>
/// <param name="Sector">The project-sector name (or <see cref="ReportRecord.NoSector"/>), or <see langword="null"/>.</param>
/// <param name="Kind">The cooperative-kind name, or <see langword="null"/>.</param>
public sealed record ReportGroup(string? CountyCode, string? Sector, string? Kind)
{
    /// <summary>The group's name for a chart legend: the keys joined with " / ", or "همه" (all) when there are none.</summary>
    public string DisplayName
    {
        get
        {
            string[] parts = new[] { CountyCode, Sector, Kind }.Where(p => p is not null).Select(p => p!).ToArray();
            return parts.Length == 0 ? "همه" : string.Join(" / ", parts);
        }
    }
}
