using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class ValueTextMessageTests
{
    [Theory]
    [InlineData("53.448275862", false, "53.4")]
    [InlineData("53.448275862", true, "۵۳٫۴")]
    [InlineData("0.5", true, "۰٫۵")]
    [InlineData("1.255", false, "1.26")]
    [InlineData("12000.04", false, "12,000")]
    [InlineData("2", false, "2")]
    public void A_decimal_in_a_message_is_rounded_for_a_reader(string value, bool persian, string expected) =>
        Assert.Equal(expected, ValueText.Format(FactValue.Decimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), persian, forMessage: true));

    [Fact]
    public void Outside_messages_a_decimal_keeps_every_digit() =>
        Assert.Equal("53.448275862", ValueText.Format(FactValue.Decimal(53.448275862m), persian: false));
}
