using Coop.Domain.Eligibility.Expressions;
using static Coop.Domain.Tests.Eligibility.TestSchema;

namespace Coop.Domain.Tests.Eligibility;

public class ExpressionLimitTests
{
    [Fact]
    public void Ten_thousand_nested_parentheses_are_rejected_without_a_stack_overflow()
    {
        string text = new string('(', 10_000) + "1" + new string(')', 10_000);
        var compiler = new ExpressionCompiler<TestFacts>(Schema, limits: ExpressionLimits.Default with { MaxLength = 50_000 });
        var e = Assert.Throws<ExpressionCompileException>(() => compiler.Compile(text));
        Assert.Equal(ExpressionErrorKind.TooDeep, e.Error.Kind);
        Assert.Equal(101, e.Error.Column);
        Assert.Equal("the expression nests deeper than 100 levels", e.Error.Message);
    }

    [Theory]
    [InlineData("not ", "true")]
    [InlineData("- ", "1")]
    public void Long_chains_of_prefix_operators_are_rejected(string prefix, string operand)
    {
        string text = string.Concat(Enumerable.Repeat(prefix, 2_000)) + operand;
        Assert.Equal(ExpressionErrorKind.TooDeep, Error(text).Kind);
    }

    [Fact]
    public void A_long_left_leaning_chain_is_bounded_by_the_depth_limit()
    {
        string text = string.Join(" + ", Enumerable.Repeat("1", 500));
        ExpressionError error = Error(text);
        Assert.Equal(ExpressionErrorKind.TooDeep, error.Kind);
        Assert.StartsWith("the expression nests deeper than 100 levels: a chain of operators counts as nesting, one level per operator", error.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf('+', StringComparison.Ordinal) + (99 * 4) + 1, error.Column); // the 100th '+' makes 101 levels; columns are 1-based
        Assert.Equal(FactValue.Integer(90), Value(string.Join(" + ", Enumerable.Repeat("1", 90))).Value);
    }

    [Fact]
    public void Too_long_an_expression_is_rejected_before_parsing()
    {
        ExpressionError e = Error(new string(' ', 10_001));
        Assert.Equal(ExpressionErrorKind.TooLong, e.Kind);
        Assert.Contains("10001 characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_nodes_are_rejected()
    {
        var compiler = new ExpressionCompiler<TestFacts>(Schema, limits: new ExpressionLimits { MaxNodes = 20 });
        string text = "cooperative.kind in [" + string.Join(", ", Enumerable.Range(0, 30).Select(i => "'k" + i + "'")) + "]";
        var e = Assert.Throws<ExpressionCompileException>(() => compiler.Compile(text));
        Assert.Equal(ExpressionErrorKind.TooManyNodes, e.Error.Kind);
    }

    [Fact]
    public void Collection_functions_nest_at_most_four_deep()
    {
        string text = "any(a in cooperative.members: any(b in cooperative.members: any(c in cooperative.members: any(d in cooperative.members: any(e in cooperative.members: e.employed)))))";
        ExpressionError e = Error(text);
        Assert.Equal(ExpressionErrorKind.TooDeep, e.Kind);
        Assert.StartsWith("collection functions nest at most 4 deep", e.Message, StringComparison.Ordinal);
    }
}
