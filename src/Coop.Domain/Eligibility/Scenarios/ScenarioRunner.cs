using System.Globalization;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// Runs scenario files (docs/policy-testing.md) and returns structured results: per case pass or fail with every
/// unmet expectation, per file the errors that kept it from running, and the rule coverage. Framework-agnostic:
/// a test framework, the <c>coop test</c> verb or a build step can all drive it.
/// </summary>
/// <remarks>
/// An instance caches compiled policies and base cooperatives by full path, so many files over one policy
/// compile it once; use one instance per run. Not thread-safe.
/// </remarks>
/// <example>
/// <code>
/// ScenarioRunResult result = new ScenarioRunner().Run(["seeds/scenarios"]);
/// foreach (ScenarioCaseResult c in result.Cases.Where(c => !c.Passed)) { Console.WriteLine(c); }
/// Console.WriteLine(result.Summary());   // "12 passed, 1 failed"
/// </code>
/// </example>
public sealed class ScenarioRunner
{
    private readonly ScenarioLoader _loader;

    /// <summary>A runner whose policies cite the source register shipped in the package (<see cref="SourceRegister.Shipped"/>).</summary>
    public ScenarioRunner()
        : this(SourceRegister.Shipped)
    {
    }

    /// <summary>A runner whose policies cite the entries of <paramref name="sources"/> (an id it lacks makes the policy, and its scenario files, bad).</summary>
    /// <param name="sources">The source register.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public ScenarioRunner(SourceRegister sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _loader = new ScenarioLoader(sources);
    }

    /// <summary>
    /// A runner that resolves a scenario file's <c>policyId</c> through <paramref name="policies"/>: the provider an
    /// application runs (its <c>IPolicyProvider</c> from dependency injection, <see cref="EmbeddedPolicyProvider.Shipped"/>, files
    /// or policies built in code), so its tests exercise the very policies it evaluates. Scenario files that name policy
    /// files by <c>policy</c> still read those files, citing <paramref name="sources"/>.
    /// </summary>
    /// <param name="policies">The provider of policies by id.</param>
    /// <param name="sources">The source register for policy files named by path; null for <see cref="SourceRegister.Shipped"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is null.</exception>
    public ScenarioRunner(IPolicyProvider policies, SourceRegister? sources = null)
    {
        ArgumentNullException.ThrowIfNull(policies);
        _loader = new ScenarioLoader(sources ?? SourceRegister.Shipped, policies);
    }

    /// <summary>Finds the scenario files named by paths: a file stands for itself; a folder for every <c>*.scenario.json</c> under it, recursively.</summary>
    /// <param name="paths">Files and folders, in the order to run them.</param>
    /// <param name="errors">Receives an error for each path that does not exist and each folder without scenario files.</param>
    /// <returns>The files, each once: in argument order, and within a folder in ordinal order of the relative path.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> FindFiles(IEnumerable<string> paths, ICollection<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(errors);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (string.IsNullOrEmpty(path))
            {
                errors.Add(new ScenarioError(path, null, "$", null, null, "an empty path").With(ScenarioErrorCode.EmptyPath));
                continue;
            }

            try
            {
                if (File.Exists(path))
                {
                    if (seen.Add(RealPath(path)))
                    {
                        files.Add(path);
                    }
                }
                else if (Directory.Exists(path))
                {
                    string[] found = [.. FilesUnder(path)
                        .OrderBy(f => Path.GetRelativePath(path, f).Replace('\\', '/'), StringComparer.Ordinal)];
                    if (found.Length == 0)
                    {
                        errors.Add(new ScenarioError(path, null, "$", null, null, $"the folder has no *{ScenarioFile.Extension} files").With(ScenarioErrorCode.NoScenarioFiles, ScenarioFile.Extension));
                    }

                    foreach (string f in found)
                    {
                        if (seen.Add(RealPath(f)))
                        {
                            files.Add(f);
                        }
                    }
                }
                else
                {
                    errors.Add(new ScenarioError(path, null, "$", null, null, "no such file or folder").With(ScenarioErrorCode.PathNotFound));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
            {
                errors.Add(new ScenarioError(path, null, "$", null, null, "the path cannot be read: " + e.Message).With(ScenarioErrorCode.PathUnreadable, Text.IoFailure.Arguments(e, path)));
            }
        }

        return files;
    }

    /// <summary>Reads one scenario file, reusing the policies and bases this runner has already loaded.</summary>
    /// <param name="path">The scenario file.</param>
    /// <returns>The suite, or every error found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public ScenarioReadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return _loader.ReadFile(path);
    }

    /// <summary>Runs one case: evaluates the policy version in force on the case's as-of date and checks every expectation.</summary>
    /// <param name="suite">The suite the case belongs to.</param>
    /// <param name="scenarioCase">The case.</param>
    /// <returns>The result, with every unmet expectation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ScenarioCaseResult RunCase(ScenarioSuite suite, ScenarioCase scenarioCase)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(scenarioCase);

        // The reader checked that a version is in force on the case's date, so Evaluate does not throw here.
        Decision decision = suite.Policy.Evaluate(scenarioCase.CreateFacts(), scenarioCase.AsOf);
        var unmet = new List<UnmetExpectation>();
        ScenarioExpectation expect = scenarioCase.Expect;
        if (expect.Outcome is { } outcome && decision.Outcome != outcome)
        {
            RuleResult[] notPassedRules = [.. decision.Rules.Where(r => r.Status is RuleStatus.Failed or RuleStatus.Incomplete or RuleStatus.Error)];
            string notPassed = string.Join(", ", notPassedRules.Select(r => r.Code + " " + ScenarioText.Status(r.Status)));
            unmet.Add(new UnmetExpectation(
                $"expected outcome {ScenarioText.Outcome(outcome)} but it was {ScenarioText.Outcome(decision.Outcome)}"
                + (notPassed.Length > 0 ? " (" + notPassed + ")" : " (every rule passed or did not apply)"))
            {
                Code = UnmetExpectationCode.Outcome,
                Arguments = [ScenarioText.Outcome(outcome), ScenarioText.Outcome(decision.Outcome), .. notPassedRules.SelectMany(r => new[] { r.Code, ScenarioText.StatusToken(r.Status) })],
            });
        }

        Check(decision, expect.Fails, RuleStatus.Failed, unmet);
        Check(decision, expect.Passes, RuleStatus.Passed, unmet);
        Check(decision, expect.Incomplete, RuleStatus.Incomplete, unmet);
        Check(decision, expect.NotApplicable, RuleStatus.NotApplicable, unmet);
        CheckAssumptions(decision, expect.RestsOnAssumption, unmet);

        if ((expect.ScoreMin is { } min && decision.Score < min) || (expect.ScoreMax is { } max && decision.Score > max))
        {
            string range = (expect.ScoreMin, expect.ScoreMax) switch
            {
                ({ } a, { } b) => $"between {Number(a)} and {Number(b)}",
                ({ } a, null) => $"at least {Number(a)}",
                (null, { } b) => $"at most {Number(b)}",
                _ => string.Empty,
            };
            unmet.Add(new UnmetExpectation($"expected a score {range} but it was {Number(decision.Score)}")
            {
                Code = UnmetExpectationCode.Score,
                Arguments = [expect.ScoreMin is { } low ? Number(low) : string.Empty, expect.ScoreMax is { } high ? Number(high) : string.Empty, Number(decision.Score)],
            });
        }

        return new ScenarioCaseResult(suite.File, scenarioCase.Name, decision, unmet);
    }

    /// <summary>Runs scenario files and folders: every case of every file that loads, with the rule coverage.</summary>
    /// <param name="paths">Scenario files, and folders searched recursively for <c>*.scenario.json</c>.</param>
    /// <returns>The results; bad files and missing paths are in <see cref="ScenarioRunResult.Errors"/>, never thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public ScenarioRunResult Run(IEnumerable<string> paths)
    {
        var errors = new List<ScenarioError>();
        IReadOnlyList<string> files = FindFiles(paths, errors);
        var suites = new List<ScenarioSuite>();
        var results = new List<ScenarioCaseResult>();
        foreach (string file in files)
        {
            ScenarioReadResult read = Load(file);
            if (read.Suite is not { } suite)
            {
                errors.AddRange(read.Errors);
                continue;
            }

            suites.Add(suite);
            foreach (ScenarioCase c in suite.Cases)
            {
                results.Add(RunCase(suite, c));
            }
        }

        return new ScenarioRunResult(files, results, errors, Coverage(suites, results));
    }

    /// <summary>
    /// Runs scenario files and folders as <see cref="Run"/> does, giving the same result, but reads the files with
    /// asynchronous reads only and stops promptly when cancelled: the token is checked before each file and each case.
    /// </summary>
    /// <param name="paths">Scenario files, and folders searched recursively for <c>*.scenario.json</c>.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The results; bad files and missing paths are in <see cref="ScenarioRunResult.Errors"/>, never thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled (also when <paramref name="cancellationToken"/> is already cancelled); no partial result is returned.</exception>
    public async Task<ScenarioRunResult> RunAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var errors = new List<ScenarioError>();
        IReadOnlyList<string> files = FindFiles(paths, errors);
        var suites = new List<ScenarioSuite>();
        var results = new List<ScenarioCaseResult>();
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ScenarioReadResult read = await _loader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            if (read.Suite is not { } suite)
            {
                errors.AddRange(read.Errors);
                continue;
            }

            suites.Add(suite);
            foreach (ScenarioCase c in suite.Cases)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(RunCase(suite, c));
            }
        }

        return new ScenarioRunResult(files, results, errors, Coverage(suites, results));
    }

    /// <summary>Counts, for every rule of every policy version the suites name, the results that saw it fail and pass.</summary>
    /// <param name="suites">The suites whose policies are counted (each version once, by id and version).</param>
    /// <param name="results">The case results.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CoverageReport Coverage(IEnumerable<ScenarioSuite> suites, IEnumerable<ScenarioCaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(suites);
        ArgumentNullException.ThrowIfNull(results);
        var policies = new SortedDictionary<(string Id, int Version), Policy>(Comparer<(string Id, int Version)>.Create((a, b) =>
        {
            int byId = string.CompareOrdinal(a.Id, b.Id);
            return byId != 0 ? byId : a.Version.CompareTo(b.Version);
        }));
        foreach (ScenarioSuite suite in suites)
        {
            foreach (CompiledPolicy<EligibilityFacts> version in suite.Policy.Versions)
            {
                policies.TryAdd((version.Policy.Id, version.Policy.Version), version.Policy);
            }
        }

        var counts = new Dictionary<(string, int, string), (int Failed, int Passed)>();
        foreach (ScenarioCaseResult result in results)
        {
            Policy policy = result.Decision.Policy;
            foreach (RuleResult rule in result.Decision.Rules)
            {
                var key = (policy.Id, policy.Version, rule.Id);
                (int failed, int passed) = counts.GetValueOrDefault(key);
                counts[key] = (failed + (rule.Status == RuleStatus.Failed ? 1 : 0), passed + (rule.Status == RuleStatus.Passed ? 1 : 0));
            }
        }

        var rules = new List<RuleCoverage>();
        foreach (((string id, int version), Policy policy) in policies)
        {
            foreach (PolicyRule rule in policy.Rules)
            {
                (int failed, int passed) = counts.GetValueOrDefault((id, version, rule.Id));
                rules.Add(new RuleCoverage(id, version, rule.Id, rule.Code, failed, passed));
            }
        }

        return new CoverageReport(rules);
    }

    private static void Check(Decision decision, IReadOnlyList<string> references, RuleStatus expected, List<UnmetExpectation> unmet)
    {
        foreach (string reference in references)
        {
            RuleResult[] matching = Match(decision, reference);
            if (matching.Length == 0)
            {
                unmet.Add(new UnmetExpectation(
                    $"expected {reference} to {ScenarioText.Verb(expected)} but version {decision.Policy.Version.ToString(CultureInfo.InvariantCulture)} of '{decision.Policy.Id}' (in force on {decision.AsOf}) has no such rule")
                {
                    Code = UnmetExpectationCode.NoSuchRule,
                    Arguments = NoSuchRule(decision, reference, ScenarioText.StatusToken(expected)),
                });
                continue;
            }

            if (matching.Any(r => r.Status == expected))
            {
                continue;
            }

            RuleResult actual = matching[0];
            unmet.Add(new UnmetExpectation($"expected {reference} to {ScenarioText.Verb(expected)} but it {ScenarioText.Status(actual.Status)}", actual.Message)
            {
                Code = UnmetExpectationCode.Status,
                Arguments = [reference, ScenarioText.StatusToken(expected), ScenarioText.StatusToken(actual.Status)],
            });
        }
    }

    private static void CheckAssumptions(Decision decision, IReadOnlyList<string> references, List<UnmetExpectation> unmet)
    {
        foreach (string reference in references)
        {
            RuleResult[] matching = Match(decision, reference);
            if (matching.Length == 0)
            {
                unmet.Add(new UnmetExpectation(
                    $"expected {reference} to fail resting on an assumption but version {decision.Policy.Version.ToString(CultureInfo.InvariantCulture)} of '{decision.Policy.Id}' (in force on {decision.AsOf}) has no such rule")
                {
                    Code = UnmetExpectationCode.NoSuchRule,
                    Arguments = NoSuchRule(decision, reference, "assumption"),
                });
            }
            else if (!matching.Any(r => r.Status == RuleStatus.Failed && r.RestsOnAssumption))
            {
                RuleResult actual = matching.FirstOrDefault(r => r.Status == RuleStatus.Failed);
                unmet.Add(actual.Rule is null
                    ? new UnmetExpectation($"expected {reference} to fail resting on an assumption but it {ScenarioText.Status(matching[0].Status)}", matching[0].Message)
                    {
                        Code = UnmetExpectationCode.NotFailedOnAssumption,
                        Arguments = [reference, ScenarioText.StatusToken(matching[0].Status)],
                    }
                    : new UnmetExpectation($"expected {reference} to fail resting on an assumption but it failed on sourced values (none of its parameters' values in force is an assumption)", actual.Message)
                    {
                        Code = UnmetExpectationCode.FailedOnSources,
                        Arguments = [reference],
                    });
            }
        }
    }

    private static string[] NoSuchRule(Decision decision, string reference, string expected) =>
        [reference, expected, decision.Policy.Version.ToString(CultureInfo.InvariantCulture), decision.Policy.Id, decision.AsOf.ToString()];

    private static RuleResult[] Match(Decision decision, string reference)
    {
        RuleResult[] byId = [.. decision.Rules.Where(r => string.Equals(r.Id, reference, StringComparison.Ordinal))];
        return byId.Length > 0 ? byId : [.. decision.Rules.Where(r => string.Equals(r.Code, reference, StringComparison.Ordinal))];
    }

    // Every scenario file under the folder, each folder visited once by its real path: a symbolic link back up the tree
    // (a loop) or a second link to the same folder adds nothing.
    private static List<string> FilesUnder(string root)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            if (!visited.Add(RealPath(folder)))
            {
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(folder, "*" + ScenarioFile.Extension));
            foreach (string sub in Directory.EnumerateDirectories(folder))
            {
                pending.Push(sub);
            }
        }

        return files;
    }

    // The path with every symbolic link on it resolved, so the same file or folder reached two ways is one.
    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string? parent = Path.GetDirectoryName(full);
        string resolvedParent = parent is null ? string.Empty : RealPath(parent);
        string here = parent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
        FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? here : RealPath(target.FullName);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
