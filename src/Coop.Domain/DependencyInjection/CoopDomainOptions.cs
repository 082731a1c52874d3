using System.Reflection;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using NodaTime;

namespace Coop.Domain.DependencyInjection;

/// <summary>
/// What <c>services.AddCoopDomain(options =&gt; …)</c> registers. Every property has a working default; set only what
/// differs. The values registered are the ones set when the configure callback returns.
/// </summary>
public sealed class CoopDomainOptions
{
    /// <summary>
    /// The NodaTime clock that says what "today" is; <see cref="SystemClock.Instance"/> by default. Use a <c>FakeClock</c> in
    /// tests. <see cref="TimeProvider"/>, when set, wins; when neither is set and the container has a .NET
    /// <see cref="System.TimeProvider"/> (e.g. a <c>FakeTimeProvider</c> a test registered), "today" follows that.
    /// </summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>
    /// .NET's time provider for "today", when the application keeps time with <see cref="System.TimeProvider"/> (a
    /// <c>FakeTimeProvider</c> in tests); null by default. When set, the registered <see cref="IClock"/> reads it.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The time zone whose calendar day is "today"; <c>Asia/Tehran</c> by default (configuration key <c>TimeZone</c>, a tz id).</summary>
    public DateTimeZone TimeZone { get; set; } = SolarHijriDate.TehranTimeZone;

    /// <summary>
    /// The working-day calendar; <see cref="WorkCalendar.Default"/> (Friday weekend, the official holiday table,
    /// projected holidays beyond it) by default. Configure the weekend rule and extra closures with its <c>With…</c>
    /// methods, e.g. <c>options.WorkCalendar = WorkCalendar.Default.WithWeekend(WeekendRule.ThursdayFriday)</c>. The
    /// registered calendar is this one with the tables of <see cref="AddHolidayFiles"/> and <see cref="AddHolidayTable"/>
    /// and, when <see cref="OfficialHolidaysOnly"/>, strict mode (see <see cref="CreateWorkCalendar"/>).
    /// </summary>
    public WorkCalendar WorkCalendar { get; set; } = WorkCalendar.Default;

    /// <summary>
    /// Strict mode for the registered work calendar: never use projected holidays; an answer that needs a year without
    /// an official table throws <see cref="HolidayDataUnavailableException"/> naming the year. False by default.
    /// </summary>
    public bool OfficialHolidaysOnly { get; set; }

    private readonly List<(string? Path, HolidayTable? Table)> _holidaySources = [];

    /// <summary>The official holiday table files added, in the order added.</summary>
    public IReadOnlyList<string> HolidayFiles => [.. _holidaySources.Where(s => s.Path is not null).Select(s => s.Path!)];

    /// <summary>The official holiday tables added in code, in the order added.</summary>
    public IReadOnlyList<HolidayTable> HolidayTables => [.. _holidaySources.Where(s => s.Table is not null).Select(s => s.Table!)];

    /// <summary>
    /// Adds official holiday table files (docs/work-calendar.md, "Holiday table files"), e.g. the official calendar of
    /// a year published after this release. They are read when the <see cref="Calendar.WorkCalendar"/> is first
    /// resolved; a later file (or table) wins for the years both cover.
    /// </summary>
    /// <param name="paths">The files.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public CoopDomainOptions AddHolidayFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path, nameof(paths));
            _holidaySources.Add((path, null));
        }

        return this;
    }

    /// <summary>Adds an official holiday table read by the application (e.g. <see cref="HolidayTable.LoadAsync(string, CancellationToken)"/> at start-up).</summary>
    /// <param name="table">The table.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public CoopDomainOptions AddHolidayTable(HolidayTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _holidaySources.Add((null, table));
        return this;
    }

    /// <summary>
    /// Creates the work calendar <c>AddCoopDomain</c> registers: <see cref="WorkCalendar"/> with each added table and
    /// file applied in the order added (files read now), in strict mode when <see cref="OfficialHolidaysOnly"/>.
    /// Without tables or strict mode it is <see cref="WorkCalendar"/> itself.
    /// </summary>
    /// <returns>The calendar.</returns>
    /// <exception cref="HolidayTableException">A file cannot be read or has bad lines (each with its line and column).</exception>
    public WorkCalendar CreateWorkCalendar()
    {
        WorkCalendar calendar = WorkCalendar ?? WorkCalendar.Default;
        foreach ((string? path, HolidayTable? table) in _holidaySources)
        {
            calendar = calendar.WithHolidayTable(table ?? HolidayTable.Load(path!));
        }

        return OfficialHolidaysOnly ? calendar.WithMissingData(MissingHolidayDataBehavior.Throw) : calendar;
    }

    /// <summary>The fact schema rules are compiled against; <see cref="CoopFactSchema.Instance"/> by default.</summary>
    public FactSchema<EligibilityFacts> FactSchema { get; set; } = CoopFactSchema.Instance;

    private readonly List<Policy> _policies = [];
    private readonly List<IPolicyProvider> _providers = [];
    private readonly List<string> _paths = [];
    private readonly List<(Assembly Assembly, string Prefix)> _embedded = [];

    /// <summary>
    /// Whether the policies shipped inside Coop.Domain (<see cref="EmbeddedPolicyProvider.Shipped"/>: statutory compliance,
    /// smart-system profile, CDB employment facility) are available from the registered <see cref="IPolicyProvider"/>;
    /// true by default. They come last, so a policy the application adds with the same id and version replaces the
    /// shipped one, and one with the same id and a new version adds a version.
    /// </summary>
    public bool IncludeShippedPolicies { get; set; } = true;

    /// <summary>
    /// Whether the policy files and folders (<see cref="AddPolicyFiles"/>) are watched and read again when they change
    /// (<see cref="WatchingFilePolicyProvider"/>): a changed file that reads and compiles replaces the old policies
    /// atomically; one that does not is rejected (the registered <see cref="IPolicyChangeNotifier"/> raises
    /// <see cref="IPolicyChangeNotifier.PolicyReloadFailed"/> with every error) and the last good version keeps serving.
    /// False by default (files are read once). With it on, every policy file is compiled when the provider is created.
    /// </summary>
    public bool WatchPolicyFiles { get; set; }

    /// <summary>How watched policy files are noticed to change (debounce, or polling); used when <see cref="WatchPolicyFiles"/>.</summary>
    public PolicyWatchOptions PolicyWatch { get; set; } = new();

    /// <summary>The policies added in code, in the order added.</summary>
    public IReadOnlyList<Policy> Policies => _policies;

    /// <summary>The policy providers added, in the order added.</summary>
    public IReadOnlyList<IPolicyProvider> PolicyProviders => _providers;

    /// <summary>The policy files and folders added, in the order added.</summary>
    public IReadOnlyList<string> PolicyPaths => _paths;

    /// <summary>The assemblies and resource prefixes of embedded policies added, in the order added.</summary>
    public IReadOnlyList<KeyValuePair<Assembly, string>> EmbeddedPolicies => [.. _embedded.Select(e => KeyValuePair.Create(e.Assembly, e.Prefix))];

    /// <summary>Adds policy files, or folders whose <c>*.json</c> files are policies (see <see cref="FilePolicyProvider"/>).
    /// They are read when the <see cref="IPolicyProvider"/> is first resolved.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">A path is null or empty.</exception>
    public CoopDomainOptions AddPolicyFiles(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (string path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path, nameof(paths));
            _paths.Add(path);
        }

        return this;
    }

    /// <summary>Adds the policies embedded in an assembly under a resource prefix (see <see cref="EmbeddedPolicyProvider"/>).</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="resourcePrefix">The logical-name prefix, e.g. <c>MyApp.Policies.</c>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CoopDomainOptions AddEmbeddedPolicies(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourcePrefix);
        _embedded.Add((assembly, resourcePrefix));
        return this;
    }

    /// <summary>Adds policies made in code (e.g. with <see cref="PolicyBuilder"/>).</summary>
    /// <param name="policies">The policies.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> or an item is null.</exception>
    public CoopDomainOptions AddPolicies(params Policy[] policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        foreach (Policy policy in policies)
        {
            ArgumentNullException.ThrowIfNull(policy, nameof(policies));
            _policies.Add(policy);
        }

        return this;
    }

    /// <summary>Adds a policy source of the application's own (a database, a remote store, …).</summary>
    /// <param name="provider">The provider; it should compile against the same fact schema.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public CoopDomainOptions AddPolicyProvider(IPolicyProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _providers.Add(provider);
        return this;
    }

    /// <summary>
    /// Creates the provider <c>AddCoopDomain</c> registers from these options: one <see cref="CompositePolicyProvider"/>
    /// over, first to last, the in-code policies, the added providers, the files and folders, the embedded assemblies and
    /// (when <see cref="IncludeShippedPolicies"/>) the shipped policies. Earlier sources win on the same id and version.
    /// </summary>
    /// <param name="schema">The fact schema to compile against; <see cref="FactSchema"/> when null.</param>
    /// <returns>The provider (a <see cref="CompositePolicyProvider"/>, which is also the <see cref="IPolicyChangeNotifier"/> of
    /// watched files; dispose it to stop watching).</returns>
    /// <exception cref="PolicyLoadException">A file or resource has errors, or a source holds one id and version twice.</exception>
    public IPolicyProvider CreatePolicyProvider(FactSchema<EligibilityFacts>? schema = null)
    {
        FactSchema<EligibilityFacts> factSchema = schema ?? FactSchema ?? CoopFactSchema.Instance;
        var providers = new List<IPolicyProvider>();
        if (_policies.Count > 0)
        {
            providers.Add(new InMemoryPolicyProvider(_policies, factSchema));
        }

        providers.AddRange(_providers);
        var owned = new List<IDisposable>();
        if (_paths.Count > 0 && WatchPolicyFiles)
        {
            var watching = new WatchingFilePolicyProvider(_paths, factSchema, PolicyWatch);
            owned.Add(watching);
            providers.Add(watching);
        }
        else if (_paths.Count > 0)
        {
            providers.Add(new FilePolicyProvider(_paths, factSchema));
        }

        foreach ((Assembly assembly, string prefix) in _embedded)
        {
            providers.Add(new EmbeddedPolicyProvider(assembly, prefix, factSchema));
        }

        if (IncludeShippedPolicies)
        {
            providers.Add(ReferenceEquals(factSchema, CoopFactSchema.Instance)
                ? EmbeddedPolicyProvider.Shipped
                : new EmbeddedPolicyProvider(typeof(EmbeddedPolicyProvider).Assembly, EmbeddedPolicyProvider.ShippedResourcePrefix, factSchema));
        }

        return new CompositePolicyProvider(providers, factSchema, owned);
    }

    /// <summary>The clock "today" is read from: <see cref="TimeProvider"/>, else a <see cref="Clock"/> other than the system
    /// clock, else the container's <see cref="System.TimeProvider"/>, else the system clock.</summary>
    internal IClock ResolveClock(TimeProvider? fromContainer) =>
        TimeProvider is { } provider ? new TimeProviderClock(provider)
        : !ReferenceEquals(Clock, SystemClock.Instance) ? Clock
        : fromContainer is not null && !ReferenceEquals(fromContainer, System.TimeProvider.System) ? new TimeProviderClock(fromContainer)
        : Clock;

    /// <summary>A copy for registration, so later changes to these options do not change what was registered.</summary>
    internal CoopDomainOptions Snapshot()
    {
        var copy = new CoopDomainOptions
        {
            Clock = Clock,
            TimeProvider = TimeProvider,
            TimeZone = TimeZone,
            WorkCalendar = WorkCalendar,
            OfficialHolidaysOnly = OfficialHolidaysOnly,
            FactSchema = FactSchema,
            IncludeShippedPolicies = IncludeShippedPolicies,
            WatchPolicyFiles = WatchPolicyFiles,
            PolicyWatch = PolicyWatch,
        };
        copy._holidaySources.AddRange(_holidaySources);
        copy._policies.AddRange(_policies);
        copy._providers.AddRange(_providers);
        copy._paths.AddRange(_paths);
        copy._embedded.AddRange(_embedded);
        return copy;
    }
}
