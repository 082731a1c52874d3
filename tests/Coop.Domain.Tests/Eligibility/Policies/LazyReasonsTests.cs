using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Text;
using static Coop.Domain.Eligibility.Policies.RuleStatus;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

// A Decision renders its rule messages when they are read, not when it is made (issue 20 §6). A traced evaluation
// still renders a failed rule's message at once (the trace records the parameters the message uses), so it is the
// reference the lazy texts are compared with; the exact texts of incomplete and error results are pinned here too.
public sealed class LazyReasonsTests
{
    private static readonly CompiledPolicy<EligibilityFacts> Equivalence = new(Policy(EvaluateOutcomeTests.Equivalence), CoopFactSchema.Instance);
    private static readonly Cooperative[] Cooperatives = [.. RegistryGenerator.Cooperatives(60, seed: 11)];
    private static readonly SolarHijriDate[] Dates = [Date(1398, 3, 1), Date(1404, 5, 31), Date(1404, 8, 25), Date(1405, 2, 1)];

    [Fact]
    public void Reasons_read_later_in_either_language_first_are_the_texts_a_traced_evaluation_renders_at_once()
    {
        var seen = new HashSet<RuleStatus>();
        int k = 0;
        foreach ((CompiledPolicy<EligibilityFacts> policy, EligibilityFacts facts) in Cases())
        {
            Decision lazy = policy.Evaluate(facts, facts.AsOf);
            Decision traced = policy.Evaluate(facts, facts.AsOf, trace: true);

            // Half the decisions are read in Persian first, half in English first: one language does not need the other.
            bool persianFirst = k++ % 2 == 0;
            IReadOnlyList<string> first = lazy.Reasons(persianFirst ? Language.Fa : Language.En);
            IReadOnlyList<string> second = lazy.Reasons(persianFirst ? Language.En : Language.Fa);
            Assert.Equal(traced.Reasons(persianFirst ? Language.Fa : Language.En), first);
            Assert.Equal(traced.Reasons(persianFirst ? Language.En : Language.Fa), second);
            Assert.Equal(first, lazy.Reasons(persianFirst ? Language.Fa : Language.En));
            Assert.Equal(traced.Outcome, lazy.Outcome);
            Assert.Equal(traced.Score, lazy.Score);
            Assert.Equal(traced.Rules, lazy.Rules);

            for (int i = 0; i < lazy.Rules.Count; i++)
            {
                RuleResult r = lazy.Rules[i];
                seen.Add(r.Status);
                Assert.Equal(traced.Rules[i].Message, r.Message);
                Assert.Equal(r.Message?.Fa, r.MessageFa);
                Assert.Equal(r.Message?.En, r.MessageEn);
                switch (r.Status)
                {
                    case Passed or NotApplicable:
                        Assert.Null(r.Message);
                        break;
                    case Incomplete:
                        Assert.Equal($"Rule {r.Id} cannot be decided: {r.MissingFact} is missing.", r.MessageEn);
                        Assert.StartsWith("برای داوری این قاعده داده‌ای در دست نیست: ", r.MessageFa, StringComparison.Ordinal);
                        Assert.EndsWith(" معلوم نیست.", r.MessageFa, StringComparison.Ordinal);
                        break;
                    case Error:
                        Assert.Equal($"Rule {r.Id} could not be evaluated: {r.Error}", r.MessageEn);
                        Assert.Equal($"ارزیابی قاعده‌ی {r.Id} ناموفق بود: {r.Error}", r.MessageFa);
                        break;
                    default:
                        Assert.False(string.IsNullOrEmpty(r.MessageFa));
                        Assert.False(string.IsNullOrEmpty(r.MessageEn));
                        break;
                }
            }
        }

        // The comparison means something only if every status occurred.
        Assert.Equal(Enum.GetValues<RuleStatus>().ToHashSet(), seen);
    }

    [Fact]
    public void A_failed_rules_message_fills_its_parameter_placeholder_with_the_value_of_the_as_of_date()
    {
        Cooperative cooperative = Cooperatives.First(c => !c.FacilityApplications.IsEmpty);
        SolarHijriDate asOf = Date(1404, 8, 25);
        CompiledPolicy<EligibilityFacts> policy = Equivalence;
        var facts = new EligibilityFacts(cooperative, asOf, new FacilityApplication("Tabsare 18", Date(1404, 1, 10), Money.FromRials(80_000_000_000), 12, ProjectSector.Industry, CollateralKind.Property, Money.FromRials(90_000_000_000), Money.Zero, 0));

        Decision decision = policy.Evaluate(facts, asOf);

        Assert.Equal(Failed, decision["amount"].Status);
        Assert.Equal("Amount over 50,000,000,000 rials", decision["amount"].MessageEn);
        Assert.Equal("مبلغ", decision["amount"].MessageFa);
    }

    [Fact]
    public void Reasons_read_from_many_threads_at_once_are_one_text_per_rule_and_language()
    {
        (CompiledPolicy<EligibilityFacts> policy, EligibilityFacts facts)[] cases = [.. Cases().Take(120)];
        foreach ((CompiledPolicy<EligibilityFacts> policy, EligibilityFacts facts) in cases)
        {
            Decision reference = policy.Evaluate(facts, facts.AsOf, trace: true);
            Decision decision = policy.Evaluate(facts, facts.AsOf);
            const int Readers = 4;
            var read = new (IReadOnlyList<string> Fa, IReadOnlyList<string> En, PolicyText?[] Messages)[Readers];
            using var start = new Barrier(Readers);
            Thread[] threads = [.. Enumerable.Range(0, Readers).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                // Two readers start with Persian, two with English, and all read the results' messages too.
                IReadOnlyList<string> a = decision.Reasons(t % 2 == 0 ? Language.Fa : Language.En);
                IReadOnlyList<string> b = decision.Reasons(t % 2 == 0 ? Language.En : Language.Fa);
                read[t] = (t % 2 == 0 ? a : b, t % 2 == 0 ? b : a, [.. decision.Rules.Select(r => r.Message)]);
            }))];
            foreach (Thread thread in threads)
            {
                thread.Start();
            }

            foreach (Thread thread in threads)
            {
                thread.Join();
            }

            IReadOnlyList<string> fa = reference.Reasons(Language.Fa);
            IReadOnlyList<string> en = reference.Reasons(Language.En);
            for (int t = 0; t < Readers; t++)
            {
                Assert.Equal(fa, read[t].Fa);
                Assert.Equal(en, read[t].En);
                Assert.Equal(reference.Rules.Select(r => r.Message), read[t].Messages);
                for (int i = 0; i < decision.Rules.Count; i++)
                {
                    // One text is kept per rule and language: every thread got the same instances.
                    Assert.Same(read[0].Messages[i], read[t].Messages[i]);
                    Assert.Same(decision.Rules[i].MessageFa, read[t].Messages[i]?.Fa);
                    Assert.Same(decision.Rules[i].MessageEn, read[t].Messages[i]?.En);
                }
            }
        }
    }

    [Fact]
    public void A_decisions_reasons_read_after_the_provider_swapped_its_policy_are_those_of_the_version_that_decided()
    {
        string folder = Path.Combine(Path.GetTempPath(), "coop-lazy-reasons-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "credit.json");
            File.WriteAllText(file, Members(minimum: 50, en: "{observed} members; at least {parameter:minimumMembers}"));
            using var provider = new WatchingFilePolicyProvider([folder], options: new PolicyWatchOptions { PollingInterval = TimeSpan.FromHours(1) });
            SolarHijriDate asOf = Date(1404, 6, 1);
            EligibilityFacts facts = Cooperatives.Select(c => new EligibilityFacts(c, asOf)).First(f => f.Derived.MemberCount is > 2 and < 50);
            int members = facts.Derived.MemberCount;

            Decision before = provider.GetPolicySet("members-credit").Evaluate(facts, asOf);
            File.WriteAllText(file, Members(minimum: 2, en: "Changed: {observed} of {parameter:minimumMembers}"));
            Assert.True(provider.Reload());
            Decision after = provider.GetPolicySet("members-credit").Evaluate(facts, asOf);

            // Read only now, after the swap: the text and the parameter value of the version that decided.
            // (The parameter value names no source, so the failure rests on an assumption: needs review, with the note.)
            Assert.Equal(PolicyOutcome.NeedsReview, before.Outcome);
            string expected = members.ToString(System.Globalization.CultureInfo.InvariantCulture) + " members; at least 50";
            Assert.Equal(expected, before["members"].MessageEn);
            Assert.Equal("اعضای کم", before["members"].MessageFa);
            Assert.Equal([expected + " (" + before["members"].AssumptionNote!.En + ")"], before.Reasons(Language.En));
            Assert.Equal(["اعضای کم (" + before["members"].AssumptionNote!.Fa + ")"], before.Reasons(Language.Fa));
            Assert.Equal(PolicyOutcome.Eligible, after.Outcome);
            Assert.Empty(after.Reasons(Language.En));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        static string Members(int minimum, string en) => PolicyWriter.ToJson(PolicyBuilder.Create("members-credit", 1)
            .Title("اعتبار اعضا", "Members credit")
            .Effective(Date(1403, 1, 1), null)
            .Parameter("minimumMembers", FactType.Integer, p => p.Unit("members").From(Date(1403, 1, 1), (long)minimum))
            .Rule("members", r => r.Code("MIN_MEMBERS").Check("cooperative.memberCount >= $minimumMembers")
                .Observed("cooperative.memberCount").Required("$minimumMembers")
                .Message("اعضای کم", en))
            .Build());
    }

    /// <summary>The equivalence policy (every status) and the shipped policies over generated cooperatives, dates and applications.</summary>
    private static IEnumerable<(CompiledPolicy<EligibilityFacts> Policy, EligibilityFacts Facts)> Cases()
    {
        PolicySet<EligibilityFacts> facility = EmbeddedPolicyProvider.Shipped.GetPolicySet("cdb-employment-facility");
        PolicySet<EligibilityFacts> statutory = EmbeddedPolicyProvider.Shipped.GetPolicySet("statutory-compliance");
        foreach (Cooperative cooperative in Cooperatives)
        {
            foreach (SolarHijriDate asOf in Dates)
            {
                foreach (FacilityApplication? application in EvaluateOutcomeTests.Applications(cooperative))
                {
                    var facts = new EligibilityFacts(cooperative, asOf, application);
                    yield return (Equivalence, facts);
                    foreach (PolicySet<EligibilityFacts> set in (PolicySet<EligibilityFacts>[])[facility, statutory])
                    {
                        if (set.Versions.FirstOrDefault(v => v.Policy.IsInForce(asOf)) is { } compiled)
                        {
                            yield return (compiled, facts);
                        }
                    }
                }
            }
        }
    }
}
