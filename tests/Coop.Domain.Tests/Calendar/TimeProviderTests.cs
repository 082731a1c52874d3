using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Reporting;
using Coop.Domain.Tests.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Coop.Domain.Tests.Calendar;

/// <summary>"Today" follows .NET's TimeProvider wherever it matters, in Iran's time zone.</summary>
public class TimeProviderTests
{
    // 2025-03-20 20:29 UTC is 23:59 in Tehran (UTC+3:30) on 1403/12/30; a minute later it is 1404/01/01.
    private static readonly DateTimeOffset s_lastMinuteOf1403 = new(2025, 3, 20, 20, 29, 0, TimeSpan.Zero);

    [Fact]
    public void Today_is_the_date_in_Tehran_not_in_UTC()
    {
        var time = new FakeTimeProvider(s_lastMinuteOf1403);
        Assert.Equal(new SolarHijriDate(1403, 12, 30), SolarHijriDate.Today(time));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.Today(time));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.Today(new TimeProviderClock(time)));
    }

    [Fact]
    public void A_DateTimeOffset_is_read_at_its_instant_in_Tehran()
    {
        // 00:10 on 21 March in Tehran is still 20 March in UTC.
        var tehran = new DateTimeOffset(2025, 3, 21, 0, 10, 0, TimeSpan.FromHours(3.5));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.FromDateTimeOffset(tehran));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.FromDateTimeOffset(tehran.ToUniversalTime()));
        Assert.Equal(SolarHijriDate.FromInstant(Instant.FromDateTimeOffset(tehran)), SolarHijriDate.FromDateTimeOffset(tehran));
        Assert.Equal(
            new SolarHijriDate(1403, 12, 30),
            SolarHijriDate.FromInstant(Instant.FromDateTimeOffset(tehran), DateTimeZoneProviders.Tzdb["Europe/London"]));
    }

    [Fact]
    public void The_evaluator_and_compliance_read_today_from_the_time_provider()
    {
        var time = new FakeTimeProvider(s_lastMinuteOf1403);
        var evaluator = new EligibilityEvaluator(EmbeddedPolicyProvider.Shipped, time);
        Assert.Equal(new SolarHijriDate(1403, 12, 30), evaluator.Today);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), evaluator.Today);

        Cooperative coop = Samples.Juybar().Build();
        ComplianceCalendar calendar = ComplianceCalendar.For(coop, 1403, time);
        Assert.Equal(new SolarHijriDate(1404, 1, 1), calendar.AsOf);
        Assert.Throws<ArgumentNullException>(() => new EligibilityEvaluator(EmbeddedPolicyProvider.Shipped, (TimeProvider)null!));
    }

    [Fact]
    public void Dependency_injection_follows_a_TimeProvider_in_the_options_or_in_the_container()
    {
        var time = new FakeTimeProvider(s_lastMinuteOf1403);
        using (ServiceProvider fromOptions = new ServiceCollection().AddCoopDomain(o => o.TimeProvider = time).BuildServiceProvider())
        {
            Assert.Equal(new SolarHijriDate(1403, 12, 30), ((EligibilityEvaluator)fromOptions.GetRequiredService<IEligibilityEvaluator>()).Today);
        }

        using ServiceProvider fromContainer = new ServiceCollection().AddSingleton<TimeProvider>(time).AddCoopDomain().BuildServiceProvider();
        var evaluator = (EligibilityEvaluator)fromContainer.GetRequiredService<IEligibilityEvaluator>();
        Assert.Equal(new SolarHijriDate(1403, 12, 30), evaluator.Today);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new SolarHijriDate(1404, 1, 1), evaluator.Today);
        Assert.Equal(new SolarHijriDate(1404, 1, 1), SolarHijriDate.Today(fromContainer.GetRequiredService<IClock>()));
    }

    [Fact]
    public void A_configured_time_zone_decides_which_day_today_is()
    {
        var time = new FakeTimeProvider(s_lastMinuteOf1403.AddMinutes(1));
        using ServiceProvider sp = new ServiceCollection()
            .AddCoopDomain(o => (o.TimeProvider, o.TimeZone) = (time, DateTimeZoneProviders.Tzdb["UTC"]))
            .BuildServiceProvider();
        Assert.Equal(new SolarHijriDate(1403, 12, 30), ((EligibilityEvaluator)sp.GetRequiredService<IEligibilityEvaluator>()).Today);
    }
}
