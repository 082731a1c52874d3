using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Coop.Domain's services with their options bound from configuration.</summary>
public static class CoopDomainHostingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="CoopDomainSettings"/> from <paramref name="configuration"/> (usually
    /// <c>configuration.GetSection("CoopDomain")</c>) through the options pattern, validates them when the host starts
    /// (<see cref="CoopDomainSettingsValidator"/>: a missing policy folder, an unknown weekend rule, an unreadable holiday file
    /// or an unknown time zone stops the start with a message naming the key), and registers every service of
    /// <c>AddCoopDomain(Action&lt;CoopDomainOptions&gt;)</c> over the <see cref="CoopDomainOptions"/> made from them.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the settings.</param>
    /// <param name="configure">Sets what configuration cannot say (a clock, a fact schema, policies made in code), after the
    /// bound settings were applied; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>
    /// The settings are read once, when <see cref="CoopDomainOptions"/> is first resolved; a change to the configuration later
    /// changes nothing (watch the policy files with <c>WatchPolicyFiles</c> to follow policy changes). Resolving a service with
    /// invalid settings throws <see cref="OptionsValidationException"/> listing every failure; a key the settings do not have
    /// throws <see cref="InvalidOperationException"/> naming it. A <see cref="CoopDomainOptions"/> registered before this call wins.
    /// </remarks>
    public static IServiceCollection AddCoopDomain(this IServiceCollection services, IConfiguration configuration, Action<CoopDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        string sectionPath = configuration is IConfigurationSection section ? section.Path : string.Empty;
        services.AddOptions<CoopDomainSettings>()
            .Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoopDomainSettings>>(new CoopDomainSettingsValidator(sectionPath)));
        services.TryAddSingleton(sp => CreateOptions(sp.GetRequiredService<IOptions<CoopDomainSettings>>().Value, configure));
        return services.AddCoopDomain();
    }

    /// <summary>The options the settings say (then changed by <paramref name="configure"/>); the settings are valid.</summary>
    internal static CoopDomainOptions CreateOptions(CoopDomainSettings settings, Action<CoopDomainOptions>? configure)
    {
        var options = new CoopDomainOptions
        {
            IncludeShippedPolicies = settings.IncludeShippedPolicies,
            WatchPolicyFiles = settings.WatchPolicyFiles,
            PolicyWatch = new PolicyWatchOptions { Debounce = settings.PolicyReloadDebounce, PollingInterval = settings.PolicyPollingInterval },
            OfficialHolidaysOnly = settings.OfficialHolidaysOnly,
        };
        if (settings.WeekendRule is { } weekend)
        {
            options.WorkCalendar = WorkCalendar.Default.WithWeekend(WeekendRule.TryParse(weekend, out WeekendRule rule) ? rule : throw new InvalidOperationException($"Unknown weekend rule '{weekend}'."));
        }

        if (settings.TimeZone is { } zone)
        {
            options.TimeZone = DateTimeZoneProviders.Tzdb[zone];
        }

        options.AddPolicyFiles([.. settings.PolicyPaths]);
        options.AddHolidayFiles([.. settings.HolidayFiles]);
        configure?.Invoke(options);
        string? unset = options.Clock is null ? nameof(CoopDomainOptions.Clock)
            : options.TimeZone is null ? nameof(CoopDomainOptions.TimeZone)
            : options.WorkCalendar is null ? nameof(CoopDomainOptions.WorkCalendar)
            : options.FactSchema is null ? nameof(CoopDomainOptions.FactSchema)
            : options.PolicyWatch is null ? nameof(CoopDomainOptions.PolicyWatch)
            : null;
        return unset is null ? options : throw new InvalidOperationException($"CoopDomainOptions.{unset} must not be null (set to null by the configure callback of AddCoopDomain).");
    }
}
