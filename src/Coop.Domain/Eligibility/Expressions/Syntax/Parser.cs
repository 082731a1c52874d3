using Coop.Domain.Model;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Hand-written recursive-descent parser. Recursion is bounded by <see cref="ExpressionLimits.MaxDepth"/>
/// (checked on every nested expression), so hostile input ends with an error, not a stack overflow.
/// </summary>
internal sealed class Parser
{
    private static readonly HashSet<string> s_aggregates = new(StringComparer.Ordinal) { "count", "sum", "min", "max", "any", "all" };

    private readonly string _text;
    private readonly ExpressionLimits _limits;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;
    private int _nodes;

    private Parser(string text, ExpressionLimits limits)
    {
        _text = text;
        _limits = limits;
        _tokens = new Lexer(text).Tokenize();
    }

    private Token Current => _tokens[_index];

    public static SyntaxNode Parse(string text, ExpressionLimits limits)
    {
        if (text.Length > limits.MaxLength)
        {
            throw Errors.At(ExpressionErrorKind.TooLong, $"the expression is {text.Length} characters long; the limit is {limits.MaxLength}", limits.MaxLength, 1);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Errors.At(ExpressionErrorKind.Syntax, "the expression is empty", 0, 1);
        }

        var parser = new Parser(text, limits);
        SyntaxNode node = parser.Expression();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("an operator or the end of the expression");
        }

        return node;
    }

    private SyntaxNode Expression()
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw Errors.At(ExpressionErrorKind.TooDeep, $"the expression nests deeper than {_limits.MaxDepth} levels", Current.Start, Current.Length);
        }

        SyntaxNode node = Or();
        _depth--;
        return node;
    }

    private SyntaxNode Or()
    {
        SyntaxNode left = And();
        while (Current.Kind == TokenKind.Or)
        {
            int op = Advance().Start;
            left = Node(new BinarySyntax(BinaryOperator.Or, left, And(), op));
        }

        return left;
    }

    private SyntaxNode And()
    {
        SyntaxNode left = Not();
        while (Current.Kind == TokenKind.And)
        {
            int op = Advance().Start;
            left = Node(new BinarySyntax(BinaryOperator.And, left, Not(), op));
        }

        return left;
    }

    private SyntaxNode Not()
    {
        if (Current.Kind != TokenKind.Not)
        {
            return Comparison();
        }

        Token not = Advance();
        EnterNested(not);
        SyntaxNode operand = Not();
        _depth--;
        return Node(new UnarySyntax(UnaryOperator.Not, operand, not.Start, operand.End - not.Start));
    }

    private SyntaxNode Comparison()
    {
        SyntaxNode left = Additive();
        BinaryOperator? op = Current.Kind switch
        {
            TokenKind.Equal => BinaryOperator.Equal,
            TokenKind.NotEqual => BinaryOperator.NotEqual,
            TokenKind.Less => BinaryOperator.Less,
            TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
            TokenKind.Greater => BinaryOperator.Greater,
            TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
            _ => null,
        };
        if (op is { } binary)
        {
            int at = Advance().Start;
            SyntaxNode node = Node(new BinarySyntax(binary, left, Additive(), at));
            if (Current.Kind is TokenKind.Equal or TokenKind.NotEqual or TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
            {
                throw Errors.At(ExpressionErrorKind.Syntax, "comparisons cannot be chained: write 'a < b and b < c' or 'b between a and c'", Current.Start, Current.Length);
            }

            return node;
        }

        bool negated = false;
        if (Current.Kind == TokenKind.Not && Peek(1).Kind is TokenKind.In or TokenKind.Between)
        {
            Advance();
            negated = true;
        }

        if (Current.Kind == TokenKind.In)
        {
            Advance();
            Expect(TokenKind.LeftBracket, "'[' to start the list, e.g. x in ['a', 'b']");
            var items = new List<SyntaxNode>();
            if (Current.Kind != TokenKind.RightBracket)
            {
                do
                {
                    items.Add(Expression());
                }
                while (Accept(TokenKind.Comma));
            }

            Token close = Expect(TokenKind.RightBracket, "',' or ']' in the list");
            return Node(new InSyntax(left, items, negated, close.End));
        }

        if (Current.Kind == TokenKind.Between)
        {
            Advance();
            SyntaxNode low = Additive();
            Expect(TokenKind.And, "'and' between the bounds: x between low and high");
            SyntaxNode high = Additive();
            return Node(new BetweenSyntax(left, low, high, negated));
        }

        return left;
    }

    private SyntaxNode Additive()
    {
        SyntaxNode left = Multiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            Token op = Advance();
            left = Node(new BinarySyntax(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, Multiplicative(), op.Start));
        }

        return left;
    }

    private SyntaxNode Multiplicative()
    {
        SyntaxNode left = Unary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            Token op = Advance();
            left = Node(new BinarySyntax(op.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide, left, Unary(), op.Start));
        }

        return left;
    }

    private SyntaxNode Unary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return Primary();
        }

        Token minus = Advance();
        EnterNested(minus);
        SyntaxNode operand = Unary();
        _depth--;
        return Node(new UnarySyntax(UnaryOperator.Negate, operand, minus.Start, operand.End - minus.Start));
    }

    private SyntaxNode Primary()
    {
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Decimal:
                Advance();
                return Node(NumberWithUnit(t));
            case TokenKind.String:
                Advance();
                return Node(new LiteralSyntax(t.Start, t.Length, FactValue.String(t.Text!)));
            case TokenKind.Date:
                Advance();
                return Node(new LiteralSyntax(t.Start, t.Length, FactValue.Date(t.Date)));
            case TokenKind.True:
            case TokenKind.False:
                Advance();
                return Node(new LiteralSyntax(t.Start, t.Length, FactValue.Boolean(t.Kind == TokenKind.True)));
            case TokenKind.Parameter:
                return Parameter();
            case TokenKind.LeftParen:
                Advance();
                SyntaxNode inner = Expression();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Identifier:
                return Peek(1).Kind == TokenKind.LeftParen ? Call() : Path();
            case TokenKind.End:
                throw Errors.At(ExpressionErrorKind.Syntax, "the expression ends too early: a value is expected", t.Start, 1);
            default:
                throw Unexpected("a value (a number, a string, a date, a field, a parameter or '(')");
        }
    }

    private LiteralSyntax NumberWithUnit(Token number)
    {
        decimal amount = number.Kind == TokenKind.Integer ? number.Integer : number.Decimal;
        int end = number.End;
        string? unit = Current.Kind == TokenKind.Identifier ? Current.Text : null;

        // Scale words and currencies are the money grammar's (MoneyWords), so a literal reads as Money.Parse reads it.
        long multiplier = unit is null ? 0 : MoneyWords.Scale(unit);
        if (multiplier != 0)
        {
            end = Advance().End;
            unit = Current.Kind == TokenKind.Identifier ? Current.Text : null;
            long combined = unit is null ? 0 : MoneyWords.Combine(multiplier, MoneyWords.Scale(unit));
            if (combined != 0)
            {
                (multiplier, end) = (combined, Advance().End);
                unit = Current.Kind == TokenKind.Identifier ? Current.Text : null;
            }

            if (!IsCurrency(unit))
            {
                throw Errors.At(ExpressionErrorKind.InvalidLiteral, $"'{_text[number.Start..end]}' needs a currency: add 'rial' or 'toman'", number.Start, end - number.Start);
            }

            amount *= multiplier;
        }

        if (IsCurrency(unit))
        {
            end = Advance().End;
            decimal rials = amount * MoneyWords.Unit(unit);
            return new LiteralSyntax(number.Start, end - number.Start, FactValue.Money(rials));
        }

        int? monthsPerUnit = unit switch
        {
            "day" or "days" or "روز" => 0,
            "month" or "months" or "ماه" => 1,
            "year" or "years" or "سال" => 12,
            _ => null,
        };
        if (monthsPerUnit is { } perUnit)
        {
            end = Advance().End;
            if (number.Kind != TokenKind.Integer || number.Integer > 100_000)
            {
                throw Errors.At(ExpressionErrorKind.InvalidLiteral, "a duration is a whole number of days, months or years up to 100000", number.Start, end - number.Start);
            }

            int n = (int)number.Integer;
            var duration = perUnit == 0 ? CalendarDuration.FromDays(n) : CalendarDuration.FromMonths(n * perUnit);
            return new LiteralSyntax(number.Start, end - number.Start, FactValue.Duration(duration));
        }

        return new LiteralSyntax(number.Start, number.Length, number.Kind == TokenKind.Integer ? FactValue.Integer(number.Integer) : FactValue.Decimal(number.Decimal));
    }

    private static bool IsCurrency(string? unit) => unit is not null && MoneyWords.Unit(unit) != 0;

    private ParameterSyntax Parameter()
    {
        Token t = Advance();
        SyntaxNode? key = null;
        int end = t.End;
        if (Current.Kind == TokenKind.LeftBracket)
        {
            Advance();
            key = Expression();
            end = Expect(TokenKind.RightBracket, "']' after the parameter key").End;
        }

        return Node(new ParameterSyntax(t.Text!, key, t.Start, end - t.Start));
    }

    private PathSyntax Path()
    {
        Token first = Advance();
        var segments = new List<(string, int)> { (first.Text!, first.Start) };
        int end = first.End;
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            Token name = Current;
            if (name.Kind != TokenKind.Identifier)
            {
                throw Unexpected("a field name after '.'");
            }

            Advance();
            segments.Add((name.Text!, name.Start));
            end = name.End;
        }

        return Node(new PathSyntax(segments, first.Start, end - first.Start));
    }

    private SyntaxNode Call()
    {
        Token name = Advance();
        Advance(); // (
        if (s_aggregates.Contains(name.Text!) && Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.In)
        {
            return Aggregate(name);
        }

        var args = new List<SyntaxNode>();
        if (Current.Kind != TokenKind.RightParen)
        {
            do
            {
                args.Add(Expression());
            }
            while (Accept(TokenKind.Comma));
        }

        if (Current.Kind == TokenKind.Where && args.Count == 1)
        {
            throw Errors.At(
                ExpressionErrorKind.Syntax,
                $"name the element to filter on, e.g. {name.Text}(m in {_text[args[0].Start..args[0].End]} where m.active)",
                Current.Start,
                Current.Length);
        }

        Token close = Expect(TokenKind.RightParen, "',' or ')' after the argument");
        return Node(new CallSyntax(name.Text!, name.Length, args, name.Start, close.End - name.Start));
    }

    private AggregateSyntax Aggregate(Token name)
    {
        Token variable = Advance();
        Advance(); // in
        SyntaxNode source = Expression();
        SyntaxNode? filter = null;
        SyntaxNode? body = null;
        if (Accept(TokenKind.Where))
        {
            filter = Expression();
        }

        if (Accept(TokenKind.Colon))
        {
            body = Expression();
        }

        Token close = Expect(TokenKind.RightParen, filter is null && body is null ? "'where', ':' or ')'" : "')'");
        return Node(new AggregateSyntax(name.Text!, variable.Text!, variable.Start, source, filter, body, name.Start, close.End - name.Start));
    }

    private void EnterNested(Token at)
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw Errors.At(ExpressionErrorKind.TooDeep, $"the expression nests deeper than {_limits.MaxDepth} levels", at.Start, at.Length);
        }
    }

    private T Node<T>(T node)
        where T : SyntaxNode
    {
        if (++_nodes > _limits.MaxNodes)
        {
            throw Errors.At(ExpressionErrorKind.TooManyNodes, $"the expression has more than {_limits.MaxNodes} parts", node.Start, node.Length);
        }

        if (node.Height > _limits.MaxDepth)
        {
            // A long flat chain (a + b + … or x or y or …) is a deep tree too; say so, at the operator that tips it.
            if (node is BinarySyntax { Left: BinarySyntax left } chain && left.Operator == chain.Operator)
            {
                throw Errors.At(
                    ExpressionErrorKind.TooDeep,
                    $"the expression nests deeper than {_limits.MaxDepth} levels: a chain of operators counts as nesting, one level per operator (split it, or use 'in [...]' for a list of alternatives)",
                    chain.OperatorStart,
                    1);
            }

            throw Errors.At(ExpressionErrorKind.TooDeep, $"the expression nests deeper than {_limits.MaxDepth} levels", node.Start, node.Length);
        }

        return node;
    }

    private Token Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Advance() => _tokens[_index < _tokens.Count - 1 ? _index++ : _index];

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what) => Current.Kind == kind ? Advance() : throw Unexpected(what);

    private ExpressionCompileException Unexpected(string expected)
    {
        Token t = Current;
        string found = t.Kind == TokenKind.End ? "the end of the expression" : $"'{_text.Substring(t.Start, t.Length)}'";
        return Errors.At(ExpressionErrorKind.Syntax, $"expected {expected} but found {found}", t.Start, Math.Max(1, t.Length));
    }
}
