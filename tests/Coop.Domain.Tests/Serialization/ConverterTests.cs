using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

public class ConverterTests
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        Converters =
        {
            new SolarHijriDateJsonConverter(),
            new NationalCodeJsonConverter(),
            new LegalEntityIdJsonConverter(),
            new ShebaJsonConverter(),
            new PostalCodeJsonConverter(),
            new RegistrationNumberJsonConverter(),
        },
    };

    private sealed record Sample(
        SolarHijriDate Date,
        NationalCode Person,
        LegalEntityId Entity,
        Sheba Account,
        PostalCode Postal,
        RegistrationNumber Registration,
        Dictionary<SolarHijriDate, int> ByDate);

    [Fact]
    public void Dates_and_identifiers_round_trip_as_strings()
    {
        var sample = new Sample(
            new SolarHijriDate(1404, 8, 25),
            NationalCode.Parse("0010350829"),
            LegalEntityId.Parse("10320417919"),
            Sheba.Parse("IR820540102680020817909002"),
            PostalCode.Parse("1619735744"),
            RegistrationNumber.Parse("391130"),
            new Dictionary<SolarHijriDate, int> { [new SolarHijriDate(1403, 12, 30)] = 7 });

        string json = JsonSerializer.Serialize(sample, s_options);
        Assert.Contains("\"Date\":\"1404/08/25\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Person\":\"0010350829\"", json, StringComparison.Ordinal);
        Assert.Contains("\"1403/12/30\":7", json, StringComparison.Ordinal);

        Sample back = JsonSerializer.Deserialize<Sample>(json, s_options)!;
        Assert.Equal(sample.Date, back.Date);
        Assert.Equal(sample.Person, back.Person);
        Assert.Equal(sample.Entity, back.Entity);
        Assert.Equal(sample.Account, back.Account);
        Assert.Equal(sample.Postal, back.Postal);
        Assert.Equal(sample.Registration, back.Registration);
        Assert.Equal(7, back.ByDate[new SolarHijriDate(1403, 12, 30)]);
    }

    [Theory]
    [InlineData("\"1404-08-25\"", 1404, 8, 25)]
    [InlineData("\"1403/12/30\"", 1403, 12, 30)]
    [InlineData("\"\\u0031404/08/25\"", 1404, 8, 25)]
    public void Dates_are_read_in_canonical_forms(string json, int y, int m, int d)
    {
        Assert.Equal(new SolarHijriDate(y, m, d), JsonSerializer.Deserialize<SolarHijriDate>(json, s_options));
    }

    [Theory]
    [InlineData("\"1404/07/31\"", "Mehr 1404 has 30 days")]
    [InlineData("\"1404/12/30\"", "Esfand 1404 has 29 days")]
    [InlineData("\"1404/13/01\"", "not a date")]
    [InlineData("\"yesterday\"", "yyyy/MM/dd")]
    [InlineData("14040825", "must be a string")]
    public void Bad_dates_are_JsonExceptions_that_say_why(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SolarHijriDate>(json, s_options));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_identifier_is_a_JsonException_with_the_failed_rule_and_the_path()
    {
        const string json = """{"Person":"0010350828"}""";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, NationalCode>>(json, s_options));
        Assert.Contains("check digit", e.Message, StringComparison.Ordinal);
        Assert.Equal("$.Person", e.Path);
    }
}
