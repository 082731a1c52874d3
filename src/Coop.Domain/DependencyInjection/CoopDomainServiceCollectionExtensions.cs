using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Coop.Domain's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class CoopDomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons safe to share between threads: <see cref="IClock"/>, <see cref="WorkCalendar"/>,
    /// <see cref="FactSchema{TRoot}"/> of <see cref="EligibilityFacts"/>, and the <see cref="CoopDomainOptions"/>
    /// themselves. A service already registered (for example an <see cref="IClock"/> the host added first) is left
    /// as it is.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the defaults; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The callback set an option to null (the message names it).</exception>
    /// <remarks>
    /// Extension point: the policy layer (policy provider and evaluator) will register its services here, reading
    /// its settings from <see cref="CoopDomainOptions"/>; see docs/dependency-injection.md.
    /// </remarks>
    public static IServiceCollection AddCoopDomain(this IServiceCollection services, Action<CoopDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new CoopDomainOptions();
        configure?.Invoke(options);
        string? unset = options.Clock is null ? nameof(CoopDomainOptions.Clock)
            : options.WorkCalendar is null ? nameof(CoopDomainOptions.WorkCalendar)
            : options.FactSchema is null ? nameof(CoopDomainOptions.FactSchema)
            : null;
        if (unset is not null)
        {
            throw new ArgumentException($"CoopDomainOptions.{unset} must not be null.", nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(options.Clock!);
        services.TryAddSingleton<WorkCalendar>(options.WorkCalendar!);
        services.TryAddSingleton<FactSchema<EligibilityFacts>>(options.FactSchema!);
        return services;
    }
}
