using Coop.Domain.Model.Identifiers;

namespace Coop.Domain.Tests.Model.Identifiers;

public class NationalCodeTests
{
    [Theory]
    [InlineData("0010350829")]
    [InlineData("0076229645")]
    [InlineData("1583250689")]
    [InlineData("4987654326")]
    public void Valid_codes_are_accepted(string text)
    {
        Assert.True(NationalCode.TryParse(text, out NationalCode code));
        Assert.Equal(text, code.Value);
        Assert.True(NationalCode.IsValid(text));
    }

    [Theory]
    [InlineData("0010350828", IdentifierRule.CheckDigit)]
    [InlineData("1234567890", IdentifierRule.CheckDigit)]
    [InlineData("12345", IdentifierRule.Length)]
    [InlineData("00103508290", IdentifierRule.Length)]
    [InlineData("1111111111", IdentifierRule.RepeatedDigits)]
    [InlineData("0000000000", IdentifierRule.RepeatedDigits)]
    [InlineData("00103508x9", IdentifierRule.InvalidCharacter)]
    [InlineData("", IdentifierRule.Empty)]
    [InlineData(null, IdentifierRule.Empty)]
    public void Invalid_codes_say_which_rule_failed(string? text, IdentifierRule rule)
    {
        Assert.False(NationalCode.TryParse(text, out _, out IdentifierError error));
        Assert.Equal(rule, error.Rule);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void All_ten_repeated_digit_codes_pass_the_checksum_yet_are_rejected()
    {
        for (char d = '0'; d <= '9'; d++)
        {
            Assert.False(NationalCode.TryParse(new string(d, 10), out _, out IdentifierError error));
            Assert.Equal(IdentifierRule.RepeatedDigits, error.Rule);
        }
    }

    [Fact]
    public void Persian_digits_separators_and_dropped_leading_zeros_are_accepted()
    {
        Assert.Equal("0010350829", NationalCode.Parse("۰۰۱۰۳۵۰۸۲۹").Value);
        Assert.Equal("0010350829", NationalCode.Parse("001-035082-9").Value);
        Assert.Equal("0010350829", NationalCode.Parse("10350829").Value);
        Assert.Equal("0076229645", NationalCode.Parse("76229645").Value);
        Assert.Equal(NationalCode.Parse("0010350829"), NationalCode.Parse("٠٠١٠٣٥٠٨٢٩"));
    }

    [Fact]
    public void Parse_throws_a_FormatException_naming_the_check_digit()
    {
        var e = Assert.Throws<FormatException>(() => NationalCode.Parse("0010350828"));
        Assert.Contains("check digit", e.Message, StringComparison.Ordinal);
        Assert.True(default(NationalCode).IsDefault);
    }
}

public class LegalEntityIdTests
{
    [Theory]
    [InlineData("14005893875")]
    [InlineData("10380284790")]
    [InlineData("10100345673")]
    [InlineData("10860825302")]
    [InlineData("10320417919")]
    public void Valid_ids_are_accepted(string text) => Assert.Equal(text, LegalEntityId.Parse(text).Value);

    [Theory]
    [InlineData("14005893874", IdentifierRule.CheckDigit)]
    [InlineData("10380284791", IdentifierRule.CheckDigit)]
    [InlineData("12345678901", IdentifierRule.CheckDigit)]
    [InlineData("1400589387", IdentifierRule.Length)]
    [InlineData("10000000005", IdentifierRule.Format)]
    [InlineData("1400589387a", IdentifierRule.InvalidCharacter)]
    public void Invalid_ids_say_which_rule_failed(string text, IdentifierRule rule)
    {
        Assert.False(LegalEntityId.TryParse(text, out _, out IdentifierError error));
        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void Persian_digits_are_accepted() => Assert.Equal("14005893875", LegalEntityId.Parse("۱۴۰۰۵۸۹۳۸۷۵").Value);
}

public class ShebaTests
{
    [Theory]
    [InlineData("IR820540102680020817909002", "054")]
    [InlineData("IR062960000000100324200001", "296")]
    [InlineData("IR110170000000123456789001", "017")]
    [InlineData("IR430120000000000000000001", "012")]
    public void Valid_numbers_expose_the_bank_code(string text, string bank)
    {
        Sheba sheba = Sheba.Parse(text);
        Assert.Equal(text, sheba.Value);
        Assert.Equal(bank, sheba.BankCode);
        Assert.Equal(text.Substring(2, 2), sheba.CheckDigits);
    }

    [Fact]
    public void Spaces_lower_case_Persian_digits_and_a_missing_country_code_are_tolerated()
    {
        const string canonical = "IR820540102680020817909002";
        Assert.Equal(canonical, Sheba.Parse("ir82 0540 1026 8002 0817 9090 02").Value);
        Assert.Equal(canonical, Sheba.Parse("IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲").Value);
        Assert.Equal(canonical, Sheba.Parse("820540102680020817909002").Value);
        Assert.Equal("IR82 0540 1026 8002 0817 9090 02", Sheba.Parse(canonical).ToGroupedString());
    }

    [Theory]
    [InlineData("IR830540102680020817909002", IdentifierRule.CheckDigit)]
    [InlineData("IR820540102680020817909003", IdentifierRule.CheckDigit)]
    [InlineData("IR82054010268002081790900", IdentifierRule.Length)]
    [InlineData("DE820540102680020817909002", IdentifierRule.CountryCode)]
    [InlineData("IR8205401026800208179090x2", IdentifierRule.InvalidCharacter)]
    [InlineData("  ", IdentifierRule.Empty)]
    public void Invalid_numbers_say_which_rule_failed(string text, IdentifierRule rule)
    {
        Assert.False(Sheba.TryParse(text, out _, out IdentifierError error));
        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void A_bad_character_is_reported_at_its_position_in_the_whole_input()
    {
        Assert.False(Sheba.TryParse("IR8205401026800208179090x2", out _, out IdentifierError error));
        Assert.Contains("position 25", error.Message, StringComparison.Ordinal);
    }
}

public class PostalCodeTests
{
    [Theory]
    [InlineData("1619735744")]
    [InlineData("1193653471")]
    [InlineData("3715879635")]
    [InlineData("16197-35744")]
    [InlineData("۱۶۱۹۷۳۵۷۴۴")]
    public void Well_formed_codes_are_accepted(string text) => Assert.True(PostalCode.TryParse(text, out _));

    [Theory]
    [InlineData("0123456789", IdentifierRule.Format)]
    [InlineData("1625712345", IdentifierRule.Format)]
    [InlineData("1111198765", IdentifierRule.RepeatedDigits)]
    [InlineData("161973574", IdentifierRule.Length)]
    public void Malformed_codes_say_which_rule_failed(string text, IdentifierRule rule)
    {
        Assert.False(PostalCode.TryParse(text, out _, out IdentifierError error));
        Assert.Equal(rule, error.Rule);
    }
}

public class RegistrationNumberTests
{
    [Fact]
    public void Digits_are_accepted_and_kept_with_leading_zeros()
    {
        Assert.Equal("391130", RegistrationNumber.Parse("۳۹۱۱۳۰").Value);
        Assert.Equal("00123", RegistrationNumber.Parse("00123").Value);
    }

    [Theory]
    [InlineData("0000", IdentifierRule.Format)]
    [InlineData("1234567890123", IdentifierRule.Length)]
    [InlineData("12a", IdentifierRule.InvalidCharacter)]
    public void Bad_numbers_are_rejected(string text, IdentifierRule rule)
    {
        Assert.False(RegistrationNumber.TryParse(text, out _, out IdentifierError error));
        Assert.Equal(rule, error.Rule);
    }
}
