using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyWriterTests
{
    [Fact]
    public void The_example_policy_written_and_read_back_is_equal()
    {
        Policy original = PolicyFile.ReadFile(RepoFiles.Path("seeds/policies/example-policy.json")).GetPolicyOrThrow();
        string json = PolicyWriter.ToJson(original);
        PolicyAssert.Equal(original, PolicyFile.Parse(json, "written.json"));
    }

    [Fact]
    public void A_builder_made_policy_can_be_saved_as_a_file_and_read_back()
    {
        Policy built = PolicyBuilderTests.Example().Build();
        string path = Path.Combine(Path.GetTempPath(), "coop-writer-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            PolicyWriter.WriteFile(built, path);
            PolicyAssert.Equal(built, PolicyFile.ReadFile(path).GetPolicyOrThrow());
            byte[] bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_json_is_readable_and_leaves_defaults_out()
    {
        string json = PolicyWriter.ToJson(PolicyBuilderTests.Example().Build());
        Assert.StartsWith("{\n  \"$schema\": \"policy.schema.json\",\n  \"id\": \"example-credit\"", json, StringComparison.Ordinal);
        Assert.Contains("نمونه‌ی سیاست", json, StringComparison.Ordinal); // Persian is not \u-escaped
        Assert.Contains("\"50000000000 rial\"", json, StringComparison.Ordinal);
        Assert.Contains("\"4 months\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"outcomes\"", json, StringComparison.Ordinal); // the default mapping
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", PolicyWriter.ToJson(PolicyBuilderTests.Example().Build(), schema: null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_outcome_mapping_and_an_ended_parameter_round_trip()
    {
        Policy p = PolicyBuilder.Create("custom", 2)
            .Title("ف", "E")
            .Effective(new(1404, 1, 1))
            .Parameter("cap", Coop.Domain.Eligibility.Expressions.FactType.Money, x => x.From(new(1404, 1, 1), 5L).EndsOn(new(1404, 6, 1)))
            .Rule("r", r => r.Code("R").Warning().Check("true").Message("a", "b"))
            .Outcome(RuleSeverity.Warning, RuleStatus.NotApplicable, PolicyOutcome.NeedsReview)
            .Outcome(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Ineligible)
            .Build();
        string json = PolicyWriter.ToJson(p);
        Assert.Contains("\"status\": \"notApplicable\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"needsReview\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": null", json, StringComparison.Ordinal);
        PolicyAssert.Equal(p, PolicyFile.Parse(json));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyWriter.ToJson(null!));
        Assert.ThrowsAny<ArgumentException>(() => PolicyWriter.WriteFile(PolicyBuilderTests.Example().Build(), ""));
    }
}
