using System.Text;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// Reads scenario files (<c>*.scenario.json</c>; JSON with comments and trailing commas; docs/policy-testing.md):
/// the policy under test, a base cooperative and application, and cases given as merge patches over the base
/// with their expectations. Every problem is collected as a <see cref="ScenarioError"/> naming the file (the
/// scenario, or the policy or base file it refers to), the case, the JSON path, line and column. Nothing throws
/// for bad input.
/// </summary>
/// <remarks>
/// Each call reads the policies it needs afresh; <see cref="ScenarioRunner"/> caches compiled policies and base
/// cooperatives by full path for the length of a run.
/// </remarks>
public static class ScenarioFile
{
    /// <summary>The largest scenario (or base cooperative) file accepted: 4 MiB.</summary>
    public const int MaxBytes = Policies.PolicyFile.MaxBytes;

    /// <summary>The deepest JSON nesting accepted: 64.</summary>
    public const int MaxDepth = Policies.PolicyFile.MaxDepth;

    /// <summary>The file name suffix of scenario files, <c>.scenario.json</c>.</summary>
    public const string Extension = ".scenario.json";

    /// <summary>Reads a scenario file, collecting every error.</summary>
    /// <param name="path">The file's path; it is also the name used in errors. Relative paths in the file are resolved against its folder.</param>
    /// <returns>The suite, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static ScenarioReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new ScenarioLoader().ReadFile(path);
    }

    /// <summary>
    /// Reads a scenario file asynchronously, collecting every error: the result and errors are those of <see cref="ReadFile"/>.
    /// The scenario file and the policy and base cooperative files it names are read with asynchronous reads only.
    /// </summary>
    /// <param name="path">The file's path; it is also the name used in errors. Relative paths in the file are resolved against its folder.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The suite, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled (also when <paramref name="cancellationToken"/> is already cancelled).</exception>
    public static Task<ScenarioReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new ScenarioLoader().ReadFileAsync(path, cancellationToken);
    }

    /// <summary>Reads a scenario from UTF-8 JSON bytes, collecting every error.</summary>
    /// <param name="utf8Json">The bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <param name="baseDirectory">The folder that relative paths in the scenario (policy, base cooperative) are resolved against;
    /// null for the folder of <paramref name="file"/>, or the current directory when that is null too.</param>
    /// <returns>The suite, or the errors found.</returns>
    public static ScenarioReadResult Read(ReadOnlySpan<byte> utf8Json, string? file = null, string? baseDirectory = null) =>
        new ScenarioLoader().Read(utf8Json, file, baseDirectory);

    /// <summary>Reads a scenario from JSON text, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <param name="baseDirectory">The folder relative paths are resolved against (see <see cref="Read(ReadOnlySpan{byte}, string?, string?)"/>).</param>
    /// <returns>The suite, or the errors found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ScenarioReadResult Read(string json, string? file = null, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), file, baseDirectory);
    }

    /// <summary>The JSON Schema of scenario files (committed as seeds/scenarios/scenario.schema.json), built from the properties the reader accepts.</summary>
    /// <returns>The schema as indented JSON text with a trailing newline.</returns>
    public static string ExportJsonSchema() => ScenarioSchema.Export();
}
