using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionErrorTests
{
    [Fact]
    public void An_unknown_field_suggests_the_closest_name_at_its_column()
    {
        ExpressionError e = Error("count(cooperative.memberz) > 7");
        Assert.Equal(ExpressionErrorKind.UnknownField, e.Kind);
        Assert.Equal("unknown field cooperative.memberz — did you mean members?", e.Message);
        Assert.Equal(19, e.Column);
        Assert.Equal(7, e.Length);
    }

    [Fact]
    public void An_unknown_top_level_name_suggests_a_root_field()
    {
        ExpressionError e = Error("cooperativ.memberCount");
        Assert.Equal("unknown field cooperativ — did you mean cooperative?", e.Message);
        Assert.Equal(1, e.Column);
    }

    [Fact]
    public void An_unknown_field_without_a_close_match_lists_the_fields()
    {
        ExpressionError e = Error("application.xyzzy");
        Assert.Equal("unknown field application.xyzzy; Application has: amount, submittedOn, term", e.Message);
    }

    [Fact]
    public void A_field_of_a_collection_points_to_the_collection_functions()
    {
        ExpressionError e = Error("cooperative.members.age > 3");
        Assert.Equal(ExpressionErrorKind.TypeMismatch, e.Kind);
        Assert.Contains("use a collection function", e.Message, StringComparison.Ordinal);
        Assert.Equal(21, e.Column);
    }

    [Fact]
    public void An_unknown_function_suggests_the_closest_one()
    {
        ExpressionError e = Error("cuont(cooperative.members) > 1");
        Assert.Equal(ExpressionErrorKind.UnknownFunction, e.Kind);
        Assert.Equal("unknown function cuont — did you mean count?", e.Message);
        Assert.Equal(1, e.Column);
        Assert.Equal(5, e.Length);
    }

    [Theory]
    [InlineData("daysBetween(asOf)", "daysBetween takes 2 arguments, not 1", 1)]
    [InlineData("1 + endOfMonth(asOf, asOf)", "endOfMonth takes 1 argument, not 2", 5)]
    [InlineData("min(3)", "min takes two or more values", 1)]
    [InlineData("any(cooperative.members)", "any needs a named element and a condition", 1)]
    public void A_wrong_number_of_arguments_is_reported(string text, string message, int column)
    {
        ExpressionError e = Error(text);
        Assert.Equal(ExpressionErrorKind.WrongArity, e.Kind);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(column, e.Column);
    }

    [Theory]
    [InlineData("cooperative.registeredOn > 5", "cannot compare Date with Integer", 1)]
    [InlineData("true and cooperative.kind = 3", "cannot compare String with Integer", 10)]
    [InlineData("application.amount <= 500", "cannot compare Money with Integer: write the amount with a unit, e.g. 500_000_000 rial", 1)]
    [InlineData("application.amount + 5", "cannot add Money and Integer: write the amount with a unit, e.g. 1000 rial", 1)]
    [InlineData("application.amount * application.amount", "cannot multiply Money by Money", 1)]
    [InlineData("asOf + 30", "cannot add Date and Integer: write a duration, e.g. asOf + 30 days", 1)]
    [InlineData("asOf - cooperative.registeredOn", "cannot subtract dates: use daysBetween(a, b) or monthsBetween(a, b)", 1)]
    [InlineData("cooperative.kind < 'z'", "cannot order String values; use = or in [...]", 1)]
    [InlineData("application.term > 3 months", "cannot order durations", 1)]
    [InlineData("not cooperative.memberCount", "the operand of 'not' must be a Boolean, but cooperative.memberCount is a Integer", 5)]
    [InlineData("cooperative.active and 1", "the right side of 'and' must be a Boolean, but 1 is a Integer", 24)]
    [InlineData("daysBetween(asOf, 3)", "argument 2 of daysBetween must be a Date, but 3 is a Integer", 19)]
    [InlineData("cooperative.memberCount in ['a']", "cannot compare Integer with String", 29)]
    [InlineData("sum(m in cooperative.members: m.name)", "sum needs numbers or amounts of money, not String", 31)]
    [InlineData("count(cooperative.kind)", "count needs a collection, but cooperative.kind is a String", 7)]
    [InlineData("cooperative.lastAssembly = 1", "cannot compare Assembly values", 1)]
    [InlineData("$minimumMembers > 3", "the parameter $minimumMembers is keyed", 1)]
    [InlineData("$maximumAmount[cooperative.kind]", "the parameter $maximumAmount is not keyed", 16)]
    [InlineData("endOfFiscalYear(asOf, 13)", "the second argument of endOfFiscalYear is the fiscal year's first month", 23)]
    public void Type_errors_name_the_types_and_the_column(string text, string message, int column)
    {
        ExpressionError e = Error(text);
        Assert.Equal(ExpressionErrorKind.TypeMismatch, e.Kind);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void A_condition_must_be_boolean()
    {
        var e = Assert.Throws<ExpressionCompileException>(() => Compiler.CompileCondition("cooperative.memberCount + 1"));
        Assert.Equal(ExpressionErrorKind.TypeMismatch, e.Error.Kind);
        Assert.Equal("a condition must be a Boolean, but this expression is a Integer", e.Error.Message);
        Assert.False(Compiler.TryCompileCondition("asOf", out _, out ExpressionError? error));
        Assert.Equal(ExpressionErrorKind.TypeMismatch, error.Kind);
        Assert.True(Compiler.TryCompileCondition("true", out CompiledCondition<TestFacts>? ok, out _));
        Assert.Equal("true", ok.Text);
    }

    [Fact]
    public void An_unterminated_string_points_at_its_opening_quote()
    {
        ExpressionError e = Error("cooperative.kind = 'consumer");
        Assert.Equal(ExpressionErrorKind.UnterminatedString, e.Kind);
        Assert.Equal(20, e.Column);
        Assert.StartsWith("unterminated string", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cooperative.memberCount > ", ExpressionErrorKind.Syntax, 27, "the expression ends too early")]
    [InlineData("(1 + 2", ExpressionErrorKind.Syntax, 7, "expected ')' but found the end of the expression")]
    [InlineData("1 + 2)", ExpressionErrorKind.Syntax, 6, "expected an operator or the end of the expression but found ')'")]
    [InlineData("1 # 2", ExpressionErrorKind.Syntax, 3, "unexpected character '#'")]
    [InlineData("!true", ExpressionErrorKind.Syntax, 1, "unexpected '!'")]
    [InlineData("   ", ExpressionErrorKind.Syntax, 1, "the expression is empty")]
    [InlineData("1 < 2 < 3", ExpressionErrorKind.Syntax, 7, "comparisons cannot be chained")]
    [InlineData("x in 1", ExpressionErrorKind.Syntax, 6, "expected '[' to start the list")]
    [InlineData("1 between 0 or 2", ExpressionErrorKind.Syntax, 13, "expected 'and' between the bounds")]
    [InlineData("count(cooperative.members where employed)", ExpressionErrorKind.Syntax, 27, "name the element to filter on, e.g. count(m in cooperative.members where m.active)")]
    [InlineData("any(m in cooperative.members)", ExpressionErrorKind.Syntax, 1, "any needs a condition after ':'")]
    [InlineData("count(cooperative in cooperative.members)", ExpressionErrorKind.Syntax, 7, "the name 'cooperative' is already in use")]
    [InlineData("$ + 1", ExpressionErrorKind.Syntax, 1, "'$' must be followed by a parameter name")]
    [InlineData("@1404/07/31", ExpressionErrorKind.InvalidLiteral, 1, "invalid date: 1404/07/31: day 31 does not exist in Mehr (7), which has 30 days.")]
    [InlineData("@1404/13", ExpressionErrorKind.InvalidLiteral, 1, "a date is written @yyyy/mm/dd")]
    [InlineData("99999999999999999999", ExpressionErrorKind.InvalidLiteral, 1, "the integer 99999999999999999999 is too large")]
    [InlineData("30days", ExpressionErrorKind.InvalidLiteral, 1, "malformed number '30days'")]
    [InlineData("5 million", ExpressionErrorKind.InvalidLiteral, 1, "'5 million' needs a currency")]
    [InlineData("1.5 months", ExpressionErrorKind.InvalidLiteral, 1, "a duration is a whole number")]
    [InlineData("$maximumAmounts", ExpressionErrorKind.UnknownParameter, 2, "unknown parameter $maximumAmounts — did you mean $maximumAmount?")]
    public void Syntax_and_literal_errors_carry_kind_column_and_message(string text, ExpressionErrorKind kind, int column, string message)
    {
        ExpressionError e = Error(text);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(column, e.Column);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_prints_as_column_and_message()
    {
        Assert.Equal("column 3: unexpected character '#'", Error("1 # 2").ToString());
    }
}
