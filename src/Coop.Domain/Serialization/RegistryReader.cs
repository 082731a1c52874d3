using System.Runtime.CompilerServices;
using System.Text.Json;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads a registry file (docs/registry-format.md): JSON Lines, UTF-8, a header object on line 1, then one
/// <see cref="Cooperative"/> per line. Streams in bounded memory; every bad line is reported with its line
/// number, JSON path and column while the good ones still load.
/// </summary>
/// <remarks>
/// <para>
/// Every non-blank line gives exactly one <see cref="RegistryRecord"/>, so good + bad = non-blank lines. An
/// empty file gives one error (line 1). A first line that is not a valid header is an error of line 1 and is
/// not read as a cooperative; the lines after it are still read. A second header later in the file is an
/// error of its line. When the header gives a <c>count</c> and a different number of lines follow it, one
/// more error (not a line: <see cref="RegistryRecord.IsLine"/> is false) says the file may be truncated. Binary input (a NUL byte) is reported once and reading stops; an over-long line is
/// reported and skipped (<see cref="JsonLinesOptions.MaxLineBytes"/>).
/// </para>
/// <para>A cooperative that breaks the model's invariants is an error listing every violation (<see cref="JsonLineError.Violations"/>).</para>
/// </remarks>
public static class RegistryReader
{
    private static readonly byte[] s_formatProperty = "format"u8.ToArray();

    /// <summary>Reads the registry in <paramref name="stream"/> line by line; only the current line is held.</summary>
    /// <param name="stream">A readable stream of UTF-8 text; not disposed.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>One record per non-blank line (or one error for an empty file), in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IEnumerable<RegistryRecord> Read(Stream stream, JsonLinesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, options ?? JsonLinesOptions.Default);
    }

    /// <summary>Reads the registry in <paramref name="stream"/> line by line, asynchronously.</summary>
    /// <param name="stream">A readable stream of UTF-8 text; not disposed.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    /// <returns>One record per non-blank line (or one error for an empty file), in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IAsyncEnumerable<RegistryRecord> ReadAsync(Stream stream, JsonLinesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsyncIterator(stream, options ?? JsonLinesOptions.Default, cancellationToken);
    }

    /// <summary>Loads a whole registry: the cooperatives that loaded and every error.</summary>
    /// <param name="stream">A readable stream of UTF-8 text; not disposed.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The header, cooperatives and errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static RegistryLoadResult Load(Stream stream, JsonLinesOptions? options = null)
    {
        var collector = new Collector();
        foreach (RegistryRecord record in Read(stream, options))
        {
            collector.Add(record);
        }

        return collector.Result();
    }

    /// <summary>Loads a whole registry asynchronously.</summary>
    /// <param name="stream">A readable stream of UTF-8 text; not disposed.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    /// <returns>The header, cooperatives and errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static async Task<RegistryLoadResult> LoadAsync(Stream stream, JsonLinesOptions? options = null, CancellationToken cancellationToken = default)
    {
        var collector = new Collector();
        await foreach (RegistryRecord record in ReadAsync(stream, options, cancellationToken).ConfigureAwait(false))
        {
            collector.Add(record);
        }

        return collector.Result();
    }

    /// <summary>Loads the registry file at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>The header, cooperatives and errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static RegistryLoadResult LoadFile(string path, JsonLinesOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream, options);
    }

    private static IEnumerable<RegistryRecord> ReadIterator(Stream stream, JsonLinesOptions options)
    {
        var state = new LineState();
        foreach (RegistryRecord record in JsonLinesReader.ReadLines(stream, options, state.Parse, state.Fail))
        {
            state.Saw(record);
            yield return record;
        }

        if (!state.Seen)
        {
            yield return EmptyFile();
        }
        else if (state.CountMismatch() is { } mismatch)
        {
            yield return mismatch;
        }
    }

    private static async IAsyncEnumerable<RegistryRecord> ReadAsyncIterator(Stream stream, JsonLinesOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = new LineState();
        await foreach (RegistryRecord record in JsonLinesReader.ReadLinesAsync(stream, options, state.Parse, state.Fail, cancellationToken).ConfigureAwait(false))
        {
            state.Saw(record);
            yield return record;
        }

        if (!state.Seen)
        {
            yield return EmptyFile();
        }
        else if (state.CountMismatch() is { } mismatch)
        {
            yield return mismatch;
        }
    }

    private static RegistryRecord EmptyFile() =>
        RegistryRecord.ForFileProblem(new JsonLineError(1, null, null,
            "the file is empty: a registry starts with a header line {\"format\":\"coop-registry\",\"version\":1,…}") { IsMalformed = true });

    internal static RegistryRecord ParseHeader(ReadOnlySpan<byte> line, long lineNumber)
    {
        // Without a valid header nothing after it can be trusted: every header problem marks the file damaged.
        RegistryRecord record = ReadHeader(line, lineNumber);
        return record.Error is { IsMalformed: false } error ? RegistryRecord.ForError(error with { IsMalformed = true }) : record;
    }

    private static RegistryRecord ReadHeader(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (!StartsWithObject(line, out bool hasFormat))
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                "missing header: the first line of a registry must be the header object {\"format\":\"coop-registry\",\"version\":1,…}"));
        }

        if (!hasFormat)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                "missing header: the first line has no \"format\" property; a registry starts with {\"format\":\"coop-registry\",\"version\":1,…}"));
        }

        JsonLine<RegistryHeader> parsed = JsonLinesReader.Deserialize(line, lineNumber, CoopJsonContext.Default.RegistryHeader);
        if (!parsed.IsSuccess)
        {
            JsonLineError e = parsed.Error!;
            return RegistryRecord.ForError(e with { Message = "invalid registry header: " + e.Message });
        }

        RegistryHeader header = parsed.Value!;
        if (!string.Equals(header.Format, RegistryHeader.FormatName, StringComparison.Ordinal))
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.format", null,
                $"not a coop registry: the header's format is \"{header.Format}\", expected \"{RegistryHeader.FormatName}\""));
        }

        if (header.Version != RegistryHeader.CurrentVersion)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.version", null,
                $"unsupported registry version {header.Version}: this library reads version {RegistryHeader.CurrentVersion}"));
        }

        return RegistryRecord.ForHeader(lineNumber, header);
    }

    internal static RegistryRecord ParseCooperative(ReadOnlySpan<byte> line, long lineNumber)
    {
        bool isObject = StartsWithObject(line, out bool hasFormat, out JsonTokenType first);
        if (isObject && hasFormat)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.format", null,
                "a header line is allowed only as the first line of a registry") { IsMalformed = true });
        }

        if (!isObject && first != JsonTokenType.None)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                $"the line is a JSON {Describe(first)}, not a cooperative object {{\"name\":…}}") { IsMalformed = true });
        }

        JsonLine<Cooperative> parsed = JsonLinesReader.Deserialize(line, lineNumber, CoopJsonContext.Default.Cooperative);
        if (parsed.IsSuccess)
        {
            return RegistryRecord.ForCooperative(lineNumber, parsed.Value!);
        }

        JsonLineError error = parsed.Error!;
        return error.Message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
            || error.Message.Contains("end of data", StringComparison.Ordinal)
            ? RegistryRecord.ForError(error with { Message = error.Message + " The line ends inside the record: it is truncated." })
            : RegistryRecord.ForError(error);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    // Whether the line is a JSON object, and whether its first property is "format" (the header's mark).
    private static bool StartsWithObject(ReadOnlySpan<byte> line, out bool hasFormat) => StartsWithObject(line, out hasFormat, out _);

    // first: the first token, or None when the line does not even begin as JSON.
    private static bool StartsWithObject(ReadOnlySpan<byte> line, out bool hasFormat, out JsonTokenType first)
    {
        hasFormat = false;
        first = JsonTokenType.None;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            first = reader.TokenType;
            if (first != JsonTokenType.StartObject)
            {
                return false;
            }

            hasFormat = reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(s_formatProperty);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private sealed class LineState
    {
        private bool _headerRead;
        private RegistryHeader? _header;
        private long _after;
        private long _lastLine;

        public bool Seen { get; private set; }

        public void Saw(RegistryRecord record)
        {
            Seen = true;
            _lastLine = record.Line;
            if (record.Header is { } header)
            {
                _header = header;
            }
            else
            {
                _after++;
            }
        }

        // A file cut at a line boundary parses cleanly; the header's count is what reveals it.
        public RegistryRecord? CountMismatch() =>
            _header?.Count is { } promised && promised != _after
                ? RegistryRecord.ForFileProblem(new JsonLineError(_lastLine + 1, null, null, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"the header promises {promised} cooperatives but {_after} lines follow it: the file may be truncated or appended to"))
                {
                    IsMalformed = true,
                })
                : null;

        public RegistryRecord Parse(ReadOnlySpan<byte> line, long lineNumber)
        {
            if (_headerRead)
            {
                return ParseCooperative(line, lineNumber);
            }

            _headerRead = true;
            return ParseHeader(line, lineNumber);
        }

        // A line the splitter rejected (over-long, binary) still takes the header's place when it comes first.
        public RegistryRecord Fail(JsonLineError error)
        {
            _headerRead = true;
            return RegistryRecord.ForError(error);
        }
    }

    private sealed class Collector
    {
        private readonly List<Cooperative> _cooperatives = [];
        private readonly List<JsonLineError> _errors = [];
        private RegistryHeader? _header;
        private long _lines;

        public void Add(RegistryRecord record)
        {
            if (record.Error is { } error)
            {
                _errors.Add(error);
                _lines += record.IsLine ? 1 : 0;
                return;
            }

            _lines++;
            if (record.Header is { } header)
            {
                _header = header;
            }
            else
            {
                _cooperatives.Add(record.Cooperative!);
            }
        }

        public RegistryLoadResult Result() => new(_header, _cooperatives, _errors, _lines);
    }
}
