using Coop.Domain.Calendar;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coop.Domain.Extensions.Hosting;

/// <summary>
/// Checks <see cref="CoopDomainSettings"/> when the host starts (and whenever the options are first read): every policy
/// path exists, the weekend rule is one the work calendar knows, every holiday file reads without error, the time zone is
/// a known tz id, and the reload times are in range. Each failure names its configuration key (e.g.
/// <c>CoopDomain:HolidayFiles:0</c>), the value, and what is wrong.
/// </summary>
public sealed class CoopDomainSettingsValidator : IValidateOptions<CoopDomainSettings>
{
    private readonly string _prefix;

    /// <summary>Creates the validator for settings bound from a section.</summary>
    /// <param name="sectionPath">The section's path (e.g. <c>CoopDomain</c>), put in front of every key named; empty for the root.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sectionPath"/> is null.</exception>
    public CoopDomainSettingsValidator(string sectionPath)
    {
        ArgumentNullException.ThrowIfNull(sectionPath);
        _prefix = sectionPath.Length == 0 ? string.Empty : sectionPath + ":";
    }

    /// <summary>Checks the settings of the default (unnamed) options; named options are not this validator's.</summary>
    /// <param name="name">The options name.</param>
    /// <param name="options">The settings.</param>
    /// <returns>Success, skip (a named instance), or every failure found.</returns>
    public ValidateOptionsResult Validate(string? name, CoopDomainSettings options)
    {
        if (!string.IsNullOrEmpty(name))
        {
            return ValidateOptionsResult.Skip;
        }

        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (int i = 0; i < options.PolicyPaths.Count; i++)
        {
            string? path = options.PolicyPaths[i];
            if (string.IsNullOrWhiteSpace(path))
            {
                failures.Add($"{_prefix}PolicyPaths:{i}: the path is empty.");
            }
            else if (!Directory.Exists(path) && !File.Exists(path))
            {
                failures.Add($"{_prefix}PolicyPaths:{i}: '{path}' is neither a policy folder nor a policy file (it does not exist; relative paths are relative to '{Directory.GetCurrentDirectory()}').");
            }
        }

        if (options.WeekendRule is { } weekend && !Calendar.WeekendRule.TryParse(weekend, out _))
        {
            failures.Add($"{_prefix}WeekendRule: '{weekend}' is not a weekend rule; use 'friday', 'thursday-friday', 'none', or English day names joined by '-' or '+' (not all seven).");
        }

        for (int i = 0; i < options.HolidayFiles.Count; i++)
        {
            string? path = options.HolidayFiles[i];
            if (string.IsNullOrWhiteSpace(path))
            {
                failures.Add($"{_prefix}HolidayFiles:{i}: the path is empty.");
                continue;
            }

            try
            {
                _ = HolidayTable.Load(path);
            }
            catch (HolidayTableException e)
            {
                failures.Add($"{_prefix}HolidayFiles:{i}: '{path}' is not a readable holiday table: {e.Message}");
            }
        }

        if (options.TimeZone is { } zone && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            failures.Add($"{_prefix}TimeZone: '{zone}' is not a known tz time zone id (for example 'Asia/Tehran').");
        }

        if (options.PolicyReloadDebounce < TimeSpan.Zero)
        {
            failures.Add($"{_prefix}PolicyReloadDebounce: {options.PolicyReloadDebounce} is negative; use zero or more (e.g. '00:00:00.250').");
        }

        if (options.PolicyPollingInterval is { } poll && poll <= TimeSpan.Zero)
        {
            failures.Add($"{_prefix}PolicyPollingInterval: {poll} is not positive; use e.g. '00:00:05', or leave it unset to watch with change notifications.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
