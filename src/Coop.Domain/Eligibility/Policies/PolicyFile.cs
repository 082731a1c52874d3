using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Coop.Domain.Eligibility.Policies;

/// <summary>
/// Reads policy files: JSON with comments and trailing commas, validated into a <see cref="Policy"/>.
/// Every problem is collected as a <see cref="PolicyError"/> with its JSON path, line and column
/// (docs/policies.md). Expressions are checked for syntax here; field names, types and parameter references
/// are checked when the policy is compiled against a fact schema (<see cref="CompiledPolicy{TRoot}"/>).
/// </summary>
public static class PolicyFile
{
    /// <summary>The largest policy file accepted: 4 MiB.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting accepted: 64.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The most rules, parameters or scoring terms a policy may have, each: 1,000 (the shipped policies have a dozen).
    /// With each expression bounded by <see cref="Expressions.ExpressionLimits"/>, this bounds the memory one evaluation
    /// takes (its rule results, trace and compiled code), whatever the registry's size.
    /// </summary>
    public const int MaxItems = 1_000;

    /// <summary>Reads a policy from UTF-8 JSON bytes, collecting every error.</summary>
    /// <param name="utf8Json">The file's bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The policy, or the errors found (never both).</returns>
    public static PolicyReadResult Read(ReadOnlySpan<byte> utf8Json, string? file = null)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        (string? problem, PolicyErrorCode code) =
            utf8Json.Length > MaxBytes ? ($"the file is {utf8Json.Length} bytes; the limit is {MaxBytes} bytes (4 MiB)", PolicyErrorCode.FileTooLarge)
            : utf8Json.Trim(" \t\r\n"u8).IsEmpty ? ("the file is empty; expected a JSON policy object", PolicyErrorCode.EmptyFile)
            : utf8Json.Contains((byte)0) || !Utf8.IsValid(utf8Json) ? ("the file is not UTF-8 text (it looks binary); expected a JSON policy object", PolicyErrorCode.NotText)
            : (null, PolicyErrorCode.Unspecified);
        if (problem is not null)
        {
            return new PolicyReadResult(null, [new PolicyError(file, "$", null, null, problem).With(
                code, code == PolicyErrorCode.FileTooLarge ? new[] { Invariant(MaxBytes), Invariant(utf8Json.Length) } : Array.Empty<string>())]);
        }

        PolicyFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, PolicyJsonContext.Default.PolicyFileDto);
        }
        catch (JsonException e)
        {
            // Not the JSON syntax but its shape (an unknown property, a wrong type): look again to list every error.
            return new PolicyReadResult(null, PolicyShape.ReadAll(utf8Json, file) ?? [PolicyReader.FromJsonException(e, file)]);
        }

        if (dto is null)
        {
            return new PolicyReadResult(null, [new PolicyError(file, "$", 1, 1, "the document is null; expected a JSON policy object").With(PolicyErrorCode.NullDocument)]);
        }

        return new PolicyReader(file, JsonPositions.Map(utf8Json)).Read(dto);
    }

    /// <summary>Reads a policy from JSON text, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The policy, or the errors found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static PolicyReadResult Read(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), file);
    }

    /// <summary>Reads a policy file, collecting every error; an unreadable or oversized file is an error, not an exception.</summary>
    /// <param name="path">The file's path; it is also the name used in errors.</param>
    /// <returns>The policy, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static PolicyReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            string? problem = Serialization.BoundedFile.TryRead(path, MaxBytes, "4 MiB", out byte[]? bytes);
            return problem is null
                ? Read(bytes!, path)
                : new PolicyReadResult(null, [FileProblem(path, problem)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new PolicyReadResult(null, [new PolicyError(path, "$", null, null, "the file cannot be read: " + e.Message).With(UnreadableCode(path), Text.IoFailure.Arguments(e, path))]);
        }
    }

    /// <summary>
    /// Reads a policy from a stream asynchronously (to its end, at most <see cref="MaxBytes"/>), collecting every error.
    /// Only asynchronous reads are made, so it may be given an ASP.NET Core request body; the result is the same as
    /// <see cref="Read(ReadOnlySpan{byte}, string?)"/> on the same bytes.
    /// </summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The policy, or the errors found (an oversized stream is an error).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (also when <paramref name="cancellationToken"/> is already cancelled).</exception>
    public static async Task<PolicyReadResult> ReadAsync(Stream stream, string? file = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (string? problem, byte[]? bytes) = await Serialization.BoundedFile.TryReadAsync(stream, 0, MaxBytes, "4 MiB", cancellationToken).ConfigureAwait(false);
        return problem is null
            ? Read(bytes!, file)
            : new PolicyReadResult(null, [new PolicyError(file, "$", null, null, problem).With(PolicyErrorCode.FileTooLarge, Invariant(MaxBytes))]);
    }

    /// <summary>
    /// Reads a policy file asynchronously, collecting every error; a missing, unreadable or oversized file, or a folder,
    /// is an error, not an exception. The result and errors are those of <see cref="ReadFile"/>.
    /// </summary>
    /// <param name="path">The file's path; it is also the name used in errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The policy, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled (also when <paramref name="cancellationToken"/> is already cancelled).</exception>
    public static async Task<PolicyReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            (string? problem, byte[]? bytes) = await Serialization.BoundedFile.TryReadAsync(path, MaxBytes, "4 MiB", cancellationToken).ConfigureAwait(false);
            return problem is null
                ? Read(bytes!, path)
                : new PolicyReadResult(null, [FileProblem(path, problem)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return new PolicyReadResult(null, [new PolicyError(path, "$", null, null, "the file cannot be read: " + e.Message).With(UnreadableCode(path), Text.IoFailure.Arguments(e, path))]);
        }
    }

    /// <summary>Reads a policy from JSON text, throwing when it has errors.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyLoadException">The text has errors; <see cref="PolicyLoadException.Errors"/> lists them all.</exception>
    public static Policy Parse(string json, string? file = null) => Read(json, file).GetPolicyOrThrow();

    /// <summary>The JSON Schema of policy files, exported from the file format's types (committed as seeds/policies/policy.schema.json).</summary>
    /// <returns>The schema as indented JSON text with a trailing newline.</returns>
    public static string ExportJsonSchema() =>
        SchemaAnnotations.Export(PolicyJsonContext.Default, typeof(PolicyFileDto), "Coop.Domain eligibility policy", "An eligibility policy as data: see docs/policies.md.");

    /// <summary>A problem <see cref="Serialization.BoundedFile"/> found (a folder, no file, over the limit), with its code from the file system, not from its text.</summary>
    internal static PolicyError FileProblem(string path, string problem) =>
        Directory.Exists(path) ? new PolicyError(path, "$", null, null, problem).With(PolicyErrorCode.NotAFile)
        : !File.Exists(path) ? new PolicyError(path, "$", null, null, problem).With(PolicyErrorCode.FileNotFound)
        : new PolicyError(path, "$", null, null, problem).With(PolicyErrorCode.FileTooLarge, Invariant(MaxBytes));

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static PolicyErrorCode UnreadableCode(string path) =>
        File.Exists(path) || Directory.Exists(path) ? PolicyErrorCode.FileUnreadable : PolicyErrorCode.FileNotFound;
}
