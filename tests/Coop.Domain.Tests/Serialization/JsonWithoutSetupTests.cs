using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Model;

namespace Coop.Domain.Tests.Serialization;

/// <summary>An application's own DTO holding the library's values: what a web API returns.</summary>
public sealed record ConsumerDto(
    SolarHijriDate Date,
    ReportingPeriod Period,
    Money Amount,
    NationalCode Person,
    LegalEntityId Company,
    PostalCode Postal,
    RegistrationNumber Registration,
    Sheba Account,
    CooperativeKind Kind,
    AssemblyElections Elections,
    PolicyOutcome Outcome,
    SolarHijriDate? Missing);

/// <summary>The application's source-generated context: it knows nothing of the library's converters.</summary>
[JsonSerializable(typeof(ConsumerDto))]
[JsonSerializable(typeof(Dictionary<SolarHijriDate, Money>))]
[JsonSerializable(typeof(Coop.Domain.Eligibility.Policies.Decision))]
internal sealed partial class ConsumerJsonContext : JsonSerializerContext;

public class JsonWithoutSetupTests
{
    private const string Expected =
        "\"date\":\"1404/08/25\",\"period\":\"1404-Q3\",\"amount\":9400000000000,\"person\":\"0010350829\",\"company\":\"10320417919\","
        + "\"postal\":\"1193653471\",\"registration\":\"12345\",\"account\":\"IR820540102680020817909002\",\"kind\":\"employment-generating\","
        + "\"elections\":\"board, inspectors\",\"outcome\":\"needs-review\",\"missing\":null";

    private static readonly ConsumerDto s_dto = new(
        new SolarHijriDate(1404, 8, 25),
        ReportingPeriod.Season(1404, 3),
        Money.FromRials(9_400_000_000_000),
        NationalCode.Parse("0010350829"),
        LegalEntityId.Parse("10320417919"),
        PostalCode.Parse("1193653471"),
        RegistrationNumber.Parse("12345"),
        Sheba.Parse("IR820540102680020817909002"),
        CooperativeKind.EmploymentGenerating,
        AssemblyElections.Board | AssemblyElections.Inspectors,
        PolicyOutcome.NeedsReview,
        null);

    public static TheoryData<string> Options => ["default", "web", "source-generated"];

    private static JsonSerializerOptions Make(string kind) => kind switch
    {
        "default" => new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase },
        "web" => new JsonSerializerOptions(JsonSerializerDefaults.Web),
        _ => new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = ConsumerJsonContext.Default },
    };

    [Theory]
    [MemberData(nameof(Options))]
    public void The_values_write_their_registry_forms_with_any_options(string kind)
    {
        string json = JsonSerializer.Serialize(s_dto, Make(kind));

        Assert.Equal("{" + Expected + "}", json);
        Assert.Equal(s_dto, JsonSerializer.Deserialize<ConsumerDto>(json, Make(kind)));
    }

    [Fact]
    public void Dates_key_dictionaries_as_canonical_text()
    {
        var byDay = new Dictionary<SolarHijriDate, Money> { [new SolarHijriDate(1404, 1, 1)] = Money.FromRials(5) };
        string json = JsonSerializer.Serialize(byDay, ConsumerJsonContext.Default.DictionarySolarHijriDateMoney);
        Assert.Equal("{\"1404/01/01\":5}", json);
    }

    [Theory]
    [InlineData("\"date\":\"1404/08/25\"", "\"date\":\"1404/07/31\"", "Mehr 1404 has 30 days")]
    [InlineData("\"date\":\"1404/08/25\"", "\"date\":14040825", "must be a string such as")]
    [InlineData("\"period\":\"1404-Q3\"", "\"period\":\"1404-Q5\"", "Invalid reporting period \"1404-Q5\"")]
    [InlineData("\"amount\":9400000000000", "\"amount\":\"940 billion toman\"", "integer number of rials")]
    [InlineData("\"amount\":9400000000000", "\"amount\":1.5", "not a whole number of rials")]
    [InlineData("\"person\":\"0010350829\"", "\"person\":\"0010350828\"", "check digit")]
    [InlineData("\"account\":\"IR820540102680020817909002\"", "\"account\":12", "must be a JSON string")]
    [InlineData("\"kind\":\"employment-generating\"", "\"kind\":\"employment\"", "'employment' is not a name of CooperativeKind: expected one of employment-generating, housing")]
    [InlineData("\"kind\":\"employment-generating\"", "\"kind\":3", "not a number")]
    [InlineData("\"elections\":\"board, inspectors\"", "\"elections\":\"board, cats\"", "'cats' is not a name of AssemblyElections: expected one or more, separated by commas, of none, board")]
    public void Bad_input_is_a_JsonException_that_says_what_and_where(string good, string bad, string says)
    {
        string json = "{" + Expected.Replace(good, bad, StringComparison.Ordinal) + "}";

        JsonException e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ConsumerDto>(json, Make("web")));

        Assert.Contains(says, e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Path);
    }

    [Fact]
    public void Enums_read_their_names_in_any_case_and_their_CSharp_names()
    {
        var options = Make("web");
        Assert.Equal(PolicyOutcome.NeedsReview, JsonSerializer.Deserialize<PolicyOutcome>("\"Needs-Review\"", options));
        Assert.Equal(PolicyOutcome.NeedsReview, JsonSerializer.Deserialize<PolicyOutcome>("\"NeedsReview\"", options));
        Assert.Equal(AssemblyElections.None, JsonSerializer.Deserialize<AssemblyElections>("\"none\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize((PolicyOutcome)42, options));
    }

    [Fact]
    public void CoopJsonContext_joins_an_applications_resolver_chain()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ConsumerJsonContext.Default, CoopJsonContext.Default),
        };
        Cooperative coop = Samples.Juybar().Build();

        string dto = JsonSerializer.Serialize(s_dto, options);
        string json = JsonSerializer.Serialize(coop, options);

        Assert.Equal("{" + Expected + "}", dto);
        Assert.Equal(JsonSerializer.Serialize(coop, CoopJsonContext.Default.Cooperative), json);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<Cooperative>(json, options), options));
    }
}
