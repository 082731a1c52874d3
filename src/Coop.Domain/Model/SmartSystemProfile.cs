using Coop.Domain.Calendar;

namespace Coop.Domain.Model;

/// <summary>
/// Which sections of the smart cooperative system (سامانه جامع و هوشمند بخش تعاونی) the cooperative has
/// filled in (register entries smart-system-iribnews-5562760, smart-system-sections-khabarvahonar), and when it last updated them.
/// </summary>
/// <param name="MembersFilled">Member details entered.</param>
/// <param name="BoardFilled">Board details entered.</param>
/// <param name="InspectorsFilled">Inspector details entered.</param>
/// <param name="LastAssemblyFilled">Documents of the last ordinary (or the statute-aligning extraordinary) assembly entered.</param>
/// <param name="EmployeesFilled">Employee details entered.</param>
/// <param name="StatementYears">For how many fiscal years statements (and audit reports) were entered, at least 0.</param>
/// <param name="LastUpdatedOn">When the profile was last updated (بهنگام‌سازی), or <see langword="null"/> if never.</param>
public sealed record SmartSystemProfile(
    bool MembersFilled,
    bool BoardFilled,
    bool InspectorsFilled,
    bool LastAssemblyFilled,
    bool EmployeesFilled,
    int StatementYears,
    SolarHijriDate? LastUpdatedOn)
{
    /// <summary>A profile with nothing filled in.</summary>
    public static SmartSystemProfile Empty => new(false, false, false, false, false, 0, null);
}
