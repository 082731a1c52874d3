using Coop.Domain.Calendar;

namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Several compiled conditions evaluated together against the same facts (e.g. every rule of a policy):
/// the evaluation state is set up once per call instead of once per condition. Immutable and thread-safe.
/// </summary>
/// <typeparam name="TRoot">The C# class that carries one evaluation's facts.</typeparam>
public sealed class CompiledConditionSet<TRoot>
    where TRoot : class
{
    private readonly CompiledCondition<TRoot>[] _conditions;
    private readonly Eval<bool>[] _evaluators;

    /// <summary>Creates a set; results come back in the order given.</summary>
    /// <param name="conditions">The conditions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> or one of its items is null.</exception>
    public CompiledConditionSet(IEnumerable<CompiledCondition<TRoot>> conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        _conditions = conditions.ToArray();
        foreach (CompiledCondition<TRoot> condition in _conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
        }

        _evaluators = Array.ConvertAll(_conditions, c => c.Plain);
    }

    /// <summary>The number of conditions.</summary>
    public int Count => _conditions.Length;

    /// <summary>The conditions, in order.</summary>
    public IReadOnlyList<CompiledCondition<TRoot>> Conditions => _conditions;

    /// <summary>
    /// Evaluates every condition into <paramref name="results"/> (same order). Allocates nothing when
    /// every fact is present. For a trace, evaluate the conditions one by one with
    /// <see cref="CompiledCondition{TRoot}.Evaluate"/>.
    /// </summary>
    /// <param name="facts">The facts.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <param name="results">Receives one result per condition; at least <see cref="Count"/> long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <see cref="Count"/>.</exception>
    public void Evaluate(TRoot facts, SolarHijriDate asOf, IParameterSource? parameters, Span<ConditionResult> results)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (results.Length < _evaluators.Length)
        {
            throw new ArgumentException($"The results span has room for {results.Length} results; the set has {_evaluators.Length} conditions.", nameof(results));
        }

        var frame = new Frame(facts, asOf, parameters, null);
        for (int i = 0; i < _evaluators.Length; i++)
        {
            frame.Missing = null;
            frame.Error = null;
            bool ok = _evaluators[i](ref frame, out bool value);
            results[i] = ConditionResult.From(ok, value, in frame);
        }
    }
}
