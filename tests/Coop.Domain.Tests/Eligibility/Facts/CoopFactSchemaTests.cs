using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Model;
using Coop.Domain.Tests.Model;
using static Coop.Domain.Tests.Model.Samples;

namespace Coop.Domain.Tests.Eligibility.Facts;

public class CoopFactSchemaTests
{
    private static readonly ExpressionCompiler<EligibilityFacts> Compiler = new(CoopFactSchema.Instance);

    private static readonly SolarHijriDate AsOf = D(1404, 9, 1);

    private static EligibilityFacts JuybarFacts(SolarHijriDate? asOf = null, bool withApplication = true)
    {
        Cooperative c = Juybar().Build();
        return new EligibilityFacts(c, asOf ?? AsOf, withApplication ? c.FacilityApplications[0] : null);
    }

    private static ConditionResult Eval(string condition, EligibilityFacts facts) =>
        Compiler.CompileCondition(condition).Evaluate(facts, facts.AsOf);

    private static void True(string condition, EligibilityFacts facts)
    {
        ConditionResult r = Eval(condition, facts);
        Assert.True(r.IsTrue, condition + " → " + r);
    }

    private static void False(string condition, EligibilityFacts facts)
    {
        ConditionResult r = Eval(condition, facts);
        Assert.True(r.IsFalse, condition + " → " + r);
    }

    private static void MissingNaming(string condition, EligibilityFacts facts, string path)
    {
        ConditionResult r = Eval(condition, facts);
        Assert.Equal(ConditionState.Missing, r.State);
        Assert.Equal(path, r.MissingFact);
    }

    [Fact]
    public void Realistic_rule_conditions_evaluate_over_the_sample_cooperative()
    {
        EligibilityFacts f = JuybarFacts();
        True("cooperative.memberCount >= 7", f);
        True("cooperative.lastOrdinaryAssembly.onTime", f);
        True("count(m in cooperative.members where m.employed) >= 1", f);
        True("count(m in cooperative.members where m.employed) = cooperative.employedMemberCount", f);
        True("application.amount / application.jobsCommitted <= 50 billion rial", f);
        False("application.amount / application.jobsCommitted <= 2 billion rial", f);
        True("application.amountPerJob = 4 billion toman", f);
        True("application.amount = 20 billion toman and application.overdueDebt = 0 rial", f);
        True("application.unclearedReturnedCheques = 0 and application.collateral = 'guarantee-fund'", f);
        True("monthsBetween(cooperative.registeredOn, asOf) >= 24", f);
        True("cooperative.lastDueAssemblyHeldOnTime and cooperative.lastDueFiscalYear = 1403", f);
    }

    [Fact]
    public void Identity_facts_surface_enums_as_kebab_case_strings()
    {
        EligibilityFacts f = JuybarFacts();
        True("cooperative.kind = 'employment-generating'", f);
        True("cooperative.activityClass = 'production' and cooperative.legalForm = 'ordinary'", f);
        True("cooperative.openness = 'general' and cooperative.status = 'active' and cooperative.active", f);
        True("cooperative.countyCode = '02-JUYBAR' and cooperative.provinceCode = '02'", f);
        True("cooperative.statuteAligned and cooperative.statuteAlignedOn = @1398/03/15", f);
        True("cooperative.fiscalYearStartMonth = 1 and application.sector = 'agriculture'", f);
        True("all(m in cooperative.members: m.kind in ['natural', 'legal'])", f);
    }

    [Fact]
    public void Capital_facts_are_exact_fractions()
    {
        EligibilityFacts f = JuybarFacts();
        // 750 shares of 1,000,000 rial; 450,000,000 rial paid; member 1 holds 130 shares after a transfer.
        True("cooperative.capital = 750 million rial and cooperative.paidCapital = 450 million rial", f);
        True("cooperative.paidInFraction = 0.6", f);
        True("cooperative.maxMemberShareOfCapital > 0.17 and cooperative.maxMemberShareOfCapital < 0.174", f);
        True("max(m in cooperative.members: m.shareOfCapital) = cooperative.maxMemberShareOfCapital", f);
        True("sum(m in cooperative.members: m.shares) = cooperative.sharesOutstanding", f);
    }

    [Fact]
    public void Governance_facts_follow_the_as_of_date()
    {
        EligibilityFacts later = JuybarFacts();
        False("cooperative.boardTermValid", later);
        MissingNaming("cooperative.boardSize >= 3", later, "cooperative.boardSize");
        True("cooperative.inspectorCount = 1 and cooperative.managingDirectorAppointed", later);

        EligibilityFacts earlier = JuybarFacts(D(1403, 1, 1));
        True("cooperative.boardTermValid and cooperative.boardSize = 3 and cooperative.boardTermEndsOn = @1404/03/31", earlier);
        True("cooperative.inspectorCount = 0", earlier);
    }

    [Fact]
    public void The_last_ordinary_assembly_exposes_its_fields()
    {
        EligibilityFacts f = JuybarFacts();
        True("cooperative.lastOrdinaryAssembly.heldOn = @1404/04/20", f);
        True("cooperative.lastOrdinaryAssembly.noticeDate = @1404/03/25", f);
        True("cooperative.lastOrdinaryAssembly.fiscalYear = 1403 and cooperative.lastOrdinaryAssembly.call = 'first'", f);
        True("cooperative.lastOrdinaryAssembly.membersPresent = 5 and cooperative.lastOrdinaryAssembly.proxies = 1", f);
    }

    [Fact]
    public void No_assembly_held_makes_the_assembly_facts_missing_naming_the_record()
    {
        CooperativeBuilder b = Juybar();
        b.Assemblies.Clear();
        Cooperative c = b.Build();
        var f = new EligibilityFacts(c, AsOf);
        MissingNaming("cooperative.lastOrdinaryAssembly.heldOn >= @1404/01/01", f, "cooperative.lastOrdinaryAssembly");
        MissingNaming("cooperative.lastOrdinaryAssembly.onTime", f, "cooperative.lastOrdinaryAssembly");
        False("known(cooperative.lastOrdinaryAssembly.heldOn)", f);
        False("cooperative.lastDueAssemblyHeldOnTime", f);

        // Held after the as-of date: not yet known either.
        MissingNaming("cooperative.lastOrdinaryAssembly.onTime", JuybarFacts(D(1404, 4, 1)), "cooperative.lastOrdinaryAssembly");
    }

    [Fact]
    public void Statements_employment_and_profile_are_visible()
    {
        EligibilityFacts f = JuybarFacts();
        True("cooperative.statementsOnFile = 1 and cooperative.lastClosedFiscalYear = 1403 and cooperative.lastClosedYearStatementOnFile", f);
        True("cooperative.lastStatement.fiscalYear = 1403 and cooperative.lastStatement.submittedOn = @1404/04/25", f);
        True("cooperative.lastStatement.submittedToInspectorsOn = @1404/03/20 and cooperative.lastStatement.audit = 'unqualified'", f);
        True("cooperative.lastStatement.revenue = 12 billion rial and cooperative.lastStatement.netSurplus = 900 million rial", f);
        True("cooperative.lastStatement.totalAssets = cooperative.lastStatement.equity + cooperative.lastStatement.debts", f);
        True("cooperative.jobs = 10 and cooperative.insuredEmployees = 6 and cooperative.employmentRecordedTo = @1403/12/30", f);
        True("cooperative.profile.membersFilled and cooperative.profile.boardFilled and cooperative.profile.inspectorsFilled", f);
        True("cooperative.profile.lastAssemblyFilled and cooperative.profile.employeesFilled", f);
        True("cooperative.profile.statementYears = 3 and cooperative.profile.lastUpdatedOn = @1404/05/01", f);

        // Before the statement reached the system it is not on file.
        EligibilityFacts before = JuybarFacts(D(1404, 4, 1));
        MissingNaming("cooperative.lastStatement.revenue > 0 rial", before, "cooperative.lastStatement");
        True("cooperative.statementsOnFile = 0 and not cooperative.lastClosedYearStatementOnFile", before);
        MissingNaming("cooperative.jobs > 0", JuybarFacts(D(1402, 1, 1)), "cooperative.jobs");
    }

    [Fact]
    public void Members_are_seen_as_of_the_date()
    {
        CooperativeBuilder b = Juybar();
        b.Members.Add(Natural(9, D(1400, 1, 1), employed: true, left: D(1404, 6, 1)));
        Cooperative c = b.Build();

        var during = new EligibilityFacts(c, D(1404, 1, 1));
        True("cooperative.memberCount = 9 and count(cooperative.members) = 9", during);
        True("count(m in cooperative.allMembers where not known(m.leftOn)) = 9", during);

        var after = new EligibilityFacts(c, AsOf);
        True("count(cooperative.members) = 8 and count(cooperative.allMembers) = 9", after);
        True("any(m in cooperative.allMembers where m.number = 9: not m.isMember and m.leftOn = @1404/06/01)", after);
        True("all(m in cooperative.members: m.isMember and m.joinedOn <= asOf)", after);

        // Member 8 joined in 1400: not yet a member, not yet listed, in 1399.
        True("count(cooperative.allMembers) = 7", new EligibilityFacts(c, D(1399, 6, 1)));
    }

    [Fact]
    public void Without_an_application_every_application_fact_is_missing()
    {
        EligibilityFacts f = JuybarFacts(withApplication: false);
        Assert.Null(f.Application);
        MissingNaming("application.amount <= 2 billion rial", f, "application");
        True("cooperative.memberCount >= 7 or application.amount > 0 rial", f);
    }

    [Fact]
    public void Amount_per_job_is_missing_when_no_jobs_are_committed()
    {
        Cooperative c = Juybar().Build();
        FacilityApplication noJobs = c.FacilityApplications[0] with { JobsCommitted = 0 };
        var f = new EligibilityFacts(c, AsOf, noJobs);
        MissingNaming("application.amountPerJob <= 2 billion rial", f, "application.amountPerJob");
        Assert.Equal(ConditionState.Error, Eval("application.amount / application.jobsCommitted <= 2 billion rial", f).State);
    }

    [Fact]
    public void Unknown_paths_are_compile_errors_with_a_suggestion()
    {
        ExpressionCompileException e = Assert.Throws<ExpressionCompileException>(() => Compiler.CompileCondition("cooperative.memberCont >= 7"));
        Assert.Contains("memberCount", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_refuse_a_null_cooperative() =>
        Assert.Throws<ArgumentNullException>(() => new EligibilityFacts(null!, AsOf));

    [Fact]
    public void Enum_names_become_kebab_case()
    {
        Assert.Equal("in-liquidation", FactText.Of(CooperativeStatus.InLiquidation));
        Assert.Equal("rural-district-comprehensive", FactText.Of(CooperativeKind.RuralDistrictComprehensive));
        Assert.Equal("adverse-or-disclaimer", FactText.Of(AuditStatus.AdverseOrDisclaimer));
        Assert.Equal("active", FactText.Of(CooperativeStatus.Active));
    }

    [Fact]
    public void Every_enum_value_reads_as_its_kebab_name_and_undefined_values_still_read()
    {
        AssertAll<CooperativeKind>();
        AssertAll<CooperativeStatus>();
        AssertAll<AuditStatus>();
        AssertAll<ProjectSector>();
        AssertAll<CollateralKind>();
        Assert.Equal("99", FactText.Of((CooperativeKind)99));
        Assert.Equal("-1", FactText.Of((CooperativeKind)(-1)));

        static void AssertAll<TEnum>()
            where TEnum : struct, Enum
        {
            foreach (TEnum value in Enum.GetValues<TEnum>())
            {
                Assert.Equal(FactText.Kebab(value.ToString()), FactText.Of(value));
            }
        }
    }

    // Each dated fact of the sample, the day before its date: the later state is never read as the state on the as-of date.
    [Theory]
    [InlineData("1404/04/31", "cooperative.profile.membersFilled", "cooperative.profile")]
    [InlineData("1404/08/24", "application.amount > 0 rial", "application")]
    [InlineData("1404/04/24", "cooperative.lastStatement.revenue > 0 rial", "cooperative.lastStatement")]
    [InlineData("1404/04/19", "cooperative.lastOrdinaryAssembly.heldOn < asOf", "cooperative.lastOrdinaryAssembly")]
    [InlineData("1398/03/14", "cooperative.status = 'active'", "cooperative.status")]
    public void A_fact_dated_after_the_as_of_date_is_missing_so_its_rule_is_incomplete(string asOf, string condition, string missing)
    {
        EligibilityFacts before = JuybarFacts(SolarHijriDate.Parse(asOf));
        EligibilityFacts on = JuybarFacts(SolarHijriDate.Parse(asOf).AddDays(1));

        MissingNaming(condition, before, missing);
        Assert.NotEqual(ConditionState.Missing, Eval(condition, on).State);
    }

    [Theory]
    [InlineData("1398/03/14", "cooperative.statuteAligned")]
    [InlineData("1401/03/31", "cooperative.boardTermValid")]
    [InlineData("1404/04/19", "cooperative.inspectorCount > 0")]
    [InlineData("1404/04/24", "cooperative.lastClosedYearStatementOnFile")]
    public void A_state_that_begins_after_the_as_of_date_is_not_in_force_on_it(string asOf, string condition)
    {
        False(condition, JuybarFacts(SolarHijriDate.Parse(asOf)));
        True(condition, JuybarFacts(SolarHijriDate.Parse(asOf).AddDays(1)));
    }
}

public class CoopFactSchemaAllocationTests
{
    [Fact]
    public void Evaluating_over_the_standard_schema_allocates_nothing()
    {
        Coop.Domain.Model.Cooperative c = Coop.Domain.Tests.Model.Samples.Juybar().Build();
        var facts = new EligibilityFacts(c, new SolarHijriDate(1404, 9, 1), c.FacilityApplications[0]);
        CompiledCondition<EligibilityFacts> rule = new ExpressionCompiler<EligibilityFacts>(CoopFactSchema.Instance).CompileCondition(
            "cooperative.memberCount >= 7 and cooperative.kind = 'employment-generating' and cooperative.status = 'active'"
            + " and cooperative.lastOrdinaryAssembly.onTime and count(m in cooperative.members where m.employed) >= 1"
            + " and cooperative.lastStatement.revenue > 0 rial and cooperative.paidInFraction >= 0.5"
            + " and application.amountPerJob <= 50 billion rial and application.sector = 'agriculture'"
            + " and not cooperative.boardTermValid and cooperative.profile.membersFilled");
        for (int i = 0; i < 100; i++)
        {
            Assert.True(rule.Evaluate(facts, facts.AsOf).IsTrue);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            rule.Evaluate(facts, facts.AsOf);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

}
