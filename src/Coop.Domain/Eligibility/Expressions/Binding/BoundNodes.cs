namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A type-checked node: every name resolved, every operand of the type its operator needs.</summary>
internal abstract class BoundNode(SyntaxNode syntax, FactType type)
{
    public SyntaxNode Syntax { get; } = syntax;

    public FactType Type { get; } = type;
}

internal sealed class BoundLiteral(SyntaxNode syntax, FactType type, FactValue value) : BoundNode(syntax, type)
{
    public FactValue Value { get; } = value;
}

internal sealed class BoundAsOf(SyntaxNode syntax) : BoundNode(syntax, FactType.Date);

/// <summary>A field read from the root (<see cref="Owner"/> null), from a collection element, or from a nested record.</summary>
internal sealed class BoundField(SyntaxNode syntax, BoundNode? owner, FactField field, PathText path) : BoundNode(syntax, field.Type)
{
    public BoundNode? Owner { get; } = owner;

    public FactField Field { get; } = field;

    public PathText Path { get; } = path;
}

/// <summary>The element a collection function is visiting (<c>m</c> in <c>any(m in cooperative.members: ...)</c>).</summary>
internal sealed class BoundVariable(SyntaxNode syntax, FactType type, int slot, PathText path) : BoundNode(syntax, type)
{
    public int Slot { get; } = slot;

    public PathText Path { get; } = path;
}

internal sealed class BoundParameter(SyntaxNode syntax, ParameterDeclaration declaration, BoundNode? key) : BoundNode(syntax, declaration.Type)
{
    public ParameterDeclaration Declaration { get; } = declaration;

    public BoundNode? Key { get; } = key;
}

/// <summary>An Integer widened to Decimal so that both operands of an operator have one representation.</summary>
internal sealed class BoundConvert(BoundNode operand) : BoundNode(operand.Syntax, FactType.Decimal)
{
    public BoundNode Operand { get; } = operand;
}

internal sealed class BoundUnary(SyntaxNode syntax, FactType type, UnaryOperator op, BoundNode operand) : BoundNode(syntax, type)
{
    public UnaryOperator Operator { get; } = op;

    public BoundNode Operand { get; } = operand;
}

internal sealed class BoundBinary(SyntaxNode syntax, FactType type, BinaryOperator op, BoundNode left, BoundNode right) : BoundNode(syntax, type)
{
    public BinaryOperator Operator { get; } = op;

    public BoundNode Left { get; } = left;

    public BoundNode Right { get; } = right;
}

internal sealed class BoundIn(SyntaxNode syntax, BoundNode value, IReadOnlyList<BoundNode> items, bool negated) : BoundNode(syntax, FactType.Boolean)
{
    public BoundNode Value { get; } = value;

    public IReadOnlyList<BoundNode> Items { get; } = items;

    public bool Negated { get; } = negated;
}

internal sealed class BoundBetween(SyntaxNode syntax, BoundNode value, BoundNode low, BoundNode high, bool negated) : BoundNode(syntax, FactType.Boolean)
{
    public BoundNode Value { get; } = value;

    public BoundNode Low { get; } = low;

    public BoundNode High { get; } = high;

    public bool Negated { get; } = negated;
}

internal enum FunctionId
{
    Count,
    DaysBetween,
    MonthsBetween,
    YearsBetween,
    StartOfMonth,
    EndOfMonth,
    StartOfFiscalYear,
    EndOfFiscalYear,
    FiscalYear,
    Known,
    Abs,
    Min,
    Max,
}

/// <summary>A call of the fixed function table. <see cref="FiscalStartMonth"/> is the fiscal year's first month for the fiscal helpers.</summary>
internal sealed class BoundCall(SyntaxNode syntax, FactType type, FunctionId function, IReadOnlyList<BoundNode> arguments, int fiscalStartMonth)
    : BoundNode(syntax, type)
{
    public FunctionId Function { get; } = function;

    public IReadOnlyList<BoundNode> Arguments { get; } = arguments;

    public int FiscalStartMonth { get; } = fiscalStartMonth;
}

internal enum AggregateKind
{
    Count,
    Sum,
    Min,
    Max,
    Any,
    All,
}

internal sealed class BoundAggregate(
    SyntaxNode syntax, FactType type, AggregateKind kind, int slot, BoundNode source, BoundNode? filter, BoundNode? body, PathText elementPath)
    : BoundNode(syntax, type)
{
    public AggregateKind Kind { get; } = kind;

    public int Slot { get; } = slot;

    public BoundNode Source { get; } = source;

    public BoundNode? Filter { get; } = filter;

    public BoundNode? Body { get; } = body;

    public PathText ElementPath { get; } = elementPath;
}
