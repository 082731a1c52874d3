using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Eligibility.Scenarios;

/// <summary>
/// Reads scenario files into suites, collecting every error. Caches compiled policies and base cooperatives by
/// full path, so a run that reads many scenario files over the same policy compiles it once. Not thread-safe.
/// </summary>
internal sealed class ScenarioLoader(SourceRegister? sources = null, IPolicyProvider? provider = null)
{
    internal static readonly string[] TopLevel = ["$schema", "title", "policy", "policyId", "asOf", "base", "cases"];
    internal static readonly string[] BaseProperties = ["cooperative", "application"];
    internal static readonly string[] CaseProperties = ["name", "asOf", "cooperative", "application", "expect"];
    internal static readonly string[] ExpectProperties = ["outcome", "fails", "passes", "incomplete", "notApplicable", "restsOnAssumption", "score"];
    internal static readonly string[] ScoreProperties = ["min", "max"];

    private readonly Dictionary<string, (CompiledPolicy<EligibilityFacts>? Policy, IReadOnlyList<ScenarioError> Errors)> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonNode? Json, IReadOnlyList<ScenarioError> Errors)> _bases = new(StringComparer.Ordinal);

    // Files read ahead asynchronously (by ReadFileAsync) for the next Read, keyed by kind and full path.
    private readonly Dictionary<string, (byte[]? Bytes, ScenarioError? Error)> _prefetched = new(StringComparer.Ordinal);

    /// <summary>How many files this loader has read synchronously (the tests check that <see cref="ReadFileAsync"/> reads none).</summary>
    internal int SynchronousReads { get; private set; }

    public ScenarioReadResult ReadFile(string path)
    {
        SynchronousReads++;
        (byte[]? bytes, ScenarioError? error) = ReadBytes(path, "scenario");
        return bytes is null ? new ScenarioReadResult(null, [error!]) : Read(bytes, path, null);
    }

    /// <summary>
    /// Reads a scenario file as <see cref="ReadFile"/> does, but with asynchronous reads only: the scenario file, then the
    /// policy and base cooperative files it names (not yet cached) are read ahead, and the synchronous reader uses them.
    /// </summary>
    public async Task<ScenarioReadResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        (byte[]? bytes, ScenarioError? error) = await ReadBytesAsync(path, "scenario", cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return new ScenarioReadResult(null, [error!]);
        }

        _prefetched.Clear();
        try
        {
            await PrefetchAsync(bytes, path, cancellationToken).ConfigureAwait(false);
            return Read(bytes, path, null);
        }
        finally
        {
            _prefetched.Clear();
        }
    }

    /// <summary>Reads ahead the policy files and base cooperative file a scenario names by path; a scenario that does not parse is left to <see cref="Read"/>.</summary>
    private async Task PrefetchAsync(byte[] utf8, string file, CancellationToken cancellationToken)
    {
        if (!Parse(utf8, file, "scenario", out JsonNode? root, out _, out _) || root is not JsonObject o)
        {
            return;
        }

        string baseDirectory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? Environment.CurrentDirectory;
        var wanted = new List<(string Path, string What)>();
        if (o.TryGetPropertyValue("policy", out JsonNode? policy))
        {
            IEnumerable<JsonNode?> items = policy is JsonArray a ? a : new[] { policy };
            foreach (JsonNode? item in items)
            {
                if (item is JsonValue v && v.TryGetValue(out string? p))
                {
                    wanted.Add((p, "policy"));
                }
            }
        }

        if (o.TryGetPropertyValue("base", out JsonNode? b) && b is JsonObject bo
            && bo.TryGetPropertyValue("cooperative", out JsonNode? c) && c is JsonValue cv && cv.TryGetValue(out string? cp))
        {
            wanted.Add((cp, "cooperative"));
        }

        foreach ((string p, string what) in wanted)
        {
            (string full, string display) = ResolvePath(baseDirectory, file, p);
            string key = what + "\0" + full;
            bool cached = what == "policy" ? _policies.ContainsKey(full) : _bases.ContainsKey(full);
            if (!cached && !_prefetched.ContainsKey(key) && File.Exists(full))
            {
                _prefetched[key] = await ReadBytesAsync(display, what, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A file's bytes: read ahead by <see cref="ReadFileAsync"/>, else read now.</summary>
    private (byte[]? Bytes, ScenarioError? Error) Bytes(string fullPath, string display, string what)
    {
        if (_prefetched.Remove(what + "\0" + fullPath, out var read))
        {
            return read;
        }

        SynchronousReads++;
        return ReadBytes(display, what);
    }

    /// <summary>Resolves a path named in a scenario file against its folder: the full path, and the name to put in errors.</summary>
    internal static (string Full, string Display) ResolvePath(string baseDirectory, string? file, string path)
    {
        string full = Path.GetFullPath(Path.Combine(baseDirectory, path));
        // Errors name the file relative to the current directory when it lies below it, as given when absolute, else in full.
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        bool outside = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative);
        string display = Path.IsPathRooted(path) || outside || (file is not null && Path.IsPathRooted(file)) ? full : relative;
        return (full, display);
    }

    public ScenarioReadResult Read(ReadOnlySpan<byte> utf8, string? file, string? baseDirectory)
    {
        baseDirectory ??= file is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(file)) ?? Environment.CurrentDirectory;
        if (!Parse(utf8, file, "scenario", out JsonNode? root, out Dictionary<string, (int, int)>? positions, out ScenarioError? parseError))
        {
            return new ScenarioReadResult(null, [parseError!]);
        }

        var reader = new Reader(this, file, baseDirectory, positions!);
        try
        {
            return reader.Read(root);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Defensive: a JSON shape the checks above missed must still end as an error of the file, not a crash.
            return new ScenarioReadResult(null, [new ScenarioError(file, null, "$", null, null, "the scenario cannot be read: " + e.Message).With(ScenarioErrorCode.Unreadable, e.Message)]);
        }
    }

    /// <summary>Reads a file's bytes, or says why it cannot be read (missing, oversized, unreadable).</summary>
    internal static (byte[]? Bytes, ScenarioError? Error) ReadBytes(string path, string what)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return (null, new ScenarioError(path, null, "$", null, null, $"expected a {what} file, but this is a folder").With(ScenarioErrorCode.NotAFile, what));
            }

            string? problem = BoundedFile.TryRead(path, ScenarioFile.MaxBytes, "4 MiB", out byte[]? bytes);
            return problem is null ? (bytes, null) : (null, FileProblem(path, what, problem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            return (null, new ScenarioError(path, null, "$", null, null, "the file cannot be read: " + e.Message)
                .With(File.Exists(path) || Directory.Exists(path) ? ScenarioErrorCode.FileUnreadable : ScenarioErrorCode.FileNotFound, Text.IoFailure.Arguments(e, path)));
        }
    }

    /// <summary>A problem <see cref="BoundedFile"/> found (a folder, no file, over the limit), with its code from the file system, not from its text.</summary>
    private static ScenarioError FileProblem(string path, string what, string problem)
    {
        var error = new ScenarioError(path, null, "$", null, null, problem);
        return Directory.Exists(path) ? error.With(ScenarioErrorCode.NotAFile, what)
            : !File.Exists(path) ? error.With(ScenarioErrorCode.FileNotFound)
            : error.With(ScenarioErrorCode.FileTooLarge, ScenarioFile.MaxBytes.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a file's bytes asynchronously, or says why it cannot be read, as <see cref="ReadBytes"/> does.</summary>
    internal static async Task<(byte[]? Bytes, ScenarioError? Error)> ReadBytesAsync(string path, string what, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                return (null, new ScenarioError(path, null, "$", null, null, $"expected a {what} file, but this is a folder").With(ScenarioErrorCode.NotAFile, what));
            }

            (string? problem, byte[]? bytes) = await BoundedFile.TryReadAsync(path, ScenarioFile.MaxBytes, "4 MiB", cancellationToken).ConfigureAwait(false);
            return problem is null ? (bytes, null) : (null, FileProblem(path, what, problem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            return (null, new ScenarioError(path, null, "$", null, null, "the file cannot be read: " + e.Message)
                .With(File.Exists(path) || Directory.Exists(path) ? ScenarioErrorCode.FileUnreadable : ScenarioErrorCode.FileNotFound, Text.IoFailure.Arguments(e, path)));
        }
    }

    /// <summary>Parses JSON text with the file-format limits (size, depth, duplicate properties), or says what is wrong.</summary>
    internal static bool Parse(ReadOnlySpan<byte> utf8, string? file, string what, out JsonNode? root, out Dictionary<string, (int, int)>? positions, out ScenarioError? error)
    {
        root = null;
        positions = null;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        (string? Problem, ScenarioErrorCode Code, string[] Arguments) found =
            utf8.Length > ScenarioFile.MaxBytes
                ? ($"the file is {utf8.Length} bytes; the limit is {ScenarioFile.MaxBytes} bytes (4 MiB)", ScenarioErrorCode.FileTooLarge, new[] { Invariant(ScenarioFile.MaxBytes), Invariant(utf8.Length) })
            : utf8.Trim(" \t\r\n"u8).IsEmpty ? ($"the file is empty; expected a JSON {what} object", ScenarioErrorCode.EmptyFile, new[] { what })
            : utf8.Contains((byte)0) || !Utf8.IsValid(utf8) ? ($"the file is not UTF-8 text (it looks binary); expected a JSON {what} object", ScenarioErrorCode.NotText, new[] { what })
            : (null, ScenarioErrorCode.Unspecified, []);
        if (found.Problem is { } problem)
        {
            error = new ScenarioError(file, null, "$", null, null, problem).With(found.Code, found.Arguments);
            return false;
        }

        try
        {
            root = JsonNode.Parse(utf8, null, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = ScenarioFile.MaxDepth,
                AllowDuplicateProperties = false,
            });
        }
        catch (JsonException e)
        {
            error = ScenarioError.FromJsonError(PolicyReader.FromJsonException(e, file));
            return false;
        }

        if (root is not JsonObject)
        {
            error = new ScenarioError(file, null, "$", 1, 1, $"expected a JSON {what} object, found {JsonMergePatch.KindWithArticle(root)}")
                .With(ScenarioErrorCode.NotAnObject, what, JsonMergePatch.Kind(root));
            return false;
        }

        positions = JsonPositions.Map(utf8);
        error = null;
        return true;
    }

    private (CompiledPolicy<EligibilityFacts>? Policy, IReadOnlyList<ScenarioError> Errors) LoadPolicy(string fullPath, string display)
    {
        if (_policies.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        (CompiledPolicy<EligibilityFacts>?, IReadOnlyList<ScenarioError>) result;
        (byte[]? bytes, ScenarioError? error) = Bytes(fullPath, display, "policy");
        if (bytes is null)
        {
            result = (null, [error!]);
        }
        else
        {
            PolicyReadResult read = PolicyFile.Read(bytes, display);
            if (read.Policy is null)
            {
                result = (null, [.. read.Errors.Select(ScenarioError.FromPolicyError)]);
            }
            else
            {
                try
                {
                    result = (new CompiledPolicy<EligibilityFacts>(read.Policy, CoopFactSchema.Instance, sources: sources), []);
                }
                catch (PolicyLoadException e)
                {
                    result = (null, [.. e.Errors.Select(ScenarioError.FromPolicyError)]);
                }
            }
        }

        _policies[fullPath] = result;
        return result;
    }

    /// <summary>The provider that resolves a scenario's <c>policyId</c>: the one given, else the policies shipped in the package.</summary>
    private IPolicyProvider Provider => provider ?? EmbeddedPolicyProvider.Shipped;

    private (JsonNode? Json, IReadOnlyList<ScenarioError> Errors) LoadBase(string fullPath, string display)
    {
        if (_bases.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        (JsonNode?, IReadOnlyList<ScenarioError>) result;
        (byte[]? bytes, ScenarioError? error) = Bytes(fullPath, display, "cooperative");
        if (bytes is null)
        {
            result = (null, [error!]);
        }
        else if (!Parse(bytes, display, "cooperative", out JsonNode? json, out Dictionary<string, (int, int)>? positions, out ScenarioError? parseError))
        {
            result = (null, [parseError!]);
        }
        else
        {
            // Validate the base on its own so that its problems name the base file and their place in it.
            ScenarioError? invalid = Deserialize(json!, CoopJsonContext.Default.Cooperative, out _, (path, message, detail) =>
            {
                (int Line, int Column)? at = positions!.TryGetValue(path, out var p) ? p : null;
                return new ScenarioError(display, null, path, at?.Line, at?.Column, message).With(ScenarioErrorCode.BaseCooperativeInvalid, "file") with { ValueError = detail };
            });
            result = invalid is null ? (json, []) : (null, [invalid]);
        }

        _bases[fullPath] = result;
        return result;
    }

    /// <summary>
    /// Deserializes a model value; a JSON or validation failure becomes one error made by <paramref name="error"/> (path inside
    /// the value, English message, and the failure as the registry reader says it, or null when the value is JSON null).
    /// </summary>
    private static ScenarioError? Deserialize<T>(JsonNode json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, out T? value, Func<string, string, JsonLineError?, ScenarioError> error)
    {
        value = default;
        try
        {
            value = json.Deserialize(typeInfo);
            return value is null ? error("$", "the value is null", null) : null;
        }
        catch (JsonException e)
        {
            string message = e.Message;
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return error(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, cut > 0 ? message[..cut] : message, JsonLinesReader.ToError(e, 0));
        }
        catch (ModelValidationException e)
        {
            return error("$", e.Violations.Count == 0 ? e.Message : "the model is invalid: " + string.Join("; ", e.Violations), JsonLinesReader.ToError(e, 0));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException)
        {
            return error("$", e.Message, JsonLinesReader.ToError(e, 0));
        }
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The state of reading one scenario file.</summary>
    private sealed class Reader(ScenarioLoader loader, string? file, string baseDirectory, Dictionary<string, (int Line, int Column)> positions)
    {
        private readonly List<ScenarioError> _errors = [];
        private bool _fileAsOfGiven;

        public ScenarioReadResult Read(JsonNode? rootNode)
        {
            var root = (JsonObject)rootNode!;
            Unknown(root, "$", TopLevel, "the top level");
            if (root["$schema"] is { } schema)
            {
                String(schema, "$.$schema");
            }

            string? title = root["title"] is { } t ? String(t, "$.title") : null;
            (PolicySet<EligibilityFacts>? policy, List<string> policyFiles) = Policy(root);
            SolarHijriDate? asOf = root["asOf"] is { } a ? Date(a, "$.asOf") : null;
            _fileAsOfGiven = root["asOf"] is not null;

            JsonNode? baseCooperative = null;
            bool baseCooperativeOk = true;
            JsonNode? baseApplication = null;
            bool baseApplicationOk = true;
            if (root.TryGetPropertyValue("base", out JsonNode? baseNode) && baseNode is not null)
            {
                if (Object(baseNode, "$.base") is { } b)
                {
                    Unknown(b, "$.base", BaseProperties, "'base'");
                    (baseCooperative, baseCooperativeOk) = BaseCooperative(b);
                    (baseApplication, baseApplicationOk) = BaseApplication(b);
                }
            }

            var cases = new List<ScenarioCase>();
            if (!root.TryGetPropertyValue("cases", out JsonNode? casesNode))
            {
                Add("$", null, "missing required property 'cases' (an array of cases)", ScenarioErrorCode.MissingProperty, "cases");
            }
            else if (Array(casesNode, "$.cases") is { } list)
            {
                if (list.Count == 0)
                {
                    Add("$.cases", null, "the file has no cases; add at least one", ScenarioErrorCode.NoCases);
                }

                var names = new Dictionary<string, int>(StringComparer.Ordinal);
                for (int i = 0; i < list.Count; i++)
                {
                    if (Case(list[i], "$.cases[" + i.ToString(CultureInfo.InvariantCulture) + "]", names, i, policy, asOf, baseCooperative, baseCooperativeOk, baseApplication, baseApplicationOk) is { } c)
                    {
                        cases.Add(c);
                    }
                }
            }

            if (_errors.Count > 0 || policy is null)
            {
                return new ScenarioReadResult(null, _errors);
            }

            return new ScenarioReadResult(new ScenarioSuite(file ?? "(scenario)", title, policy, policyFiles, cases), []);
        }

        private (PolicySet<EligibilityFacts>?, List<string>) Policy(JsonObject root)
        {
            var files = new List<string>();
            bool hasId = root.TryGetPropertyValue("policyId", out JsonNode? idNode);
            if (hasId && root.ContainsKey("policy"))
            {
                Add("$.policyId", null, "give either 'policy' (policy files) or 'policyId' (a policy of the runner's provider), not both", ScenarioErrorCode.PolicyAndPolicyId);
                return (null, files);
            }

            if (hasId)
            {
                return (PolicyById(idNode), files);
            }

            if (!root.TryGetPropertyValue("policy", out JsonNode? node) || node is null)
            {
                Add(root.ContainsKey("policy") ? "$.policy" : "$", null, "missing required property 'policy' (the policy file, relative to this file, or an array of files, one per version) or 'policyId' (the id of a shipped or provided policy)", ScenarioErrorCode.MissingProperty, "policy");
                return (null, files);
            }

            var paths = new List<(string Path, string At)>();
            if (node is JsonArray array)
            {
                if (array.Count == 0)
                {
                    Add("$.policy", null, "the policy array is empty; name at least one policy file", ScenarioErrorCode.EmptyPolicyList);
                }

                for (int i = 0; i < array.Count; i++)
                {
                    string at = "$.policy[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (String(array[i], at) is { } p)
                    {
                        paths.Add((p, at));
                    }
                }
            }
            else if (String(node, "$.policy", "policy-files") is { } p)
            {
                paths.Add((p, "$.policy"));
            }

            var versions = new List<CompiledPolicy<EligibilityFacts>>();
            bool ok = paths.Count > 0;
            foreach ((string path, string at) in paths)
            {
                (string full, string display) = Resolve(path);
                files.Add(full);
                if (Directory.Exists(full))
                {
                    Add(at, null, $"'{path}' is a folder; name a policy file", ScenarioErrorCode.PolicyIsFolder, path);
                    ok = false;
                    continue;
                }

                if (!File.Exists(full))
                {
                    Add(at, null, $"the policy file '{display}' does not exist (paths are relative to the scenario file)", ScenarioErrorCode.PolicyFileNotFound, display);
                    ok = false;
                    continue;
                }

                (CompiledPolicy<EligibilityFacts>? compiled, IReadOnlyList<ScenarioError> errors) = loader.LoadPolicy(full, display);
                if (compiled is null)
                {
                    _errors.AddRange(errors);
                    ok = false;
                    continue;
                }

                versions.Add(compiled);
            }

            if (!ok)
            {
                return (null, files);
            }

            try
            {
                return (new PolicySet<EligibilityFacts>(versions), files);
            }
            catch (ArgumentException e)
            {
                // What conflicts, coded, from the same check the set's constructor made (Policy.VersionConflict).
                PolicyError? conflict = Policies.Policy.VersionConflict(versions.Select(v => v.Policy));
                _errors.Add(Error("$.policy", null, "the policy files do not form one policy's versions: " + e.Message, ScenarioErrorCode.PolicyVersionsConflict,
                    conflict is null ? [e.Message] : []) with { PolicyError = conflict });
                return (null, files);
            }
        }

        private PolicySet<EligibilityFacts>? PolicyById(JsonNode? node)
        {
            if (String(node, "$.policyId", "policy-id") is not { } id)
            {
                return null;
            }

            IPolicyProvider provider = loader.Provider;
            if (!provider.Contains(id))
            {
                Add("$.policyId", null, $"no policy has the id '{id}' (known ids: {string.Join(", ", provider.PolicyIds)})", ScenarioErrorCode.UnknownPolicyId, [id, .. provider.PolicyIds]);
                return null;
            }

            try
            {
                return provider.GetPolicySet(id);
            }
            catch (PolicyLoadException e)
            {
                _errors.AddRange(e.Errors.Select(ScenarioError.FromPolicyError));
                return null;
            }
        }

        private (JsonNode?, bool) BaseCooperative(JsonObject b)
        {
            if (!b.TryGetPropertyValue("cooperative", out JsonNode? node) || node is null)
            {
                return (null, true);
            }

            if (node is JsonObject inline)
            {
                ScenarioError? invalid = Deserialize(inline, CoopJsonContext.Default.Cooperative, out _, (path, message, detail) =>
                    Error(Inside("$.base.cooperative", path), null, "the base cooperative is invalid: " + message, ScenarioErrorCode.BaseCooperativeInvalid, "inline") with { ValueError = detail });
                if (invalid is not null)
                {
                    _errors.Add(invalid);
                    return (null, false);
                }

                return (inline, true);
            }

            if (String(node, "$.base.cooperative", "cooperative-file-or-object") is not { } path)
            {
                return (null, false);
            }

            (string full, string display) = Resolve(path);
            if (!File.Exists(full))
            {
                Add("$.base.cooperative", null, $"the base cooperative file '{display}' does not exist (paths are relative to the scenario file)", ScenarioErrorCode.BaseCooperativeNotFound, display);
                return (null, false);
            }

            (JsonNode? json, IReadOnlyList<ScenarioError> errors) = loader.LoadBase(full, display);
            _errors.AddRange(errors);
            return (json, json is not null);
        }

        private (JsonNode?, bool) BaseApplication(JsonObject b)
        {
            if (!b.TryGetPropertyValue("application", out JsonNode? node) || node is null)
            {
                return (null, true);
            }

            if (Object(node, "$.base.application", "application-or-null") is not { } inline)
            {
                return (null, false);
            }

            ScenarioError? invalid = Deserialize(inline, CoopJsonContext.Default.FacilityApplication, out _, (path, message, detail) =>
                Error(Inside("$.base.application", path), null, "the base application is invalid: " + message, ScenarioErrorCode.BaseApplicationInvalid) with { ValueError = detail });
            if (invalid is not null)
            {
                _errors.Add(invalid);
                return (null, false);
            }

            return (inline, true);
        }

        private ScenarioCase? Case(
            JsonNode? node, string at, Dictionary<string, int> names, int index, PolicySet<EligibilityFacts>? policy, SolarHijriDate? defaultAsOf,
            JsonNode? baseCooperative, bool baseCooperativeOk, JsonNode? baseApplication, bool baseApplicationOk)
        {
            if (Object(node, at, "case") is not { } c)
            {
                return null;
            }

            int errorsBefore = _errors.Count;
            string? name = null;
            if (!c.TryGetPropertyValue("name", out JsonNode? nameNode))
            {
                Add(at, null, "missing required property 'name' (unique in the file)", ScenarioErrorCode.MissingProperty, "name");
            }
            else if (String(nameNode, at + ".name") is { } n)
            {
                if (string.IsNullOrWhiteSpace(n))
                {
                    Add(at + ".name", null, "the case name is blank", ScenarioErrorCode.BlankCaseName);
                }
                else if (!names.TryAdd(n, index))
                {
                    Add(at + ".name", n, $"the case name '{n}' is already used by $.cases[{names[n]}]; names must be unique in the file", ScenarioErrorCode.DuplicateCaseName, n, names[n].ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    name = n;
                }
            }

            Unknown(c, at, CaseProperties, "a case", name);
            SolarHijriDate? asOf = defaultAsOf;
            if (c["asOf"] is { } caseAsOf)
            {
                asOf = Date(caseAsOf, at + ".asOf", name);
            }
            else if (defaultAsOf is null && !(policy is null) && !_fileAsOfGiven)
            {
                // (A top-level asOf that is there but wrong is reported once, at $.asOf, not again for every case.)
                Add(at, name, "no as-of date: give 'asOf' in the case or at the top of the file", ScenarioErrorCode.NoAsOf);
            }

            if (asOf is { } date && policy is not null)
            {
                try
                {
                    policy.Select(date);
                }
                catch (PolicyNotInForceException e)
                {
                    Add(c["asOf"] is null ? "$.asOf" : at + ".asOf", name, e.Message, ScenarioErrorCode.PolicyNotInForce, NotInForce(policy, date));
                }
            }

            ScenarioExpectation? expect = null;
            if (!c.TryGetPropertyValue("expect", out JsonNode? expectNode))
            {
                Add(at, name, "missing required property 'expect' (what the policy must conclude)", ScenarioErrorCode.MissingProperty, "expect");
            }
            else if (Object(expectNode, at + ".expect", "object", name) is { } e)
            {
                expect = Expectation(e, at + ".expect", name, policy);
            }

            Cooperative? cooperative = null;
            if (baseCooperativeOk)
            {
                JsonNode? patch = c["cooperative"];
                if (patch is null && c.ContainsKey("cooperative"))
                {
                    Add(at + ".cooperative", name, "the cooperative cannot be null; give a merge patch object, or leave the property out to use the base", ScenarioErrorCode.NullCooperative);
                }
                else if (patch is not null && patch is not JsonObject)
                {
                    Add(at + ".cooperative", name, $"wrong type: expected an object (a merge patch over base.cooperative), found {JsonMergePatch.KindWithArticle(patch)}", ScenarioErrorCode.WrongType, "cooperative-patch", JsonMergePatch.Kind(patch));
                }
                else if (patch is null && baseCooperative is null)
                {
                    Add(at, name, "no cooperative: give base.cooperative (a file or an object) or a full cooperative in the case", ScenarioErrorCode.NoCooperative);
                }
                else
                {
                    cooperative = Build(baseCooperative, patch, at + ".cooperative", name, CoopJsonContext.Default.Cooperative, "cooperative");
                }
            }

            FacilityApplication? application = null;
            if (baseApplicationOk)
            {
                bool present = c.TryGetPropertyValue("application", out JsonNode? patch);
                if (present && patch is not null && patch is not JsonObject)
                {
                    Add(at + ".application", name, $"wrong type: expected an object (a merge patch over base.application) or null (no application), found {JsonMergePatch.KindWithArticle(patch)}", ScenarioErrorCode.WrongType, "application-patch", JsonMergePatch.Kind(patch));
                }
                else if (!(present && patch is null) && (baseApplication is not null || patch is not null))
                {
                    application = Build(baseApplication, patch, at + ".application", name, CoopJsonContext.Default.FacilityApplication, "application");
                }
            }

            if (_errors.Count > errorsBefore || name is null || asOf is null || expect is null || cooperative is null)
            {
                return null;
            }

            return new ScenarioCase(name, asOf.Value, cooperative, application, expect);
        }

        private T? Build<T>(JsonNode? baseJson, JsonNode? patch, string at, string? name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what)
            where T : class
        {
            JsonNode? json = baseJson?.DeepClone();
            if (patch is not null)
            {
                var problems = new List<(string Path, string Message, ScenarioErrorCode Code, string[] Arguments)>();
                json = JsonMergePatch.Apply(json, patch, at, problems);
                foreach ((string path, string message, ScenarioErrorCode code, string[] arguments) in problems)
                {
                    Add(path, name, message, code, arguments);
                }

                if (problems.Count > 0)
                {
                    return null;
                }
            }

            if (json is null)
            {
                return null;
            }

            ScenarioError? invalid = Deserialize(json, typeInfo, out T? value, (path, message, detail) =>
                Error(at, name, $"the patched {what} is invalid" + (path == "$" ? ": " : " at " + path + ": ") + message, ScenarioErrorCode.PatchedValueInvalid, what, path) with { ValueError = detail });
            if (invalid is not null)
            {
                _errors.Add(invalid);
                return null;
            }

            return value;
        }

        private ScenarioExpectation? Expectation(JsonObject e, string at, string? name, PolicySet<EligibilityFacts>? policy)
        {
            int errorsBefore = _errors.Count;
            Unknown(e, at, ExpectProperties, "'expect'", name);
            PolicyOutcome? outcome = null;
            if (e["outcome"] is { } o && String(o, at + ".outcome", "string", name) is { } text)
            {
                outcome = ScenarioText.ParseOutcome(text);
                if (outcome is null)
                {
                    Add(at + ".outcome", name, $"unknown outcome '{text}'; expected eligible, ineligible, incomplete or needs-review", ScenarioErrorCode.UnknownOutcome, text);
                }
            }

            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            List<string> fails = Rules(e, "fails", at, name, policy, seen);
            List<string> passes = Rules(e, "passes", at, name, policy, seen);
            List<string> incomplete = Rules(e, "incomplete", at, name, policy, seen);
            List<string> notApplicable = Rules(e, "notApplicable", at, name, policy, seen);

            // A rule failing on an assumption also fails: it may be listed in 'fails' too, but not in another list.
            var failing = new Dictionary<string, string>(seen.Where(p => p.Value != "fails"), StringComparer.Ordinal);
            List<string> restsOnAssumption = Rules(e, "restsOnAssumption", at, name, policy, failing);

            decimal? min = null, max = null;
            if (e["score"] is { } scoreNode && Object(scoreNode, at + ".score", "score", name) is { } score)
            {
                Unknown(score, at + ".score", ScoreProperties, "'score'", name);
                min = score["min"] is { } mn ? Number(mn, at + ".score.min", name) : null;
                max = score["max"] is { } mx ? Number(mx, at + ".score.max", name) : null;
                if (score["min"] is null && score["max"] is null)
                {
                    Add(at + ".score", name, "give 'min', 'max' or both (inclusive)", ScenarioErrorCode.EmptyScoreRange);
                }
                else if (min > max)
                {
                    Add(at + ".score", name, string.Create(CultureInfo.InvariantCulture, $"the score range is reversed: min {min} is above max {max}"), ScenarioErrorCode.ReversedScoreRange, InvariantText(min), InvariantText(max));
                }
            }

            if (_errors.Count == errorsBefore && outcome is null && fails.Count + passes.Count + incomplete.Count + notApplicable.Count + restsOnAssumption.Count == 0 && min is null && max is null)
            {
                Add(at, name, "the case expects nothing; give an outcome, rules that fail or pass, or a score range", ScenarioErrorCode.ExpectsNothing);
            }

            return _errors.Count > errorsBefore ? null : new ScenarioExpectation(outcome, fails, passes, incomplete, notApplicable, min, max, restsOnAssumption);
        }

        private List<string> Rules(JsonObject e, string property, string at, string? name, PolicySet<EligibilityFacts>? policy, Dictionary<string, string> seen)
        {
            var result = new List<string>();
            if (!e.TryGetPropertyValue(property, out JsonNode? node))
            {
                return result;
            }

            string listAt = at + "." + property;
            if (Array(node, listAt, name) is not { } list)
            {
                return result;
            }

            for (int i = 0; i < list.Count; i++)
            {
                string itemAt = listAt + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                if (String(list[i], itemAt, "rule", name) is not { } reference)
                {
                    continue;
                }

                if (policy is not null && !policy.Versions.Any(v => v.Policy.Rules.Any(r => r.Id == reference || r.Code == reference)))
                {
                    string[] allCodes = [.. policy.Versions.SelectMany(v => v.Policy.Rules).Select(r => r.Code).Distinct(StringComparer.Ordinal)];
                    string codes = string.Join(", ", allCodes);
                    Add(itemAt, name, $"the policy '{policy.Id}' has no rule with the code or id '{reference}' (its codes: {codes})", ScenarioErrorCode.UnknownRule, [policy.Id, reference, .. allCodes]);
                    continue;
                }

                if (!seen.TryAdd(reference, property))
                {
                    Add(itemAt, name, $"'{reference}' is already listed in '{seen[reference]}'", ScenarioErrorCode.RuleListedTwice, reference, seen[reference]);
                    continue;
                }

                result.Add(reference);
            }

            return result;
        }

        private (string Full, string Display) Resolve(string path) => ResolvePath(baseDirectory, file, path);

        private static string Inside(string at, string path) => path == "$" ? at : at + path[1..];

        private void Unknown(JsonObject o, string at, string[] known, string where, string? name = null)
        {
            foreach ((string key, _) in o)
            {
                if (System.Array.IndexOf(known, key) < 0)
                {
                    Add(JsonPositions.Append(at, key), name, Expressions.Suggestions.UnknownProperty(key, known, where), ScenarioErrorCode.UnknownProperty, PolicyReader.UnknownPropertyArguments(key, known));
                }
            }
        }

        private string? String(JsonNode? node, string at, string expected = "string", string? name = null)
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                return v.GetValue<string>();
            }

            WrongType(node, at, expected, name);
            return null;
        }

        private JsonObject? Object(JsonNode? node, string at, string expected = "object", string? name = null)
        {
            if (node is JsonObject o)
            {
                return o;
            }

            WrongType(node, at, expected, name);
            return null;
        }

        private JsonArray? Array(JsonNode? node, string at, string? name = null)
        {
            if (node is JsonArray a)
            {
                return a;
            }

            WrongType(node, at, "array", name);
            return null;
        }

        private decimal? Number(JsonNode node, string at, string? name)
        {
            if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out decimal d))
            {
                return d;
            }

            WrongType(node, at, "number", name);
            return null;
        }

        private SolarHijriDate? Date(JsonNode node, string at, string? name = null)
        {
            if (String(node, at, "date", name) is not { } text)
            {
                return null;
            }

            Coop.Domain.Text.ParseResult<SolarHijriDate> read = CalendarConversion.ReadSolarHijriDay(text);
            if (read.TryGetValue(out SolarHijriDate day))
            {
                return day;
            }

            _errors.Add(Error(at, name, $"invalid date '{text}': {read.Error?.Message}", ScenarioErrorCode.InvalidDate, text) with { DateError = read.Error });
            return null;
        }

        /// <summary>"wrong type: expected …, found …", for what was expected (a <see cref="ScenarioErrorCode.WrongType"/> token) and the value found.</summary>
        private void WrongType(JsonNode? node, string at, string expected, string? name)
        {
            string english = expected switch
            {
                "string" => "a string",
                "object" => "an object",
                "array" => "an array",
                "number" => "a number",
                "case" => "an object (a case)",
                "date" => "a Solar Hijri date such as \"1404/06/15\"",
                "rule" => "a rule code or id",
                "score" => "an object such as { \"min\": 10, \"max\": 20 }",
                "policy-files" => "a string (a policy file) or an array of policy files",
                "policy-id" => "a string (the id of a policy, e.g. 'cdb-employment-facility')",
                "cooperative-file-or-object" => "a string (a cooperative file) or an object (a cooperative)",
                "application-or-null" => "an object (a facility application) or null",
                _ => expected,
            };
            Add(at, name, $"wrong type: expected {english}, found {JsonMergePatch.KindWithArticle(node)}", ScenarioErrorCode.WrongType, expected, JsonMergePatch.Kind(node));
        }

        private static string[] NotInForce(PolicySet<EligibilityFacts> policy, SolarHijriDate date) =>
        [
            policy.Id, date.ToString(),
            .. policy.Versions.SelectMany(v => new[]
            {
                v.Policy.Version.ToString(CultureInfo.InvariantCulture), v.Policy.EffectiveFrom.ToString(), v.Policy.EffectiveTo?.ToString() ?? string.Empty,
            }),
        ];

        private static string InvariantText(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

        private void Add(string at, string? name, string message, ScenarioErrorCode code, params string[] arguments) => _errors.Add(Error(at, name, message, code, arguments));

        private ScenarioError Error(string at, string? name, string message, ScenarioErrorCode code, params string[] arguments) =>
            (positions.TryGetValue(at, out (int Line, int Column) p)
                ? new ScenarioError(file, name, at, p.Line, p.Column, message)
                : new ScenarioError(file, name, at, null, null, message)).With(code, arguments);
    }
}
