namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// The result of <see cref="ScenarioRunner.Run(IEnumerable{string})"/>: one result per case of every file that
/// loaded, the errors of the files (or paths) that did not, and the rule coverage.
/// </summary>
public sealed class ScenarioRunResult
{
    internal ScenarioRunResult(IReadOnlyList<string> files, IReadOnlyList<ScenarioCaseResult> cases, IReadOnlyList<ScenarioError> errors, CoverageReport coverage)
    {
        Files = files;
        Cases = cases;
        Errors = errors;
        Coverage = coverage;
    }

    /// <summary>The scenario files run (or tried), in run order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>One result per case, in file order then case order.</summary>
    public IReadOnlyList<ScenarioCaseResult> Cases { get; }

    /// <summary>Errors of bad scenario files, their policies and bases, and of paths that do not exist; a file with errors runs no case.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    /// <summary>The rule coverage over the files that loaded.</summary>
    public CoverageReport Coverage { get; }

    /// <summary>Cases that met every expectation.</summary>
    public int PassedCount => Cases.Count(c => c.Passed);

    /// <summary>Cases that missed an expectation.</summary>
    public int FailedCount => Cases.Count(c => !c.Passed);

    /// <summary>Whether some input was bad (see <see cref="Errors"/>).</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The summary line, exactly <c>N passed, N failed</c>.</summary>
    /// <returns>The summary.</returns>
    public string Summary() =>
        PassedCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " passed, " + FailedCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " failed";
}
