using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class ValueTextTests
{
    [Theory]
    [InlineData(1403L, "1403", "۱۴۰۳")]
    [InlineData(9999L, "9999", "۹۹۹۹")]
    [InlineData(-9999L, "-9999", "\u2212۹۹۹۹")]
    [InlineData(10_000L, "10,000", "۱۰٬۰۰۰")]
    [InlineData(1_234_567L, "1,234,567", "۱٬۲۳۴٬۵۶۷")]
    public void Integers_up_to_four_digits_such_as_fiscal_years_have_no_separator_and_larger_ones_are_grouped(
        long value, string english, string persian)
    {
        Assert.Equal(english, ValueText.Format(FactValue.Integer(value), persian: false));
        Assert.Equal(persian, ValueText.Format(FactValue.Integer(value), persian: true));
    }
}
