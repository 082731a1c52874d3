using System.Text.Json;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Model;

/// <summary>The optional facts the law asks about (issue 15 §4): checked when present, absent by default, and in JSON
/// left out when absent and read back equal when present.</summary>
public class OptionalLawFactsTests
{
    private static string Json(Cooperative c) => JsonSerializer.Serialize(c, CoopJsonContext.Default.Cooperative);

    private static Cooperative Read(string json) => JsonSerializer.Deserialize(json, CoopJsonContext.Default.Cooperative)!;

    internal static CooperativeBuilder WithEveryOptionalFact()
    {
        CooperativeBuilder b = Juybar();
        b.Members[7] = b.Members[7] with { LegalType = MemberLegalType.PublicNonGovernmental };
        b.Members[0] = b.Members[0] with { LegalType = MemberLegalType.NaturalPerson };
        b.NonMemberCapital = Money.FromRials(300_000_000);
        b.MinistryWarnings = [new MinistryWarning(D(1404, 7, 1)), new MinistryWarning(D(1403, 2, 1))];
        b.Bankruptcy = Bankruptcy.None;
        b.InLessDevelopedRegion = true;
        b.Assemblies[0] = b.Assemblies[0] with { InspectorsReportOn = D(1404, 4, 10) };
        b.Assemblies.Add(new GeneralAssembly(AssemblyKind.Extraordinary, AssemblyCall.First, null, D(1404, 5, 1), D(1404, 5, 20), 6, 0,
            ["اصلاح اساسنامه"], AssemblyElections.None)
        {
            Votes = [new ResolutionVote("اصلاح اساسنامه", 6, 4, VoteMajority.TwoThirds)],
        });
        b.FacilityApplications[0] = b.FacilityApplications[0] with
        {
            BoardMembersWithReturnedCheques = 1,
            ProjectSettlement = SettlementType.Town,
            ProjectSettlementPopulation = 9_999,
            ProjectInBorderArea = false,
        };
        return b;
    }

    [Fact]
    public void Without_optional_facts_nothing_is_recorded_and_the_JSON_has_none_of_their_properties()
    {
        Cooperative c = Juybar().Build();
        Assert.Null(c.NonMemberCapital);
        Assert.Null(c.MinistryWarnings);
        Assert.Null(c.Bankruptcy);
        Assert.Null(c.InLessDevelopedRegion);
        Assert.All(c.Members, m => Assert.Null(m.LegalType));

        string json = Json(c);
        foreach (string name in new[] { "legalType", "nonMemberCapital", "ministryWarnings", "bankruptcy", "inLessDevelopedRegion", "votes", "inspectorsReportOn", "boardMembersWithReturnedCheques", "projectSettlement", "projectInBorderArea" })
        {
            Assert.DoesNotContain("\"" + name + "\"", json, StringComparison.Ordinal);
        }

        Assert.Equal(json, Json(Read(json)));
    }

    [Fact]
    public void Every_optional_fact_round_trips_through_JSON()
    {
        Cooperative original = WithEveryOptionalFact().Build();
        string json = Json(original);
        Cooperative back = Read(json);

        Assert.Equal(json, Json(back));
        Assert.Contains("\"legalType\":\"public-non-governmental\"", json, StringComparison.Ordinal);
        Assert.Contains("\"legalType\":\"natural-person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nonMemberCapital\":300000000", json, StringComparison.Ordinal);
        Assert.Contains("\"ministryWarnings\":[{\"issuedOn\":\"1403/02/01\"},{\"issuedOn\":\"1404/07/01\"}]", json, StringComparison.Ordinal);
        Assert.Contains("\"bankruptcy\":{\"declared\":false,\"declaredOn\":null}", json, StringComparison.Ordinal);
        Assert.Contains("\"majorityRequired\":\"two-thirds\"", json, StringComparison.Ordinal);
        Assert.Contains("\"projectSettlement\":\"town\"", json, StringComparison.Ordinal);
        Assert.Equal(MemberLegalType.PublicNonGovernmental, back.Members[7].LegalType);
        Assert.Equal(Money.FromRials(300_000_000), back.NonMemberCapital);
        Assert.Equal([D(1403, 2, 1), D(1404, 7, 1)], back.MinistryWarnings!.Select(w => w.IssuedOn));
        Assert.False(back.Bankruptcy!.Declared);
        Assert.True(back.InLessDevelopedRegion);
        Assert.Equal(D(1404, 4, 10), back.Assemblies[0].InspectorsReportOn);
        ResolutionVote vote = Assert.Single(back.Assemblies[1].Votes!);
        Assert.Equal(new ResolutionVote("اصلاح اساسنامه", 6, 4, VoteMajority.TwoThirds), vote);
        FacilityApplication a = back.FacilityApplications[0];
        Assert.Equal((1, SettlementType.Town, 9_999, false), (a.BoardMembersWithReturnedCheques, a.ProjectSettlement, a.ProjectSettlementPopulation, a.ProjectInBorderArea));
    }

    [Fact]
    public void A_legal_type_must_match_the_person_kind()
    {
        CooperativeBuilder b = Juybar();
        b.Members[0] = b.Members[0] with { LegalType = MemberLegalType.StateBody };
        b.Members[7] = b.Members[7] with { LegalType = MemberLegalType.NaturalPerson };
        Assert.False(b.TryBuild(out _, out IReadOnlyList<ModelViolation> violations));
        Assert.Contains(violations, v => v.Path == "members[0].legalType");
        Assert.Contains(violations, v => v.Path == "members[7].legalType");
    }

    [Fact]
    public void Votes_inspectors_report_and_application_counts_are_checked()
    {
        CooperativeBuilder b = Juybar();
        b.Assemblies[0] = b.Assemblies[0] with
        {
            InspectorsReportOn = D(1404, 4, 21),
            Votes = [new ResolutionVote(" ", 0, 1, VoteMajority.MoreThanHalf), new ResolutionVote("x", 5, 6, VoteMajority.TwoThirds)],
        };
        b.FacilityApplications[0] = b.FacilityApplications[0] with { BoardMembersWithReturnedCheques = -1, ProjectSettlementPopulation = -5 };
        Assert.False(b.TryBuild(out _, out IReadOnlyList<ModelViolation> violations));
        string[] paths = [.. violations.Select(v => v.Path)];
        Assert.Contains("assemblies[0].inspectorsReportOn", paths);
        Assert.Contains("assemblies[0].votes[0].resolution", paths);
        Assert.Contains("assemblies[0].votes[0].present", paths);
        Assert.Contains("assemblies[0].votes[0].inFavour", paths);
        Assert.Contains("assemblies[0].votes[1].inFavour", paths);
        Assert.Contains("facilityApplications[0].boardMembersWithReturnedCheques", paths);
        Assert.Contains("facilityApplications[0].projectSettlementPopulation", paths);
    }

    [Fact]
    public void Cooperative_level_optional_facts_are_checked_with_their_paths()
    {
        CooperativeBuilder negative = Juybar();
        negative.NonMemberCapital = Money.FromRials(-1);
        Assert.False(negative.TryBuild(out _, out IReadOnlyList<ModelViolation> v1));
        Assert.Equal("nonMemberCapital", Assert.Single(v1).Path);

        CooperativeBuilder early = Juybar();
        early.MinistryWarnings = [new MinistryWarning(D(1398, 3, 14))];
        Assert.False(early.TryBuild(out _, out IReadOnlyList<ModelViolation> v2));
        Assert.Equal("ministryWarnings[0].issuedOn", Assert.Single(v2).Path);

        CooperativeBuilder bankrupt = Juybar();
        bankrupt.Bankruptcy = new Bankruptcy(true, D(1398, 1, 1));
        Assert.False(bankrupt.TryBuild(out _, out IReadOnlyList<ModelViolation> v3));
        Assert.Equal("bankruptcy.declaredOn", Assert.Single(v3).Path);
    }

    [Fact]
    public void A_bankruptcy_needs_a_day_exactly_when_declared()
    {
        Assert.Equal("bankruptcy.declaredOn", Assert.Single(Assert.Throws<ModelValidationException>(() => new Bankruptcy(true, null)).Violations).Path);
        Assert.Throws<ModelValidationException>(() => new Bankruptcy(false, D(1404, 1, 1)));
        var declared = new Bankruptcy(true, D(1404, 2, 10));
        Assert.False(declared.DeclaredBy(D(1404, 2, 9)));
        Assert.True(declared.DeclaredBy(D(1404, 2, 10)));
        Assert.False(Bankruptcy.None.DeclaredBy(D(1404, 2, 10)));
    }

    [Fact]
    public void A_bad_optional_fact_in_a_registry_line_is_that_line_s_error_naming_the_path()
    {
        string json = Json(Juybar().Build());
        string bad = json[..^1] + ",\"bankruptcy\":{\"declared\":true,\"declaredOn\":null}}";
        var ex = Assert.ThrowsAny<Exception>(() => Read(bad));
        ModelValidationException model = Assert.IsType<ModelValidationException>(ex is ModelValidationException ? ex : ex.InnerException);
        Assert.Equal("bankruptcy.declaredOn", Assert.Single(model.Violations).Path);

        string unknownType = json.Replace("\"kind\":\"legal\",", "\"kind\":\"legal\",\"legalType\":\"ministry\",", StringComparison.Ordinal);
        JsonException e = Assert.Throws<JsonException>(() => Read(unknownType));
        Assert.Contains("ministry", e.Message, StringComparison.Ordinal);
    }
}
