using Coop.Domain.Calendar;
using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Coop.Domain.Extensions.Hosting.Tests;

public sealed class CoopDomainConfigurationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coop-hosting-" + Guid.NewGuid().ToString("N"));

    public CoopDomainConfigurationTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "pilot.json"), PolicyJson("pilot-credit", 3));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_key_of_the_section_reaches_the_registered_services()
    {
        string holidays = Path.Combine(_folder, "official-1406.tsv");
        File.WriteAllText(holidays, HolidayTable.Header + "\n1406/03/25\t2027-06-15\tlunar\tعاشورای حسینی\tAshura\tofficial\tofficial calendar 1406\n");
        using ServiceProvider sp = Provider(new()
        {
            ["CoopDomain:PolicyPaths:0"] = _folder,
            ["CoopDomain:IncludeShippedPolicies"] = "false",
            ["CoopDomain:WeekendRule"] = "thursday-friday",
            ["CoopDomain:HolidayFiles:0"] = holidays,
            ["CoopDomain:OfficialHolidaysOnly"] = "true",
            ["CoopDomain:TimeZone"] = "Asia/Kabul",
        });

        ValidateAtStart(sp);
        WorkCalendar calendar = sp.GetRequiredService<WorkCalendar>();
        Assert.Equal(WeekendRule.ThursdayFriday, calendar.Weekend);
        Assert.True(calendar.IsHoliday(new SolarHijriDate(1406, 3, 25)));
        Assert.Equal(MissingHolidayDataBehavior.Throw, calendar.MissingData);
        Assert.Equal("Asia/Kabul", sp.GetRequiredService<CoopDomainOptions>().TimeZone.Id);
        Assert.Equal(["pilot-credit"], sp.GetRequiredService<IPolicyProvider>().PolicyIds);
        Assert.Equal(3, sp.GetRequiredService<IEligibilityEvaluator>().Policies.GetVersions("pilot-credit")[0].Version);
    }

    [Fact]
    public void An_empty_section_gives_the_defaults_of_the_core_package()
    {
        using ServiceProvider sp = Provider([]);
        ValidateAtStart(sp);
        Assert.Equal(WeekendRule.Friday, sp.GetRequiredService<WorkCalendar>().Weekend);
        Assert.Equal("Asia/Tehran", sp.GetRequiredService<CoopDomainOptions>().TimeZone.Id);
        Assert.Contains("cdb-employment-facility", sp.GetRequiredService<IPolicyProvider>().PolicyIds);
        Assert.False(sp.GetRequiredService<CoopDomainOptions>().WatchPolicyFiles);
    }

    [Fact]
    public void Start_fails_naming_every_bad_key_and_what_is_wrong_with_it()
    {
        string missingFolder = Path.Combine(_folder, "no-such-folder");
        string missingHolidays = Path.Combine(_folder, "no-such-holidays.tsv");
        string badHolidays = Path.Combine(_folder, "bad-holidays.tsv");
        File.WriteAllText(badHolidays, HolidayTable.Header + "\n1406/13/40\tnot a date\tlunar\tx\tx\tofficial\tx\n");
        using ServiceProvider sp = Provider(new()
        {
            ["CoopDomain:PolicyPaths:0"] = _folder,
            ["CoopDomain:PolicyPaths:1"] = missingFolder,
            ["CoopDomain:WeekendRule"] = "sunday-funday",
            ["CoopDomain:HolidayFiles:0"] = missingHolidays,
            ["CoopDomain:HolidayFiles:1"] = badHolidays,
            ["CoopDomain:TimeZone"] = "Asia/Teheran",
            ["CoopDomain:PolicyReloadDebounce"] = "-00:00:01",
            ["CoopDomain:PolicyPollingInterval"] = "00:00:00",
        });

        OptionsValidationException e = Assert.Throws<OptionsValidationException>(() => ValidateAtStart(sp));
        string[] failures = [.. e.Failures];
        Assert.Equal(7, failures.Length);
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:PolicyPaths:1: '" + missingFolder + "' is neither a policy folder nor a policy file", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:WeekendRule: 'sunday-funday' is not a weekend rule; use 'friday', 'thursday-friday'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:HolidayFiles:0: '" + missingHolidays + "' is not a readable holiday table", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:HolidayFiles:1: '" + badHolidays + "' is not a readable holiday table", StringComparison.Ordinal)
            && f.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:TimeZone: 'Asia/Teheran' is not a known tz time zone id", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:PolicyReloadDebounce:", StringComparison.Ordinal) && f.Contains("negative", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("CoopDomain:PolicyPollingInterval:", StringComparison.Ordinal) && f.Contains("not positive", StringComparison.Ordinal));

        // A service resolved with bad settings fails the same way, never with a half-configured service.
        Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IEligibilityEvaluator>());
    }

    [Fact]
    public void A_misspelt_key_is_an_error_naming_it()
    {
        using ServiceProvider sp = Provider(new() { ["CoopDomain:WeekndRule"] = "friday" });
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<WorkCalendar>());
        Assert.Contains("WeekndRule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callback_sets_what_configuration_cannot_after_the_bound_settings()
    {
        Policy inCode = PolicyBuilder.Create("in-code", 1).Title("در کد", "In code").Effective(new SolarHijriDate(1400, 1, 1))
            .Rule("active", r => r.Code("INACTIVE").Check("cooperative.active").Message("فعال نیست", "Not active")).Build();
        var services = new ServiceCollection();
        services.AddCoopDomain(Section(new() { ["CoopDomain:WeekendRule"] = "none", ["CoopDomain:IncludeShippedPolicies"] = "false" }),
            options => options.AddPolicies(inCode).WorkCalendar = options.WorkCalendar.WithWeekend(WeekendRule.Of(DayOfWeek.Friday, DayOfWeek.Saturday)));
        using ServiceProvider sp = services.BuildServiceProvider();

        Assert.Equal(WeekendRule.Of(DayOfWeek.Friday, DayOfWeek.Saturday), sp.GetRequiredService<WorkCalendar>().Weekend);
        Assert.Equal(["in-code"], sp.GetRequiredService<IPolicyProvider>().PolicyIds);

        var nulling = new ServiceCollection().AddCoopDomain(Section([]), options => options.TimeZone = null!).BuildServiceProvider();
        Assert.Contains("TimeZone", Assert.Throws<InvalidOperationException>(() => nulling.GetRequiredService<IClock>()).Message, StringComparison.Ordinal);
        nulling.Dispose();
    }

    [Fact]
    public async Task Watched_policy_files_from_configuration_are_reloaded_and_announced()
    {
        using ServiceProvider sp = Provider(new()
        {
            ["CoopDomain:PolicyPaths:0"] = _folder,
            ["CoopDomain:IncludeShippedPolicies"] = "false",
            ["CoopDomain:WatchPolicyFiles"] = "true",
            ["CoopDomain:PolicyReloadDebounce"] = "00:00:00.050",
        });
        ValidateAtStart(sp);
        IPolicyProvider provider = sp.GetRequiredService<IPolicyProvider>();
        IPolicyChangeNotifier notifier = sp.GetRequiredService<IPolicyChangeNotifier>();
        var reloaded = new TaskCompletionSource<PolicyReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        notifier.PolicyReloaded += (_, e) => { if (e.PolicyIds.Contains("second-credit")) { reloaded.TrySetResult(e); } };

        await File.WriteAllTextAsync(Path.Combine(_folder, "second.json"), PolicyJson("second-credit", 1), TestContext.Current.CancellationToken);
        PolicyReloadedEventArgs args = await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(["pilot-credit", "second-credit"], args.PolicyIds);
        Assert.Equal(["pilot-credit", "second-credit"], provider.PolicyIds);
    }

    private static string PolicyJson(string id, int version) => PolicyWriter.ToJson(PolicyBuilder.Create(id, version)
        .Title("اعتبار آزمایشی", "Pilot credit")
        .Effective(new SolarHijriDate(1400, 1, 1))
        .Rule("members", r => r.Code("MIN_MEMBERS").Check("cooperative.memberCount >= 7").Message("کمتر از ۷ عضو", "Fewer than 7 members"))
        .Build());

    private static IConfigurationSection Section(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("CoopDomain");

    private static ServiceProvider Provider(Dictionary<string, string?> values) =>
        new ServiceCollection().AddCoopDomain(Section(values)).BuildServiceProvider();

    // What the host does before it starts (ValidateOnStart registers the options with the startup validator).
    private static void ValidateAtStart(IServiceProvider sp) => sp.GetRequiredService<IStartupValidator>().Validate();
}
