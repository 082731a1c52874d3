namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// The type checker: resolves names against the schema, the parameter declarations and the function
/// table, and checks every operator's operand types. Recursion follows the syntax tree, whose height
/// the parser bounded.
/// </summary>
internal sealed class Binder
{
    private static readonly Dictionary<string, (int Min, int Max)> s_functions = new(StringComparer.Ordinal)
    {
        ["count"] = (1, 1),
        ["sum"] = (1, 1),
        ["any"] = (1, 1),
        ["all"] = (1, 1),
        ["min"] = (2, 16),
        ["max"] = (2, 16),
        ["daysBetween"] = (2, 2),
        ["monthsBetween"] = (2, 2),
        ["yearsBetween"] = (2, 2),
        ["startOfMonth"] = (1, 1),
        ["endOfMonth"] = (1, 1),
        ["startOfFiscalYear"] = (1, 2),
        ["endOfFiscalYear"] = (1, 2),
        ["fiscalYear"] = (1, 2),
        ["known"] = (1, 1),
        ["abs"] = (1, 1),
        ["param"] = (1, 2),
    };

    private readonly string _text;
    private readonly RecordType _root;
    private readonly IReadOnlyDictionary<string, ParameterDeclaration> _parameters;
    private readonly List<(string Name, int Slot, RecordType Type, PathText Path)> _scope = [];

    public Binder(string text, RecordType root, IReadOnlyDictionary<string, ParameterDeclaration> parameters)
    {
        _text = text;
        _root = root;
        _parameters = parameters;
    }

    public static IEnumerable<string> FunctionNames => s_functions.Keys;

    public BoundNode Bind(SyntaxNode node) => node switch
    {
        LiteralSyntax l => new BoundLiteral(l, TypeOf(l.Value.Kind), l.Value),
        PathSyntax p => BindPath(p),
        ParameterSyntax p => BindParameter(p, p.Name, p.Start + 1, p.Key),
        UnarySyntax u => BindUnary(u),
        BinarySyntax b => BindBinary(b),
        InSyntax i => BindIn(i),
        BetweenSyntax b => BindBetween(b),
        CallSyntax c => BindCall(c),
        AggregateSyntax a => BindAggregate(a),
        _ => throw new InvalidOperationException("Unknown syntax node " + node.GetType().Name),
    };

    private static FactType TypeOf(FactTypeKind kind) => kind switch
    {
        FactTypeKind.Boolean => FactType.Boolean,
        FactTypeKind.Integer => FactType.Integer,
        FactTypeKind.Decimal => FactType.Decimal,
        FactTypeKind.Money => FactType.Money,
        FactTypeKind.String => FactType.String,
        FactTypeKind.Date => FactType.Date,
        _ => FactType.Duration,
    };

    private string TextOf(SyntaxNode node) => _text.Substring(node.Start, node.Length);

    private BoundNode BindPath(PathSyntax path)
    {
        (string first, int firstStart) = path.Segments[0];
        BoundNode current;
        int variable = _scope.FindLastIndex(v => string.Equals(v.Name, first, StringComparison.Ordinal));
        if (variable >= 0)
        {
            var v = _scope[variable];
            current = new BoundVariable(path, FactType.RecordOf(v.Type), v.Slot, v.Path);
        }
        else if (string.Equals(first, "asOf", StringComparison.Ordinal))
        {
            current = new BoundAsOf(path);
        }
        else if (_root.TryGetField(first, out FactField? field))
        {
            current = new BoundField(path, null, field, PathText.Static(first));
        }
        else
        {
            IEnumerable<string> names = _root.Fields.Select(f => f.Name).Append("asOf").Concat(_scope.Select(s => s.Name));
            throw Errors.At(ExpressionErrorKind.UnknownField, UnknownMessage(first, first, names, _root), firstStart, first.Length);
        }

        for (int i = 1; i < path.Segments.Count; i++)
        {
            (string name, int start) = path.Segments[i];
            string prefix = _text[path.Start..(path.Segments[i - 1].Start + path.Segments[i - 1].Name.Length)];
            if (current.Type.Kind != FactTypeKind.Record)
            {
                string hint = current.Type.Kind == FactTypeKind.Collection
                    ? $"; use a collection function, e.g. count({prefix}) or any(x in {prefix}: x.{name})"
                    : string.Empty;
                throw Errors.At(ExpressionErrorKind.TypeMismatch, $"{prefix} is a {current.Type} and has no field '{name}'{hint}", start, name.Length);
            }

            RecordType record = current.Type.RecordType!;
            if (!record.TryGetField(name, out FactField? field))
            {
                throw Errors.At(ExpressionErrorKind.UnknownField, UnknownMessage(prefix + "." + name, name, record.Fields.Select(f => f.Name), record), start, name.Length);
            }

            PathText owner = current switch
            {
                BoundField f => f.Path,
                BoundVariable v => v.Path,
                _ => PathText.Static(prefix),
            };
            current = new BoundField(path, current, field, owner.Member(name));
        }

        return current;
    }

    private static string UnknownMessage(string path, string name, IEnumerable<string> candidates, RecordType record)
    {
        string[] all = candidates.ToArray();
        string? suggestion = Suggestions.Closest(name, all);
        return suggestion is not null
            ? $"unknown field {path} — did you mean {suggestion}?"
            : $"unknown field {path}; {record.Name} has: {string.Join(", ", all)}";
    }

    private BoundParameter BindParameter(SyntaxNode node, string name, int nameStart, SyntaxNode? keySyntax)
    {
        if (!_parameters.TryGetValue(name, out ParameterDeclaration? declaration))
        {
            string? suggestion = Suggestions.Closest(name, _parameters.Keys);
            string message = suggestion is not null
                ? $"unknown parameter ${name} — did you mean ${suggestion}?"
                : _parameters.Count == 0 ? $"unknown parameter ${name}: no parameters are declared" : $"unknown parameter ${name}";
            throw Errors.At(ExpressionErrorKind.UnknownParameter, message, nameStart, name.Length);
        }

        BoundNode? key = null;
        if (keySyntax is not null)
        {
            if (!declaration.IsKeyed)
            {
                throw Errors.At(ExpressionErrorKind.TypeMismatch, $"the parameter ${name} is not keyed; remove [{TextOf(keySyntax)}]", keySyntax);
            }

            key = Bind(keySyntax);
            Expect(key, FactType.String, $"the key of ${name}");
        }
        else if (declaration.IsKeyed)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"the parameter ${name} is keyed: write ${name}[key], e.g. ${name}[cooperative.kind]", node);
        }

        return new BoundParameter(node, declaration, key);
    }

    private BoundUnary BindUnary(UnarySyntax u)
    {
        BoundNode operand = Bind(u.Operand);
        if (u.Operator == UnaryOperator.Not)
        {
            Expect(operand, FactType.Boolean, "the operand of 'not'");
            return new BoundUnary(u, FactType.Boolean, u.Operator, operand);
        }

        if (!operand.Type.IsNumeric)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot negate a {operand.Type}", u);
        }

        return new BoundUnary(u, operand.Type, u.Operator, operand);
    }

    private BoundBinary BindBinary(BinarySyntax b)
    {
        BoundNode left = Bind(b.Left);
        BoundNode right = Bind(b.Right);
        FactTypeKind l = left.Type.Kind;
        FactTypeKind r = right.Type.Kind;
        switch (b.Operator)
        {
            case BinaryOperator.And:
            case BinaryOperator.Or:
                string word = b.Operator == BinaryOperator.And ? "and" : "or";
                Expect(left, FactType.Boolean, $"the left side of '{word}'");
                Expect(right, FactType.Boolean, $"the right side of '{word}'");
                return new BoundBinary(b, FactType.Boolean, b.Operator, left, right);

            case BinaryOperator.Equal:
            case BinaryOperator.NotEqual:
                KnownValue(left, right);
                KnownValue(right, left);
                (left, right) = Unify(b, left, right, "compare");
                return new BoundBinary(b, FactType.Boolean, b.Operator, left, right);

            case BinaryOperator.Less:
            case BinaryOperator.LessOrEqual:
            case BinaryOperator.Greater:
            case BinaryOperator.GreaterOrEqual:
                (left, right) = Unify(b, left, right, "compare");
                CheckOrdered(b, left.Type);
                return new BoundBinary(b, FactType.Boolean, b.Operator, left, right);

            case BinaryOperator.Add:
            case BinaryOperator.Subtract:
                bool add = b.Operator == BinaryOperator.Add;
                if (l == FactTypeKind.Date && r == FactTypeKind.Duration)
                {
                    return new BoundBinary(b, FactType.Date, b.Operator, left, right);
                }

                if (add && l == FactTypeKind.Duration && r == FactTypeKind.Date)
                {
                    return new BoundBinary(b, FactType.Date, b.Operator, right, left);
                }

                if (l == FactTypeKind.Duration && r == FactTypeKind.Duration)
                {
                    return new BoundBinary(b, FactType.Duration, b.Operator, left, right);
                }

                if (l == FactTypeKind.Date && r == FactTypeKind.Date && !add)
                {
                    throw Errors.At(ExpressionErrorKind.TypeMismatch, "cannot subtract dates: use daysBetween(a, b) or monthsBetween(a, b)", b);
                }

                if (l == FactTypeKind.Date && r is FactTypeKind.Integer or FactTypeKind.Decimal)
                {
                    throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot {(add ? "add" : "subtract")} Date and {right.Type}: write a duration, e.g. {TextOf(b.Left)} {(add ? "+" : "-")} 30 days", b);
                }

                return Arithmetic(b, left, right, add ? "add" : "subtract");

            case BinaryOperator.Multiply:
                if (l == FactTypeKind.Money && r is FactTypeKind.Integer or FactTypeKind.Decimal)
                {
                    return new BoundBinary(b, FactType.Money, b.Operator, left, Widen(right));
                }

                if (r == FactTypeKind.Money && l is FactTypeKind.Integer or FactTypeKind.Decimal)
                {
                    return new BoundBinary(b, FactType.Money, b.Operator, right, Widen(left));
                }

                return Arithmetic(b, left, right, "multiply");

            default: // Divide
                if (l == FactTypeKind.Money && r is FactTypeKind.Integer or FactTypeKind.Decimal)
                {
                    return new BoundBinary(b, FactType.Money, b.Operator, left, Widen(right));
                }

                if (l == FactTypeKind.Money && r == FactTypeKind.Money)
                {
                    return new BoundBinary(b, FactType.Decimal, b.Operator, left, right);
                }

                if (left.Type.IsNumeric && right.Type.IsNumeric && l != FactTypeKind.Money && r != FactTypeKind.Money)
                {
                    // Division is exact decimal division even for two Integers: 7 / 2 is 3.5, never 3.
                    return new BoundBinary(b, FactType.Decimal, b.Operator, Widen(left), Widen(right));
                }

                throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot divide {left.Type} by {right.Type}", b);
        }
    }

    private static BoundBinary Arithmetic(BinarySyntax b, BoundNode left, BoundNode right, string verb)
    {
        FactTypeKind l = left.Type.Kind;
        FactTypeKind r = right.Type.Kind;
        if (l == FactTypeKind.Integer && r == FactTypeKind.Integer)
        {
            return new BoundBinary(b, FactType.Integer, b.Operator, left, right);
        }

        if (l is FactTypeKind.Integer or FactTypeKind.Decimal && r is FactTypeKind.Integer or FactTypeKind.Decimal)
        {
            return new BoundBinary(b, FactType.Decimal, b.Operator, Widen(left), Widen(right));
        }

        if (l == FactTypeKind.Money && r == FactTypeKind.Money && b.Operator != BinaryOperator.Multiply)
        {
            return new BoundBinary(b, FactType.Money, b.Operator, left, right);
        }

        string hint = (l == FactTypeKind.Money) != (r == FactTypeKind.Money) && b.Operator != BinaryOperator.Multiply
            ? ": write the amount with a unit, e.g. 1000 rial"
            : string.Empty;
        string with = verb is "multiply" ? "by" : "and";
        throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot {verb} {left.Type} {with} {right.Type}{hint}", b);
    }

    private static BoundNode Widen(BoundNode node) =>
        node.Type.Kind != FactTypeKind.Integer ? node
        : node is BoundLiteral literal ? new BoundLiteral(literal.Syntax, FactType.Decimal, FactValue.Decimal(literal.Value.AsInteger()))
        : new BoundConvert(node);

    /// <summary>Brings two operands to one type for comparison (Integer widens to Decimal); anything else must match exactly.</summary>
    private (BoundNode Left, BoundNode Right) Unify(SyntaxNode at, BoundNode left, BoundNode right, string verb)
    {
        FactTypeKind l = left.Type.Kind;
        FactTypeKind r = right.Type.Kind;
        if (!left.Type.IsScalar || !right.Type.IsScalar)
        {
            BoundNode bad = left.Type.IsScalar ? right : left;
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot {verb} {bad.Type} values: {TextOf(bad.Syntax)} is not a single value", bad.Syntax);
        }

        if (l == r)
        {
            return (left, right);
        }

        if (l is FactTypeKind.Integer or FactTypeKind.Decimal && r is FactTypeKind.Integer or FactTypeKind.Decimal)
        {
            return (Widen(left), Widen(right));
        }

        string hint = (l == FactTypeKind.Money && right.Type.IsNumeric) || (r == FactTypeKind.Money && left.Type.IsNumeric)
            ? ": write the amount with a unit, e.g. 500_000_000 rial"
            : string.Empty;
        throw Errors.At(ExpressionErrorKind.TypeMismatch, $"cannot {verb} {left.Type} with {right.Type}{hint}", at);
    }

    private static void CheckOrdered(SyntaxNode at, FactType type)
    {
        string? why = type.Kind switch
        {
            FactTypeKind.String => "cannot order String values; use = or in [...]",
            FactTypeKind.Boolean => "cannot order Boolean values; use = or !=",
            FactTypeKind.Duration => "cannot order durations (a month is not a fixed number of days); compare dates instead, e.g. a + 4 months >= b",
            _ => null,
        };
        if (why is not null)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, why, at);
        }
    }

    // cooperative.kind = 'employment-generatin' would load and silently never match: a text compared with a field of
    // fixed values must be one of them.
    private static void KnownValue(BoundNode field, BoundNode other)
    {
        if (field is BoundField { Field.Values: { } values } f
            && other is BoundLiteral { Value.Kind: FactTypeKind.String } literal
            && !values.Contains(literal.Value.AsString(), StringComparer.Ordinal))
        {
            string text = literal.Value.AsString();
            string path = f.Syntax is PathSyntax p ? string.Join('.', p.Segments.Select(s => s.Name)) : f.Field.Name;
            string hint = Suggestions.Closest(text, values) is { } close ? $"did you mean '{close}'? " : string.Empty;
            throw Errors.At(ExpressionErrorKind.UnknownValue, $"'{text}' is not a value of {path}, so it would never match: {hint}(its values: {string.Join(", ", values)})", literal.Syntax);
        }
    }

    private BoundIn BindIn(InSyntax syntax)
    {
        BoundNode value = Bind(syntax.Value);
        if (syntax.Items.Count == 0)
        {
            throw Errors.At(ExpressionErrorKind.Syntax, "the list after 'in' is empty", syntax);
        }

        var items = new List<BoundNode>();
        bool widen = false;
        foreach (SyntaxNode itemSyntax in syntax.Items)
        {
            BoundNode item = Bind(itemSyntax);
            KnownValue(value, item);
            (BoundNode v, BoundNode i) = Unify(itemSyntax, value, item, "compare");
            widen |= v.Type.Kind != value.Type.Kind;
            items.Add(i);
        }

        if (widen || items.Exists(i => i.Type.Kind != value.Type.Kind))
        {
            value = Widen(value);
            items = items.ConvertAll(Widen);
        }

        return new BoundIn(syntax, value, items, syntax.Negated);
    }

    private BoundBetween BindBetween(BetweenSyntax syntax)
    {
        BoundNode value = Bind(syntax.Value);
        BoundNode low = Bind(syntax.Low);
        BoundNode high = Bind(syntax.High);
        (BoundNode v1, low) = Unify(syntax.Low, value, low, "compare");
        (BoundNode v2, high) = Unify(syntax.High, value, high, "compare");
        if (v1.Type.Kind != v2.Type.Kind || low.Type.Kind != high.Type.Kind || v1.Type.Kind != low.Type.Kind)
        {
            (value, low, high) = (Widen(value), Widen(low), Widen(high));
        }
        else
        {
            value = v1;
        }

        CheckOrdered(syntax, value.Type);
        return new BoundBetween(syntax, value, low, high, syntax.Negated);
    }

    private BoundNode BindCall(CallSyntax call)
    {
        if (!s_functions.TryGetValue(call.Name, out var arity))
        {
            string? suggestion = Suggestions.Closest(call.Name, s_functions.Keys);
            string message = suggestion is not null
                ? $"unknown function {call.Name} — did you mean {suggestion}?"
                : $"unknown function {call.Name}; the functions are: {string.Join(", ", s_functions.Keys)}";
            throw Errors.At(ExpressionErrorKind.UnknownFunction, message, call.Start, call.NameLength);
        }

        int n = call.Arguments.Count;
        if (call.Name is "sum" or "any" or "all")
        {
            throw Errors.At(
                ExpressionErrorKind.WrongArity,
                call.Name == "sum"
                    ? "sum needs a named element and a value, e.g. sum(m in cooperative.members: m.shares)"
                    : $"{call.Name} needs a named element and a condition, e.g. {call.Name}(m in cooperative.members: m.employed)",
                call);
        }

        if (call.Name is "min" or "max" && n < 2)
        {
            throw Errors.At(
                ExpressionErrorKind.WrongArity,
                $"{call.Name} takes two or more values, e.g. {call.Name}(a, b), or a collection with a named element, e.g. {call.Name}(m in cooperative.members: m.shares)",
                call);
        }

        if (n < arity.Min || n > arity.Max)
        {
            string expected = arity.Min == arity.Max ? $"{arity.Min}" : $"{arity.Min} or {arity.Max}";
            throw Errors.At(ExpressionErrorKind.WrongArity, $"{call.Name} takes {expected} argument{(arity.Max == 1 ? string.Empty : "s")}, not {n}", call);
        }

        if (call.Name == "param")
        {
            if (call.Arguments[0] is not LiteralSyntax { Value.Kind: FactTypeKind.String } nameLiteral)
            {
                throw Errors.At(ExpressionErrorKind.TypeMismatch, "param needs the parameter's name as a string literal, e.g. param('minimumMembers')", call.Arguments[0]);
            }

            return BindParameter(call, nameLiteral.Value.AsString(), nameLiteral.Start + 1, n == 2 ? call.Arguments[1] : null);
        }

        BoundNode[] args = call.Arguments.Select(Bind).ToArray();
        switch (call.Name)
        {
            case "count":
                if (args[0].Type.Kind != FactTypeKind.Collection)
                {
                    throw Errors.At(ExpressionErrorKind.TypeMismatch, $"count needs a collection, but {TextOf(call.Arguments[0])} is a {args[0].Type}", call.Arguments[0]);
                }

                return new BoundCall(call, FactType.Integer, FunctionId.Count, args, 0);
            case "daysBetween":
            case "monthsBetween":
            case "yearsBetween":
                ExpectArg(call, args, 0, FactType.Date);
                ExpectArg(call, args, 1, FactType.Date);
                FunctionId id = call.Name switch
                {
                    "daysBetween" => FunctionId.DaysBetween,
                    "monthsBetween" => FunctionId.MonthsBetween,
                    _ => FunctionId.YearsBetween,
                };
                return new BoundCall(call, FactType.Integer, id, args, 0);
            case "startOfMonth":
            case "endOfMonth":
                ExpectArg(call, args, 0, FactType.Date);
                return new BoundCall(call, FactType.Date, call.Name == "endOfMonth" ? FunctionId.EndOfMonth : FunctionId.StartOfMonth, args, 0);
            case "startOfFiscalYear":
            case "endOfFiscalYear":
            case "fiscalYear":
                ExpectArg(call, args, 0, FactType.Date);
                int startMonth = 1;
                if (n == 2)
                {
                    if (call.Arguments[1] is not LiteralSyntax { Value.Kind: FactTypeKind.Integer } month
                        || month.Value.AsInteger() is < 1 or > 12)
                    {
                        throw Errors.At(ExpressionErrorKind.TypeMismatch, $"the second argument of {call.Name} is the fiscal year's first month: an integer from 1 to 12", call.Arguments[1]);
                    }

                    startMonth = (int)month.Value.AsInteger();
                }

                return call.Name switch
                {
                    "fiscalYear" => new BoundCall(call, FactType.Integer, FunctionId.FiscalYear, args[..1], startMonth),
                    "endOfFiscalYear" => new BoundCall(call, FactType.Date, FunctionId.EndOfFiscalYear, args[..1], startMonth),
                    _ => new BoundCall(call, FactType.Date, FunctionId.StartOfFiscalYear, args[..1], startMonth),
                };
            case "known":
                if (!args[0].Type.IsScalar && args[0] is not (BoundField or BoundVariable))
                {
                    throw Errors.At(ExpressionErrorKind.TypeMismatch, "known needs a fact or a value", call.Arguments[0]);
                }

                return new BoundCall(call, FactType.Boolean, FunctionId.Known, args, 0);
            case "abs":
                if (!args[0].Type.IsNumeric)
                {
                    throw Errors.At(ExpressionErrorKind.TypeMismatch, $"abs needs a number, but {TextOf(call.Arguments[0])} is a {args[0].Type}", call.Arguments[0]);
                }

                return new BoundCall(call, args[0].Type, FunctionId.Abs, args, 0);
            default: // min, max over values
                BoundNode first = args[0];
                for (int i = 1; i < args.Length; i++)
                {
                    (first, _) = Unify(call.Arguments[i], first, args[i], "compare");
                }

                if (first.Type.Kind == FactTypeKind.Decimal)
                {
                    args = Array.ConvertAll(args, Widen);
                }

                for (int i = 0; i < args.Length; i++)
                {
                    if (args[i].Type.Kind != args[0].Type.Kind)
                    {
                        throw Errors.At(ExpressionErrorKind.TypeMismatch, $"{call.Name} needs values of one type, but {TextOf(call.Arguments[i])} is a {args[i].Type}", call.Arguments[i]);
                    }
                }

                CheckMinMaxType(call, args[0].Type, call.Name);
                return new BoundCall(call, args[0].Type, call.Name == "min" ? FunctionId.Min : FunctionId.Max, args, 0);
        }
    }

    private static void CheckMinMaxType(SyntaxNode at, FactType type, string name)
    {
        if (type.Kind is not (FactTypeKind.Integer or FactTypeKind.Decimal or FactTypeKind.Money or FactTypeKind.Date))
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"{name} needs numbers, amounts of money or dates, not {type}", at);
        }
    }

    private BoundAggregate BindAggregate(AggregateSyntax a)
    {
        BoundNode source = Bind(a.Source);
        if (source.Type.Kind != FactTypeKind.Collection)
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"{a.Function} needs a collection after 'in', but {TextOf(a.Source)} is a {source.Type}", a.Source);
        }

        if (_scope.Count >= Frame.MaxSlots)
        {
            throw Errors.At(ExpressionErrorKind.TooDeep, $"collection functions nest at most {Frame.MaxSlots} deep", a);
        }

        if (_scope.Exists(s => string.Equals(s.Name, a.Variable, StringComparison.Ordinal)) || _root.TryGetField(a.Variable, out _) || a.Variable == "asOf")
        {
            throw Errors.At(ExpressionErrorKind.Syntax, $"the name '{a.Variable}' is already in use; choose another name for the element", a.VariableStart, a.Variable.Length);
        }

        PathText sourcePath = source switch
        {
            BoundField f => f.Path,
            _ => PathText.Static(TextOf(a.Source)),
        };
        int slot = _scope.Count;
        PathText elementPath = sourcePath.Element(slot);
        _scope.Add((a.Variable, slot, source.Type.RecordType!, elementPath));
        try
        {
            BoundNode? filter = null;
            if (a.Filter is not null)
            {
                filter = Bind(a.Filter);
                Expect(filter, FactType.Boolean, "the filter after 'where'");
            }

            BoundNode? body = a.Body is null ? null : Bind(a.Body);
            AggregateKind kind = a.Function switch
            {
                "count" => AggregateKind.Count,
                "sum" => AggregateKind.Sum,
                "min" => AggregateKind.Min,
                "max" => AggregateKind.Max,
                "any" => AggregateKind.Any,
                _ => AggregateKind.All,
            };
            FactType type;
            switch (kind)
            {
                case AggregateKind.Count:
                    if (body is not null)
                    {
                        throw Errors.At(ExpressionErrorKind.Syntax, "count takes a filter with 'where', not a value after ':'", a.Body!);
                    }

                    type = FactType.Integer;
                    break;
                case AggregateKind.Any:
                case AggregateKind.All:
                    if (body is null)
                    {
                        throw Errors.At(ExpressionErrorKind.Syntax, $"{a.Function} needs a condition after ':', e.g. {a.Function}({a.Variable} in {TextOf(a.Source)}: {a.Variable}.active)", a);
                    }

                    Expect(body, FactType.Boolean, $"the condition of {a.Function}");
                    type = FactType.Boolean;
                    break;
                default:
                    if (body is null)
                    {
                        throw Errors.At(ExpressionErrorKind.Syntax, $"{a.Function} needs a value after ':', e.g. {a.Function}({a.Variable} in {TextOf(a.Source)}: {a.Variable}.amount)", a);
                    }

                    if (kind == AggregateKind.Sum && !body.Type.IsNumeric)
                    {
                        throw Errors.At(ExpressionErrorKind.TypeMismatch, $"sum needs numbers or amounts of money, not {body.Type}", a.Body!);
                    }

                    CheckMinMaxType(a.Body!, body.Type, a.Function);
                    type = body.Type;
                    break;
            }

            return new BoundAggregate(a, type, kind, slot, source, filter, body, elementPath);
        }
        finally
        {
            _scope.RemoveAt(_scope.Count - 1);
        }
    }

    private void Expect(BoundNode node, FactType type, string what)
    {
        if (!node.Type.Equals(type))
        {
            throw Errors.At(ExpressionErrorKind.TypeMismatch, $"{what} must be a {type}, but {TextOf(node.Syntax)} is a {node.Type}", node.Syntax);
        }
    }

    private void ExpectArg(CallSyntax call, BoundNode[] args, int index, FactType type)
    {
        if (!args[index].Type.Equals(type))
        {
            throw Errors.At(
                ExpressionErrorKind.TypeMismatch,
                $"argument {index + 1} of {call.Name} must be a {type}, but {TextOf(call.Arguments[index])} is a {args[index].Type}",
                call.Arguments[index]);
        }
    }
}
