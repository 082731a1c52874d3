using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>A scalar expression compiled into delegates. Immutable and thread-safe.</summary>
/// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
public sealed class CompiledExpression<TRoot>
    where TRoot : class
{
    private readonly BoundNode _bound;
    private readonly Func<Emitter, Evaluator> _prepare;
    private readonly Evaluator _plain;
    private Evaluator? _traced;

    internal CompiledExpression(string text, BoundNode bound)
    {
        Text = text;
        _bound = bound;
        _prepare = bound.Type.Kind switch
        {
            FactTypeKind.Boolean => Prepare<bool>,
            FactTypeKind.Integer => Prepare<long>,
            FactTypeKind.Decimal or FactTypeKind.Money => Prepare<decimal>,
            FactTypeKind.String => Prepare<string>,
            FactTypeKind.Date => Prepare<SolarHijriDate>,
            _ => Prepare<CalendarDuration>,
        };
        _plain = _prepare(new Emitter(text, trace: false));
    }

    private delegate bool Evaluator(ref Frame frame, out FactValue value);

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The type of the values the expression produces.</summary>
    public FactType Type => _bound.Type;

    /// <summary>Evaluates the expression. Allocates nothing for non-string results when every fact is present and no trace is asked.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <param name="trace">When given, receives the values of sub-expressions and the parameter values used.</param>
    /// <returns>The value, or why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public ExpressionResult Evaluate(TRoot facts, SolarHijriDate asOf, IParameterSource? parameters = null, ExpressionTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var frame = new Frame(facts, asOf, parameters, trace);
        Evaluator eval = trace is null ? _plain : _traced ??= _prepare(new Emitter(Text, trace: true));
        bool ok = eval(ref frame, out FactValue value);
        return ExpressionResult.From(ok, value, in frame);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private Evaluator Prepare<T>(Emitter emitter)
    {
        var inner = (Eval<T>)emitter.Emit(_bound);
        FactTypeKind kind = _bound.Type.Kind;
        return (ref Frame f, out FactValue v) =>
        {
            bool ok = inner(ref f, out T x);
            v = ok ? Emitter.ToFactValue(x, kind) : default;
            return ok;
        };
    }
}
