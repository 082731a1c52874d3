using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using CsCheck;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionEvaluationTests
{
    private static readonly string[] s_operators = ["=", "!=", "<", "<=", ">", ">="];

    [Fact]
    public void Compiled_integer_comparisons_agree_with_csharp_for_all_literals()
    {
        Gen.Select(Gen.Long[-long.MaxValue, long.MaxValue], Gen.Long[-long.MaxValue, long.MaxValue], Gen.Int[0, 5]).Sample((a, b, op) =>
        {
            string text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a} {s_operators[op]} {b}");
            bool expected = op switch
            {
                0 => a == b,
                1 => a != b,
                2 => a < b,
                3 => a <= b,
                4 => a > b,
                _ => a >= b,
            };
            Assert.Equal(expected, Condition(text).IsTrue);
        });
    }

    [Fact]
    public void Compiled_decimal_arithmetic_agrees_with_csharp()
    {
        Gen.Select(Gen.Int[-1_000_000, 1_000_000], Gen.Int[1, 1_000_000]).Sample((a, b) =>
        {
            string text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({a} rial + {b} rial) / {b}");
            Assert.Equal(FactValue.Money(((decimal)a + b) / b), Value(text).Value);
        });
    }

    [Fact]
    public void A_compiled_condition_gives_the_same_answer_for_different_facts_and_dates()
    {
        CompiledCondition<TestFacts> c = Compiler.CompileCondition("monthsBetween(cooperative.registeredOn, asOf) >= 24");
        TestFacts facts = Sample();
        Assert.True(c.Evaluate(facts, new SolarHijriDate(1400, 3, 10)).IsTrue);
        Assert.True(c.Evaluate(facts, new SolarHijriDate(1400, 3, 9)).IsFalse);
        facts.Cooperative!.RegisteredOn = new SolarHijriDate(1403, 1, 1);
        Assert.True(c.Evaluate(facts, new SolarHijriDate(1404, 6, 15)).IsFalse);
        Assert.Equal("monthsBetween(cooperative.registeredOn, asOf) >= 24", c.ToString());
    }

    [Fact]
    public void Check_returns_the_type_without_compiling()
    {
        Assert.Equal(FactType.Money, Compiler.Check("sum(m in cooperative.members: m.shares) * 2"));
        Assert.Equal(FactType.Date, Compiler.Check("asOf + 1 month"));
        Assert.Equal(FactType.Decimal, Compiler.Check("application.amount / cooperative.capital"));
    }

    [Fact]
    public void Record_and_collection_expressions_cannot_be_compiled_as_values()
    {
        var e = Assert.Throws<ExpressionCompileException>(() => Compiler.Compile("cooperative.members"));
        Assert.Equal("an expression must give a single value, but this one is a Collection of Member", e.Error.Message);
    }

    [Fact]
    public void Evaluating_a_condition_with_facts_present_and_no_trace_allocates_nothing()
    {
        CompiledCondition<TestFacts> c = Compiler.CompileCondition(
            "cooperative.active and cooperative.kind in ['consumer', 'housing'] and cooperative.memberCount >= $minimumMembers[cooperative.kind] "
            + "and monthsBetween(cooperative.registeredOn, asOf) >= 24 and application.amount <= $maximumAmount "
            + "and cooperative.lastAssembly.heldOn >= asOf - 1 year and count(m in cooperative.members where m.employed) >= 2 "
            + "and cooperative.debtRatio between 0 and 3 and not any(m in cooperative.members: m.age > 70)");
        TestFacts facts = Sample();
        TestParameters parameters = Params();
        for (int i = 0; i < 100; i++)
        {
            Assert.True(c.Evaluate(facts, AsOf, parameters).IsTrue);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            c.Evaluate(facts, AsOf, parameters);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_compiled_condition_can_be_evaluated_from_many_threads()
    {
        CompiledCondition<TestFacts> c = Compiler.CompileCondition("all(m in cooperative.members where m.employed: m.age >= 18) and count(cooperative.members) = 3");
        TestFacts facts = Sample();
        Parallel.For(0, 1_000, _ => Assert.True(c.Evaluate(facts, AsOf).IsTrue));
    }

    [Fact]
    public void Schema_builders_reject_bad_field_names()
    {
        var builder = new RecordTypeBuilder<TestMember>("Member").Integer("age", m => m.Age);
        Assert.Throws<ArgumentException>(() => builder.Integer("age", m => m.Age));
        Assert.Throws<ArgumentException>(() => builder.Boolean("and", m => m.Employed));
        Assert.Throws<ArgumentException>(() => builder.Boolean("2x", m => m.Employed));
        Assert.Throws<ArgumentNullException>(() => builder.Boolean("ok", null!));
        Assert.Throws<ArgumentException>(() => FactSchema.Create<TestFacts>("Facts", b => b.Date("asOf", _ => null)));
        Assert.Throws<ArgumentException>(() => new ExpressionCompiler<TestFacts>(Schema, [new("x", FactType.Integer), new("x", FactType.Money)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParameterDeclaration("x", FactType.CollectionOf(Member)));
    }
}
