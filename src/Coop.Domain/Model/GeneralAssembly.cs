using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>A general assembly (مجمع عمومی) as held.</summary>
/// <param name="Kind">The kind of assembly.</param>
/// <param name="Call">The call it met on.</param>
/// <param name="FiscalYear">
/// For an <see cref="AssemblyKind.Ordinary"/> assembly, the fiscal year whose accounts it approves (named by
/// the Solar Hijri year it starts in, see <see cref="Cooperative.FiscalYearStartMonth"/>); it must be held
/// after that year ends. Absent for the other kinds.
/// </param>
/// <param name="NoticeDate">The day the notice (آگهی دعوت) was published; on or before <paramref name="HeldOn"/>.</param>
/// <param name="HeldOn">The day it met.</param>
/// <param name="MembersPresent">Members present in person, at least 0.</param>
/// <param name="Proxies">Members represented by proxy, at least 0.</param>
/// <param name="Resolutions">The resolutions passed, as short texts (not blank).</param>
/// <param name="Elections">Which elections were held.</param>
public sealed record GeneralAssembly(
    AssemblyKind Kind,
    AssemblyCall Call,
    int? FiscalYear,
    SolarHijriDate NoticeDate,
    SolarHijriDate HeldOn,
    int MembersPresent,
    int Proxies,
    ImmutableArray<string> Resolutions,
    AssemblyElections Elections)
{
    /// <summary>The resolutions passed, as short texts; a <c>default</c> array is stored as empty.</summary>
    public ImmutableArray<string> Resolutions { get; init; } = Resolutions.IsDefault ? [] : Resolutions;

    /// <summary>
    /// The votes on its resolutions (votes present, in favour, the majority required), or <see langword="null"/>
    /// when the minutes' vote counts were not recorded. Optional; left out of the JSON when absent. Checked by the
    /// cooperative: every vote's resolution is not blank, present ≥ 1 and 0 ≤ in favour ≤ present.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ResolutionVote>? Votes
    {
        get;
        init => field = value is null ? null : ImmutableArray.CreateRange(value);
    }

    /// <summary>
    /// The day the inspectors' report (گزارش بازرسان) on the accounts was made available to the members, or
    /// <see langword="null"/> when not recorded; on or before <see cref="HeldOn"/>. Optional; left out of the JSON
    /// when absent.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SolarHijriDate? InspectorsReportOn { get; init; }
}
