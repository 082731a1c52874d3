using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.DependencyInjection;

public class AddCoopDomainTests
{
    [Fact]
    public void Defaults_are_the_system_clock_the_default_calendar_and_the_standard_schema()
    {
        using ServiceProvider sp = new ServiceCollection().AddCoopDomain().BuildServiceProvider();
        Assert.Same(SystemClock.Instance, sp.GetRequiredService<IClock>());
        Assert.Same(WorkCalendar.Default, sp.GetRequiredService<WorkCalendar>());
        Assert.Same(CoopFactSchema.Instance, sp.GetRequiredService<FactSchema<EligibilityFacts>>());
        Assert.NotNull(sp.GetRequiredService<CoopDomainOptions>());
    }

    [Fact]
    public void Configured_values_are_registered()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 21, 8, 0));
        WorkCalendar calendar = WorkCalendar.Default
            .WithWeekend(WeekendRule.ThursdayFriday)
            .WithClosure(new SolarHijriDate(1404, 9, 10), "تعطیلی به دلیل آلودگی هوا", "Closure (air pollution)");
        using ServiceProvider sp = new ServiceCollection()
            .AddCoopDomain(o =>
            {
                o.Clock = clock;
                o.WorkCalendar = calendar;
            })
            .BuildServiceProvider();
        Assert.Same(clock, sp.GetRequiredService<IClock>());
        WorkCalendar resolved = sp.GetRequiredService<WorkCalendar>();
        Assert.Equal(WeekendRule.ThursdayFriday, resolved.Weekend);
        Assert.False(resolved.IsWorkingDay(new SolarHijriDate(1404, 9, 10)));
        Assert.Same(clock, sp.GetRequiredService<CoopDomainOptions>().Clock);
    }

    [Fact]
    public void Services_are_singletons()
    {
        var services = new ServiceCollection().AddCoopDomain();
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        using ServiceProvider sp = services.BuildServiceProvider();
        using IServiceScope scope = sp.CreateScope();
        Assert.Same(sp.GetRequiredService<IClock>(), scope.ServiceProvider.GetRequiredService<IClock>());
        Assert.Same(sp.GetRequiredService<WorkCalendar>(), scope.ServiceProvider.GetRequiredService<WorkCalendar>());
        Assert.Same(sp.GetRequiredService<CoopDomainOptions>(), scope.ServiceProvider.GetRequiredService<CoopDomainOptions>());
    }

    [Fact]
    public void A_service_the_host_registered_first_is_kept()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0));
        using ServiceProvider sp = new ServiceCollection().AddSingleton<IClock>(clock).AddCoopDomain().BuildServiceProvider();
        Assert.Same(clock, sp.GetRequiredService<IClock>());
    }

    [Fact]
    public void A_null_option_is_refused_naming_it()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddCoopDomain(o => o.WorkCalendar = null!));
        Assert.Contains("WorkCalendar", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCoopDomain());
    }
}
