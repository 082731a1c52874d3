using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Providers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Coop.Domain's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CoopDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons safe to share between threads: <see cref="IClock"/> (see <see cref="CoopDomainOptions.Clock"/>:
    /// it follows a .NET <see cref="TimeProvider"/> set in the options or registered in the container), <see cref="WorkCalendar"/>,
    /// <see cref="FactSchema{TRoot}"/> of <see cref="EligibilityFacts"/>, <see cref="IPolicyProvider"/> (the policy
    /// sources of the options; see <see cref="CoopDomainOptions.CreatePolicyProvider"/>), <see cref="IEligibilityEvaluator"/>
    /// (an <see cref="EligibilityEvaluator"/> over the registered provider and clock), <see cref="IPolicyChangeNotifier"/>
    /// (the provider's events when its files are watched, see <see cref="CoopDomainOptions.WatchPolicyFiles"/>) and the
    /// <see cref="CoopDomainOptions"/> themselves (a <see cref="CoopDomainOptions"/> registered before this call is the one
    /// every service reads). A service already registered (for example an <see cref="IClock"/> or
    /// an <see cref="IPolicyProvider"/> the host added first) is left as it is.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the defaults; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The callback set an option to null (the message names it).</exception>
    /// <remarks>
    /// Holiday table files (<see cref="CoopDomainOptions.AddHolidayFiles"/>) are read when <see cref="WorkCalendar"/> is first
    /// resolved (a bad file then throws <see cref="HolidayTableException"/> naming each bad line).
    /// Policy files and resources are read when <see cref="IPolicyProvider"/> is first resolved (a bad file then throws
    /// <see cref="Coop.Domain.Eligibility.Policies.PolicyLoadException"/> listing every error); each policy is compiled
    /// against the registered fact schema on first use. See docs/dependency-injection.md.
    /// </remarks>
    public static IServiceCollection AddCoopDomain(this IServiceCollection services, Action<CoopDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new CoopDomainOptions();
        configure?.Invoke(options);
        string? unset = options.Clock is null ? nameof(CoopDomainOptions.Clock)
            : options.TimeZone is null ? nameof(CoopDomainOptions.TimeZone)
            : options.WorkCalendar is null ? nameof(CoopDomainOptions.WorkCalendar)
            : options.FactSchema is null ? nameof(CoopDomainOptions.FactSchema)
            : options.PolicyWatch is null ? nameof(CoopDomainOptions.PolicyWatch)
            : null;
        if (unset is not null)
        {
            throw new ArgumentException($"CoopDomainOptions.{unset} must not be null.", nameof(configure));
        }

        // Every service below reads the options from the container, so a CoopDomainOptions registered before this call
        // (e.g. by AddCoopDomain(IConfiguration) of Coop.Domain.Extensions.Hosting, bound from configuration) is the one used.
        services.TryAddSingleton(options.Snapshot());
        services.TryAddSingleton<IClock>(sp => sp.GetRequiredService<CoopDomainOptions>().ResolveClock(sp.GetService<TimeProvider>()));

        // Holiday table files are read when the calendar is first resolved, as policy files are (without tables or
        // strict mode CreateWorkCalendar returns the configured calendar itself).
        services.TryAddSingleton<WorkCalendar>(sp => sp.GetRequiredService<CoopDomainOptions>().CreateWorkCalendar());
        services.TryAddSingleton<FactSchema<EligibilityFacts>>(sp => sp.GetRequiredService<CoopDomainOptions>().FactSchema);
        services.TryAddSingleton<IPolicyProvider>(sp => sp.GetRequiredService<CoopDomainOptions>().CreatePolicyProvider(sp.GetRequiredService<FactSchema<EligibilityFacts>>()));
        // Policy changes (watched files) are announced by the provider when it can change; otherwise by nothing.
        services.TryAddSingleton<IPolicyChangeNotifier>(sp => sp.GetRequiredService<IPolicyProvider>() as IPolicyChangeNotifier ?? NoPolicyChanges.Instance);
        services.TryAddSingleton<IEligibilityEvaluator>(sp => new EligibilityEvaluator(
            sp.GetRequiredService<IPolicyProvider>(), sp.GetRequiredService<IClock>(), sp.GetRequiredService<CoopDomainOptions>().TimeZone));
        return services;
    }
}

/// <summary>The change notifier of a provider whose policies never change: its events are never raised.</summary>
file sealed class NoPolicyChanges : IPolicyChangeNotifier
{
    public static readonly NoPolicyChanges Instance = new();

    public event EventHandler<PolicyReloadedEventArgs>? PolicyReloaded { add { } remove { } }

    public event EventHandler<PolicyReloadFailedEventArgs>? PolicyReloadFailed { add { } remove { } }
}
