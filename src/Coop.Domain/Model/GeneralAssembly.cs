using System.Collections.Immutable;
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
}
