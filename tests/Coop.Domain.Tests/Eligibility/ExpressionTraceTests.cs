using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionTraceTests
{
    [Fact]
    public void A_trace_records_sub_expression_values_with_their_text_and_column()
    {
        var trace = new ExpressionTrace();
        ConditionResult result = Condition("cooperative.memberCount >= $minimumMembers[cooperative.kind] and count(cooperative.members) > 2", trace: trace);
        Assert.True(result.IsTrue);
        var entries = trace.Entries.ToDictionary(e => e.Text, e => e);
        Assert.Equal(FactValue.Integer(12), entries["cooperative.memberCount"].Result.Value);
        Assert.Equal(1, entries["cooperative.memberCount"].Column);
        Assert.Equal(FactValue.String("consumer"), entries["cooperative.kind"].Result.Value);
        Assert.Equal(FactValue.Integer(7), entries["$minimumMembers[cooperative.kind]"].Result.Value);
        Assert.Equal(FactValue.Integer(3), entries["count(cooperative.members)"].Result.Value);
        Assert.Equal(FactValue.Boolean(true), trace.Entries[^1].Result.Value);
        Assert.Equal("cooperative.memberCount >= $minimumMembers[cooperative.kind] and count(cooperative.members) > 2", trace.Entries[^1].Text);
    }

    [Fact]
    public void A_trace_records_each_parameter_value_used_with_its_effective_date()
    {
        var trace = new ExpressionTrace();
        Condition("cooperative.memberCount >= $minimumMembers[cooperative.kind] and application.amount <= $maximumAmount", trace: trace);
        Assert.Equal(
            [
                new ParameterUse("minimumMembers", "consumer", FactValue.Integer(7), new SolarHijriDate(1400, 1, 1)),
                new ParameterUse("maximumAmount", null, FactValue.Money(5_000_000_000m), new SolarHijriDate(1403, 1, 1)),
            ],
            trace.Parameters);
    }

    [Fact]
    public void A_trace_shows_which_fact_was_missing()
    {
        TestFacts facts = Sample();
        facts.Cooperative!.LastAssembly = null;
        var trace = new ExpressionTrace();
        Condition("cooperative.lastAssembly.heldOn > @1400/01/01", facts, trace);
        TraceEntry entry = Assert.Single(trace.Entries, e => e.Text == "cooperative.lastAssembly.heldOn");
        Assert.False(entry.Result.HasValue);
        Assert.Equal("cooperative.lastAssembly", entry.Result.MissingFact);
    }

    [Fact]
    public void Collection_functions_are_traced_as_a_whole_not_per_element()
    {
        var trace = new ExpressionTrace();
        Condition("any(m in cooperative.members: m.age < 18)", trace: trace);
        TraceEntry entry = Assert.Single(trace.Entries);
        Assert.Equal(FactValue.Boolean(true), entry.Result.Value);
    }

    [Fact]
    public void Without_a_trace_nothing_is_recorded_and_clear_forgets()
    {
        CompiledCondition<TestFacts> c = Compiler.CompileCondition("cooperative.memberCount > 3");
        var trace = new ExpressionTrace();
        c.Evaluate(Sample(), AsOf, Params(), trace);
        int recorded = trace.Entries.Count;
        c.Evaluate(Sample(), AsOf, Params());
        Assert.Equal(recorded, trace.Entries.Count);
        trace.Clear();
        Assert.Empty(trace.Entries);
        Assert.Empty(trace.Parameters);
    }

    [Fact]
    public void Values_print_in_the_language_notation()
    {
        Assert.Equal("500000000 rial", FactValue.Money(500_000_000m).ToString());
        Assert.Equal("@1404/01/01", FactValue.Date(new SolarHijriDate(1404, 1, 1)).ToString());
        Assert.Equal("4 months", FactValue.Duration(CalendarDuration.FromMonths(4)).ToString());
        Assert.Equal("1 months 2 days", FactValue.Duration(new CalendarDuration(1, 2)).ToString());
        Assert.Equal(new CalendarDuration(-1, -3), Value("0 days - 1 month - 3 days").Value.AsDuration());
        Assert.Equal("'x'", FactValue.String("x").ToString());
        Assert.Equal("0.5", FactValue.Decimal(0.5m).ToString());
        Assert.Equal("Missing(cooperative)", Value("cooperative.memberCount", new TestFacts()).ToString());
        Assert.Equal("Missing(cooperative)", Condition("cooperative.active", new TestFacts()).ToString());
        Assert.Throws<InvalidOperationException>(() => FactValue.Integer(1).AsDate());
    }
}
