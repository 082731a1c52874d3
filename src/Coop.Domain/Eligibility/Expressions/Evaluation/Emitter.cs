using System.Globalization;
using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Turns a type-checked tree into a tree of pre-bound typed delegates (<see cref="Eval{T}"/>), once.
/// Evaluation then runs no interpreter loop, boxes nothing and allocates nothing unless a fact is
/// missing or an error occurs. No System.Linq.Expressions, no reflection: safe for native AOT.
/// </summary>
/// <remarks>
/// With <c>trace</c> set, every scalar sub-expression outside collection functions is wrapped to
/// record its value; that variant is compiled separately, so untraced evaluation pays nothing.
/// </remarks>
internal sealed class Emitter(string text, bool trace)
{
    private int _aggregateDepth;

    public Delegate Emit(BoundNode node)
    {
        Delegate d = EmitCore(node);
        return trace && _aggregateDepth == 0 && node is not (BoundLiteral or BoundConvert) && node.Type.IsScalar
            ? Traced(node, d)
            : d;
    }

    internal static T Extract<T>(FactValue value)
    {
        if (typeof(T) == typeof(bool))
        {
            return (T)(object)value.AsBoolean();
        }

        if (typeof(T) == typeof(long))
        {
            return (T)(object)value.AsInteger();
        }

        if (typeof(T) == typeof(decimal))
        {
            return (T)(object)value.AsDecimal();
        }

        if (typeof(T) == typeof(SolarHijriDate))
        {
            return (T)(object)value.AsDate();
        }

        if (typeof(T) == typeof(CalendarDuration))
        {
            return (T)(object)value.AsDuration();
        }

        return (T)(object)value.AsString();
    }

    internal static FactValue ToFactValue<T>(T value, FactTypeKind kind) => kind switch
    {
        FactTypeKind.Boolean => FactValue.Boolean((bool)(object)value!),
        FactTypeKind.Integer => FactValue.Integer((long)(object)value!),
        FactTypeKind.Decimal => FactValue.Decimal((decimal)(object)value!),
        FactTypeKind.Money => FactValue.Money((decimal)(object)value!),
        FactTypeKind.String => FactValue.String((string)(object)value!),
        FactTypeKind.Date => FactValue.Date((SolarHijriDate)(object)value!),
        _ => FactValue.Duration((CalendarDuration)(object)value!),
    };

    private Eval<T> E<T>(BoundNode node) => (Eval<T>)Emit(node);

    internal string Where(BoundNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"`{text.AsSpan(node.Syntax.Start, node.Syntax.Length)}` (column {node.Syntax.Start + 1})");

    internal static string Describe(Exception e, string where) => e switch
    {
        DivideByZeroException => "division by zero in " + where,
        OverflowException => "arithmetic overflow in " + where,
        _ => "date outside the supported range in " + where,
    };

    private Delegate EmitCore(BoundNode node) => node switch
    {
        BoundLiteral l => Literal(l),
        BoundAsOf => new Eval<SolarHijriDate>(static (ref Frame f, out SolarHijriDate v) =>
        {
            v = f.AsOf;
            return true;
        }),
        BoundField field => Field(field),
        BoundVariable variable => Variable(variable.Slot),
        BoundParameter p => p.Type.Kind switch
        {
            FactTypeKind.Boolean => Parameter<bool>(p),
            FactTypeKind.Integer => Parameter<long>(p),
            FactTypeKind.Decimal or FactTypeKind.Money => Parameter<decimal>(p),
            FactTypeKind.String => Parameter<string>(p),
            FactTypeKind.Date => Parameter<SolarHijriDate>(p),
            _ => Parameter<CalendarDuration>(p),
        },
        BoundConvert c => Widen(E<long>(c.Operand)),
        BoundUnary u => Unary(u),
        BoundBinary b => Binary(b),
        BoundIn i => i.Value.Type.Kind switch
        {
            FactTypeKind.Boolean => In<bool>(i),
            FactTypeKind.Integer => In<long>(i),
            FactTypeKind.Decimal or FactTypeKind.Money => In<decimal>(i),
            FactTypeKind.String when i.Items.All(x => x is BoundLiteral) => InStrings(i),
            FactTypeKind.String => In<string>(i),
            FactTypeKind.Date => In<SolarHijriDate>(i),
            _ => In<CalendarDuration>(i),
        },
        BoundBetween b => b.Value.Type.Kind switch
        {
            FactTypeKind.Integer => Between<long>(b),
            FactTypeKind.Decimal or FactTypeKind.Money => Between<decimal>(b),
            _ => Between<SolarHijriDate>(b),
        },
        BoundCall c => Call(c),
        BoundAggregate a => Aggregate(a),
        _ => throw new InvalidOperationException("Unknown bound node " + node.GetType().Name),
    };

    /// <summary>
    /// A field read in as few delegate calls as the owner allows: groups (whose value is their owner) are skipped,
    /// and a field of a record field of the root is read in one step.
    /// </summary>
    private Delegate Field(BoundField field)
    {
        BoundNode? owner = SkipGroups(field.Owner);
        return owner switch
        {
            null => field.Field.Compile(null, -1, field.Path),
            BoundField { Field: IRootRecordField record } o when SkipGroups(o.Owner) is null => record.CompileChild(field.Field, o.Path, field.Path),
            BoundVariable v => field.Field.Compile(null, v.Slot, field.Path),
            _ => field.Field.Compile(E<object>(owner), -1, field.Path),
        };

        static BoundNode? SkipGroups(BoundNode? node) =>
            node is BoundField { Field: IRootRecordField { IsGroup: true } } group ? SkipGroups(group.Owner) : node;
    }

    private static Delegate Literal(BoundLiteral l) => l.Type.Kind switch
    {
        FactTypeKind.Boolean => Constant(l.Value.AsBoolean()),
        FactTypeKind.Integer => Constant(l.Value.AsInteger()),
        FactTypeKind.Decimal or FactTypeKind.Money => Constant(l.Value.AsDecimal()),
        FactTypeKind.String => Constant(l.Value.AsString()),
        FactTypeKind.Date => Constant(l.Value.AsDate()),
        _ => Constant(l.Value.AsDuration()),
    };

    private static Eval<T> Constant<T>(T value) => (ref Frame f, out T v) =>
    {
        v = value;
        return true;
    };

    private static Eval<object> Variable(int slot) => (ref Frame f, out object v) =>
    {
        v = f.Slots[slot].Item!;
        return true;
    };

    private static Eval<decimal> Widen(Eval<long> inner) => (ref Frame f, out decimal v) =>
    {
        bool ok = inner(ref f, out long x);
        v = x;
        return ok;
    };

    private Delegate Traced(BoundNode node, Delegate d)
    {
        string source = text.Substring(node.Syntax.Start, node.Syntax.Length);
        int column = node.Syntax.Start + 1;
        FactTypeKind kind = node.Type.Kind;
        return kind switch
        {
            FactTypeKind.Boolean => Traced((Eval<bool>)d, source, column, kind),
            FactTypeKind.Integer => Traced((Eval<long>)d, source, column, kind),
            FactTypeKind.Decimal or FactTypeKind.Money => Traced((Eval<decimal>)d, source, column, kind),
            FactTypeKind.String => Traced((Eval<string>)d, source, column, kind),
            FactTypeKind.Date => Traced((Eval<SolarHijriDate>)d, source, column, kind),
            _ => Traced((Eval<CalendarDuration>)d, source, column, kind),
        };
    }

    private static Eval<T> Traced<T>(Eval<T> inner, string source, int column, FactTypeKind kind) => (ref Frame f, out T v) =>
    {
        bool ok = inner(ref f, out v);
        f.Trace?.Record(new TraceEntry(source, column, ExpressionResult.From(ok, ok ? ToFactValue(v, kind) : default, in f)));
        return ok;
    };

    private Eval<T> Parameter<T>(BoundParameter p)
    {
        var cell = new ParameterCell<T>(p.Declaration.Name, p.Declaration.Type.Kind, trace);
        if (p.Key is null)
        {
            return (ref Frame f, out T v) => cell.TryGet(ref f, null, out v);
        }

        Eval<string> key = E<string>(p.Key);
        return (ref Frame f, out T v) =>
        {
            if (!key(ref f, out string k))
            {
                v = default!;
                return false;
            }

            return cell.TryGet(ref f, k, out v);
        };
    }

    private Delegate Unary(BoundUnary u)
    {
        if (u.Operator == UnaryOperator.Not)
        {
            Eval<bool> operand = E<bool>(u.Operand);
            return new Eval<bool>((ref Frame f, out bool v) =>
            {
                bool ok = operand(ref f, out bool x);
                v = !x;
                return ok;
            });
        }

        if (u.Type.Kind == FactTypeKind.Integer)
        {
            Eval<long> operand = E<long>(u.Operand);
            return Arithmetic<long, SubtractInteger>(Constant(0L), operand, Where(u));
        }

        Eval<decimal> d = E<decimal>(u.Operand);
        return new Eval<decimal>((ref Frame f, out decimal v) =>
        {
            bool ok = d(ref f, out decimal x);
            v = -x;
            return ok;
        });
    }

    private Delegate Binary(BoundBinary b)
    {
        FactTypeKind left = b.Left.Type.Kind;
        switch (b.Operator)
        {
            case BinaryOperator.And:
                return And(E<bool>(b.Left), E<bool>(b.Right));
            case BinaryOperator.Or:
                return Or(E<bool>(b.Left), E<bool>(b.Right));
            case BinaryOperator.Equal:
            case BinaryOperator.NotEqual:
            case BinaryOperator.Less:
            case BinaryOperator.LessOrEqual:
            case BinaryOperator.Greater:
            case BinaryOperator.GreaterOrEqual:
                return left switch
                {
                    FactTypeKind.Integer => Compare<long>(b),
                    FactTypeKind.Decimal or FactTypeKind.Money => Compare<decimal>(b),
                    FactTypeKind.Date => Compare<SolarHijriDate>(b),
                    FactTypeKind.Boolean => Compare<bool>(b),
                    FactTypeKind.String when b.Right is BoundLiteral => InStrings(b),
                    FactTypeKind.String => Equality<string>(b),
                    _ => Equality<CalendarDuration>(b),
                };
        }

        string where = Where(b);
        bool add = b.Operator == BinaryOperator.Add;
        if (left == FactTypeKind.Date)
        {
            return DateShift(E<SolarHijriDate>(b.Left), b.Right, add ? 1 : -1, where);
        }

        if (left == FactTypeKind.Duration)
        {
            Eval<CalendarDuration> l = E<CalendarDuration>(b.Left);
            Eval<CalendarDuration> r = E<CalendarDuration>(b.Right);
            return add ? Arithmetic<CalendarDuration, AddDuration>(l, r, where) : Arithmetic<CalendarDuration, SubtractDuration>(l, r, where);
        }

        if (left == FactTypeKind.Integer && b.Right.Type.Kind == FactTypeKind.Integer)
        {
            Eval<long> l = E<long>(b.Left);
            Eval<long> r = E<long>(b.Right);
            return b.Operator switch
            {
                BinaryOperator.Add => Arithmetic<long, AddInteger>(l, r, where),
                BinaryOperator.Subtract => Arithmetic<long, SubtractInteger>(l, r, where),
                _ => Arithmetic<long, MultiplyInteger>(l, r, where),
            };
        }

        Eval<decimal> dl = E<decimal>(b.Left);
        Eval<decimal> dr = E<decimal>(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Add => Arithmetic<decimal, AddDecimal>(dl, dr, where),
            BinaryOperator.Subtract => Arithmetic<decimal, SubtractDecimal>(dl, dr, where),
            BinaryOperator.Multiply => Arithmetic<decimal, MultiplyDecimal>(dl, dr, where),
            _ => Arithmetic<decimal, DivideDecimal>(dl, dr, where),
        };
    }

    /// <summary>Kleene conjunction: false wins over unknown; unknown wins over true.</summary>
    private static Eval<bool> And(Eval<bool> left, Eval<bool> right) => (ref Frame f, out bool v) =>
    {
        if (left(ref f, out bool x))
        {
            if (!x)
            {
                v = false;
                return true;
            }

            return right(ref f, out v);
        }

        (string? missing, string? error) = (f.Missing, f.Error);
        (f.Missing, f.Error) = (null, null);
        if (right(ref f, out bool y) && !y)
        {
            v = false;
            return true;
        }

        (f.Missing, f.Error) = (missing, error);
        v = false;
        return false;
    };

    /// <summary>Kleene disjunction: true wins over unknown; unknown wins over false.</summary>
    private static Eval<bool> Or(Eval<bool> left, Eval<bool> right) => (ref Frame f, out bool v) =>
    {
        if (left(ref f, out bool x))
        {
            if (x)
            {
                v = true;
                return true;
            }

            return right(ref f, out v);
        }

        (string? missing, string? error) = (f.Missing, f.Error);
        (f.Missing, f.Error) = (null, null);
        if (right(ref f, out bool y) && y)
        {
            v = true;
            return true;
        }

        (f.Missing, f.Error) = (missing, error);
        v = false;
        return false;
    };

    private Eval<bool> Compare<T>(BoundBinary b)
        where T : IComparable<T>
    {
        Eval<T> left = E<T>(b.Left);
        if (b.Right is BoundLiteral literal)
        {
            T k = Extract<T>(literal.Value);
            return b.Operator switch
            {
                BinaryOperator.Equal => CompareConstant<T, EqualTest>(left, k),
                BinaryOperator.NotEqual => CompareConstant<T, NotEqualTest>(left, k),
                BinaryOperator.Less => CompareConstant<T, LessTest>(left, k),
                BinaryOperator.LessOrEqual => CompareConstant<T, LessOrEqualTest>(left, k),
                BinaryOperator.Greater => CompareConstant<T, GreaterTest>(left, k),
                _ => CompareConstant<T, GreaterOrEqualTest>(left, k),
            };
        }

        Eval<T> right = E<T>(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Equal => Compare<T, EqualTest>(left, right),
            BinaryOperator.NotEqual => Compare<T, NotEqualTest>(left, right),
            BinaryOperator.Less => Compare<T, LessTest>(left, right),
            BinaryOperator.LessOrEqual => Compare<T, LessOrEqualTest>(left, right),
            BinaryOperator.Greater => Compare<T, GreaterTest>(left, right),
            _ => Compare<T, GreaterOrEqualTest>(left, right),
        };
    }

    private static Eval<bool> CompareConstant<T, TTest>(Eval<T> left, T k)
        where T : IComparable<T>
        where TTest : struct, ITest => (ref Frame f, out bool v) =>
    {
        if (!left(ref f, out T x))
        {
            v = false;
            return false;
        }

        v = TTest.Test(x.CompareTo(k));
        return true;
    };

    private static Eval<bool> Compare<T, TTest>(Eval<T> left, Eval<T> right)
        where T : IComparable<T>
        where TTest : struct, ITest => (ref Frame f, out bool v) =>
    {
        if (!left(ref f, out T x) || !right(ref f, out T y))
        {
            v = false;
            return false;
        }

        v = TTest.Test(x.CompareTo(y));
        return true;
    };

    /// <summary>Equality only; for strings this is ordinal (never culture-sensitive).</summary>
    private Eval<bool> Equality<T>(BoundBinary b)
        where T : IEquatable<T>
    {
        Eval<T> left = E<T>(b.Left);
        Eval<T> right = E<T>(b.Right);
        bool equal = b.Operator == BinaryOperator.Equal;
        return (ref Frame f, out bool v) =>
        {
            if (!left(ref f, out T x) || !right(ref f, out T y))
            {
                v = false;
                return false;
            }

            v = x.Equals(y) == equal;
            return true;
        };
    }

    private static Eval<T> Arithmetic<T, TOp>(Eval<T> left, Eval<T> right, string where)
        where TOp : struct, IArithmetic<T> => (ref Frame f, out T v) =>
    {
        if (!left(ref f, out T x) || !right(ref f, out T y))
        {
            v = default!;
            return false;
        }

        try
        {
            v = TOp.Apply(x, y);
            return true;
        }
        catch (ArithmeticException e)
        {
            v = default!;
            return f.SetError(Describe(e, where));
        }
    };

    private Eval<SolarHijriDate> DateShift(Eval<SolarHijriDate> date, BoundNode durationNode, int sign, string where)
    {
        if (durationNode is BoundLiteral literal)
        {
            CalendarDuration k = literal.Value.AsDuration();
            return (ref Frame f, out SolarHijriDate v) =>
            {
                v = default;
                return date(ref f, out SolarHijriDate d) && Shift(ref f, d, k, sign, where, out v);
            };
        }

        Eval<CalendarDuration> duration = E<CalendarDuration>(durationNode);
        return (ref Frame f, out SolarHijriDate v) =>
        {
            v = default;
            return date(ref f, out SolarHijriDate d) && duration(ref f, out CalendarDuration k) && Shift(ref f, d, k, sign, where, out v);
        };
    }

    internal static bool Shift(ref Frame f, SolarHijriDate date, CalendarDuration duration, int sign, string where, out SolarHijriDate value)
    {
        try
        {
            value = DateFunctions.Add(date, duration, sign);
            return true;
        }
        catch (ArgumentOutOfRangeException e)
        {
            value = default;
            return f.SetError(Describe(e, where));
        }
    }

    private Eval<bool> In<T>(BoundIn node)
        where T : IEquatable<T>
    {
        Eval<T> value = E<T>(node.Value);
        bool negated = node.Negated;
        if (node.Items.All(i => i is BoundLiteral))
        {
            T[] constants = node.Items.Select(i => Extract<T>(((BoundLiteral)i).Value)).ToArray();
            return (ref Frame f, out bool v) =>
            {
                if (!value(ref f, out T x))
                {
                    v = false;
                    return false;
                }

                bool found = false;
                foreach (T c in constants)
                {
                    if (x.Equals(c))
                    {
                        found = true;
                        break;
                    }
                }

                v = found != negated;
                return true;
            };
        }

        Eval<T>[] items = node.Items.Select(E<T>).ToArray();
        return (ref Frame f, out bool v) =>
        {
            if (!value(ref f, out T x))
            {
                v = false;
                return false;
            }

            foreach (Eval<T> item in items)
            {
                if (!item(ref f, out T y))
                {
                    v = false;
                    return false;
                }

                if (x.Equals(y))
                {
                    v = !negated;
                    return true;
                }
            }

            v = negated;
            return true;
        };
    }

    /// <summary>
    /// <c>x in ['a', 'b']</c> and <c>x = 'a'</c> against literals: ordinal comparison with non-generic code
    /// (generic code over a reference type is shared and would pay a dictionary lookup per call).
    /// </summary>
    private Eval<bool> InStrings(BoundNode node)
    {
        (BoundNode valueNode, IEnumerable<BoundNode> items, bool negated) = node switch
        {
            BoundIn i => (i.Value, i.Items, i.Negated),
            BoundBinary b => (b.Left, new[] { b.Right }, b.Operator == BinaryOperator.NotEqual),
            _ => throw new InvalidOperationException("Not a string membership test."),
        };
        Eval<string> value = E<string>(valueNode);
        string[] constants = items.Select(i => ((BoundLiteral)i).Value.AsString()).ToArray();
        return (ref Frame f, out bool v) =>
        {
            if (!value(ref f, out string x))
            {
                v = false;
                return false;
            }

            bool found = false;
            foreach (string c in constants)
            {
                if (string.Equals(x, c, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            v = found != negated;
            return true;
        };
    }

    private Eval<bool> Between<T>(BoundBetween node)
        where T : IComparable<T>
    {
        Eval<T> value = E<T>(node.Value);
        Eval<T> low = E<T>(node.Low);
        Eval<T> high = E<T>(node.High);
        bool negated = node.Negated;
        return (ref Frame f, out bool v) =>
        {
            if (!value(ref f, out T x) || !low(ref f, out T lo) || !high(ref f, out T hi))
            {
                v = false;
                return false;
            }

            v = (x.CompareTo(lo) >= 0 && x.CompareTo(hi) <= 0) != negated;
            return true;
        };
    }

    private Delegate Call(BoundCall call)
    {
        string where = Where(call);
        int startMonth = call.FiscalStartMonth;
        switch (call.Function)
        {
            case FunctionId.Count:
                Eval<IReadOnlyList<object>> list = E<IReadOnlyList<object>>(call.Arguments[0]);
                return new Eval<long>((ref Frame f, out long v) =>
                {
                    bool ok = list(ref f, out IReadOnlyList<object> items);
                    v = ok ? items.Count : 0;
                    return ok;
                });
            case FunctionId.DaysBetween:
                return DateToInteger(E<SolarHijriDate>(call.Arguments[0]), E<SolarHijriDate>(call.Arguments[1]), static (a, b) => b.DayNumber - a.DayNumber);
            case FunctionId.MonthsBetween:
                return DateToInteger(E<SolarHijriDate>(call.Arguments[0]), E<SolarHijriDate>(call.Arguments[1]), DateFunctions.MonthsBetween);
            case FunctionId.YearsBetween:
                return DateToInteger(E<SolarHijriDate>(call.Arguments[0]), E<SolarHijriDate>(call.Arguments[1]), static (a, b) => DateFunctions.MonthsBetween(a, b) / 12);
            case FunctionId.StartOfMonth:
                return DateToDate(E<SolarHijriDate>(call.Arguments[0]), DateFunctions.StartOfMonth, where);
            case FunctionId.EndOfMonth:
                return DateToDate(E<SolarHijriDate>(call.Arguments[0]), DateFunctions.EndOfMonth, where);
            case FunctionId.StartOfFiscalYear:
                return DateToDate(E<SolarHijriDate>(call.Arguments[0]), d => DateFunctions.StartOfFiscalYear(d, startMonth), where);
            case FunctionId.EndOfFiscalYear:
                return DateToDate(E<SolarHijriDate>(call.Arguments[0]), d => DateFunctions.EndOfFiscalYear(d, startMonth), where);
            case FunctionId.FiscalYear:
                Eval<SolarHijriDate> date = E<SolarHijriDate>(call.Arguments[0]);
                return new Eval<long>((ref Frame f, out long v) =>
                {
                    bool ok = date(ref f, out SolarHijriDate d);
                    v = ok ? DateFunctions.FiscalYear(d, startMonth) : 0;
                    return ok;
                });
            case FunctionId.Known:
                return Known(call.Arguments[0]);
            case FunctionId.Abs:
                if (call.Type.Kind == FactTypeKind.Integer)
                {
                    Eval<long> n = E<long>(call.Arguments[0]);
                    return new Eval<long>((ref Frame f, out long v) =>
                    {
                        if (!n(ref f, out long x))
                        {
                            v = 0;
                            return false;
                        }

                        v = x == long.MinValue ? 0 : Math.Abs(x);
                        return x != long.MinValue || f.SetError("arithmetic overflow in " + where);
                    });
                }

                Eval<decimal> dn = E<decimal>(call.Arguments[0]);
                return new Eval<decimal>((ref Frame f, out decimal v) =>
                {
                    bool ok = dn(ref f, out decimal x);
                    v = Math.Abs(x);
                    return ok;
                });
            default:
                bool max = call.Function == FunctionId.Max;
                return call.Type.Kind switch
                {
                    FactTypeKind.Integer => Extreme<long>(call.Arguments.Select(E<long>).ToArray(), max),
                    FactTypeKind.Date => Extreme<SolarHijriDate>(call.Arguments.Select(E<SolarHijriDate>).ToArray(), max),
                    _ => Extreme<decimal>(call.Arguments.Select(E<decimal>).ToArray(), max),
                };
        }
    }

    private static Eval<long> DateToInteger(Eval<SolarHijriDate> a, Eval<SolarHijriDate> b, Func<SolarHijriDate, SolarHijriDate, long> op) =>
        (ref Frame f, out long v) =>
        {
            if (!a(ref f, out SolarHijriDate x) || !b(ref f, out SolarHijriDate y))
            {
                v = 0;
                return false;
            }

            v = op(x, y);
            return true;
        };

    private static Eval<SolarHijriDate> DateToDate(Eval<SolarHijriDate> a, Func<SolarHijriDate, SolarHijriDate> op, string where) =>
        (ref Frame f, out SolarHijriDate v) =>
        {
            if (!a(ref f, out SolarHijriDate x))
            {
                v = default;
                return false;
            }

            try
            {
                v = op(x);
                return true;
            }
            catch (ArgumentOutOfRangeException e)
            {
                v = default;
                return f.SetError(Describe(e, where));
            }
        };

    private static Eval<T> Extreme<T>(Eval<T>[] items, bool max)
        where T : IComparable<T> => (ref Frame f, out T v) =>
    {
        if (!items[0](ref f, out v))
        {
            return false;
        }

        for (int i = 1; i < items.Length; i++)
        {
            if (!items[i](ref f, out T x))
            {
                return false;
            }

            if (max ? x.CompareTo(v) > 0 : x.CompareTo(v) < 0)
            {
                v = x;
            }
        }

        return true;
    };

    private Eval<bool> Known(BoundNode operand)
    {
        Eval<bool> probe = operand.Type.Kind switch
        {
            FactTypeKind.Boolean => Probe(E<bool>(operand)),
            FactTypeKind.Integer => Probe(E<long>(operand)),
            FactTypeKind.Decimal or FactTypeKind.Money => Probe(E<decimal>(operand)),
            FactTypeKind.String => Probe(E<string>(operand)),
            FactTypeKind.Date => Probe(E<SolarHijriDate>(operand)),
            FactTypeKind.Duration => Probe(E<CalendarDuration>(operand)),
            FactTypeKind.Collection => Probe(E<IReadOnlyList<object>>(operand)),
            _ => Probe(E<object>(operand)),
        };
        return (ref Frame f, out bool v) =>
        {
            if (probe(ref f, out v))
            {
                return true;
            }

            if (f.Error is not null)
            {
                return false;
            }

            f.Missing = null;
            v = false;
            return true;
        };
    }

    private static Eval<bool> Probe<T>(Eval<T> inner) => (ref Frame f, out bool v) =>
    {
        v = inner(ref f, out _);
        return v;
    };

    private Delegate Aggregate(BoundAggregate a)
    {
        Eval<IReadOnlyList<object>> source = E<IReadOnlyList<object>>(a.Source);
        _aggregateDepth++;
        Eval<bool>? filter = a.Filter is null ? null : E<bool>(a.Filter);
        Delegate? body = a.Body is null ? null : Emit(a.Body);
        _aggregateDepth--;
        var loop = new ElementLoop(source, a.Slot, filter, a.ElementPath);
        string empty = string.Concat(text.AsSpan(a.Source.Syntax.Start, a.Source.Syntax.Length), filter is null ? " (no elements)" : " (no elements match)");
        string where = Where(a);
        return a.Kind switch
        {
            AggregateKind.Count => loop.Count(),
            AggregateKind.Any => loop.Quantify((Eval<bool>)body!, any: true),
            AggregateKind.All => loop.Quantify((Eval<bool>)body!, any: false),
            AggregateKind.Sum when a.Type.Kind == FactTypeKind.Integer => loop.Fold<long, AddInteger>((Eval<long>)body!, where, null),
            AggregateKind.Sum => loop.Fold<decimal, AddDecimal>((Eval<decimal>)body!, where, null),
            AggregateKind.Min => a.Type.Kind switch
            {
                FactTypeKind.Integer => loop.Fold<long, Smaller<long>>((Eval<long>)body!, where, empty),
                FactTypeKind.Date => loop.Fold<SolarHijriDate, Smaller<SolarHijriDate>>((Eval<SolarHijriDate>)body!, where, empty),
                _ => loop.Fold<decimal, Smaller<decimal>>((Eval<decimal>)body!, where, empty),
            },
            _ => a.Type.Kind switch
            {
                FactTypeKind.Integer => loop.Fold<long, Larger<long>>((Eval<long>)body!, where, empty),
                FactTypeKind.Date => loop.Fold<SolarHijriDate, Larger<SolarHijriDate>>((Eval<SolarHijriDate>)body!, where, empty),
                _ => loop.Fold<decimal, Larger<decimal>>((Eval<decimal>)body!, where, empty),
            },
        };
    }
}
