namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A node of the parsed (untyped) expression; <see cref="Start"/> is 0-based.</summary>
internal abstract class SyntaxNode(int start, int length, int height)
{
    public int Start { get; } = start;

    public int Length { get; } = length;

    /// <summary>1 for a leaf; 1 + the tallest child otherwise. Bounded by <see cref="ExpressionLimits.MaxDepth"/>.</summary>
    public int Height { get; } = height;

    public int End => Start + Length;
}

internal sealed class LiteralSyntax(int start, int length, FactValue value) : SyntaxNode(start, length, 1)
{
    public FactValue Value { get; } = value;
}

/// <summary>A name followed by <c>.member</c> parts: <c>cooperative.lastAssembly.heldOn</c>, <c>asOf</c>, <c>m.employed</c>.</summary>
internal sealed class PathSyntax(IReadOnlyList<(string Name, int Start)> segments, int start, int length) : SyntaxNode(start, length, 1)
{
    public IReadOnlyList<(string Name, int Start)> Segments { get; } = segments;
}

internal sealed class ParameterSyntax(string name, SyntaxNode? key, int start, int length)
    : SyntaxNode(start, length, (key?.Height ?? 0) + 1)
{
    public string Name { get; } = name;

    public SyntaxNode? Key { get; } = key;
}

internal enum UnaryOperator
{
    Not,
    Negate,
}

internal sealed class UnarySyntax(UnaryOperator op, SyntaxNode operand, int start, int length)
    : SyntaxNode(start, length, operand.Height + 1)
{
    public UnaryOperator Operator { get; } = op;

    public SyntaxNode Operand { get; } = operand;
}

internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}

internal sealed class BinarySyntax(BinaryOperator op, SyntaxNode left, SyntaxNode right, int operatorStart)
    : SyntaxNode(left.Start, right.End - left.Start, Math.Max(left.Height, right.Height) + 1)
{
    public BinaryOperator Operator { get; } = op;

    public SyntaxNode Left { get; } = left;

    public SyntaxNode Right { get; } = right;

    public int OperatorStart { get; } = operatorStart;
}

internal sealed class InSyntax(SyntaxNode value, IReadOnlyList<SyntaxNode> items, bool negated, int end)
    : SyntaxNode(value.Start, end - value.Start, Math.Max(value.Height, items.Count == 0 ? 0 : items.Max(i => i.Height)) + 1)
{
    public SyntaxNode Value { get; } = value;

    public IReadOnlyList<SyntaxNode> Items { get; } = items;

    public bool Negated { get; } = negated;
}

internal sealed class BetweenSyntax(SyntaxNode value, SyntaxNode low, SyntaxNode high, bool negated)
    : SyntaxNode(value.Start, high.End - value.Start, Math.Max(value.Height, Math.Max(low.Height, high.Height)) + 1)
{
    public SyntaxNode Value { get; } = value;

    public SyntaxNode Low { get; } = low;

    public SyntaxNode High { get; } = high;

    public bool Negated { get; } = negated;
}

/// <summary>A call of the function table: <c>daysBetween(a, b)</c>, <c>count(cooperative.members)</c>.</summary>
internal sealed class CallSyntax(string name, int nameLength, IReadOnlyList<SyntaxNode> arguments, int start, int length)
    : SyntaxNode(start, length, (arguments.Count == 0 ? 0 : arguments.Max(a => a.Height)) + 1)
{
    public string Name { get; } = name;

    public int NameLength { get; } = nameLength;

    public IReadOnlyList<SyntaxNode> Arguments { get; } = arguments;
}

/// <summary>A collection function with a named element: <c>count(m in cooperative.members where m.employed)</c>, <c>sum(m in c: m.shares)</c>.</summary>
internal sealed class AggregateSyntax(
    string function, string variable, int variableStart, SyntaxNode source, SyntaxNode? filter, SyntaxNode? body, int start, int length)
    : SyntaxNode(start, length, Math.Max(source.Height, Math.Max(filter?.Height ?? 0, body?.Height ?? 0)) + 1)
{
    public string Function { get; } = function;

    public string Variable { get; } = variable;

    public int VariableStart { get; } = variableStart;

    public SyntaxNode Source { get; } = source;

    public SyntaxNode? Filter { get; } = filter;

    public SyntaxNode? Body { get; } = body;
}
