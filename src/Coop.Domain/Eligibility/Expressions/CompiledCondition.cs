using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// A condition compiled into delegates: evaluate it against facts at a date. Immutable and thread-safe.
/// </summary>
/// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
public sealed class CompiledCondition<TRoot>
    where TRoot : class
{
    private readonly BoundNode _bound;
    private readonly Eval<bool> _plain;
    private Eval<bool>? _traced;

    internal CompiledCondition(string text, BoundNode bound)
    {
        Text = text;
        _bound = bound;
        _plain = (Eval<bool>)new Emitter(text, trace: false).Emit(bound);
    }

    /// <summary>The untraced delegate, for callers that evaluate many conditions over one <see cref="Frame"/>.</summary>
    internal Eval<bool> Plain => _plain;

    /// <summary>The type-checked tree and its text, for the generated-code tier.</summary>
    internal TierCondition Tier => new(_bound, Text);

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>
    /// Evaluates the condition. Allocates nothing when every fact is present and no trace is asked.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <param name="asOf">The evaluation date (the value of <c>asOf</c>; parameters are resolved at it).</param>
    /// <param name="parameters">The parameter values; a lookup without a source is <see cref="ConditionState.Missing"/>.</param>
    /// <param name="trace">When given, receives the values of sub-expressions and the parameter values used.</param>
    /// <returns>True, False, Missing (naming the missing fact) or Error (naming the failing sub-expression).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public ConditionResult Evaluate(TRoot facts, SolarHijriDate asOf, IParameterSource? parameters = null, ExpressionTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var frame = new Frame(facts, asOf, parameters, trace);
        Eval<bool> eval = trace is null ? _plain : Traced();
        bool ok = eval(ref frame, out bool value);
        return ConditionResult.From(ok, value, in frame);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private Eval<bool> Traced() =>
        _traced ??= (Eval<bool>)new Emitter(Text, trace: true).Emit(_bound);
}
