using Coop.Domain.Eligibility;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using NodaTime;
using NodaTime.Testing;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.Eligibility;

public sealed class EligibilityEvaluatorTests
{
    // 2025-03-20 21:00 UTC is 00:30 on 1404/01/01 in Tehran, but still 1403/12/30 in UTC.
    private static readonly FakeClock NewYearInTehran = new(Instant.FromUtc(2025, 3, 20, 21, 0));

    private static EligibilityEvaluator Evaluator(IClock? clock = null) =>
        new(new InMemoryPolicyProvider([Version(1), Version(2)]), clock ?? NewYearInTehran);

    [Fact]
    public void Facts_are_evaluated_with_the_version_in_force_on_their_as_of_date()
    {
        Cooperative c = Juybar();
        Decision v1 = Evaluator().Evaluate(Id, new EligibilityFacts(c, D(1403, 12, 30), Application(c)));
        Decision v2 = Evaluator().Evaluate(Id, new EligibilityFacts(c, D(1404, 1, 1), Application(c)));
        Assert.Equal(1, v1.Policy.Version);
        Assert.Equal(PolicyOutcome.Eligible, v1.Outcome);
        Assert.Equal(2, v2.Policy.Version);
        // The minimum names no source, so the failure rests on an assumption: needs review, not ineligible.
        Assert.Equal(PolicyOutcome.NeedsReview, v2.Outcome);
        Assert.Equal(RuleStatus.Failed, v2["members"].Status);
        Assert.True(v2["members"].RestsOnAssumption);
        Assert.Equal("8 members; at least 10", v2["members"].MessageEn);
    }

    [Fact]
    public void Without_an_as_of_date_today_is_taken_in_Tehran_from_the_clock()
    {
        EligibilityEvaluator evaluator = Evaluator();
        Assert.Equal(D(1404, 1, 1), evaluator.Today);
        Decision d = evaluator.Evaluate(Id, Juybar());
        Assert.Equal(D(1404, 1, 1), d.AsOf);
        Assert.Equal(2, d.Policy.Version);
        Assert.Equal(RuleStatus.Incomplete, d["amount"].Status); // no application: the facts it needs are missing
    }

    [Fact]
    public void An_explicit_as_of_date_and_an_application_are_used()
    {
        Cooperative c = Juybar();
        // Applied for by the as-of date: an application dated later is not known on it (its facts are missing).
        Decision d = Evaluator().Evaluate(Id, c, Application(c) with { AppliedOn = D(1403, 5, 1) }, D(1403, 6, 1), trace: true);
        Assert.Equal(D(1403, 6, 1), d.AsOf);
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
        Assert.Equal(RuleStatus.Passed, d["amount"].Status);
        Assert.NotNull(d.Trace);
        Assert.Equal(10m, d.Score);
    }

    [Fact]
    public void Errors_are_typed_an_unknown_id_a_date_no_version_covers_and_null_arguments()
    {
        EligibilityEvaluator evaluator = Evaluator();
        Assert.Throws<UnknownPolicyException>(() => evaluator.Evaluate("nope", Juybar()));
        Assert.Throws<PolicyNotInForceException>(() => evaluator.Evaluate(Id, Juybar(), asOf: D(1402, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(null!, Juybar()));
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(Id, (Cooperative)null!));
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(Id, (EligibilityFacts)null!));
        Assert.Throws<ArgumentNullException>(() => new EligibilityEvaluator(null!));
    }

    [Fact]
    public void Without_a_clock_the_system_clock_is_used()
    {
        var evaluator = new EligibilityEvaluator(new InMemoryPolicyProvider([]));
        // Read the system clock on both sides, so a run that crosses midnight (Tehran time) still passes.
        Coop.Domain.Calendar.SolarHijriDate before = Coop.Domain.Calendar.SolarHijriDate.Today(SystemClock.Instance);
        Coop.Domain.Calendar.SolarHijriDate today = evaluator.Today;
        Coop.Domain.Calendar.SolarHijriDate after = Coop.Domain.Calendar.SolarHijriDate.Today(SystemClock.Instance);
        Assert.InRange(today, before, after);
    }
}
