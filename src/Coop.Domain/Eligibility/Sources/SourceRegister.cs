using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Unicode;
using Coop.Domain.Eligibility.Policies;

namespace Coop.Domain.Eligibility.Sources;

/// <summary>
/// The register of sources policies rest on (docs/sources.md): laws, by-laws, circulars, their rewrites, reported
/// practice and this project's own assumptions, each with a stable id, the passage read and its
/// <see cref="SourceStanding"/>. Policies name entries by id in their <c>sources</c> lists; a policy is checked against
/// a register with <see cref="PolicyBasis.Of"/> and compiled against one by <see cref="CompiledPolicy{TRoot}"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The file format is JSON (comments and trailing commas allowed, at most 4 MiB): <c>{ "sources": [ { "id", "title":
/// { "fa", "en" }, "article", "quote", "where": { "publisher", "url", "page" }, "read": "2026-12-05", "standing",
/// "note": { "en", "fa" } } ] }</c>; its JSON Schema is <see cref="ExportJsonSchema"/> (committed as
/// <c>seeds/sources/sources.schema.json</c>). Reading collects every error with its JSON path, line and column: a
/// missing or blank required field, an id that is not kebab-case or is used twice, an unknown standing, a missing quote
/// (only an assumption may quote nothing), a bad URL or day, an unknown property.
/// </remarks>
public sealed class SourceRegister
{
    /// <summary>The largest register file accepted: 4 MiB.</summary>
    public const int MaxBytes = PolicyFile.MaxBytes;

    private const string ShippedResource = "Coop.Domain.Sources.sources.json";

    private static readonly Lazy<SourceRegister> s_shipped = new(LoadShipped);

    private readonly Dictionary<string, Source> _byId;

    /// <summary>Creates a register from its entries.</summary>
    /// <param name="sources">The entries, in the order to list them; ids unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two entries have the same id.</exception>
    public SourceRegister(IEnumerable<Source> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        Source[] list = [.. sources];
        _byId = new Dictionary<string, Source>(list.Length, StringComparer.Ordinal);
        foreach (Source source in list)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            if (!_byId.TryAdd(source.Id, source))
            {
                throw new ArgumentException($"The source id '{source.Id}' appears twice in the register.", nameof(sources));
            }
        }

        Sources = list;
    }

    /// <summary>A register with no entry.</summary>
    public static SourceRegister Empty { get; } = new([]);

    /// <summary>
    /// The register shipped inside this package (a copy of the repository's <c>seeds/sources/sources.json</c>), which
    /// the shipped policies cite. Read on first use.
    /// </summary>
    /// <exception cref="InvalidOperationException">The embedded register does not read (a defect of the package).</exception>
    public static SourceRegister Shipped => s_shipped.Value;

    /// <summary>The entries, in register order.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The number of entries.</summary>
    public int Count => Sources.Count;

    /// <summary>The entry with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">No entry has that id.</exception>
    public Source this[string id] => TryGet(id, out Source? source)
        ? source
        : throw new KeyNotFoundException($"The source register has no entry '{id}'.");

    /// <summary>Whether an entry has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when the register has it.</returns>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>The entry with an id, when there is one.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The entry, when found.</param>
    /// <returns>Whether the register has the id.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Source? source)
    {
        source = null;
        return id is not null && _byId.TryGetValue(id, out source);
    }

    /// <summary>A register with the entries of this one followed by those of <paramref name="other"/> (e.g. the shipped register and an organisation's own).</summary>
    /// <param name="other">The other register.</param>
    /// <returns>The combined register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is in both.</exception>
    public SourceRegister Combine(SourceRegister other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SourceRegister(Sources.Concat(other.Sources));
    }

    /// <summary>Reads a register from UTF-8 JSON bytes, collecting every error.</summary>
    /// <param name="utf8Json">The file's bytes (a UTF-8 byte order mark is allowed).</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The register, or the errors found (never both).</returns>
    public static SourceRegisterReadResult Read(ReadOnlySpan<byte> utf8Json, string? file = null)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        (string? problem, PolicyErrorCode code) =
            utf8Json.Length > MaxBytes ? ($"the file is {utf8Json.Length} bytes; the limit is {MaxBytes} bytes (4 MiB)", PolicyErrorCode.FileTooLarge)
            : utf8Json.Trim(" \t\r\n"u8).IsEmpty ? ("the file is empty; expected a JSON object with a 'sources' array", PolicyErrorCode.EmptyFile)
            : utf8Json.Contains((byte)0) || !Utf8.IsValid(utf8Json) ? ("the file is not UTF-8 text (it looks binary); expected a JSON source register", PolicyErrorCode.NotText)
            : (null, PolicyErrorCode.Unspecified);
        if (problem is not null)
        {
            return new SourceRegisterReadResult(null, [new PolicyError(file, "$", null, null, problem).With(
                code, code == PolicyErrorCode.FileTooLarge ? new[] { Invariant(MaxBytes), Invariant(utf8Json.Length) } : Array.Empty<string>())]);
        }

        SourceRegisterDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, SourceJsonContext.Default.SourceRegisterDto);
        }
        catch (JsonException e)
        {
            // An unknown property or a wrong type: walk the document to list every such error, not only the first.
            return new SourceRegisterReadResult(
                null,
                PolicyShape.ShapeErrors(utf8Json, file, SourceJsonContext.Default, SourceJsonContext.Default.SourceRegisterDto)
                    ?? [PolicyReader.FromJsonException(e, file)]);
        }

        if (dto is null)
        {
            return new SourceRegisterReadResult(null, [new PolicyError(file, "$", 1, 1, "the document is null; expected a JSON object with a 'sources' array").With(PolicyErrorCode.NullDocument)]);
        }

        return new SourceRegisterReader(file, JsonPositions.Map(utf8Json)).Read(dto);
    }

    /// <summary>Reads a register from JSON text, collecting every error.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The register, or the errors found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SourceRegisterReadResult Read(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), file);
    }

    /// <summary>Reads a register from a stream (to its end, at most <see cref="MaxBytes"/>), collecting every error.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register, or the errors found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SourceRegisterReadResult> ReadAsync(Stream stream, string? file = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return new SourceRegisterReadResult(null, [new PolicyError(file, "$", null, null, $"the register is larger than the limit of {MaxBytes} bytes (4 MiB)").With(PolicyErrorCode.FileTooLarge, Invariant(MaxBytes))]);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file);
    }

    /// <summary>Reads a register file, collecting every error; a missing, unreadable or oversized file is an error, not an exception.</summary>
    /// <param name="path">The file's path; it is also the name used in errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SourceRegisterReadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            if (Directory.Exists(path))
            {
                return Failure(path, "this is a folder, not a file", PolicyErrorCode.NotAFile);
            }

            if (!File.Exists(path))
            {
                return Failure(path, "the file does not exist", PolicyErrorCode.FileNotFound);
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return await ReadAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return Failure(path, "the file cannot be read: " + e.Message, PolicyFile.UnreadableCode(path), Text.IoFailure.Arguments(e, path));
        }
    }

    /// <summary>Reads a register file synchronously (see <see cref="ReadFileAsync"/>).</summary>
    /// <param name="path">The file's path; it is also the name used in errors.</param>
    /// <returns>The register, or the errors found.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static SourceRegisterReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            string? problem = Serialization.BoundedFile.TryRead(path, MaxBytes, "4 MiB", out byte[]? bytes);
            return problem is null ? Read(bytes!, path) : new SourceRegisterReadResult(null, [PolicyFile.FileProblem(path, problem)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return Failure(path, "the file cannot be read: " + e.Message, PolicyFile.UnreadableCode(path), Text.IoFailure.Arguments(e, path));
        }
    }

    /// <summary>Loads a register file, throwing when it has errors.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="SourceRegisterException">The file is missing, unreadable or has errors; every error is listed.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<SourceRegister> LoadFileAsync(string path, CancellationToken cancellationToken = default) =>
        (await ReadFileAsync(path, cancellationToken).ConfigureAwait(false)).GetRegisterOrThrow();

    /// <summary>Loads a register from a stream, throwing when it has errors.</summary>
    /// <param name="stream">The stream; it is read, not closed.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="SourceRegisterException">The register has errors; every error is listed.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static async Task<SourceRegister> LoadAsync(Stream stream, string? file = null, CancellationToken cancellationToken = default) =>
        (await ReadAsync(stream, file, cancellationToken).ConfigureAwait(false)).GetRegisterOrThrow();

    /// <summary>Parses a register from JSON text, throwing when it has errors.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name to put in errors, or null.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SourceRegisterException">The text has errors; every error is listed.</exception>
    public static SourceRegister Parse(string json, string? file = null) => Read(json, file).GetRegisterOrThrow();

    /// <summary>The JSON Schema of register files (committed as <c>seeds/sources/sources.schema.json</c>).</summary>
    /// <returns>The schema as indented JSON text with a trailing newline.</returns>
    public static string ExportJsonSchema() =>
        SchemaAnnotations.Export(SourceJsonContext.Default, typeof(SourceRegisterDto), "Coop.Domain source register", "The sources policies rest on: see docs/sources.md.");

    private static SourceRegisterReadResult Failure(string path, string message, PolicyErrorCode code, params string[] arguments) =>
        new(null, [new PolicyError(path, "$", null, null, message).With(code, arguments)]);

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static SourceRegister LoadShipped()
    {
        using Stream stream = typeof(SourceRegister).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The package has no embedded source register ({ShippedResource}).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        SourceRegisterReadResult result = Read(buffer.ToArray(), "(embedded) seeds/sources/sources.json");
        return result.Register ?? throw new InvalidOperationException(
            "The source register embedded in the package does not read:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
    }
}
