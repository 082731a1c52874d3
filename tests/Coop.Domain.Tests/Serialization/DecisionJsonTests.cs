using System.Text.Json;
using System.Text.Json.Nodes;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Cli;
using Coop.Domain.Tests.Eligibility;
using Coop.Domain.Tests.Eligibility.Batch;
using Coop.Domain.Tests.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Serialization;

public class DecisionJsonTests
{
    private static readonly JsonSerializerOptions s_web = new(JsonSerializerDefaults.Web);

    private static readonly JsonDocument s_schema = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("seeds/decisions/decision.schema.json")));

    /// <summary>Decisions with every rule status, every outcome the test policy has, values of several types, and traces.</summary>
    private static IEnumerable<Decision> Decisions()
    {
        CompiledPolicy<TestFacts> compiled = Compiled();
        var asOf = Date(1404, 6, 15);
        yield return compiled.Evaluate(Passing(), asOf, trace: true);
        TestFacts members = Passing();
        members.Cooperative!.MemberCount = 8;
        yield return compiled.Evaluate(members, asOf);
        TestFacts amount = Passing();
        amount.Application!.Amount = 1_500_000_000m;
        yield return compiled.Evaluate(amount, asOf, trace: true);
        TestFacts assembly = Passing();
        assembly.Cooperative!.LastAssembly!.HeldOn = Date(1403, 4, 2);
        yield return compiled.Evaluate(assembly, asOf, trace: true);
        TestFacts missing = Passing();
        missing.Cooperative!.MemberCount = null;
        missing.Cooperative.Active = false;
        yield return compiled.Evaluate(missing, asOf, trace: true);
        string dividing = Valid.Replace("cooperative.debtRatio <= 1\"", "cooperative.debtRatio / 0 <= 1\"", StringComparison.Ordinal);
        yield return Compiled(dividing).Evaluate(Passing(), asOf, trace: true);
    }

    [Fact]
    public void Decisions_cover_every_rule_status()
    {
        Assert.Equal(Enum.GetValues<RuleStatus>().Order(), Decisions().SelectMany(d => d.Rules).Select(r => r.Status).Distinct().Order());
    }

    [Fact]
    public void The_librarys_serialization_validates_against_the_schema_and_writes_only_what_it_describes()
    {
        foreach (Decision decision in Decisions())
        {
            using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(decision));
            Assert.Empty(SchemaCheck.Validate(s_schema.RootElement, json.RootElement, strict: true));
        }
    }

    [Fact]
    public void A_decision_resting_on_an_assumption_carries_rule_sources_the_note_and_the_parameters_it_used_and_validates()
    {
        var policy = new CompiledPolicy<TestFacts>(Policy(AssumptionOutcomeTests.Json), TestSchema.Schema, sources: Coop.Domain.Eligibility.Sources.SourceRegister.Parse(Coop.Domain.Tests.Eligibility.Sources.SourceRegisterTests.Good));
        TestFacts facts = TestSchema.Sample();
        facts.Cooperative!.MemberCount = 8;
        facts.Cooperative.DebtRatio = 0.5m;
        facts.Application!.Amount = 900_000_000m;
        Decision decision = policy.Evaluate(facts, Date(1404, 6, 1), trace: true);
        Assert.Equal(PolicyOutcome.NeedsReview, decision.Outcome);

        using JsonDocument json = JsonDocument.Parse(DecisionJson.ToJson(decision));
        Assert.Empty(SchemaCheck.Validate(s_schema.RootElement, json.RootElement, strict: true));

        JsonElement root = json.RootElement;
        Assert.True(root.GetProperty("restsOnAssumption").GetBoolean());
        JsonElement members = root.GetProperty("rules")[0];
        Assert.Equal("members", members.GetProperty("id").GetString());
        Assert.Equal(["coop-sector-law-art-54"], members.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
        Assert.True(members.GetProperty("restsOnAssumption").GetBoolean());
        Assert.Equal("rests on an unverified assumption: $minimumMembers from 1404/01/01 (assumed-ceiling)", members.GetProperty("assumptionNote").GetProperty("en").GetString());
        JsonElement amount = root.GetProperty("rules")[1];
        Assert.False(amount.GetProperty("restsOnAssumption").GetBoolean());
        Assert.Equal(JsonValueKind.Null, amount.GetProperty("assumptionNote").ValueKind);

        JsonElement[] parameters = [.. root.GetProperty("parameters").EnumerateArray()];
        Assert.Equal(["minimumMembers", "maximumAmount", "debtCap"], parameters.Select(p => p.GetProperty("name").GetString()));
        JsonElement minimum = parameters[0];
        Assert.Equal("1404/01/01", minimum.GetProperty("effectiveFrom").GetString());
        Assert.Equal(JsonValueKind.Null, minimum.GetProperty("value").ValueKind);
        Assert.Equal(10, minimum.GetProperty("values").GetProperty("consumer").GetProperty("value").GetInt64());
        Assert.Equal(["assumed-ceiling"], minimum.GetProperty("sources").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("assumption", minimum.GetProperty("standing").GetString());
        Assert.True(minimum.GetProperty("restsOnAssumption").GetBoolean());
        Assert.Equal(["members"], minimum.GetProperty("usedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, parameters[1].GetProperty("standing").ValueKind);
        Assert.Equal("money", parameters[1].GetProperty("value").GetProperty("type").GetString());
        Assert.Equal("secondary", parameters[2].GetProperty("standing").GetString());
    }

    [Fact]
    public void Every_options_write_the_same_contract()
    {
        foreach (Decision decision in Decisions())
        {
            JsonNode expected = JsonNode.Parse(DecisionJson.ToJson(decision))!;
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(decision))));
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(decision, s_web))));
            Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(JsonSerializer.Serialize(decision, ConsumerJsonContext.Default.Decision))));
        }
    }

    [Fact]
    public void The_contract_writes_typed_values_and_both_languages()
    {
        TestFacts members = Passing();
        members.Cooperative!.MemberCount = 8;
        JsonNode json = JsonNode.Parse(JsonSerializer.Serialize(Compiled().Evaluate(members, Date(1404, 6, 15))))!;
        JsonNode rule = json["rules"]!.AsArray().Single(r => (string?)r!["id"] == "members")!;

        Assert.Equal("ineligible", (string?)json["outcome"]);
        Assert.Equal("1404/06/15", (string?)json["asOf"]);
        Assert.Equal("failed", (string?)rule["status"]);
        Assert.Equal("MIN_MEMBERS", (string?)rule["code"]);
        Assert.Equal("{\"type\":\"integer\",\"value\":8}", rule["observed"]!.ToJsonString());
        Assert.Equal("8 members; at least 10 required.", (string?)rule["message"]!["en"]);
        Assert.Equal("تعداد اعضا ۸ است؛ دست‌کم ۱۰ لازم است.", (string?)rule["message"]!["fa"]);
        Assert.Null(json["trace"]);
        Assert.Equal("{\"type\":\"money\",\"value\":500000000}", JsonSerializer.Serialize(FactValue.Money(500_000_000)));
        Assert.Equal("{\"type\":\"duration\",\"value\":{\"months\":4,\"days\":0}}", JsonSerializer.Serialize(FactValue.Duration(CalendarDuration.FromMonths(4))));
    }

    [Fact]
    public void The_CLI_prints_the_same_contract_for_each_decision_with_and_without_a_trace()
    {
        foreach (string[] extra in (string[][])[["--format", "json"], ["--format", "json", "--trace"], ["--format", "json", "--lang", "fa"]])
        {
            var (code, output, _) = CliTestHost.Run(
                ["evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet", .. extra]);

            Assert.Equal(0, code);
            using JsonDocument doc = JsonDocument.Parse(output);
            JsonElement decisions = doc.RootElement.GetProperty("decisions");
            Assert.True(decisions.GetArrayLength() > 0);
            foreach (JsonElement row in decisions.EnumerateArray())
            {
                Assert.Empty(SchemaCheck.Validate(s_schema.RootElement, row.GetProperty("decision"), strict: true));
            }
        }
    }

    [Fact]
    public void The_check_catches_a_decision_that_breaks_the_contract()
    {
        JsonNode json = JsonNode.Parse(JsonSerializer.Serialize(Decisions().First()))!;
        json["outcome"] = "maybe";
        json["rules"]![0]!["undocumented"] = 1;
        json.AsObject().Remove("score");
        using JsonDocument bad = JsonDocument.Parse(json.ToJsonString());

        List<string> problems = SchemaCheck.Validate(s_schema.RootElement, bad.RootElement, strict: true);

        Assert.Contains(problems, p => p.Contains("'maybe' is not one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown property 'undocumented'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing required 'score'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_embeds_the_repositorys_schema()
    {
        Assert.Equal(File.ReadAllText(RepoFiles.Path("seeds/decisions/decision.schema.json")), DecisionJson.Schema);
    }

    [Fact]
    public void Reading_a_decision_says_the_contract_is_an_output()
    {
        var e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Decision>("{}"));
        Assert.Contains("JsonDocument", e.Message, StringComparison.Ordinal);
    }
}
