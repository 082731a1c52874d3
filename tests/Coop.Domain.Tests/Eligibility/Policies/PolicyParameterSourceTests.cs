using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyParameterSourceTests
{
    private static readonly PolicyParameterSource Source = new(Policy());

    [Fact]
    public void A_value_applies_from_its_own_date_but_not_the_day_before()
    {
        Assert.True(Source.TryResolve("minimumMembers", "housing", Date(1404, 1, 1), out ResolvedParameter on));
        Assert.Equal(FactValue.Integer(20), on.Value);
        Assert.Equal(Date(1404, 1, 1), on.EffectiveFrom);
        Assert.Equal("circular 12", on.Reference);

        Assert.True(Source.TryResolve("minimumMembers", "housing", Date(1403, 12, 30), out ResolvedParameter before));
        Assert.Equal(FactValue.Integer(15), before.Value);
        Assert.Equal(Date(1403, 1, 1), before.EffectiveFrom);
    }

    [Fact]
    public void Before_the_first_value_there_is_no_value()
    {
        Assert.False(Source.TryResolve("minimumMembers", "housing", Date(1402, 12, 29), out _));
        Assert.False(Source.TryGetValue("maximumAmount", null, Date(1402, 12, 29), out _));
    }

    [Fact]
    public void A_null_value_ends_the_parameter_without_falling_back()
    {
        Assert.True(Source.TryGetValue("maximumAmount", null, Date(1404, 6, 31), out ParameterValue last));
        Assert.Equal(FactValue.Money(1_000_000_000m), last.Value);
        Assert.False(Source.TryGetValue("maximumAmount", null, Date(1404, 7, 1), out _));
        Assert.False(Source.TryGetValue("maximumAmount", null, Date(1405, 1, 1), out _));
    }

    [Fact]
    public void An_unknown_key_name_or_key_mismatch_has_no_value()
    {
        Assert.False(Source.TryResolve("minimumMembers", "agricultural", Date(1404, 1, 1), out _));
        Assert.False(Source.TryResolve("minimumMembers", null, Date(1404, 1, 1), out _));
        Assert.False(Source.TryResolve("maximumAmount", "x", Date(1404, 1, 1), out _));
        Assert.False(Source.TryResolve("nothing", null, Date(1404, 1, 1), out _));
    }

    [Fact]
    public void The_model_rejects_values_out_of_order_or_of_the_wrong_type()
    {
        Assert.Throws<ArgumentException>(() => new PolicyParameter("p", FactType.Integer, false,
            [new DatedParameterValue(Date(1404, 1, 1), FactValue.Integer(1)), new DatedParameterValue(Date(1404, 1, 1), FactValue.Integer(2))]));
        Assert.Throws<ArgumentException>(() => new PolicyParameter("p", FactType.Integer, false,
            [new DatedParameterValue(Date(1404, 1, 1), FactValue.Decimal(1))]));
        Assert.Throws<ArgumentException>(() => new PolicyParameter("p", FactType.Integer, keyed: true,
            [new DatedParameterValue(Date(1404, 1, 1), FactValue.Integer(1))]));
    }
}
