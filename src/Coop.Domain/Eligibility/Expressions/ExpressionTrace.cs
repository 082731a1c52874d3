namespace Coop.Domain.Eligibility.Expressions;

/// <summary>
/// Collects, on request, the values of sub-expressions and the parameter values an evaluation used.
/// Pass one to <c>Evaluate</c>; evaluations without a trace pay nothing for it.
/// </summary>
/// <remarks>
/// Entries are recorded in evaluation order (operands before the operation that uses them). Inside
/// collection functions (<c>count</c>, <c>any</c>...) only the function's result is recorded, not each
/// element's. Not thread-safe: use one trace per evaluation.
/// </remarks>
public sealed class ExpressionTrace
{
    private readonly List<TraceEntry> _entries = [];
    private readonly List<ParameterUse> _parameters = [];

    /// <summary>The recorded sub-expression values.</summary>
    public IReadOnlyList<TraceEntry> Entries => _entries;

    /// <summary>The parameter values used, with their effective dates.</summary>
    public IReadOnlyList<ParameterUse> Parameters => _parameters;

    /// <summary>Forgets everything recorded.</summary>
    public void Clear()
    {
        _entries.Clear();
        _parameters.Clear();
    }

    internal void Record(TraceEntry entry) => _entries.Add(entry);

    internal void RecordParameter(ParameterUse use)
    {
        if (!_parameters.Contains(use))
        {
            _parameters.Add(use);
        }
    }
}
