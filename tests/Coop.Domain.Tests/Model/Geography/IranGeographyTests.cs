using Coop.Domain.Model.Geography;

namespace Coop.Domain.Tests.Model.Geography;

public class IranGeographyTests
{
    [Fact]
    public void There_are_31_provinces_with_codes_00_to_30()
    {
        Assert.Equal(31, IranGeography.Provinces.Count);
        Assert.Equal(
            Enumerable.Range(0, 31).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)),
            IranGeography.Provinces.Select(p => p.Code));
        Assert.Equal(31, IranGeography.Provinces.Select(p => p.PersianName).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(31, IranGeography.Provinces.Select(p => p.EnglishName).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("00", "Markazi")]
    [InlineData("02", "Mazandaran")]
    [InlineData("IR-02", "Mazandaran")]
    [InlineData("۲۳", "Tehran")]
    [InlineData("30", "Alborz")]
    public void Provinces_are_found_by_ISO_code(string code, string english)
    {
        Assert.Equal(english, IranGeography.GetProvince(code).EnglishName);
    }

    [Fact]
    public void An_unknown_province_code_names_itself_in_the_error()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => IranGeography.GetProvince("31"));
        Assert.Contains("'31'", e.Message, StringComparison.Ordinal);
        Assert.False(IranGeography.TryGetProvince(null, out _));
    }

    [Fact]
    public void Mazandaran_has_its_22_counties_including_Juybar()
    {
        IReadOnlyList<County> counties = IranGeography.CountiesOf(IranGeography.Mazandaran);
        Assert.Equal(22, counties.Count);
        string[] expected =
        [
            "Abbasabad", "Amol", "Babol", "Babolsar", "Behshahr", "Chalus", "Fereydunkenar", "Galugah", "Juybar",
            "Kelardasht", "Mahmudabad", "Miandorud", "Neka", "Nur", "Nowshahr", "Qaemshahr", "Ramsar", "Sari",
            "Savadkuh", "North Savadkuh", "Simorgh", "Tonekabon",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), counties.Select(c => c.EnglishName).Order(StringComparer.Ordinal));
        Assert.All(counties, c => Assert.StartsWith("02-", c.Code, StringComparison.Ordinal));
        Assert.Equal(counties.Count, counties.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(IranGeography.CountiesOf(IranGeography.GetProvince("23")));
    }

    [Theory]
    [InlineData("جويبار")]          // Arabic Yeh
    [InlineData("جویبار")]
    [InlineData("Jouybar")]
    [InlineData("JUYBAR")]
    public void Juybar_is_found_by_any_common_spelling(string name)
    {
        Assert.True(IranGeography.TryFindCountyByName(name, out County? county));
        Assert.Equal("02-JUYBAR", county.Code);
        Assert.Same(IranGeography.Mazandaran, county.Province);
    }

    [Theory]
    [InlineData("قائم\u200Cشهر")]
    [InlineData("قائم شهر")]
    [InlineData("قائمشهر")]
    [InlineData("Qaem Shahr")]
    public void Half_spaces_and_spaces_in_names_do_not_matter(string name)
    {
        Assert.True(IranGeography.TryFindCountyByName(name, out County? county));
        Assert.Equal("02-QAEMSHAHR", county.Code);
    }

    [Theory]
    [InlineData("كرمانشاه", "05")]   // Arabic Kaf
    [InlineData("سيستان و بلوچستان", "11")]
    [InlineData("razavi khorasan", "09")]
    [InlineData("Kohgiluyeh and Boyer Ahmad", "17")]
    public void Provinces_are_found_by_Persian_or_English_name_with_Arabic_letters_normalised(string name, string code)
    {
        Assert.True(IranGeography.TryFindProvinceByName(name, out Province? province));
        Assert.Equal(code, province.Code);
    }

    [Fact]
    public void County_codes_are_found_case_insensitively_and_unknown_ones_fail_clearly()
    {
        Assert.Equal("Sari", IranGeography.GetCounty("02-sari").EnglishName);
        var e = Assert.Throws<KeyNotFoundException>(() => IranGeography.GetCounty("02-NOWHERE"));
        Assert.Contains("02-NOWHERE", e.Message, StringComparison.Ordinal);
        Assert.False(IranGeography.TryFindCountyByName("Nowhere", out _));
    }

    [Fact]
    public void Names_are_stored_with_Farsi_letters()
    {
        Assert.All(IranGeography.Provinces, p => Assert.Equal(Coop.Domain.Text.PersianText.Normalize(p.PersianName), p.PersianName));
        Assert.All(IranGeography.Counties, c => Assert.Equal(Coop.Domain.Text.PersianText.Normalize(c.PersianName), c.PersianName));
        Assert.Equal("IR-02", IranGeography.Mazandaran.IsoCode);
        Assert.Equal("02-JUYBAR Juybar", IranGeography.GetCounty("02-JUYBAR").ToString());
    }
}
