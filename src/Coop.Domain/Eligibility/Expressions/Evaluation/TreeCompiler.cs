using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Ex = System.Linq.Expressions.Expression;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Up to 16 rules and 64 scoring conditions compiled into one generated method. It returns the OR of the rules'
/// outcome bits (each rule's bit shifted by its status), writes each rule's <see cref="RuleStatus"/> in 4 bits to
/// <see cref="Frame.Packed"/> (rule <c>i</c> of the chunk at bits <c>4i</c>) and sets bit <c>i</c> of
/// <see cref="Frame.Held"/> when scoring term <c>i</c> held. An arithmetic overflow escapes as an exception.
/// </summary>
internal delegate ulong GeneratedChunk(ref Frame frame);

/// <summary>A condition to generate code for: its bound tree and source text (for messages and fallbacks).</summary>
internal readonly record struct TierCondition(BoundNode Node, string Text);

/// <summary>
/// The second tier of evaluation: a policy's conditions compiled with System.Linq.Expressions into straight-line
/// methods that call the schema's accessors directly (so the JIT inlines the property reads), fold parameters and
/// <c>asOf</c> arithmetic into constants for one (parameter source, date), and need no delegate call per node.
/// Used only where the runtime compiles dynamic code (<see cref="IsSupported"/>); under native AOT the closures of
/// <see cref="Emitter"/> remain the only tier.
/// </summary>
/// <remarks>
/// Semantics are exactly the closures': every node either yields its value or jumps to the enclosing failure label
/// after recording the missing fact or error in the frame (first recorded wins), and <c>and</c> / <c>or</c> are
/// Kleene. Nodes this compiler does not generate code for (collection functions, <c>in</c>, <c>between</c>, most
/// function calls, duration arithmetic) call the closure <see cref="Emitter"/> builds for them, so every policy can be
/// promoted. Chunks are compiled for one parameter source and date, whose parameter values (and <c>asOf</c>
/// arithmetic over them) are folded into constants: they must run only for frames with that source and date.
/// </remarks>
internal sealed class TreeCompiler
{
    public const int RulesPerChunk = 16;
    public const int TermsPerChunk = 64;

    private static readonly FieldInfo RootField = typeof(Frame).GetField(nameof(Frame.Root))!;
    private static readonly FieldInfo AsOfField = typeof(Frame).GetField(nameof(Frame.AsOf))!;
    private static readonly FieldInfo MissingField = typeof(Frame).GetField(nameof(Frame.Missing))!;
    private static readonly FieldInfo ErrorField = typeof(Frame).GetField(nameof(Frame.Error))!;
    private static readonly FieldInfo HeldField = typeof(Frame).GetField(nameof(Frame.Held))!;
    private static readonly FieldInfo PackedField = typeof(Frame).GetField(nameof(Frame.Packed))!;
    private static readonly MethodInfo MissingMethod = new MissingSetter(SetMissing).Method;
    private static readonly MethodInfo ShiftMethod = new Shifter(Emitter.Shift).Method;
    private static readonly MethodInfo ErrorMethod = new ErrorSetter(SetError).Method;
    private static readonly MethodInfo StringEquals = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string)])!;

    private readonly ParameterExpression _frame = Ex.Parameter(typeof(Frame).MakeByRefType(), "frame");
    private readonly IParameterSource? _source;
    private readonly SolarHijriDate _asOf;
    private readonly List<ParameterExpression> _variables = [];
    private readonly List<Ex> _code = [];
    private readonly List<Ex> _prologue = [];
    private readonly List<Ex> _cold = [];
    private readonly Dictionary<object, ParameterExpression> _targets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Type, ParameterExpression> _roots = [];
    private Emitter _emitter = new(string.Empty, trace: false);

    private TreeCompiler(IParameterSource? source, SolarHijriDate asOf)
    {
        _source = source as IImmutableParameterSource;
        _asOf = asOf;
    }

    /// <summary>Whether this runtime compiles generated code (false under native AOT, where it would only be interpreted).</summary>
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported && RuntimeFeature.IsDynamicCodeCompiled;

    /// <summary>
    /// Compiles rules (an optional applicability condition and a check each) and scoring conditions into chunks:
    /// chunk k holds rules [16k, 16k + 16) and terms [64k, 64k + 64) (see <see cref="GeneratedChunk"/>).
    /// </summary>
    /// <param name="rules">The rules in policy order, each with its outcome bit (shifted left by the status).</param>
    /// <param name="terms">The scoring conditions in policy order.</param>
    /// <param name="source">The parameter source whose values on <paramref name="asOf"/> are folded into constants,
    /// so the chunks may run only for frames with that source and date.</param>
    /// <param name="asOf">The date the constants are folded for.</param>
    public static GeneratedChunk[] Compile(
        IReadOnlyList<(TierCondition? When, TierCondition Check, ulong Bit)> rules, IReadOnlyList<TierCondition> terms, IParameterSource? source, SolarHijriDate asOf)
    {
        int count = Math.Max(1, Math.Max((rules.Count + RulesPerChunk - 1) / RulesPerChunk, (terms.Count + TermsPerChunk - 1) / TermsPerChunk));
        var chunks = new GeneratedChunk[count];
        for (int c = 0; c < chunks.Length; c++)
        {
            var compiler = new TreeCompiler(source, asOf);
            ParameterExpression result = compiler.Variable(typeof(ulong));
            ParameterExpression packed = compiler.Variable(typeof(ulong));
            ParameterExpression status = compiler.Variable(typeof(ulong));
            ParameterExpression held = compiler.Variable(typeof(ulong));
            compiler._code.Add(Ex.Assign(result, Ex.Constant(0UL)));
            compiler._code.Add(Ex.Assign(packed, Ex.Constant(0UL)));
            compiler._code.Add(Ex.Assign(held, Ex.Constant(0UL)));
            for (int i = c * RulesPerChunk; i < Math.Min(rules.Count, (c + 1) * RulesPerChunk); i++)
            {
                (TierCondition? when, TierCondition check, ulong bit) = rules[i];
                LabelTarget incomplete = Ex.Label("incomplete" + i);
                LabelTarget done = Ex.Label("done" + i);
                if (when is { } w)
                {
                    compiler.ClearFrame();
                    Ex applies = compiler.Condition(w, incomplete);
                    compiler._code.Add(Ex.IfThen(Ex.Not(applies), Ex.Block(Ex.Assign(status, Status(RuleStatus.NotApplicable)), Ex.Goto(done))));
                }

                compiler.ClearFrame();
                Ex passed = compiler.Condition(check, incomplete);
                compiler._code.Add(Ex.Assign(status, Ex.Condition(passed, Status(RuleStatus.Passed), Status(RuleStatus.Failed))));
                compiler._code.Add(Ex.Goto(done));
                compiler._code.Add(Ex.Label(incomplete));
                compiler._code.Add(Ex.Assign(
                    status,
                    Ex.Condition(Ex.Equal(Ex.Field(compiler._frame, ErrorField), Ex.Constant(null, typeof(string))), Status(RuleStatus.Incomplete), Status(RuleStatus.Error))));
                compiler._code.Add(Ex.Label(done));
                compiler._code.Add(Ex.OrAssign(packed, Ex.LeftShift(status, Ex.Constant(4 * (i % RulesPerChunk)))));
                compiler._code.Add(Ex.OrAssign(result, Ex.LeftShift(Ex.Constant(bit), Ex.Convert(status, typeof(int)))));
            }

            for (int i = c * TermsPerChunk; i < Math.Min(terms.Count, (c + 1) * TermsPerChunk); i++)
            {
                LabelTarget next = Ex.Label("next" + i);
                compiler.ClearFrame();
                Ex holds = compiler.Condition(terms[i], next);
                compiler._code.Add(Ex.IfThen(holds, Ex.OrAssign(held, Ex.Constant(1UL << (i % TermsPerChunk)))));
                compiler._code.Add(Ex.Label(next));
            }

            compiler._code.Add(Ex.Assign(Ex.Field(compiler._frame, HeldField), held));
            compiler._code.Add(Ex.Assign(Ex.Field(compiler._frame, PackedField), packed));
            chunks[c] = compiler.Finish(result);
        }

        return chunks;

        static Ex Status(RuleStatus s) => Ex.Constant((ulong)s);
    }

    /// <summary>
    /// Reads a fact through its accessor: a direct call to the accessor's method where it is an ordinary method of
    /// a single-target delegate (so the JIT can inline it), otherwise a delegate invocation.
    /// </summary>
    private Ex CallAccessor(Delegate accessor, Ex owner)
    {
        MethodInfo method = accessor.Method;
        object? target = accessor.Target;
        bool ordinary = accessor.GetInvocationList().Length == 1
            && method.DeclaringType is not null
            && !method.DeclaringType.ContainsGenericParameters
            && method.GetParameters().Length == 1
            && method.GetParameters()[0].ParameterType.IsAssignableFrom(owner.Type);
        if (ordinary && method.IsStatic && target is null)
        {
            return Ex.Call(method, owner);
        }

        if (ordinary && !method.IsStatic && target is not null && method.DeclaringType!.IsInstanceOfType(target))
        {
            return Ex.Call(Target(target, method.DeclaringType!), method, owner);
        }

        return Ex.Invoke(Ex.Constant(accessor), owner);
    }

    /// <summary>The root as <paramref name="type"/> (the schema's root type), cast once at the start of the chunk.</summary>
    private ParameterExpression Root(Type type)
    {
        if (!_roots.TryGetValue(type, out ParameterExpression? variable))
        {
            variable = Ex.Variable(type);
            _variables.Add(variable);
            _prologue.Add(Ex.Assign(variable, Ex.Convert(Ex.Field(_frame, RootField), type)));
            _roots.Add(type, variable);
        }

        return variable;
    }

    /// <summary>
    /// A variable holding an accessor's target, loaded once at the start of the chunk: a schema's lambdas usually
    /// share one target, and every constant of a compiled expression tree is otherwise read (and type-checked) from
    /// the closure's object array at each use.
    /// </summary>
    private ParameterExpression Target(object target, Type type)
    {
        if (!_targets.TryGetValue(target, out ParameterExpression? variable))
        {
            variable = Ex.Variable(type);
            _variables.Add(variable);
            _prologue.Add(Ex.Assign(variable, Ex.Constant(target, type)));
            _targets.Add(target, variable);
        }

        return variable;
    }

    private delegate bool MissingSetter(ref Frame frame, PathText path);

    private delegate bool Shifter(ref Frame frame, SolarHijriDate date, CalendarDuration duration, int sign, string where, out SolarHijriDate value);

    private delegate bool ErrorSetter(ref Frame frame, string message);

    private delegate bool Lookup<T>(ref Frame frame, string? key, out T value);

    private static bool SetMissing(ref Frame frame, PathText path) => frame.SetMissing(path.Render(ref frame));

    private static bool SetError(ref Frame frame, string message) => frame.SetError(message);

    private static Type Clr(FactType type) => type.Kind switch
    {
        FactTypeKind.Boolean => typeof(bool),
        FactTypeKind.Integer => typeof(long),
        FactTypeKind.Decimal or FactTypeKind.Money => typeof(decimal),
        FactTypeKind.String => typeof(string),
        FactTypeKind.Date => typeof(SolarHijriDate),
        FactTypeKind.Duration => typeof(CalendarDuration),
        FactTypeKind.Collection => typeof(IReadOnlyList<object>),
        _ => typeof(object),
    };

    private static object Literal(BoundLiteral l) => l.Type.Kind switch
    {
        FactTypeKind.Boolean => l.Value.AsBoolean(),
        FactTypeKind.Integer => l.Value.AsInteger(),
        FactTypeKind.Decimal or FactTypeKind.Money => l.Value.AsDecimal(),
        FactTypeKind.String => l.Value.AsString(),
        FactTypeKind.Date => l.Value.AsDate(),
        _ => l.Value.AsDuration(),
    };

    private static BoundNode? SkipGroups(BoundNode? node) =>
        node is BoundField { Field: IRootRecordField { IsGroup: true } } group ? SkipGroups(group.Owner) : node;

    private GeneratedChunk Finish(ParameterExpression result)
    {
        // The cold blocks (a missing fact, a side of and / or without a value) go after the hot straight-line code.
        LabelTarget end = Ex.Label("end");
        return Ex.Lambda<GeneratedChunk>(Ex.Block(_variables, [.. _prologue, .. _code, Ex.Goto(end), .. _cold, Ex.Label(end), result]), "CoopPolicyChunk", [_frame]).Compile();
    }

    private ParameterExpression Variable(Type type)
    {
        ParameterExpression v = Ex.Variable(type);
        _variables.Add(v);
        return v;
    }

    private void ClearFrame()
    {
        _code.Add(Ex.Assign(Ex.Field(_frame, MissingField), Ex.Constant(null, typeof(string))));
        _code.Add(Ex.Assign(Ex.Field(_frame, ErrorField), Ex.Constant(null, typeof(string))));
    }

    private Ex Condition(TierCondition condition, LabelTarget fail)
    {
        _emitter = new Emitter(condition.Text, trace: false);
        return Value(condition.Node, fail);
    }

    /// <summary>
    /// Appends the code that computes <paramref name="node"/> and returns an expression for its value, free of side
    /// effects (a variable, a constant or a read); when the node has no value the code jumps to <paramref name="fail"/>
    /// with the reason recorded in the frame.
    /// </summary>
    private Ex Value(BoundNode node, LabelTarget fail)
    {
        return _source is not null && node is not (BoundLiteral or BoundAsOf) && Foldable(node) && TryFold(node, out object? constant)
            ? Ex.Constant(constant, Clr(node.Type))
            : General(node, fail);
    }

    private Ex General(BoundNode node, LabelTarget fail) => node switch
    {
        BoundLiteral l => Ex.Constant(Literal(l), Clr(l.Type)),
        BoundAsOf => Ex.Field(_frame, AsOfField),
        BoundField f => Field(f, fail),
        BoundParameter p => Parameter(p, fail),
        BoundConvert c => Ex.Convert(Value(c.Operand, fail), typeof(decimal)),
        BoundUnary { Operator: UnaryOperator.Not } u => Ex.Not(Value(u.Operand, fail)),
        BoundBinary b => Binary(b, fail),
        _ => Fallback(node, fail),
    };

    /// <summary>Calls the closure the <see cref="Emitter"/> builds for <paramref name="node"/>.</summary>
    private ParameterExpression Fallback(BoundNode node, LabelTarget fail)
    {
        Delegate closure = _emitter.Emit(node);
        ParameterExpression value = Variable(Clr(node.Type));
        _code.Add(Ex.IfThen(Ex.Not(Ex.Invoke(Ex.Constant(closure), _frame, value)), Ex.Goto(fail)));
        return value;
    }

    private ParameterExpression Field(BoundField field, LabelTarget fail)
    {
        BoundNode? owner = SkipGroups(field.Owner);
        Ex ownerValue;
        switch (owner)
        {
            case null:
                ownerValue = Root(OwnerType(field.Field.Accessor));
                break;
            case BoundField { Field: IRootRecordField } record when SkipGroups(record.Owner) is null:
                // The record read straight off the root; a missing record is reported with its own path.
                ParameterExpression o = Variable(typeof(object));
                Delegate recordAccessor = record.Field.Accessor;
                _code.Add(Ex.Assign(o, Ex.Convert(CallAccessor(recordAccessor, Root(OwnerType(recordAccessor))), typeof(object))));
                Cold(Ex.ReferenceEqual(o, Ex.Constant(null)), Missing(record.Path), Ex.Goto(fail));
                ownerValue = o;
                break;
            case BoundVariable:
                return Fallback(field, fail);
            default:
                ownerValue = Value(owner, fail);
                break;
        }

        Delegate accessor = field.Field.Accessor;
        Ex read = CallAccessor(accessor, Ex.Convert(ownerValue, OwnerType(accessor)));
        Type type = Clr(field.Type);
        if (read.Type.IsValueType)
        {
            // Nullable<T>: compared with null (HasValue), then converted (Value).
            ParameterExpression raw = Variable(read.Type);
            ParameterExpression value = Variable(type);
            _code.Add(Ex.Assign(raw, read));
            Cold(Ex.Not(Ex.Call(field.Field.HasValue!, raw)), Missing(field.Path), Ex.Goto(fail));
            _code.Add(Ex.Assign(value, Ex.Convert(raw, type)));
            return value;
        }

        ParameterExpression reference = Variable(type);
        _code.Add(Ex.Assign(reference, read.Type == type ? read : Ex.Convert(read, type)));
        Cold(Ex.ReferenceEqual(reference, Ex.Constant(null)), Missing(field.Path), Ex.Goto(fail));
        return reference;

        static Type OwnerType(Delegate accessor) => accessor.GetType().GetGenericArguments()[0];
    }

    /// <summary>When <paramref name="test"/> holds, jumps to <paramref name="block"/>, placed with the cold code (it must end in a jump).</summary>
    private void Cold(Ex test, params Ex[] block)
    {
        LabelTarget label = Ex.Label();
        _code.Add(Ex.IfThen(test, Ex.Goto(label)));
        _cold.Add(Ex.Label(label));
        _cold.AddRange(block);
    }

    private MethodCallExpression Missing(PathText path) => Ex.Call(MissingMethod, _frame, Ex.Constant(path));

    private ParameterExpression Parameter(BoundParameter p, LabelTarget fail) => p.Type.Kind switch
    {
        FactTypeKind.Boolean => Parameter<bool>(p, fail),
        FactTypeKind.Integer => Parameter<long>(p, fail),
        FactTypeKind.Decimal or FactTypeKind.Money => Parameter<decimal>(p, fail),
        FactTypeKind.String => Parameter<string>(p, fail),
        FactTypeKind.Date => Parameter<SolarHijriDate>(p, fail),
        _ => Parameter<CalendarDuration>(p, fail),
    };

    private ParameterExpression Parameter<T>(BoundParameter p, LabelTarget fail)
    {
        var cell = new ParameterCell<T>(p.Declaration.Name, p.Declaration.Type.Kind, record: false);
        Ex key = p.Key is null ? Ex.Constant(null, typeof(string)) : Value(p.Key, fail);
        ParameterExpression value = Variable(typeof(T));
        MethodInfo tryGet = new Lookup<T>(cell.TryGet).Method;
        _code.Add(Ex.IfThen(Ex.Not(Ex.Call(Ex.Constant(cell), tryGet, _frame, key, value)), Ex.Goto(fail)));
        return value;
    }

    private Ex Binary(BoundBinary b, LabelTarget fail)
    {
        FactTypeKind left = b.Left.Type.Kind;
        switch (b.Operator)
        {
            case BinaryOperator.And:
                return Kleene(b, fail, and: true);
            case BinaryOperator.Or:
                return Kleene(b, fail, and: false);
            case BinaryOperator.Equal or BinaryOperator.NotEqual when left == FactTypeKind.String:
                Ex equal = Ex.Call(StringEquals, Value(b.Left, fail), Value(b.Right, fail));
                return b.Operator == BinaryOperator.Equal ? equal : Ex.Not(equal);
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual
                when left is FactTypeKind.Integer or FactTypeKind.Decimal or FactTypeKind.Money or FactTypeKind.Date
                    || (left == FactTypeKind.Boolean && b.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual):
                Ex x = Value(b.Left, fail);
                Ex y = Value(b.Right, fail);
                return b.Operator switch
                {
                    BinaryOperator.Equal => Ex.Equal(x, y),
                    BinaryOperator.NotEqual => Ex.NotEqual(x, y),
                    BinaryOperator.Less => Ex.LessThan(x, y),
                    BinaryOperator.LessOrEqual => Ex.LessThanOrEqual(x, y),
                    BinaryOperator.Greater => Ex.GreaterThan(x, y),
                    _ => Ex.GreaterThanOrEqual(x, y),
                };
            case BinaryOperator.Add or BinaryOperator.Subtract when left == FactTypeKind.Date:
                return Shift(b, fail);
            case BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide
                when left is FactTypeKind.Integer or FactTypeKind.Decimal or FactTypeKind.Money:
                return Arithmetic(b, fail);
            default:
                return Fallback(b, fail);
        }
    }

    /// <summary>
    /// Arithmetic in line. A zero divisor is an evaluation error with the closures' text; any other arithmetic
    /// exception (an overflow) leaves the generated code, and the caller evaluates again on the closures, which
    /// report it.
    /// </summary>
    private ParameterExpression Arithmetic(BoundBinary b, LabelTarget fail)
    {
        bool integer = b.Left.Type.Kind == FactTypeKind.Integer && b.Right.Type.Kind == FactTypeKind.Integer;
        Type type = integer ? typeof(long) : typeof(decimal);
        Ex x = Widen(Value(b.Left, fail), type);
        Ex y = Widen(Value(b.Right, fail), type);
        ParameterExpression value = Variable(type);
        if (!integer && b.Operator == BinaryOperator.Divide)
        {
            Cold(Ex.Equal(y, Ex.Constant(0m)), Ex.Call(ErrorMethod, _frame, Ex.Constant("division by zero in " + _emitter.Where(b))), Ex.Goto(fail));
        }

        _code.Add(Ex.Assign(value, (integer, b.Operator) switch
        {
            (true, BinaryOperator.Add) => Ex.AddChecked(x, y),
            (true, BinaryOperator.Subtract) => Ex.SubtractChecked(x, y),
            (true, _) => Ex.MultiplyChecked(x, y),
            (false, BinaryOperator.Add) => Ex.Add(x, y),
            (false, BinaryOperator.Subtract) => Ex.Subtract(x, y),
            (false, BinaryOperator.Multiply) => Ex.Multiply(x, y),
            _ => Ex.Divide(x, y),
        }));
        return value;

        static Ex Widen(Ex e, Type type) => e.Type == type ? e : Ex.Convert(e, type);
    }

    private ParameterExpression Shift(BoundBinary b, LabelTarget fail)
    {
        Ex date = Value(b.Left, fail);
        Ex duration = Value(b.Right, fail);
        ParameterExpression value = Variable(typeof(SolarHijriDate));
        int sign = b.Operator == BinaryOperator.Add ? 1 : -1;
        _code.Add(Ex.IfThen(Ex.Not(Ex.Call(ShiftMethod, _frame, date, duration, Ex.Constant(sign), Ex.Constant(_emitter.Where(b)), value)), Ex.Goto(fail)));
        return value;
    }

    /// <summary>
    /// Kleene <c>and</c> / <c>or</c>. The hot path (left known) is generated; when the left side has no value, the
    /// right side runs as its closure, exactly as <see cref="Emitter"/> does it, so no code is generated twice.
    /// </summary>
    private ParameterExpression Kleene(BoundBinary b, LabelTarget fail, bool and)
    {
        ParameterExpression value = Variable(typeof(bool));
        LabelTarget leftUnknown = Ex.Label();
        LabelTarget done = Ex.Label();
        Ex x = Value(b.Left, leftUnknown);

        // A decisive left side (false for and, true for or) decides; otherwise the right side does.
        _code.Add(Ex.IfThen(and ? Ex.Not(x) : x, Ex.Block(Ex.Assign(value, Ex.Constant(!and)), Ex.Goto(done))));
        _code.Add(Ex.Assign(value, Value(b.Right, fail)));

        // Left unknown (cold): only a decisive right side gives a value; otherwise the left side's reason stands.
        var right = (Eval<bool>)_emitter.Emit(b.Right);
        ParameterExpression missing = Variable(typeof(string));
        ParameterExpression error = Variable(typeof(string));
        ParameterExpression y = Variable(typeof(bool));
        Ex missingField = Ex.Field(_frame, MissingField);
        Ex errorField = Ex.Field(_frame, ErrorField);
        Ex nothing = Ex.Constant(null, typeof(string));
        _cold.Add(Ex.Label(leftUnknown));
        _cold.Add(Ex.Assign(missing, missingField));
        _cold.Add(Ex.Assign(error, errorField));
        _cold.Add(Ex.Assign(missingField, nothing));
        _cold.Add(Ex.Assign(errorField, nothing));
        _cold.Add(Ex.IfThen(
            Ex.AndAlso(Ex.Invoke(Ex.Constant(right), _frame, y), and ? Ex.Not(y) : y),
            Ex.Block(Ex.Assign(value, Ex.Constant(!and)), Ex.Goto(done))));
        _cold.Add(Ex.Assign(missingField, missing));
        _cold.Add(Ex.Assign(errorField, error));
        _cold.Add(Ex.Goto(fail));
        _code.Add(Ex.Label(done));
        return value;
    }

    /// <summary>Whether the node's value depends only on literals, <c>asOf</c> and unkeyed parameters (and uses at least one of the latter two).</summary>
    private static bool Foldable(BoundNode node) => DependsOnDate(node) && Constant(node);

    private static bool Constant(BoundNode node) => node switch
    {
        BoundLiteral or BoundAsOf => true,
        BoundParameter p => p.Key is null,
        BoundConvert c => Constant(c.Operand),
        BoundUnary u => Constant(u.Operand),
        BoundBinary b => Constant(b.Left) && Constant(b.Right),
        BoundCall c => c.Function != FunctionId.Known && c.Arguments.All(Constant),
        _ => false,
    };

    private static bool DependsOnDate(BoundNode node) => node switch
    {
        BoundAsOf or BoundParameter => true,
        BoundConvert c => DependsOnDate(c.Operand),
        BoundUnary u => DependsOnDate(u.Operand),
        BoundBinary b => DependsOnDate(b.Left) || DependsOnDate(b.Right),
        BoundCall c => c.Arguments.Any(DependsOnDate),
        _ => false,
    };

    /// <summary>Evaluates a foldable node once for the compiler's (source, date) with the closures.</summary>
    private bool TryFold(BoundNode node, out object? value)
    {
        var frame = new Frame(new object(), _asOf, _source, null);
        Delegate closure = _emitter.Emit(node);
        (bool ok, value) = closure switch
        {
            Eval<bool> e => (e(ref frame, out bool v), (object?)v),
            Eval<long> e => (e(ref frame, out long v), v),
            Eval<decimal> e => (e(ref frame, out decimal v), v),
            Eval<string> e => (e(ref frame, out string v), v),
            Eval<SolarHijriDate> e => (e(ref frame, out SolarHijriDate v), v),
            Eval<CalendarDuration> e => (e(ref frame, out CalendarDuration v), v),
            _ => (false, null),
        };
        return ok;
    }
}
