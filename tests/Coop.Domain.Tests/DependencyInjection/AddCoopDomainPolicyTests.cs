using Coop.Domain.DependencyInjection;
using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.DependencyInjection;

public sealed class AddCoopDomainPolicyTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 6, 1, 8, 0)); // 1404/03/11

    [Fact]
    public void The_evaluator_resolves_and_evaluates_in_code_policies_with_the_registered_clock()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddCoopDomain(o =>
            {
                o.Clock = Clock;
                o.AddPolicies(Version(1), Version(2));
            })
            .BuildServiceProvider();
        IEligibilityEvaluator evaluator = sp.GetRequiredService<IEligibilityEvaluator>();
        Decision d = evaluator.Evaluate(Id, Juybar());
        Assert.Equal(D(1404, 3, 11), d.AsOf);
        Assert.Equal(2, d.Policy.Version);
        Assert.Same(sp.GetRequiredService<IPolicyProvider>(), evaluator.Policies);
    }

    [Fact]
    public void Shipped_policies_are_included_by_default_and_can_be_left_out()
    {
        using ServiceProvider withShipped = new ServiceCollection().AddCoopDomain(o => o.AddPolicies(Version(1))).BuildServiceProvider();
        IPolicyProvider all = withShipped.GetRequiredService<IPolicyProvider>();
        Assert.All(EmbeddedPolicyProvider.Shipped.PolicyIds, id => Assert.True(all.Contains(id)));
        Assert.True(all.Contains(Id));

        using ServiceProvider without = new ServiceCollection()
            .AddCoopDomain(o =>
            {
                o.IncludeShippedPolicies = false;
                o.AddPolicies(Version(1));
            })
            .BuildServiceProvider();
        Assert.Equal([Id], without.GetRequiredService<IPolicyProvider>().PolicyIds);
    }

    [Fact]
    public void Files_folders_embedded_resources_and_custom_providers_are_all_sources()
    {
        string folder = TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "v1.json"), Json(1));
            string file = Path.Combine(folder, "other.json.txt");
            File.WriteAllText(file, Json(1, "from-file"));
            using ServiceProvider sp = new ServiceCollection()
                .AddCoopDomain(o => o
                    .AddPolicyFiles(folder, file)
                    .AddEmbeddedPolicies(typeof(AddCoopDomainPolicyTests).Assembly, "Coop.Domain.Tests.TestPolicies.")
                    .AddPolicyProvider(new InMemoryPolicyProvider([Version(2)]))
                    .IncludeShippedPolicies = false)
                .BuildServiceProvider();
            IPolicyProvider provider = sp.GetRequiredService<IPolicyProvider>();
            Assert.Equal(["embedded-credit", "from-file", Id], provider.PolicyIds);
            Assert.Equal([1, 2], provider.GetVersions(Id).Select(v => v.Version)); // v2 in code, v1 from the folder
            CoopDomainOptions options = sp.GetRequiredService<CoopDomainOptions>();
            Assert.Equal([folder, file], options.PolicyPaths);
            Assert.Single(options.EmbeddedPolicies);
            Assert.Single(options.PolicyProviders);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bad_policy_file_fails_resolution_with_every_error_naming_the_file()
    {
        string folder = TempFolder();
        try
        {
            string bad = Path.Combine(folder, "bad.json");
            File.WriteAllText(bad, "{ \"id\": \"x\" }");
            using ServiceProvider sp = new ServiceCollection().AddCoopDomain(o => o.AddPolicyFiles(bad)).BuildServiceProvider();
            PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => sp.GetRequiredService<IEligibilityEvaluator>());
            Assert.True(e.Errors.Count > 1);
            Assert.All(e.Errors, x => Assert.Equal(bad, x.File));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Provider_and_evaluator_are_singletons_across_scopes()
    {
        IServiceCollection services = new ServiceCollection().AddCoopDomain(o => o.AddPolicies(Version(1)));
        Assert.All(services, d => Assert.Equal(ServiceLifetime.Singleton, d.Lifetime));
        using ServiceProvider sp = services.BuildServiceProvider();
        using IServiceScope scope = sp.CreateScope();
        Assert.Same(sp.GetRequiredService<IPolicyProvider>(), scope.ServiceProvider.GetRequiredService<IPolicyProvider>());
        Assert.Same(sp.GetRequiredService<IEligibilityEvaluator>(), scope.ServiceProvider.GetRequiredService<IEligibilityEvaluator>());
    }

    [Fact]
    public void A_provider_or_evaluator_the_host_registered_first_is_kept()
    {
        var own = new InMemoryPolicyProvider([Version(2)]);
        using ServiceProvider sp = new ServiceCollection()
            .AddSingleton<IPolicyProvider>(own)
            .AddCoopDomain(o => o.AddPolicies(Version(1)))
            .BuildServiceProvider();
        Assert.Same(own, sp.GetRequiredService<IPolicyProvider>());
        Assert.Same(own, sp.GetRequiredService<IEligibilityEvaluator>().Policies);

        var evaluator = new EligibilityEvaluator(own, Clock);
        using ServiceProvider sp2 = new ServiceCollection().AddSingleton<IEligibilityEvaluator>(evaluator).AddCoopDomain().BuildServiceProvider();
        Assert.Same(evaluator, sp2.GetRequiredService<IEligibilityEvaluator>());
    }

    [Fact]
    public void Options_changed_after_registration_do_not_change_what_was_registered()
    {
        CoopDomainOptions? captured = null;
        using ServiceProvider sp = new ServiceCollection()
            .AddCoopDomain(o =>
            {
                o.IncludeShippedPolicies = false;
                o.AddPolicies(Version(1));
                captured = o;
            })
            .BuildServiceProvider();
        captured!.AddPolicies(Builder(1, "late").Build());
        Assert.Equal([Id], sp.GetRequiredService<IPolicyProvider>().PolicyIds);
    }

    [Fact]
    public void One_evaluator_used_from_many_threads_gives_identical_decisions()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddCoopDomain(o =>
            {
                o.Clock = Clock;
                o.AddPolicies(Version(1), Version(2));
            })
            .BuildServiceProvider();
        IEligibilityEvaluator evaluator = sp.GetRequiredService<IEligibilityEvaluator>();
        Cooperative c = Juybar();
        var facts = new EligibilityFacts(c, D(1403, 9, 1), Application(c));
        string expected = Describe(evaluator.Evaluate(Id, facts));
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Describe(i % 2 == 0
            ? evaluator.Evaluate(Id, facts)
            : evaluator.Evaluate(Id, c, Application(c), D(1403, 9, 1))));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Describe(Decision d) =>
        d.Outcome + " " + d.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) + " "
        + string.Join("|", d.Rules.Select(r => r.Id + ":" + r.Status + ":" + r.MessageEn));

    [Fact]
    public void Bad_option_arguments_are_refused()
    {
        var o = new CoopDomainOptions();
        Assert.ThrowsAny<ArgumentException>(() => o.AddPolicyFiles(""));
        Assert.Throws<ArgumentNullException>(() => o.AddPolicies(null!));
        Assert.Throws<ArgumentNullException>(() => o.AddEmbeddedPolicies(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => o.AddPolicyProvider(null!));
    }
}
