using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;

namespace Coop.Domain.Tests.Eligibility;

// A small cooperative-like fact model, independent of the real domain model.
public sealed class TestFacts
{
    public TestCoop? Cooperative { get; set; }

    public TestApplication? Application { get; set; }
}

public sealed class TestCoop
{
    public string? Kind { get; set; }

    public long? MemberCount { get; set; }

    public bool? Active { get; set; }

    public SolarHijriDate? RegisteredOn { get; set; }

    public decimal? Capital { get; set; }

    public decimal? DebtRatio { get; set; }

    public TestAssembly? LastAssembly { get; set; }

    // The standard schema's names for the same facts, so that seeds/policies/example-policy.json (written against the
    // standard fact schema) also compiles here.
    public TestStatement? LastStatement { get; set; }

    public IReadOnlyList<TestMember>? Members { get; set; }
}

public sealed class TestMember
{
    public string? Name { get; set; }

    public bool? Employed { get; set; }

    public long? Age { get; set; }

    public SolarHijriDate? JoinedOn { get; set; }

    public decimal? Shares { get; set; }
}

public sealed class TestAssembly
{
    public SolarHijriDate? HeldOn { get; set; }
}

public sealed class TestStatement
{
    public decimal? Debts { get; set; }

    public decimal? Equity { get; set; }
}

public sealed class TestApplication
{
    public decimal? Amount { get; set; }

    public SolarHijriDate? SubmittedOn { get; set; }

    public CalendarDuration? Term { get; set; }
}

/// <summary>Parameters from a dictionary keyed by (name, key), each with one dated value.</summary>
public sealed class TestParameters : IParameterSource
{
    private readonly Dictionary<(string, string?), ParameterValue> _values = [];

    public TestParameters Add(string name, string? key, FactValue value, SolarHijriDate from)
    {
        _values[(name, key)] = new ParameterValue(value, from);
        return this;
    }

    public bool TryGetValue(string name, string? key, SolarHijriDate asOf, out ParameterValue value) =>
        _values.TryGetValue((name, key), out value) && value.EffectiveFrom <= asOf;
}

public static class TestSchema
{
    public static readonly RecordType<TestMember> Member = new RecordTypeBuilder<TestMember>("Member")
        .String("name", m => m.Name)
        .Boolean("employed", m => m.Employed)
        .Integer("age", m => m.Age)
        .Date("joinedOn", m => m.JoinedOn)
        .Money("shares", m => m.Shares)
        .Build();

    public static readonly RecordType<TestAssembly> Assembly = new RecordTypeBuilder<TestAssembly>("Assembly")
        .Date("heldOn", a => a.HeldOn)
        .Build();

    public static readonly RecordType<TestStatement> Statement = new RecordTypeBuilder<TestStatement>("Statement")
        .Money("debts", s => s.Debts)
        .Money("equity", s => s.Equity)
        .Build();

    public static readonly RecordType<TestCoop> Coop = new RecordTypeBuilder<TestCoop>("Cooperative")
        .String("kind", c => c.Kind)
        .Integer("memberCount", c => c.MemberCount)
        .Boolean("active", c => c.Active)
        .Date("registeredOn", c => c.RegisteredOn)
        .Money("capital", c => c.Capital)
        .Decimal("debtRatio", c => c.DebtRatio)
        .Record("lastAssembly", c => c.LastAssembly, Assembly)
        .Record("lastOrdinaryAssembly", c => c.LastAssembly, Assembly)
        .Record("lastStatement", c => c.LastStatement, Statement)
        .Collection("members", c => c.Members, Member)
        .Build();

    public static readonly RecordType<TestApplication> Application = new RecordTypeBuilder<TestApplication>("Application")
        .Money("amount", a => a.Amount)
        .Date("submittedOn", a => a.SubmittedOn)
        .Duration("term", a => a.Term)
        .Build();

    public static readonly FactSchema<TestFacts> Schema = FactSchema.Create<TestFacts>("Facts", b => b
        .Record("cooperative", f => f.Cooperative, Coop)
        .Record("application", f => f.Application, Application));

    public static readonly ParameterDeclaration[] Parameters =
    [
        new("minimumMembers", FactType.Integer, keyed: true),
        new("maximumAmount", FactType.Money),
        new("gracePeriod", FactType.Duration),
    ];

    public static readonly ExpressionCompiler<TestFacts> Compiler = new(Schema, Parameters);

    public static readonly SolarHijriDate AsOf = new(1404, 6, 15);

    public static TestParameters Params() => new TestParameters()
        .Add("minimumMembers", "consumer", FactValue.Integer(7), new SolarHijriDate(1400, 1, 1))
        .Add("minimumMembers", "housing", FactValue.Integer(15), new SolarHijriDate(1402, 7, 1))
        .Add("maximumAmount", null, FactValue.Money(5_000_000_000m), new SolarHijriDate(1403, 1, 1))
        .Add("gracePeriod", null, FactValue.Duration(CalendarDuration.FromMonths(4)), new SolarHijriDate(1390, 1, 1));

    public static TestFacts Sample() => new()
    {
        Cooperative = new TestCoop
        {
            Kind = "consumer",
            MemberCount = 12,
            Active = true,
            RegisteredOn = new SolarHijriDate(1398, 3, 10),
            Capital = 2_500_000_000m,
            DebtRatio = 1.5m,
            LastAssembly = new TestAssembly { HeldOn = new SolarHijriDate(1404, 3, 20) },
            LastStatement = new TestStatement { Debts = 3_000_000_000m, Equity = 2_000_000_000m },
            Members =
            [
                new TestMember { Name = "Ali", Employed = true, Age = 34, JoinedOn = new SolarHijriDate(1398, 3, 10), Shares = 100_000_000m },
                new TestMember { Name = "Zahra", Employed = true, Age = 41, JoinedOn = new SolarHijriDate(1399, 1, 5), Shares = 250_000_000m },
                new TestMember { Name = "Reza", Employed = false, Age = 17, JoinedOn = new SolarHijriDate(1402, 11, 30), Shares = 50_000_000m },
            ],
        },
        Application = new TestApplication
        {
            Amount = 1_200_000_000m,
            SubmittedOn = new SolarHijriDate(1404, 6, 1),
            Term = CalendarDuration.FromMonths(36),
        },
    };

    public static ConditionResult Condition(string text, TestFacts? facts = null, ExpressionTrace? trace = null) =>
        Compiler.CompileCondition(text).Evaluate(facts ?? Sample(), AsOf, Params(), trace);

    public static ExpressionResult Value(string text, TestFacts? facts = null) =>
        Compiler.Compile(text).Evaluate(facts ?? Sample(), AsOf, Params());

    public static ExpressionError Error(string text)
    {
        var e = Assert.Throws<ExpressionCompileException>(() => Compiler.Compile(text));
        return e.Error;
    }
}
