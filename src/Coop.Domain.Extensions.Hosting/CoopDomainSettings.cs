namespace Coop.Domain.Extensions.Hosting;

/// <summary>
/// The configuration section of Coop.Domain (usually <c>"CoopDomain"</c> in appsettings.json), bound by
/// <c>services.AddCoopDomain(configuration.GetSection("CoopDomain"))</c> through the options pattern and checked at start by
/// <see cref="CoopDomainSettingsValidator"/>. Every key is optional; a key the section has but this class does not is an
/// error (a misspelt key is never ignored silently). Relative paths are relative to the process's current directory
/// (the content root in ASP.NET Core's default host).
/// </summary>
public sealed class CoopDomainSettings
{
    /// <summary>Policy files, or folders whose <c>*.json</c> files are policies (key <c>PolicyPaths</c>, an array); none by default.</summary>
    public IList<string> PolicyPaths { get; } = [];

    /// <summary>Whether the policies shipped in the package are served too (key <c>IncludeShippedPolicies</c>); true by default.</summary>
    public bool IncludeShippedPolicies { get; set; } = true;

    /// <summary>
    /// Whether the policy files are watched and read again when they change (key <c>WatchPolicyFiles</c>); false by default.
    /// A changed file that does not compile is rejected and the last good version keeps serving.
    /// </summary>
    public bool WatchPolicyFiles { get; set; }

    /// <summary>How long watched files must be quiet before they are read again (key <c>PolicyReloadDebounce</c>, e.g.
    /// <c>"00:00:00.250"</c>); 250 ms by default, zero or more.</summary>
    public TimeSpan PolicyReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>When set, watched files are compared at this interval instead of being watched with change notifications
    /// (key <c>PolicyPollingInterval</c>, e.g. <c>"00:00:05"</c>); positive. Unset by default.</summary>
    public TimeSpan? PolicyPollingInterval { get; set; }

    /// <summary>
    /// The weekend of the work calendar (key <c>WeekendRule</c>): <c>friday</c> (the default), <c>thursday-friday</c>,
    /// <c>none</c>, or English day names joined by <c>-</c> or <c>+</c> (not all seven).
    /// </summary>
    public string? WeekendRule { get; set; }

    /// <summary>Official holiday table files added to the work calendar (key <c>HolidayFiles</c>, an array; docs/work-calendar.md); none by default.</summary>
    public IList<string> HolidayFiles { get; } = [];

    /// <summary>Strict mode: never use projected holidays (key <c>OfficialHolidaysOnly</c>); false by default.</summary>
    public bool OfficialHolidaysOnly { get; set; }

    /// <summary>The tz id of the time zone whose calendar day is "today" (key <c>TimeZone</c>); <c>Asia/Tehran</c> by default.</summary>
    public string? TimeZone { get; set; }
}
