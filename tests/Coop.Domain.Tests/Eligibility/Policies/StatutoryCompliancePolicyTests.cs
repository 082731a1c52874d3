using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Eligibility.Policies;

/// <summary>The shipped statutory-compliance policy: it is embedded, compiles against the standard fact schema, and
/// judges its base cooperative as the catalogue says.</summary>
public class StatutoryCompliancePolicyTests
{
    internal const string PolicyPath = "seeds/policies/statutory-compliance.json";
    internal const string BasePath = "seeds/scenarios/bases/statute-employment-coop.json";

    internal static Policy ReadPolicy() => PolicyFile.ReadFile(RepoFiles.Path(PolicyPath)).GetPolicyOrThrow();

    private static readonly string[] AssumedParameters =
        ["ordinaryMaxMemberShare", "extraordinaryFirstCallQuorum", "extraordinarySecondCallQuorum", "boardTermLength", "statementsToInspectorsBefore", "statuteAlignmentDeadline", "extraordinaryMajority"];

    private static readonly string[] SourcedParameters =
        ["minimumMembers", "restoreMembersWithin", "paidInAtRegistrationDivisor", "pjsNaturalPersonMaxShare", "maxProxiesPerMember", "firstCallQuorum", "boardMinSize", "boardMaxSize", "pjsBoardTermLength", "pjsStatementsToInspectorsBefore",
         "stateBodiesMaxShareLessDeveloped", "stateBodiesMaxShareElsewhere", "publicNonGovernmentalMaxShareEach", "publicNonGovernmentalMaxShareTogether",
         "maxNonMemberShareOfCapital", "ministryWarningsForDissolution", "ministryWarningWindow", "inspectorsReportBefore"];

    internal static CompiledPolicy<EligibilityFacts> Compiled { get; } = new(ReadPolicy(), CoopFactSchema.Instance);

    internal static JsonNode BaseJson() =>
        JsonNode.Parse(File.ReadAllText(RepoFiles.Path(BasePath)), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;

    internal static Cooperative ToCooperative(JsonNode json) =>
        json.Deserialize(CoopJsonContext.Default.Cooperative) ?? throw new InvalidOperationException("null cooperative");

    private static Decision Evaluate(JsonNode json, SolarHijriDate asOf) => Compiled.Evaluate(new EligibilityFacts(ToCooperative(json), asOf), asOf);

    [Fact]
    public void The_policy_is_embedded_under_the_shared_resource_name_and_compiles_against_the_standard_schema()
    {
        Assembly library = typeof(CoopFactSchema).Assembly;
        Assert.Contains("Coop.Domain.Policies.statutory-compliance.json", library.GetManifestResourceNames());
        Assert.DoesNotContain(library.GetManifestResourceNames(), n => n.EndsWith("example-policy.json", StringComparison.Ordinal) || n.EndsWith("policy.schema.json", StringComparison.Ordinal));

        using Stream stream = library.GetManifestResourceStream("Coop.Domain.Policies.statutory-compliance.json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Policy embedded = PolicyFile.Read(buffer.ToArray(), "embedded").GetPolicyOrThrow();
        Assert.Equal("statutory-compliance", embedded.Id);
        Assert.Equal(ReadPolicy().Rules.Count, embedded.Rules.Count);
        var compiled = new CompiledPolicy<EligibilityFacts>(embedded, CoopFactSchema.Instance);
        Assert.Equal("statutory-compliance", compiled.Policy.Id);
    }

    [Fact]
    public void Every_shipped_policy_file_is_embedded()
    {
        string[] resources = typeof(CoopFactSchema).Assembly.GetManifestResourceNames();
        foreach (string file in Directory.GetFiles(RepoFiles.Path("seeds/policies"), "*.json"))
        {
            string name = Path.GetFileName(file);
            bool shipped = name is not ("example-policy.json" or "policy.schema.json");
            Assert.Equal(shipped, resources.Contains("Coop.Domain.Policies." + name));
        }
    }

    [Fact]
    public void Every_rule_and_every_parameter_value_names_register_entries_and_nothing_outside_the_repository()
    {
        Policy p = ReadPolicy();
        PolicyBasis basis = PolicyBasis.Of(p, SourceRegister.Shipped);
        Assert.Empty(basis.Errors);
        Assert.Empty(basis.Warnings);
        Assert.All(p.Rules, r => Assert.NotEmpty(r.Sources));
        Assert.All(p.Parameters, x => Assert.All(x.Values.Where(v => !v.IsEnd), v => Assert.NotEmpty(x.SourcesOf(v))));
        Assert.All(p.Parameters, x => Assert.False(string.IsNullOrWhiteSpace(x.Unit)));
        Assert.All(p.Rules, r => Assert.DoesNotContain(".md", r.Citation ?? "", StringComparison.Ordinal));
        Assert.All(p.Parameters, x => Assert.DoesNotContain(".md", x.Source ?? "", StringComparison.Ordinal));
        // A failure resting on an assumption is needs review, never ineligible (the default).
        Assert.Equal(AssumptionFailureHandling.NeedsReview, p.Outcomes.AssumptionFailures);
        // The numbers no source gives stand as assumptions; the sourced ones do not.
        Assert.All(
            AssumedParameters,
            n => Assert.All(basis.Parameter(n).Values, v => Assert.True(v.RestsOnAssumption, n)));
        Assert.All(
            SourcedParameters,
            n => Assert.All(basis.Parameter(n).Values, v => Assert.False(v.RestsOnAssumption, n)));
        // The other kinds' 1389 minimums are the official table; their 1401 figure is the assumption.
        Assert.Equal([false, true], basis.Parameter("minimumMembersOtherKinds").Values.Select(v => v.RestsOnAssumption));
    }

    [Fact]
    public void The_base_cooperative_complies_on_1404_09_01()
    {
        Decision d = Evaluate(BaseJson(), new SolarHijriDate(1404, 9, 1));
        Assert.Equal(PolicyOutcome.Eligible, d.Outcome);
        Assert.All(d.Rules, r => Assert.True(
            r.Status is RuleStatus.Passed || (r.Status is RuleStatus.NotApplicable && (r.Code.StartsWith("PJS_", StringComparison.Ordinal) || r.Id.StartsWith("pjs-", StringComparison.Ordinal)
                || r.Id is "minimum-members-other-kinds" or "members-below-minimum-too-long-other-kinds" or "housing-maximum-members" or "board-size-large-cooperative"
                || r.Code is "INACTIVE_OVER_A_YEAR" or "QUORUM_SECOND_CALL" or "EXTRAORDINARY_QUORUM_FIRST_CALL" or "EXTRAORDINARY_QUORUM_SECOND_CALL"
                // Public joint-stock only, or resting only on optional facts the base does not record (not applicable, never passed).
                || r.Id is "state-bodies-share" or "public-non-governmental-share" or "member-capital-majority" or "ministry-warnings" or "bankruptcy"
                    or "extraordinary-majority" or "inspectors-report-before-assembly" or "multipurpose-board-employed")),
            r.Code + " " + r.Status + " " + r.MissingFact + " " + r.Error + " " + r.MessageEn));
    }

    [Fact]
    public void The_assumed_ordinary_share_cap_applies_from_the_by_law_on_and_its_failure_needs_review()
    {
        JsonNode json = BaseJson();
        // Member 11 receives the 500 shares of each of members 12 to 18 on 1403/12/30 (a day that exists: 1403 is leap): 40%.
        JsonArray entries = json["shareLedger"]!["entries"]!.AsArray();
        for (int from = 12; from <= 18; from++)
        {
            entries.Add(new JsonObject
            {
                ["date"] = "1403/12/30", ["kind"] = "transfer", ["memberNumber"] = from, ["shares"] = 500,
                ["amount"] = 500_000_000, ["toMemberNumber"] = 11,
            });
        }

        // The former catalogue started the cap on an invented 1404/01/01; it now starts with the by-law and is an assumption.
        foreach (SolarHijriDate asOf in new[] { new SolarHijriDate(1403, 12, 30), new SolarHijriDate(1404, 1, 1) })
        {
            Decision d = Evaluate(json, asOf);
            RuleResult cap = d["ordinary-member-share-cap"];
            Assert.Equal(RuleStatus.Failed, cap.Status);
            Assert.True(cap.RestsOnAssumption);
            Assert.Contains("40", cap.MessageEn, StringComparison.Ordinal);
            Assert.Equal(PolicyOutcome.NeedsReview, d.Outcome);
        }
    }
}
