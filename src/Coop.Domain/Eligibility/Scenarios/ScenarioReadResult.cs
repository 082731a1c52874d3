namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>The result of reading a scenario file: the suite, or every error found (never both).</summary>
public sealed class ScenarioReadResult
{
    internal ScenarioReadResult(ScenarioSuite? suite, IReadOnlyList<ScenarioError> errors)
    {
        Suite = suite;
        Errors = errors;
    }

    /// <summary>The suite, or null when there are errors.</summary>
    public ScenarioSuite? Suite { get; }

    /// <summary>Every error found, in document order; empty on success.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>Whether the file was read without errors.</summary>
    public bool Success => Suite is not null;
}
