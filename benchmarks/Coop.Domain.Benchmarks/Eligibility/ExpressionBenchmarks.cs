using BenchmarkDotNet.Attributes;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Benchmarks.Eligibility;

/// <summary>
/// Ten eligibility checks over 100,000 synthetic applications: the compiled expression language beside
/// the same checks hand-written in C# (the floor). Both produce a pass/fail bitmask per application;
/// results are reported per application. Each check fails independently with probability 0.05.
/// </summary>
[MemoryDiagnoser]
public class ExpressionBenchmarks
{
    private const int Count = 100_000;

    private static readonly string[] s_conditions =
    [
        "application.status = 'Active'",
        "application.legalForm in ['production', 'consumer', 'housing', 'services']",
        "application.members >= 7",
        "application.registeredOn <= application.submittedOn - 2 years",
        "application.lastAuditOn >= application.submittedOn - 18 months",
        "application.taxArrears <= 1000 rial",
        "application.requested <= application.turnover * 0.5",
        "application.netAssets > 0 rial and application.debt / application.netAssets <= 3",
        "application.sector in ['agriculture', 'industry', 'mining', 'services', 'trade']",
        "application.memberShare >= 0.1 and application.boardSize >= 3 and application.employees >= 5 and application.womenOnBoard * 3 >= application.boardSize",
    ];

    private static readonly string[] s_forms = ["production", "consumer", "housing", "services"];
    private static readonly string[] s_sectors = ["agriculture", "industry", "mining", "services", "trade"];

    private static readonly Func<BenchApplication, bool>[] s_handWritten =
    [
        a => a.Status == "Active",
        a => a.LegalForm is "production" or "consumer" or "housing" or "services",
        a => a.Members >= 7,
        a => a.RegisteredOn <= a.SubmittedOn.AddYears(-2),
        a => a.LastAuditOn >= a.SubmittedOn.AddMonths(-18),
        a => a.TaxArrears <= 1000m,
        a => a.Requested <= a.Turnover * 0.5m,
        a => a.NetAssets > 0m && a.Debt / a.NetAssets <= 3m,
        a => a.Sector is "agriculture" or "industry" or "mining" or "services" or "trade",
        a => a.MemberShare >= 0.1m && a.BoardSize >= 3 && a.Employees >= 5 && a.WomenOnBoard * 3 >= a.BoardSize,
    ];

    private BenchFacts[] _facts = [];
    private CompiledCondition<BenchFacts>[] _compiled = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1404);
        _facts = new BenchFacts[Count];
        for (int i = 0; i < Count; i++)
        {
            _facts[i] = new BenchFacts(Generate(random));
        }

        var application = new RecordTypeBuilder<BenchApplication>("Application")
            .String("status", a => a.Status)
            .String("legalForm", a => a.LegalForm)
            .String("sector", a => a.Sector)
            .Integer("members", a => a.Members)
            .Integer("boardSize", a => a.BoardSize)
            .Integer("womenOnBoard", a => a.WomenOnBoard)
            .Integer("employees", a => a.Employees)
            .Date("registeredOn", a => a.RegisteredOn)
            .Date("lastAuditOn", a => a.LastAuditOn)
            .Date("submittedOn", a => a.SubmittedOn)
            .Money("taxArrears", a => a.TaxArrears)
            .Money("requested", a => a.Requested)
            .Money("turnover", a => a.Turnover)
            .Money("netAssets", a => a.NetAssets)
            .Money("debt", a => a.Debt)
            .Decimal("memberShare", a => a.MemberShare)
            .Build();
        var schema = FactSchema.Create<BenchFacts>("Facts", b => b.Record("application", f => f.Application, application));
        var compiler = new ExpressionCompiler<BenchFacts>(schema);
        _compiled = Array.ConvertAll(s_conditions, compiler.CompileCondition);

        // Both implementations must agree before anything is timed.
        if (HandWritten() != Compiled())
        {
            throw new InvalidOperationException("The compiled conditions and the hand-written checks disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long HandWritten()
    {
        long total = 0;
        foreach (BenchFacts facts in _facts)
        {
            int mask = 0;
            for (int r = 0; r < s_handWritten.Length; r++)
            {
                if (s_handWritten[r](facts.Application))
                {
                    mask |= 1 << r;
                }
            }

            total += mask;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public long Compiled()
    {
        long total = 0;
        SolarHijriDate asOf = new(1404, 6, 1);
        foreach (BenchFacts facts in _facts)
        {
            int mask = 0;
            for (int r = 0; r < _compiled.Length; r++)
            {
                if (_compiled[r].Evaluate(facts, asOf).IsTrue)
                {
                    mask |= 1 << r;
                }
            }

            total += mask;
        }

        return total;
    }

    private static BenchApplication Generate(Random random)
    {
        bool Fail() => random.NextDouble() < 0.05;
        var submitted = new SolarHijriDate(1404, 1, 1).AddDays(random.Next(0, 300));
        decimal turnover = random.Next(1_000, 100_000) * 1_000_000m;
        decimal netAssets = Fail() ? 0m : random.Next(100, 10_000) * 1_000_000m;
        int board = random.Next(3, 9);
        return new BenchApplication
        {
            Status = Fail() ? "Suspended" : "Active",
            LegalForm = Fail() ? "other" : s_forms[random.Next(s_forms.Length)],
            Sector = Fail() ? "finance" : s_sectors[random.Next(s_sectors.Length)],
            Members = Fail() ? random.Next(1, 7) : random.Next(7, 500),
            RegisteredOn = submitted.AddDays(-(Fail() ? random.Next(0, 700) : random.Next(731, 7_000))),
            LastAuditOn = submitted.AddDays(-(Fail() ? random.Next(560, 1_000) : random.Next(0, 530))),
            SubmittedOn = submitted,
            TaxArrears = Fail() ? random.Next(1_001, 100_000) : random.Next(0, 1_000),
            Requested = turnover * (Fail() ? 0.6m : 0.4m),
            Turnover = turnover,
            NetAssets = netAssets,
            Debt = netAssets * random.Next(0, 3),
            MemberShare = Fail() ? 0.05m : 0.2m,
            BoardSize = board,
            WomenOnBoard = board,
            Employees = random.Next(5, 100),
        };
    }
}

public sealed record BenchFacts(BenchApplication Application);

public sealed class BenchApplication
{
    public string Status { get; init; } = "";
    public string LegalForm { get; init; } = "";
    public string Sector { get; init; } = "";
    public int Members { get; init; }
    public int BoardSize { get; init; }
    public int WomenOnBoard { get; init; }
    public int Employees { get; init; }
    public SolarHijriDate RegisteredOn { get; init; }
    public SolarHijriDate LastAuditOn { get; init; }
    public SolarHijriDate SubmittedOn { get; init; }
    public decimal TaxArrears { get; init; }
    public decimal Requested { get; init; }
    public decimal Turnover { get; init; }
    public decimal NetAssets { get; init; }
    public decimal Debt { get; init; }
    public decimal MemberShare { get; init; }
}
