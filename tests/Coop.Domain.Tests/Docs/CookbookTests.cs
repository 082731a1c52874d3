// The code of docs/cookbook.md and of the first C# block of docs/policies.md, compiled and run. Every line of each
// ```csharp block of those docs appears here verbatim, in order (DocSnippetTests checks that), so the docs cannot drift
// from what compiles. Keep the blocks between the "doc:" markers exactly as in the docs.
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Text;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Docs;

// One test changes the current directory (the policies doc reads a relative path): nothing else may run meanwhile.
[CollectionDefinition(nameof(CookbookTests), DisableParallelization = true)]
public sealed class CookbookSerialGroup;

[Collection(nameof(CookbookTests))]
public sealed class CookbookTests
{
    private static CooperativeBuilder Minimal()
    {
        // doc:minimal
        var builder = new CooperativeBuilder { NominalShareValue = Money.FromRials(1_000_000) }
            .Registered("تعاونی تولیدی کشاورزان جویبار", CooperativeKind.EmploymentGenerating,
                RegistrationNumber.Parse("391130"), LegalEntityId.Parse("10320417904"), new SolarHijriDate(1398, 3, 15), "02-JUYBAR")
            .AddMember("Ali Rezaei", NationalCode.Parse("0010350829"), new SolarHijriDate(1398, 3, 1), shares: 100, employed: true)
            .AddMember("Maryam Ahmadi", NationalCode.Parse("0041823303"), new SolarHijriDate(1398, 3, 1), shares: 100, employed: true)
            .AddMember("Reza Karimi", NationalCode.Parse("1234567891"), new SolarHijriDate(1398, 3, 1), shares: 100)
            .AddMember("Zahra Hosseini", NationalCode.Parse("2789321450"), new SolarHijriDate(1398, 3, 1), shares: 100)
            .AddMember("Hassan Moradi", NationalCode.Parse("3712200412"), new SolarHijriDate(1398, 3, 1), shares: 100)
            .AddMember("Fatemeh Jafari", NationalCode.Parse("4520033187"), new SolarHijriDate(1398, 3, 1), shares: 100)
            .AddMember("Mehdi Sadeghi", NationalCode.Parse("5297310040"), new SolarHijriDate(1398, 3, 1), shares: 100,
                paid: Money.FromRials(50_000_000));
        Cooperative cooperative = builder.Build();   // ModelValidationException lists every broken invariant
        // end
        Assert.Equal(7, cooperative.Members.Length);
        return builder;
    }

    [Fact]
    public void The_minimal_cooperative_of_the_cookbook_builds()
    {
        Cooperative cooperative = Minimal().Build();
        Assert.Equal("02-JUYBAR", cooperative.CountyCode);
        Assert.Equal(7, cooperative.Members.Length);
        Assert.Equal(1, cooperative.Members[0].Number);
        Assert.Equal(7, cooperative.Members[^1].Number);
        Assert.Equal(Money.FromRials(650_000_000), cooperative.ShareLedger.Entries.Aggregate(Money.Zero, (sum, e) => sum + e.Amount));
    }

    private static Cooperative Full()
    {
        CooperativeBuilder builder = Minimal();
        // doc:full
        builder.ActivityClass = ActivityClass.Production;
        builder.StatuteAlignment = new StatuteAlignment(true, new SolarHijriDate(1398, 3, 15));
        builder.BoardTerms.Add(new BoardTerm(new SolarHijriDate(1403, 4, 1), new SolarHijriDate(1406, 3, 31),
        [
            new BoardSeat(1, SeatType.Principal, BoardRole.Chair, WorkBasis.FullTime),
            new BoardSeat(2, SeatType.Principal, BoardRole.ViceChair, WorkBasis.PartTime),
            new BoardSeat(3, SeatType.Principal, BoardRole.Secretary, WorkBasis.PartTime),
            new BoardSeat(4, SeatType.Alternate, BoardRole.Member, WorkBasis.PartTime),
        ]));
        builder.ManagingDirectors.Add(new ManagingDirectorTerm("Ali Rezaei", NationalCode.Parse("0010350829"), 1, new SolarHijriDate(1403, 4, 5), null));
        builder.Inspectors.Add(new InspectorTerm("Inspector A", PersonKind.Natural, SeatType.Principal, new SolarHijriDate(1404, 4, 20), new SolarHijriDate(1405, 4, 19)));
        builder.Assemblies.Add(new GeneralAssembly(
            AssemblyKind.Ordinary, AssemblyCall.First, 1403, new SolarHijriDate(1404, 3, 25), new SolarHijriDate(1404, 4, 20), 5, 1,
            ["Statements for 1403 approved", "Inspector elected"], AssemblyElections.Inspectors));
        builder.FinancialStatements.Add(new FinancialStatement(
            1403, Money.FromRials(12_000_000_000), Money.FromRials(900_000_000), Money.FromRials(5_000_000_000),
            Money.FromRials(3_000_000_000), Money.FromRials(2_000_000_000), AuditStatus.Unqualified,
            new SolarHijriDate(1404, 3, 20), new SolarHijriDate(1404, 4, 25)));
        builder.Employment.Add(new EmploymentRecord(new SolarHijriDate(1403, 1, 1), new SolarHijriDate(1403, 12, 30), 10, 6));
        builder.SmartSystemProfile = new SmartSystemProfile(true, true, true, true, true, 4, new SolarHijriDate(1404, 8, 1));
        builder.FacilityApplications.Add(new FacilityApplication(
            "Tabsare 18", new SolarHijriDate(1404, 8, 25), Money.Parse("20 میلیارد تومان"), 5, ProjectSector.Agriculture,
            CollateralKind.GuaranteeFund, Money.FromRials(250_000_000_000), Money.Zero, 0));
        Cooperative cooperative = builder.Build();
        // end
        return cooperative;
    }

    [Fact]
    public void The_full_cooperative_of_the_cookbook_builds_with_every_part()
    {
        Cooperative cooperative = Full();
        Assert.Single(cooperative.BoardTerms);
        Assert.Single(cooperative.Assemblies);
        Assert.Single(cooperative.FinancialStatements);
        Assert.Single(cooperative.FacilityApplications);
    }

    [Fact]
    public void The_cookbook_evaluates_the_application_against_a_shipped_policy_and_lists_the_reasons_in_Persian()
    {
        Cooperative cooperative = Full();
        var output = new StringWriter();
        // doc:evaluate
        var asOf = new SolarHijriDate(1404, 8, 25);
        PolicySet<EligibilityFacts> policy = EmbeddedPolicyProvider.Shipped.GetPolicySet("cdb-employment-facility");
        var facts = new EligibilityFacts(cooperative, asOf, cooperative.FacilityApplications[0]);
        Decision decision = policy.Evaluate(facts, asOf);
        output.WriteLine($"{decision.Outcome}, score {decision.Score}");
        foreach (string reason in decision.Reasons(Language.Fa))
        {
            output.WriteLine(reason);   // the failed rules' messages, in Persian
        }
        // end
        Assert.StartsWith(decision.Outcome + ", score ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(decision.Rules.Count(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error), decision.Reasons(Language.Fa).Count);
        Assert.All(decision.Reasons(Language.Fa), r => Assert.Contains(r, output.ToString(), StringComparison.Ordinal));
        Assert.Equal(decision.Reasons(Language.En).Count, decision.Reasons(Language.Fa).Count);
    }

    [Fact]
    public void Reasons_are_the_failed_rules_messages_in_the_language_with_the_assumption_note()
    {
        Cooperative cooperative = Full();
        var asOf = new SolarHijriDate(1404, 8, 25);
        var facts = new EligibilityFacts(cooperative, asOf, cooperative.FacilityApplications[0]);
        // The statutory policy fails this small cooperative on several rules.
        Decision decision = EmbeddedPolicyProvider.Shipped.GetPolicySet("statutory-compliance").Evaluate(facts, asOf);
        RuleResult[] failed = [.. decision.Rules.Where(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error)];
        IReadOnlyList<string> fa = decision.Reasons(Language.Fa);
        IReadOnlyList<string> en = decision.Reasons(Language.En);
        Assert.Equal(failed.Length, fa.Count);
        for (int i = 0; i < failed.Length; i++)
        {
            Assert.StartsWith(failed[i].MessageFa!, fa[i], StringComparison.Ordinal);
            Assert.StartsWith(failed[i].MessageEn!, en[i], StringComparison.Ordinal);
            Assert.Equal(failed[i].AssumptionNote is { } note ? failed[i].MessageEn + " (" + note.En + ")" : failed[i].MessageEn, en[i]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => decision.Reasons((Language)7));
    }

    [Fact]
    public void A_broken_draft_reports_every_violation_without_throwing()
    {
        CooperativeBuilder draft = Minimal();
        draft.CountyCode = "02-NOWHERE";
        // doc:violations
        if (!draft.TryBuild(out Cooperative? built, out IReadOnlyList<ModelViolation> violations))
        {
            foreach (ModelViolation violation in violations)
            {
                Console.WriteLine(violation);   // e.g. countyCode: '02-NOWHERE' is not a known county code (e.g. 02-JUYBAR).
            }
        }
        // end
        Assert.Null(built);
        Assert.Contains(violations, v => v.ToString().Contains("02-NOWHERE", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_snippet_of_the_policies_doc_runs_on_the_public_API()
    {
        Cooperative cooperative = Full();
        string current = Environment.CurrentDirectory;
        Environment.CurrentDirectory = RepoFiles.Path(".");
        try
        {
            // doc:policies
            // cooperative: a Cooperative (docs/cookbook.md builds one)
            Policy policy = PolicyFile.ReadFile("seeds/policies/example-policy.json").GetPolicyOrThrow(); // PolicyLoadException lists every error
            var compiled = new CompiledPolicy<EligibilityFacts>(policy, CoopFactSchema.Instance); // compiles every expression; PolicyLoadException on errors
            var asOf = new SolarHijriDate(1404, 6, 15);
            Decision d = compiled.Evaluate(new EligibilityFacts(cooperative, asOf, cooperative.FacilityApplications[0]), asOf, trace: false);
            // d.Outcome, d.Score, d.Rules[i].Status / Code / MessageFa / MessageEn / MissingFact / Citation, d.Trace
            var set = new PolicySet<EligibilityFacts>([compiled]);   // versions of one id; set.Evaluate(facts, asOf) picks the one in force
            // end
            Assert.Equal(6, d.Rules.Count);
            Assert.Same(compiled, set.Select(asOf));
        }
        finally
        {
            Environment.CurrentDirectory = current;
        }
    }
}
