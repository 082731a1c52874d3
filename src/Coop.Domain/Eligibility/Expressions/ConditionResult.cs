namespace Coop.Domain.Eligibility.Expressions;

/// <summary>The three-valued (plus error) result of evaluating a condition.</summary>
public readonly record struct ConditionResult
{
    private ConditionResult(ConditionState state, string? missingFact, string? error)
    {
        State = state;
        MissingFact = missingFact;
        Error = error;
    }

    /// <summary>The outcome.</summary>
    public ConditionState State { get; }

    /// <summary>For <see cref="ConditionState.Missing"/>: the path of the missing fact (<c>cooperative.lastAssembly.heldOn</c>, <c>cooperative.members[2].birthDate</c>, <c>$minimumMembers[consumer]</c>).</summary>
    public string? MissingFact { get; }

    /// <summary>For <see cref="ConditionState.Error"/>: what went wrong and in which sub-expression.</summary>
    public string? Error { get; }

    /// <summary>Whether the condition holds (not missing, not an error).</summary>
    public bool IsTrue => State == ConditionState.True;

    /// <summary>Whether the condition does not hold (not missing, not an error).</summary>
    public bool IsFalse => State == ConditionState.False;

    internal static ConditionResult True { get; } = new(ConditionState.True, null, null);

    internal static ConditionResult False { get; } = new(ConditionState.False, null, null);

    internal static ConditionResult From(bool ok, bool value, in Frame frame) =>
        ok ? (value ? True : False)
        : frame.Error is not null ? new(ConditionState.Error, null, frame.Error)
        : new(ConditionState.Missing, frame.Missing, null);

    /// <summary><c>True</c>, <c>False</c>, <c>Missing(path)</c> or <c>Error(message)</c>.</summary>
    public override string ToString() => State switch
    {
        ConditionState.Missing => "Missing(" + MissingFact + ")",
        ConditionState.Error => "Error(" + Error + ")",
        _ => State.ToString(),
    };
}
