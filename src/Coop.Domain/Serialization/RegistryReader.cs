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
/// <para>A cooperative whose national ID or registration number an earlier line already has is a duplicate: an error of
/// its line naming the first, and skipped (the first line wins). The reader keeps those keys, a few dozen bytes per
/// cooperative. A line that is not UTF-8 (e.g. Windows-1256) is malformed and says so; a text value holding a control
/// character (<c>\u0000</c>, <c>\n</c>, …) is an invalid record. A property given twice in one object is an error.</para>
/// </remarks>
public static class RegistryReader
{
    private static readonly byte[] s_formatProperty = "format"u8.ToArray();

    // The first item is the header's place (a line the splitter rejected, over-long or binary, takes it too); every
    // other line is a cooperative. Parsing keeps no state, so lines may be parsed in parallel; duplicates are found
    // afterwards, in file order.
    private static readonly LineParser<RegistryRecord> s_parse = (line, lineNumber, first) =>
        first ? ParseHeader(line, lineNumber) : ParseCooperative(line, lineNumber);

    private static readonly Func<JsonLineError, RegistryRecord> s_fail = RegistryRecord.ForError;

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
        foreach (RegistryRecord parsed in JsonLinesReader.ReadLines(stream, options, s_parse, s_fail))
        {
            RegistryRecord record = state.FirstOfItsKind(parsed);
            state.Saw(record);
            if (record.IsLine && Diagnostics.CoopDomainTelemetry.RegistryEnabled)
            {
                Diagnostics.CoopDomainTelemetry.RecordRegistryLine(record.Error is not null);
            }

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
        await foreach (RegistryRecord parsed in JsonLinesReader.ReadLinesAsync(stream, options, s_parse, s_fail, cancellationToken).ConfigureAwait(false))
        {
            RegistryRecord record = state.FirstOfItsKind(parsed);
            state.Saw(record);
            if (record.IsLine && Diagnostics.CoopDomainTelemetry.RegistryEnabled)
            {
                Diagnostics.CoopDomainTelemetry.RecordRegistryLine(record.Error is not null);
            }

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
            "the file is empty: a registry starts with a header line {\"format\":\"coop-registry\",\"version\":1,…}") { IsMalformed = true, Code = JsonLineErrorCode.EmptyFile });

    internal static RegistryRecord ParseHeader(ReadOnlySpan<byte> line, long lineNumber)
    {
        // Without a valid header nothing after it can be trusted: every header problem marks the file damaged.
        RegistryRecord record = TextProblem(line, lineNumber) ?? ReadHeader(line, lineNumber);
        return record.Error is { IsMalformed: false } error ? RegistryRecord.ForError(error with { IsMalformed = true }) : record;
    }

    private static RegistryRecord ReadHeader(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (!StartsWithObject(line, out bool hasFormat))
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                "missing header: the first line of a registry must be the header object {\"format\":\"coop-registry\",\"version\":1,…}") { Code = JsonLineErrorCode.MissingHeader });
        }

        if (!hasFormat)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                "missing header: the first line has no \"format\" property; a registry starts with {\"format\":\"coop-registry\",\"version\":1,…}") { Code = JsonLineErrorCode.HeaderWithoutFormat });
        }

        JsonLine<RegistryHeader> parsed = JsonLinesReader.Deserialize(line, lineNumber, CoopJsonContext.Default.RegistryHeader);
        if (!parsed.IsSuccess)
        {
            JsonLineError e = parsed.Error!;
            return RegistryRecord.ForError(e with { Message = "invalid registry header: " + e.Message, InHeader = true });
        }

        RegistryHeader header = parsed.Value!;
        if (!string.Equals(header.Format, RegistryHeader.FormatName, StringComparison.Ordinal))
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.format", null,
                $"not a coop registry: the header's format is \"{header.Format}\", expected \"{RegistryHeader.FormatName}\"")
            {
                Code = JsonLineErrorCode.NotARegistry,
                Arguments = [header.Format, RegistryHeader.FormatName],
            });
        }

        if (header.Version != RegistryHeader.CurrentVersion)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.version", null,
                $"unsupported registry version {header.Version}: this library reads version {RegistryHeader.CurrentVersion}")
            {
                Code = JsonLineErrorCode.UnsupportedVersion,
                Arguments = [header.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), RegistryHeader.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            });
        }

        return RegistryRecord.ForHeader(lineNumber, header);
    }

    internal static RegistryRecord ParseCooperative(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (TextProblem(line, lineNumber) is { } problem)
        {
            return problem;
        }

        bool isObject = StartsWithObject(line, out bool hasFormat, out JsonTokenType first);
        if (isObject && hasFormat)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$.format", null,
                "a header line is allowed only as the first line of a registry") { IsMalformed = true, Code = JsonLineErrorCode.MisplacedHeader });
        }

        if (!isObject && first != JsonTokenType.None)
        {
            return RegistryRecord.ForError(new JsonLineError(lineNumber, "$", 1,
                $"the line is a JSON {Describe(first)}, not a cooperative object {{\"name\":…}}") { IsMalformed = true, Code = JsonLineErrorCode.NotAnObject, Arguments = [Describe(first)] });
        }

        // A clean line is read straight off its bytes; any other goes through the serializer, which words the error.
        if (CooperativeFastReader.TryRead(line) is { } cooperative)
        {
            return RegistryRecord.ForCooperative(lineNumber, cooperative);
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

    /// <summary>
    /// A line that is not UTF-8 (a Windows-1256 file, typically) is damaged, and says so; a text value holding a control
    /// character (written as an escape such as <c>\u0000</c> or <c>\n</c>, the only way JSON can hold one) is an invalid
    /// record: no registry text needs one, and a NUL, tab or line break would corrupt CSV and table output.
    /// </summary>
    private static RegistryRecord? TextProblem(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            int at = FirstInvalidUtf8(line);
            return RegistryRecord.ForError(new JsonLineError(lineNumber, null, at + 1, string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"the line is not UTF-8 text (byte 0x{line[at]:X2} at column {at + 1}): a registry is UTF-8; a file saved as Windows-1256 (Arabic/Persian ANSI) looks like this — convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8"))
            {
                IsMalformed = true,
                Code = JsonLineErrorCode.NotUtf8,
                Arguments = [line[at].ToString("X2", System.Globalization.CultureInfo.InvariantCulture), (at + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)],
            });
        }

        for (int i = line.IndexOf((byte)'\\'); i >= 0 && i + 1 < line.Length; i = NextEscape(line, i + 2))
        {
            byte next = line[i + 1];
            int code = next switch
            {
                (byte)'b' => 0x08,
                (byte)'f' => 0x0C,
                (byte)'n' => 0x0A,
                (byte)'r' => 0x0D,
                (byte)'t' => 0x09,
                (byte)'u' when i + 5 < line.Length && System.Buffers.Text.Utf8Parser.TryParse(line.Slice(i + 2, 4), out ushort hex, out int used, 'X') && used == 4 => hex,
                _ => -1,
            };
            if (code is >= 0 and < 0x20 or >= 0x7F and <= 0x9F)
            {
                return RegistryRecord.ForError(new JsonLineError(lineNumber, null, i + 1, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"a text value holds the control character U+{code:X4} (column {i + 1}): registry text may not contain control characters (a NUL, tab or line break would corrupt CSV and table output); the record is skipped"))
                {
                    Code = JsonLineErrorCode.ControlCharacter,
                    Arguments = [code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                });
            }
        }

        return null;
    }

    // The next backslash at or after from; an escaped backslash (\\) was skipped whole by the caller's i + 2.
    private static int NextEscape(ReadOnlySpan<byte> line, int from)
    {
        if (from >= line.Length)
        {
            return -1;
        }

        int hit = line[from..].IndexOf((byte)'\\');
        return hit < 0 ? -1 : from + hit;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> line)
    {
        int at = 0;
        while (at < line.Length)
        {
            System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(line[at..], out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return 0;
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
        private readonly DuplicateIndex _nationalIds = new();
        private readonly DuplicateIndex _registrationNumbers = new();
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
                    Code = JsonLineErrorCode.CountMismatch,
                    Arguments = [promised.ToString(System.Globalization.CultureInfo.InvariantCulture), _after.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                })
                : null;


        // One cooperative, one line: a later line with a national ID or registration number already seen is a duplicate,
        // reported and skipped, so nothing is counted, evaluated or funded twice (the first line wins). Only the keys
        // are kept, packed into numbers (DuplicateIndex): about 60 bytes per cooperative.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public RegistryRecord FirstOfItsKind(RegistryRecord record)
        {
            if (record.Cooperative is not { } cooperative)
            {
                return record;
            }

            string nationalId = cooperative.NationalId.Value;
            string registration = cooperative.RegistrationNumber.Value;
            (string Path, string What, string Value, long First)? duplicate =
                _nationalIds.TryGetFirst(nationalId, out long first) ? ("$.nationalId", "national ID", nationalId, first)
                : _registrationNumbers.TryGetFirst(registration, out first) ? ("$.registrationNumber", "registration number", registration, first)
                : null;
            if (duplicate is { } d)
            {
                return RegistryRecord.ForError(new JsonLineError(record.Line, d.Path, null, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"duplicate cooperative: {d.What} {d.Value} is already on line {d.First}; this line is skipped (the first line wins)"))
                {
                    Code = JsonLineErrorCode.DuplicateCooperative,
                    Arguments = [d.Path[2..], d.Value, d.First.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                });
            }

            _nationalIds.Add(nationalId, record.Line);
            _registrationNumbers.Add(registration, record.Line);
            return record;
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
