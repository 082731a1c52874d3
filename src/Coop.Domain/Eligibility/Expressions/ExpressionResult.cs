namespace Coop.Domain.Eligibility.Expressions;

/// <summary>The result of evaluating a value expression: a value, or why there is none.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.DecisionJsonConverter<ExpressionResult>))]
public readonly record struct ExpressionResult
{
    private readonly FactValue _value;

    private ExpressionResult(bool hasValue, FactValue value, string? missingFact, string? error)
    {
        HasValue = hasValue;
        _value = value;
        MissingFact = missingFact;
        Error = error;
    }

    /// <summary>Whether there is a value.</summary>
    public bool HasValue { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">There is no value (a fact was missing or evaluation failed).</exception>
    public FactValue Value => HasValue
        ? _value
        : throw new InvalidOperationException(Error is not null ? "The expression failed: " + Error : "The fact " + MissingFact + " is missing.");

    /// <summary>When there is no value because a fact is missing: its path.</summary>
    public string? MissingFact { get; }

    /// <summary>When there is no value because evaluation failed: what went wrong.</summary>
    public string? Error { get; }

    internal static ExpressionResult From(bool ok, FactValue value, in Frame frame) =>
        ok ? new(true, value, null, null) : new(false, default, frame.Error is null ? frame.Missing : null, frame.Error);

    /// <summary>The value, <c>Missing(path)</c> or <c>Error(message)</c>.</summary>
    public override string ToString() =>
        HasValue ? _value.ToString() : Error is not null ? "Error(" + Error + ")" : "Missing(" + MissingFact + ")";
}
