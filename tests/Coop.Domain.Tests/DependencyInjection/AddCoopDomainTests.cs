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

    [Fact]
    public void Holiday_files_are_applied_to_the_registered_calendar_when_it_is_resolved()
    {
        string path = Path.Combine(Path.GetTempPath(), $"official-1406-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, HolidayTable.Header + "\n1406/03/25\t2027-06-15\tlunar\tعاشورای حسینی\tAshura\tofficial\tofficial calendar 1406\n");
        try
        {
            using ServiceProvider sp = new ServiceCollection()
                .AddCoopDomain(o => o.AddHolidayFiles(path).OfficialHolidaysOnly = true)
                .BuildServiceProvider();
            WorkCalendar calendar = sp.GetRequiredService<WorkCalendar>();
            Assert.Same(calendar, sp.GetRequiredService<WorkCalendar>());
            Assert.True(calendar.HasOfficialData(1406));
            Assert.Equal(MissingHolidayDataBehavior.Throw, calendar.MissingData);
            Assert.True(calendar.IsHoliday(new SolarHijriDate(1406, 3, 25)));
            Assert.Equal(1407, Assert.Throws<HolidayDataUnavailableException>(() => calendar.HolidaysIn(1407)).Year);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_holiday_table_added_in_code_overrides_the_projection_and_a_bad_file_fails_on_resolve()
    {
        HolidayTable table = HolidayTable.Parse(HolidayTable.Header + "\n1406/01/15\t2027-04-04\tlunar\tشهادت امام جعفر صادق علیه السلام\tMartyrdom of Imam Ja'far al-Sadiq\tofficial\tx\n");
        using ServiceProvider sp = new ServiceCollection().AddCoopDomain(o => o.AddHolidayTable(table)).BuildServiceProvider();
        Assert.False(sp.GetRequiredService<WorkCalendar>().IsProjectedYear(1406));

        string missing = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.tsv");
        using ServiceProvider bad = new ServiceCollection().AddCoopDomain(o => o.AddHolidayFiles(missing)).BuildServiceProvider();
        var e = Assert.Throws<HolidayTableException>(() => bad.GetRequiredService<WorkCalendar>());
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CoopDomainOptions().AddHolidayFiles(""));
    }
}
