using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Text;
using RulesEngine.Models;

namespace Coop.Domain.Benchmarks.Eligibility;

/// <summary>
/// The reference facility policy (reference-facility-policy.json: 15 rules, 2 scoring terms, 8 dated parameters,
/// one keyed by cooperative kind) over 100,000 applications of generated cooperatives, at one as-of date.
/// Category <c>Evaluate</c>, per application: our compiled policy (allocation-free <c>EvaluateOutcome</c>, and the
/// <c>Evaluate</c> → <c>Decision</c> path), the same checks hand-written in C# over the same
/// <see cref="EligibilityFacts"/> (the floor, baseline) and Microsoft RulesEngine 6.0.1 with the same checks as
/// lambda expressions over the same facts. Category <c>Compile</c>, per policy: our load + check + compile
/// (and the same followed by the second tier's code generation) against RulesEngine's first run (a new engine and its
/// first execution, which compiles the rules). Our evaluation rows run on the second tier (the policy is promoted
/// during the setup's verification pass, after 2,000 evaluations at the as-of date).
/// </summary>
/// <remarks>
/// The facts (including each cooperative's derived facts, <c>FactsAt</c>) are built once in the setup, so every
/// row reads the same objects and none pays for deriving them. Our rows and the floor must agree on every
/// application's outcome, score and rule statuses before anything is timed.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PolicyBenchmarks
{
    private const int Count = 100_000;
    private const int Cooperatives = 20_000;
    private const int RuleCount = 15;

    private static readonly SolarHijriDate AsOf = new(1404, 8, 25);

    /// <summary>
    /// Distinct applications among the 100,000 evaluated: 100,000 (each a separate fact graph, as in a registry run:
    /// every row is then bound by memory reads) or 1,000 cycled 100 times (cache-resident facts: what is left is the
    /// cost of the rule logic itself, the setting of the measurements in rules-engines.md).
    /// </summary>
    [Params(Count, 1_000)]
    public int Distinct { get; set; } = Count;

    private byte[] _policyJson = [];
    private CompiledPolicy<EligibilityFacts> _policy = null!;
    private EligibilityFacts[] _facts = [];
    private EligibilityFacts[] _failing = [];
    private Workflow[] _workflows = [];
    private ReSettings _reSettings = null!;
    private global::RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        using (Stream stream = typeof(PolicyBenchmarks).Assembly.GetManifestResourceStream("reference-facility-policy.json")!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            _policyJson = copy.ToArray();
        }

        _policy = LoadCheckCompile();
        Cooperative[] cooperatives = [.. RegistryGenerator.Cooperatives(Cooperatives, seed: 1404, AsOf)];
        var random = new Random(1404);
        _facts = new EligibilityFacts[Count];
        for (int i = 0; i < Count; i++)
        {
            _facts[i] = new EligibilityFacts(cooperatives[i % Cooperatives], AsOf, Application(random));
        }

        for (int i = Distinct; i < Count; i++)
        {
            _facts[i] = _facts[i % Distinct];
        }

        // The failing applications (outcome ineligible) among the distinct ones, cycled to Count: a bank's typical
        // refusal, whose decision carries reasons.
        EligibilityFacts[] failing = [.. _facts.Take(Distinct).Where(f => _policy.EvaluateOutcome(f, AsOf).Outcome == PolicyOutcome.Ineligible)];
        _failing = [.. Enumerable.Range(0, Count).Select(i => failing[i % failing.Length])];

        _workflows = [Workflow()];
        _reSettings = new ReSettings { CustomTypes = [typeof(ReLimits), typeof(Proportion), typeof(SolarHijriDate)] };
        _rulesEngine = new global::RulesEngine.RulesEngine(_workflows, _reSettings);
        Verify();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public decimal HandWritten()
    {
        Span<RuleStatus> statuses = stackalloc RuleStatus[RuleCount];
        decimal total = 0;
        foreach (EligibilityFacts facts in _facts)
        {
            DecisionSummary d = HandWrittenCheck(facts, statuses);
            total += (int)d.Outcome + d.Score;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public decimal Ours_EvaluateOutcome()
    {
        Span<RuleStatus> statuses = stackalloc RuleStatus[RuleCount];
        decimal total = 0;
        foreach (EligibilityFacts facts in _facts)
        {
            DecisionSummary d = _policy.EvaluateOutcome(facts, AsOf, statuses);
            total += (int)d.Outcome + d.Score;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public decimal Ours_Evaluate_Decision()
    {
        decimal total = 0;
        foreach (EligibilityFacts facts in _facts)
        {
            Decision d = _policy.Evaluate(facts, AsOf);
            total += (int)d.Outcome + d.Score;
        }

        return total;
    }

    /// <summary>The <c>Decision</c> and its reasons read in Persian (what a bank shows), for every application.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public decimal Ours_Evaluate_Decision_Reasons()
    {
        decimal total = 0;
        foreach (EligibilityFacts facts in _facts)
        {
            Decision d = _policy.Evaluate(facts, AsOf);
            total += (int)d.Outcome + d.Reasons(Language.Fa).Count;
        }

        return total;
    }

    /// <summary>The <c>Decision</c> of failing (ineligible) applications only: its time and bytes per refusal.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public decimal Ours_Evaluate_Decision_Failing()
    {
        decimal total = 0;
        foreach (EligibilityFacts facts in _failing)
        {
            Decision d = _policy.Evaluate(facts, AsOf);
            total += (int)d.Outcome + d.Score;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory("Evaluate")]
    public long Peer_RulesEngine()
    {
        long passed = 0;
        foreach (EligibilityFacts facts in _facts)
        {
            foreach (RuleResultTree r in Execute(_rulesEngine, facts))
            {
                passed += r.IsSuccess ? 1 : 0;
            }
        }

        return passed;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Compile")]
    public CompiledPolicy<EligibilityFacts> Ours_LoadCheckCompile() => LoadCheckCompile();

    /// <summary>
    /// Load + check + compile, then the second tier's generated code for one date: what a policy costs before it runs
    /// at full speed (evaluation promotes by itself after 2,000 evaluations at one date).
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("Compile")]
    public CompiledPolicy<EligibilityFacts> Ours_LoadCheckCompile_Promote()
    {
        CompiledPolicy<EligibilityFacts> policy = LoadCheckCompile();
        policy.Promote(AsOf);
        return policy;
    }

    [Benchmark]
    [BenchmarkCategory("Compile")]
    public int Peer_RulesEngine_FirstRun()
    {
        var engine = new global::RulesEngine.RulesEngine(_workflows, _reSettings);
        return Execute(engine, _facts[0]).Count;
    }

    /// <summary>RulesEngine's API is asynchronous but completes synchronously here; wait without allocating a task.</summary>
    private static List<RuleResultTree> Execute(global::RulesEngine.RulesEngine engine, EligibilityFacts facts)
    {
        ValueTask<List<RuleResultTree>> run = engine.ExecuteAllRulesAsync("facility", facts);
        return run.IsCompletedSuccessfully ? run.Result : run.AsTask().GetAwaiter().GetResult();
    }

    private CompiledPolicy<EligibilityFacts> LoadCheckCompile() =>
        new(PolicyFile.Read(_policyJson, "reference-facility-policy.json").GetPolicyOrThrow(), CoopFactSchema.Instance);

    /// <summary>The reference policy as a C# developer would write it: the floor.</summary>
    private static DecisionSummary HandWrittenCheck(EligibilityFacts f, Span<RuleStatus> s)
    {
        CooperativeFacts d = f.Derived;
        FacilityApplication a = f.Application!;
        SmartSystemProfile? p = f.Cooperative.SmartSystemProfile;
        s[0] = d.Status is null ? RuleStatus.Incomplete : Is(d.IsActive);
        s[1] = Is(d.MemberCount >= ReLimits.MinimumMembers(f.Cooperative.Kind));
        s[2] = Is(d.BoardTermValid);
        s[3] = p is null ? RuleStatus.Incomplete : Is(p.MembersFilled && p.BoardFilled && p.InspectorsFilled && p.LastAssemblyFilled);
        s[4] = p?.LastUpdatedOn is not { } updated ? RuleStatus.Incomplete : Is(updated >= f.AsOf.AddMonths(-12));
        s[5] = d.LastDueAssemblyHeldOnTime is not { } onTime ? RuleStatus.Incomplete : Is(onTime);
        s[6] = Is(d.StatementYearsOnFile.Length >= 1);
        s[7] = Is(a.OverdueDebt.Rials == 0);
        s[8] = Is(a.UnclearedReturnedCheques == 0);
        s[9] = Is(a.JobsCommitted >= 1);
        s[10] = Is(a.AmountRequested.Rials <= ReLimits.MaximumAmountRials);
        s[11] = a.JobsCommitted < 1 ? RuleStatus.NotApplicable : Is(a.AmountRequested.Rials / (decimal)a.JobsCommitted <= ReLimits.MaximumAmountPerJobRials);
        s[12] = Is(a.CollateralValue.Rials >= a.AmountRequested.Rials * 1.2m);
        s[13] = d.SharesOutstanding <= 0 ? RuleStatus.Incomplete : Is(d.LargestShareOfCapital.ToDecimal() <= ReLimits.MaximumMemberShare);
        s[14] = d.Capital.IsZero ? RuleStatus.Incomplete : Is(d.PaidCapital.Rials / (decimal)d.Capital.Rials >= 0.35m);

        bool blockingIncomplete = false;
        bool warningFailed = s[4] == RuleStatus.Failed || s[13] == RuleStatus.Failed;
        for (int i = 0; i < RuleCount; i++)
        {
            if (i is 4 or 13)
            {
                continue;
            }

            if (s[i] == RuleStatus.Failed)
            {
                return new DecisionSummary(PolicyOutcome.Ineligible, Score(a));
            }

            blockingIncomplete |= s[i] == RuleStatus.Incomplete;
        }

        PolicyOutcome outcome = blockingIncomplete ? PolicyOutcome.Incomplete : warningFailed ? PolicyOutcome.NeedsReview : PolicyOutcome.Eligible;
        return new DecisionSummary(outcome, Score(a));

        static RuleStatus Is(bool passed) => passed ? RuleStatus.Passed : RuleStatus.Failed;

        static decimal Score(FacilityApplication a) =>
            (a.JobsCommitted >= 10 ? 10m : 0m) + (a.CollateralValue.Rials >= a.AmountRequested.Rials * 1.5m ? 10m : 0m);
    }

    /// <summary>The same checks as RulesEngine lambda expressions (Dynamic LINQ) over the same facts object.</summary>
    private static Workflow Workflow()
    {
        (string Name, string Expression)[] rules =
        [
            ("active", "input1.Derived.Status != null AND input1.Derived.IsActive"),
            ("members", "input1.Derived.MemberCount >= ReLimits.MinimumMembers(input1.Cooperative.Kind)"),
            ("board", "input1.Derived.BoardTermValid"),
            ("profile-filled", "input1.Cooperative.SmartSystemProfile != null AND input1.Cooperative.SmartSystemProfile.MembersFilled AND input1.Cooperative.SmartSystemProfile.BoardFilled AND input1.Cooperative.SmartSystemProfile.InspectorsFilled AND input1.Cooperative.SmartSystemProfile.LastAssemblyFilled"),
            ("profile-fresh", "input1.Cooperative.SmartSystemProfile != null AND input1.Cooperative.SmartSystemProfile.LastUpdatedOn != null AND input1.Cooperative.SmartSystemProfile.LastUpdatedOn.Value.DayNumber >= input1.AsOf.AddMonths(-12).DayNumber"),
            ("assembly", "input1.Derived.LastDueAssemblyHeldOnTime == true"),
            ("statements", "input1.Derived.StatementYearsOnFile.Length >= 1"),
            ("overdue-debt", "input1.Application.OverdueDebt.Rials == 0"),
            ("cheques", "input1.Application.UnclearedReturnedCheques == 0"),
            ("jobs", "input1.Application.JobsCommitted >= 1"),
            ("amount", "input1.Application.AmountRequested.Rials <= ReLimits.MaximumAmountRials"),
            ("amount-per-job", "input1.Application.JobsCommitted < 1 OR input1.Application.AmountRequested.Rials <= ReLimits.MaximumAmountPerJobRials * input1.Application.JobsCommitted"),
            ("collateral", "input1.Application.CollateralValue.Rials * 10 >= input1.Application.AmountRequested.Rials * 12"),
            ("member-share", "input1.Derived.SharesOutstanding > 0 AND input1.Derived.LargestShareOfCapital.ToDecimal() <= ReLimits.MaximumMemberShare"),
            ("paid-in", "input1.Derived.Capital.Rials > 0 AND input1.Derived.PaidCapital.Rials * 100 >= input1.Derived.Capital.Rials * 35"),
            ("score-many-jobs", "input1.Application.JobsCommitted >= 10"),
            ("score-well-covered", "input1.Application.CollateralValue.Rials * 10 >= input1.Application.AmountRequested.Rials * 15"),
        ];
        return new Workflow
        {
            WorkflowName = "facility",
            Rules = [.. rules.Select(r => new Rule
            {
                RuleName = r.Name,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = r.Expression,
                ErrorMessage = r.Name + " failed",
            })],
        };
    }

    /// <summary>An application like the registry generator's, with failures often enough that every rule is seen failing.</summary>
    private static FacilityApplication Application(Random random)
    {
        long amount = random.Next(5, 2_000) * 100_000_000L;
        bool covered = random.NextDouble() < 0.9;
        return new FacilityApplication(
            "Tabsare 18",
            AsOf.AddDays(-random.Next(0, 60)),
            Money.FromRials(amount),
            random.NextDouble() < 0.05 ? 0 : random.Next(1, 40),
            ProjectSector.Industry,
            CollateralKind.Property,
            Money.FromRials(covered ? amount * random.Next(120, 200) / 100 : amount / 2),
            Money.FromRials(random.NextDouble() < 0.1 ? random.Next(5, 500) * 10_000_000L : 0),
            random.NextDouble() < 0.06 ? random.Next(1, 3) : 0);
    }

    private void Verify()
    {
        Span<RuleStatus> ours = stackalloc RuleStatus[RuleCount];
        Span<RuleStatus> floor = stackalloc RuleStatus[RuleCount];
        var outcomes = new int[4];
        foreach (EligibilityFacts facts in _facts)
        {
            DecisionSummary a = _policy.EvaluateOutcome(facts, AsOf, ours);
            DecisionSummary b = HandWrittenCheck(facts, floor);
            if (a != b || !ours.SequenceEqual(floor))
            {
                throw new InvalidOperationException($"Ours ({a}, {string.Join(",", ours.ToArray())}) and the hand-written checks ({b}, {string.Join(",", floor.ToArray())}) disagree for {facts.Cooperative.Name}.");
            }

            outcomes[(int)a.Outcome]++;
        }

        // The first 2,000 checks above ran on the closures, the rest on the generated code: both agree with the floor,
        // and the timed rows run on the generated code.
        if (!_policy.IsPromoted)
        {
            throw new InvalidOperationException("The policy was not promoted to generated code during verification.");
        }

        // RulesEngine knows only pass / fail: it must pass exactly the rules we pass or find not applicable.
        foreach (EligibilityFacts facts in _facts.AsSpan(0, 2_000))
        {
            _policy.EvaluateOutcome(facts, AsOf, ours);
            List<RuleResultTree> peer = Execute(_rulesEngine, facts);
            for (int i = 0; i < RuleCount; i++)
            {
                if (peer[i].IsSuccess != ours[i] is RuleStatus.Passed or RuleStatus.NotApplicable)
                {
                    throw new InvalidOperationException($"RulesEngine's rule {peer[i].Rule.RuleName} gave {peer[i].IsSuccess} ({peer[i].ExceptionMessage}) where ours gave {ours[i]}, for {facts.Cooperative.Name}.");
                }
            }
        }

        Console.WriteLine($"// outcomes over {Count} applications: eligible {outcomes[0]}, ineligible {outcomes[1]}, incomplete {outcomes[2]}, needs review {outcomes[3]}");
    }
}

/// <summary>The policy's parameter values in force on the benchmark's as-of date, for the hand-written and RulesEngine rows.</summary>
public static class ReLimits
{
    public const long MaximumAmountRials = 150_000_000_000;
    public const long MaximumAmountPerJobRials = 10_000_000_000;
    public const decimal MaximumMemberShare = 0.5m;

    public static int MinimumMembers(CooperativeKind kind) => kind switch
    {
        CooperativeKind.EmploymentGenerating => 5,
        CooperativeKind.Housing => 15,
        CooperativeKind.KnowledgeBased => 3,
        _ => 7,
    };
}
