using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

/// <summary>The generator's optional facts: plausible values for part of the cooperatives, absent for the rest, never
/// dated after the as-of date.</summary>
public class RegistryGeneratorOptionalFactsTests
{
    private static readonly SolarHijriDate AsOf = new(1404, 8, 25);
    private static readonly Cooperative[] All = [.. RegistryGenerator.Cooperatives(500, 5)];

    [Fact]
    public void Each_optional_fact_is_recorded_for_some_cooperatives_and_absent_for_others()
    {
        Assert.Contains(All, c => c.Members.Any(m => m.LegalType is not null));
        Assert.Contains(All, c => c.Members.Any(m => m.Kind == PersonKind.Legal && m.LegalType is null));
        Assert.All(All, c => Assert.All(c.Members, m => Assert.True(m.LegalType is null || (m.LegalType == MemberLegalType.NaturalPerson) == (m.Kind == PersonKind.Natural))));
        foreach (Func<Cooperative, bool> recorded in new Func<Cooperative, bool>[]
        {
            c => c.NonMemberCapital is not null,
            c => c.MinistryWarnings is not null,
            c => c.Bankruptcy is not null,
            c => c.InLessDevelopedRegion is not null,
            c => c.Assemblies.Any(a => a.InspectorsReportOn is not null),
            c => c.FacilityApplications.Any(a => a.BoardMembersWithReturnedCheques is not null),
            c => c.FacilityApplications.Any(a => a.ProjectSettlement is not null),
        })
        {
            Assert.Contains(All, c => recorded(c));
            Assert.Contains(All, c => !recorded(c));
        }

        Assert.Contains(All, c => c.MinistryWarnings is { Count: > 0 });
        Assert.Contains(All, c => c.MinistryWarnings is { Count: 0 });
        Assert.Contains(All, c => c.Assemblies.Any(a => a.Votes is { Count: > 0 }));
        Assert.Contains(All, c => c.FacilityApplications.Any(a => a.BoardMembersWithReturnedCheques > 0));
        Assert.Contains(All, c => c.FacilityApplications.Any(a => a.ProjectSettlement == SettlementType.Town && a.ProjectSettlementPopulation >= 10_000));
        Assert.Contains(All, c => c.FacilityApplications.Any(a => a.ProjectSettlement == SettlementType.Town && a.ProjectSettlementPopulation < 10_000));
    }

    [Fact]
    public void Dated_optional_facts_are_not_after_the_as_of_date()
    {
        Assert.All(All, c => Assert.All(c.MinistryWarnings ?? [], w => Assert.True(w.IssuedOn <= AsOf && w.IssuedOn >= c.RegisteredOn)));
        Assert.All(All, c => Assert.True(c.Bankruptcy?.DeclaredOn is not { } on || on <= AsOf));
        Assert.All(All, c => Assert.All(c.Assemblies, a => Assert.True(a.InspectorsReportOn is not { } r || r <= a.HeldOn)));
    }
}
