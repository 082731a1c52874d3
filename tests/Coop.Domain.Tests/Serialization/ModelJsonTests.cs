using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Model;

namespace Coop.Domain.Tests.Serialization;

public class ModelJsonTests
{
    private static string Json(Cooperative c) => JsonSerializer.Serialize(c, CoopJsonContext.Default.Cooperative);

    [Fact]
    public void A_full_cooperative_round_trips_to_the_same_graph()
    {
        Cooperative original = Samples.Juybar().Build();
        string json = Json(original);
        Cooperative back = JsonSerializer.Deserialize(json, CoopJsonContext.Default.Cooperative)!;

        Assert.Equal(json, Json(back));
        Assert.Equal(original.Members, back.Members);
        Assert.Equal(original.ShareLedger.Entries, back.ShareLedger.Entries);
        Assert.Equal(original.FacilityApplications, back.FacilityApplications);
        Assert.Equal(original.FactsAt(new SolarHijriDate(1404, 8, 25)).Capital, back.FactsAt(new SolarHijriDate(1404, 8, 25)).Capital);
    }

    [Fact]
    public void Names_are_camelCase_enums_kebab_case_money_integer_rials_and_dates_canonical()
    {
        string json = Json(Samples.Juybar().Build());

        Assert.Contains("\"kind\":\"employment-generating\"", json, StringComparison.Ordinal);
        Assert.Contains("\"registeredOn\":\"1398/03/15\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amountRequested\":200000000000", json, StringComparison.Ordinal);
        Assert.Contains("\"elections\":\"inspectors\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nominalValue\":1000000", json, StringComparison.Ordinal);
        Assert.Contains("\"countyCode\":\"02-JUYBAR\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9400000000000", 9_400_000_000_000L)]
    [InlineData("-5", -5L)]
    [InlineData("0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Money_reads_integer_rials_exactly(string json, long rials) =>
        Assert.Equal(Money.FromRials(rials), JsonSerializer.Deserialize(json, CoopJsonContext.Default.Money));

    [Theory]
    [InlineData("1.5", "not a whole number of rials")]
    [InlineData("1e3", "not a whole number of rials")]
    [InlineData("9223372036854775808", "out of range")]
    [InlineData("-9223372036854775808", "out of range")]
    [InlineData("\"20 میلیارد تومان\"", "integer number of rials")]
    [InlineData("null", "integer number of rials")]
    public void Money_rejects_fractions_overflow_and_strings_with_a_reason(string json, string expected)
    {
        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CoopJsonContext.Default.Money));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_writes_an_integer()
    {
        Assert.Equal("9400000000000", JsonSerializer.Serialize(Money.FromRials(9_400_000_000_000), CoopJsonContext.Default.Money));
        Assert.Equal("-7", JsonSerializer.Serialize(Money.FromRials(-7), CoopJsonContext.Default.Money));
    }

    [Theory]
    [InlineData("\"1404-Q3\"")]
    [InlineData("\"1404-07\"")]
    [InlineData("\"1404\"")]
    [InlineData("\"1404-H2\"")]
    public void Reporting_periods_round_trip_in_canonical_form(string json)
    {
        ReportingPeriod p = JsonSerializer.Deserialize(json, CoopJsonContext.Default.ReportingPeriod);
        Assert.Equal(json, JsonSerializer.Serialize(p, CoopJsonContext.Default.ReportingPeriod));
    }

    [Fact]
    public void A_bad_reporting_period_says_why()
    {
        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"1404-Q5\"", CoopJsonContext.Default.ReportingPeriod));
        Assert.Contains("1404-Q5", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_numbers_unknown_properties_and_missing_properties_are_rejected()
    {
        string json = Json(Samples.Juybar().Build());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            json.Replace("\"kind\":\"employment-generating\"", "\"kind\":0", StringComparison.Ordinal), CoopJsonContext.Default.Cooperative));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            json.Replace("{\"name\":", "{\"nmae\":\"x\",\"name\":", StringComparison.Ordinal), CoopJsonContext.Default.Cooperative));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            json.Replace("\"countyCode\":\"02-JUYBAR\",", string.Empty, StringComparison.Ordinal), CoopJsonContext.Default.Cooperative));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_on_read()
    {
        string json = Json(Samples.Juybar().Build());
        string relaxed = "/* a registry note */ " + json[..^1] + ",}";
        Assert.Equal(json, Json(JsonSerializer.Deserialize(relaxed, CoopJsonContext.Default.Cooperative)!));
    }

    [Fact]
    public void A_record_that_breaks_invariants_throws_the_model_exception_with_every_violation()
    {
        string json = Json(Samples.Juybar().Build())
            .Replace("\"countyCode\":\"02-JUYBAR\"", "\"countyCode\":\"02-ATLANTIS\"", StringComparison.Ordinal)
            .Replace("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":13", StringComparison.Ordinal);
        ModelValidationException e = Assert.Throws<ModelValidationException>(() => JsonSerializer.Deserialize(json, CoopJsonContext.Default.Cooperative));
        Assert.True(e.Violations.Count >= 2);
    }
}

public class ModelJsonDefaultArrayTests
{
    [Fact]
    public void Default_arrays_inside_parts_serialise_as_empty_arrays()
    {
        var b = Coop.Domain.Tests.Model.Samples.Juybar();
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Extraordinary, AssemblyCall.First, null,
            new Coop.Domain.Calendar.SolarHijriDate(1404, 5, 1), new Coop.Domain.Calendar.SolarHijriDate(1404, 5, 10), 5, 0, default, AssemblyElections.None));
        if (!b.TryBuild(out Cooperative? c, out var violations))
        {
            Assert.Fail(string.Join("; ", violations));
            return;
        }

        string json = System.Text.Json.JsonSerializer.Serialize(c, Coop.Domain.Serialization.CoopJsonContext.Default.Cooperative);
        Assert.Contains("\"resolutions\":[]", json, StringComparison.Ordinal);
    }
}

public class DefaultArrayPartsTests
{
    [Fact]
    public void A_default_seats_array_is_stored_as_empty()
    {
        var term = new BoardTerm(new Coop.Domain.Calendar.SolarHijriDate(1404, 1, 1), new Coop.Domain.Calendar.SolarHijriDate(1406, 12, 29), default);
        Assert.False(term.Seats.IsDefault);
        Assert.Empty(term.Seats);
    }
}

public class JsonLinesModelValidationTests
{
    [Fact]
    public void JsonLinesReader_turns_a_model_validation_exception_into_an_error_with_every_violation()
    {
        string good = System.Text.Json.JsonSerializer.Serialize(Coop.Domain.Tests.Model.Samples.Juybar().Build(), CoopJsonContext.Default.Cooperative);
        string bad = good
            .Replace("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":0", StringComparison.Ordinal)
            .Replace("\"name\":\"Member 3\"", "\"name\":\" \"", StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(good + "\n" + bad + "\n"));
        JsonLine<Cooperative>[] lines = JsonLinesReader.Read(stream, CoopJsonContext.Default.Cooperative).ToArray();

        Assert.True(lines[0].IsSuccess);
        JsonLineError error = lines[1].Error!;
        Assert.Equal(2, error.Line);
        Assert.Equal(2, error.Violations.Count);
        Assert.Contains("fiscalYearStartMonth", error.Message, StringComparison.Ordinal);
        Assert.Contains("members[2].name", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
