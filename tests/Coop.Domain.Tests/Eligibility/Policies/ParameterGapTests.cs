using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class ParameterGapTests
{
    private static SolarHijriDate D(int y, int m, int d) => new(y, m, d);

    private static Policy With(SolarHijriDate from, SolarHijriDate? to, Action<ParameterBuilder> values) =>
        PolicyBuilder.Create("gaps", 1)
            .Title("آزمون", "Test")
            .Effective(from, to)
            .Parameter("limit", FactType.Integer, p => values(p.Source("test")))
            .Rule("r", r => r.Code("R").Blocking().Check("$limit > 0").Message("ف", "e"))
            .Build();

    [Fact]
    public void A_parameter_with_a_value_on_every_day_of_the_policy_has_no_gap()
    {
        Assert.Empty(ParameterGap.Find(With(D(1404, 1, 1), null, p => p.From(D(1403, 1, 1), 5L).From(D(1404, 7, 1), 6L))));
    }

    [Fact]
    public void A_first_value_dated_after_the_policys_start_leaves_the_days_before_it_without_a_value()
    {
        ParameterGap gap = Assert.Single(ParameterGap.Find(With(D(1403, 1, 1), null, p => p.From(D(1404, 1, 1), 5L))));
        Assert.Equal(("limit", 0, D(1403, 1, 1), (SolarHijriDate?)D(1403, 12, 30)), (gap.Parameter, gap.ParameterIndex, gap.From, gap.To));
        Assert.Equal("$limit has no value from 1403/01/01 to 1403/12/30: rules that use it are incomplete on those days", gap.ToString());
    }

    [Fact]
    public void A_null_end_inside_the_range_is_a_gap_until_the_next_value_or_the_policys_end()
    {
        IReadOnlyList<ParameterGap> gaps = ParameterGap.Find(With(D(1403, 1, 1), D(1405, 12, 29), p => p
            .From(D(1403, 1, 1), 5L).EndsOn(D(1403, 7, 1)).From(D(1404, 1, 1), 6L).EndsOn(D(1405, 1, 1))));
        Assert.Equal(
            [(D(1403, 7, 1), (SolarHijriDate?)D(1403, 12, 30)), (D(1405, 1, 1), (SolarHijriDate?)D(1405, 12, 29))],
            gaps.Select(g => (g.From, g.To)));
    }

    [Fact]
    public void Values_outside_the_effective_range_do_not_count_and_an_open_end_is_null()
    {
        ParameterGap gap = Assert.Single(ParameterGap.Find(With(D(1404, 1, 1), null, p => p.From(D(1403, 1, 1), 5L).EndsOn(D(1403, 6, 1)))));
        Assert.Equal((D(1404, 1, 1), (SolarHijriDate?)null), (gap.From, gap.To));
        Assert.EndsWith("to the policy's open end: rules that use it are incomplete on those days", gap.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_policies_report_only_the_deliberate_gap_of_the_rural_policy_before_the_cheque_law()
    {
        // The statutory policy's former gap (an ordinary share cap invented from 1404/01/01) is gone: the assumed cap
        // starts with the by-law.
        foreach (string file in new[] { "statutory-compliance.json", "smart-system-profile.json", "cdb-employment-facility.json" })
        {
            Assert.Empty(ParameterGap.Find(PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/" + file)).GetPolicyOrThrow()));
        }

        Policy rural = PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/rural-nomadic-employment.json")).GetPolicyOrThrow();
        ParameterGap gap = Assert.Single(ParameterGap.Find(rural));
        Assert.Equal("maxReturnedCheques", gap.Parameter);
        Assert.Equal(D(1397, 8, 13), gap.To!.Value.AddDays(1));
    }
}
