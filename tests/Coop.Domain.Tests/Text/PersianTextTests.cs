using Coop.Domain.Text;

namespace Coop.Domain.Tests.Text;

public class PersianTextTests
{
    [Theory]
    [InlineData("۱۴۰۴/۰۸/۲۵", "1404/08/25")]
    [InlineData("١٤٠٤/٠٨/٢٥", "1404/08/25")]
    [InlineData("تعاوني كشاورزي", "تعاونی کشاورزی")]
    [InlineData("مصطفى", "مصطفی")]
    [InlineData("می‌خواهم", "می‌خواهم")]
    [InlineData("", "")]
    public void Normalize_maps_digits_and_Arabic_letters_and_keeps_the_half_space(string input, string expected)
    {
        Assert.Equal(expected, PersianText.Normalize(input));
    }

    [Fact]
    public void Normalize_returns_the_same_instance_when_nothing_changes()
    {
        const string text = "1404/08/25 آبان";
        Assert.Same(text, PersianText.Normalize(text));
        Assert.Equal(string.Empty, PersianText.Normalize(null));
    }

    [Fact]
    public void ToPersianDigits_replaces_ASCII_digits_only()
    {
        Assert.Equal("۲۵ آبان ۱۴۰۴", PersianText.ToPersianDigits("25 آبان 1404"));
    }
}
