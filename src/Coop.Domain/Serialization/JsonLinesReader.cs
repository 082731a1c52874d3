using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Coop.Domain.Model;

namespace Coop.Domain.Serialization;

/// <summary>
/// Streams a JSON Lines file (one JSON value per line, UTF-8) into typed records, in bounded memory.
/// A bad line is reported with its line number, JSON path and column, and reading goes on with the
/// next line: good records still load and nothing is silently dropped.
/// </summary>
/// <remarks>
/// <para>
/// Blank lines are skipped; a UTF-8 byte-order mark and CR before LF are tolerated. A line longer than
/// <see cref="JsonLinesOptions.MaxLineBytes"/> is reported and skipped without being held in memory. A
/// NUL byte marks the input as binary: it is reported once and reading stops. Deserialisation uses the
/// given source-generated <see cref="JsonTypeInfo{T}"/> (no reflection) and its options' depth limit.
/// </para>
/// <para>
/// Lines are parsed on up to <see cref="JsonLinesOptions.MaxDegreeOfParallelism"/> threads (by default one per core) in
/// bounded batches; the items still come out in file order and are the same as when reading on one thread.
/// </para>
/// <para>
/// Exceptions thrown by a record's own validation (<see cref="ModelValidationException"/> with all its violations,
/// argument, format, overflow errors) become errors of that line.
/// </para>
/// </remarks>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="stream"/> as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="stream">A readable stream of UTF-8 text; it is not disposed.</param>
    /// <param name="typeInfo">How to deserialise a record (from a source-generated context).</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <returns>One item per non-blank line, in file order: a record or an error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IEnumerable<JsonLine<T>> Read<T>(Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ReadLines(stream, options ?? JsonLinesOptions.Default, Parser(typeInfo), JsonLine<T>.Failure);
    }

    /// <summary>Reads every line of <paramref name="stream"/> as a <typeparamref name="T"/>, asynchronously.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="stream">A readable stream of UTF-8 text; it is not disposed.</param>
    /// <param name="typeInfo">How to deserialise a record (from a source-generated context).</param>
    /// <param name="options">Limits; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    /// <returns>One item per non-blank line, in file order: a record or an error.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IAsyncEnumerable<JsonLine<T>> ReadAsync<T>(
        Stream stream, JsonTypeInfo<T> typeInfo, JsonLinesOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ReadLinesAsync(stream, options ?? JsonLinesOptions.Default, Parser(typeInfo), JsonLine<T>.Failure, cancellationToken);
    }

    /// <summary>Splits <paramref name="stream"/> into lines and hands each non-blank one to <paramref name="parse"/>; problems of the file itself go to <paramref name="fail"/>.</summary>
    internal static IEnumerable<TItem> ReadLines<TItem>(Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, options, parse, fail);
    }

    /// <summary>The asynchronous <see cref="ReadLines{TItem}"/>.</summary>
    internal static IAsyncEnumerable<TItem> ReadLinesAsync<TItem>(
        Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadAsyncIterator(stream, options, parse, fail, cancellationToken);
    }

    private static LineParser<JsonLine<T>> Parser<T>(JsonTypeInfo<T> typeInfo) =>
        (ReadOnlySpan<byte> line, long lineNumber, bool first) => Deserialize(line, lineNumber, typeInfo);

    private static IEnumerable<TItem> ReadIterator<TItem>(Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail) =>
        options.MaxDegreeOfParallelism > 1
            ? ParallelLines<TItem>.Read(stream, options, parse, fail)
            : SequentialIterator(stream, options, parse, fail);

    private static IAsyncEnumerable<TItem> ReadAsyncIterator<TItem>(
        Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail, CancellationToken cancellationToken) =>
        options.MaxDegreeOfParallelism > 1
            ? ParallelLines<TItem>.ReadAsync(stream, options, parse, fail, cancellationToken)
            : SequentialAsyncIterator(stream, options, parse, fail, cancellationToken);

    private static IEnumerable<TItem> SequentialIterator<TItem>(Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail)
    {
        var splitter = new LineSplitter(options.MaxLineBytes);
        bool first = true;
        try
        {
            while (true)
            {
                int read = stream.Read(splitter.FreeSpace());
                foreach (TItem item in Drain(ref splitter, read, parse, fail, ref first))
                {
                    yield return item;
                }

                if (read == 0 || splitter.Stopped)
                {
                    yield break;
                }
            }
        }
        finally
        {
            splitter.Dispose();
        }
    }

    private static async IAsyncEnumerable<TItem> SequentialAsyncIterator<TItem>(
        Stream stream, JsonLinesOptions options, LineParser<TItem> parse, Func<JsonLineError, TItem> fail, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var splitter = new LineSplitter(options.MaxLineBytes);
        var first = new StrongBox<bool>(true);
        try
        {
            while (true)
            {
                int read = await stream.ReadAsync(splitter.FreeMemory(), cancellationToken).ConfigureAwait(false);
                foreach (TItem item in Drain(ref splitter, read, parse, fail, ref first.Value))
                {
                    yield return item;
                }

                if (read == 0 || splitter.Stopped)
                {
                    yield break;
                }
            }
        }
        finally
        {
            splitter.Dispose();
        }
    }

    // Collects the items completed by the last read; a list keeps the splitter out of iterator state.
    private static List<TItem> Drain<TItem>(ref LineSplitter splitter, int read, LineParser<TItem> parse, Func<JsonLineError, TItem> fail, ref bool first)
    {
        var items = new List<TItem>();
        splitter.Advance(read);
        while (splitter.TryTakeLine(read == 0, out ReadOnlyMemory<byte> line, out long lineNumber, out string? problem))
        {
            if (problem is not null)
            {
                items.Add(fail(splitter.ErrorOf(lineNumber, problem)));
                first = false;
                continue;
            }

            if (IsBlank(line.Span))
            {
                continue;
            }

            items.Add(parse(line.Span, lineNumber, first));
            first = false;
        }

        return items;
    }

    internal static JsonLine<T> Deserialize<T>(ReadOnlySpan<byte> line, long lineNumber, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            T? value = JsonSerializer.Deserialize(line, typeInfo);
            return value is null
                ? JsonLine<T>.Failure(new JsonLineError(lineNumber, "$", 1, "the line is JSON null, not a record") { IsMalformed = true, Code = JsonLineErrorCode.NullLine })
                : JsonLine<T>.Success(lineNumber, value);
        }
        catch (Exception e) when (ToError(e, lineNumber) is { } error)
        {
            if (e is JsonException && Malformation(line, typeInfo.Options.MaxDepth) is { } malformation)
            {
                // The code follows the message: a converter's or the serializer's own reason stays; a reader error
                // (which only the serializer's English words) is said by what is wrong with the line.
                error = error.Code == JsonLineErrorCode.Unspecified
                    ? error with { IsMalformed = true, Code = malformation, Arguments = [] }
                    : error with { IsMalformed = true };
            }

            return JsonLine<T>.Failure(error);
        }
    }

    /// <summary>
    /// Whether <paramref name="line"/> is exactly one complete JSON value within <paramref name="maxDepth"/> (0: the
    /// serializer's default of 64), comments and trailing commas allowed. Called only when a line failed, to tell a
    /// damaged line (truncated, not JSON, too deep) from a well-formed record with a wrong value.
    /// </summary>
    internal static bool IsWellFormed(ReadOnlySpan<byte> line, int maxDepth) => Malformation(line, maxDepth) is null;

    /// <summary>
    /// Why <paramref name="line"/> is not exactly one complete JSON value within <paramref name="maxDepth"/>: it ends inside
    /// the value (<see cref="JsonLineErrorCode.Truncated"/>), nests too deep (<see cref="JsonLineErrorCode.TooDeep"/>) or is
    /// not JSON or more than one value (<see cref="JsonLineErrorCode.NotJson"/>); null when it is well-formed. Called only
    /// when a line failed.
    /// </summary>
    internal static JsonLineErrorCode? Malformation(ReadOnlySpan<byte> line, int maxDepth)
    {
        if (WellFormed(line, maxDepth))
        {
            return null;
        }

        // Read as a block that may go on: a line that only stops early reads cleanly to its end.
        if (ReadsAsPrefix(line, maxDepth))
        {
            return JsonLineErrorCode.Truncated;
        }

        return maxDepth < 1000 && (WellFormed(line, 1000) || ReadsAsPrefix(line, 1000)) ? JsonLineErrorCode.TooDeep : JsonLineErrorCode.NotJson;
    }

    private static bool ReadsAsPrefix(ReadOnlySpan<byte> line, int maxDepth)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = maxDepth,
        }));
        try
        {
            bool any = false;
            while (reader.Read())
            {
                any = true;
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    // A complete top-level value (a scalar, or a container's end) before the line ended: not a cut-off value.
                    return false;
                }
            }

            return any || !IsBlank(line);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool WellFormed(ReadOnlySpan<byte> line, int maxDepth)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = maxDepth,
        });
        try
        {
            if (!reader.Read() || !reader.TrySkip())
            {
                return false;
            }

            // Anything but comments and white space after the value is a second value: not one record.
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The error of a line whose record failed to deserialise or validate; null for exceptions that are bugs, not bad input.</summary>
    internal static JsonLineError? ToError(Exception exception, long lineNumber)
    {
        switch (exception)
        {
            case JsonException e:
                long? column = e.BytePositionInLine is { } b ? b + 1 : null;
                (JsonLineErrorCode code, string[] arguments) = CodedJson.Find(e) ?? Classify(e.Message);
                return new JsonLineError(lineNumber, e.Path, column, CleanMessage(e.Message)) { Code = code, Arguments = arguments };
            case ModelValidationException e:
                // The message lists every violation; the list is kept too, each with its path in the record.
                return new JsonLineError(lineNumber, "$", null, e.Message.Replace(Environment.NewLine, " ", StringComparison.Ordinal))
                {
                    Violations = e.Violations,
                    Code = JsonLineErrorCode.ModelViolations,
                };
            case ArgumentException or FormatException or OverflowException or InvalidOperationException or NotSupportedException:
                return new JsonLineError(lineNumber, null, null, exception.Message);
            default:
                return null;
        }
    }

    /// <summary>
    /// The code of a serializer's own exception (not one of the package's converters), read from the parts of its wording
    /// that <see cref="CleanMessage"/> restates: an unmapped property, a value of the wrong JSON type, a property given twice,
    /// required properties missing; <see cref="JsonLineErrorCode.Unspecified"/> for any other.
    /// </summary>
    internal static (JsonLineErrorCode Code, string[] Arguments) Classify(string message)
    {
        message = JsonExceptionText.WithoutPosition(message);
        if (JsonExceptionText.TryUnmapped(message, out string property, out string typeName))
        {
            return (JsonLineErrorCode.UnknownProperty, [property, typeName[(typeName.LastIndexOf('.') + 1)..]]);
        }

        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal) && JsonExceptionText.TryConvertedTo(message, out string target))
        {
            return (JsonLineErrorCode.WrongType, [JsonExceptionText.KindCode(target) ?? string.Empty]);
        }

        if (JsonExceptionText.TryDuplicate(message, out string duplicate))
        {
            return (JsonLineErrorCode.DuplicateProperty, [duplicate]);
        }

        return JsonExceptionText.TryMissingRequired(message, out string missing)
            ? (JsonLineErrorCode.MissingProperties, [missing])
            : (JsonLineErrorCode.Unspecified, []);
    }

    internal static string CleanMessage(string message)
    {
        // System.Text.Json appends " Path: $.x | LineNumber: 0 | BytePositionInLine: 12." — the error carries those separately.
        message = JsonExceptionText.WithoutPosition(message);

        // Its wording names .NET types ("could not be converted to System.Collections.Immutable.ImmutableArray`1[...]");
        // say it in the file's terms instead. (For a constructor parameter it names the record, not the field, so
        // a field of the model's own types is described by where it is, which the error's path gives.)
        if (JsonExceptionText.TryUnmapped(message, out string property, out string typeName))
        {
            return $"unknown property '{property}' (not a field of {typeName[(typeName.LastIndexOf('.') + 1)..]}; docs/registry-format.md lists the fields)";
        }

        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal) && JsonExceptionText.TryConvertedTo(message, out string target))
        {
            return JsonExceptionText.Kind(target) is { } expected
                ? "wrong type: expected " + expected
                : "wrong type: this value is not of the JSON type the field holds (docs/registry-format.md gives each field's type)";
        }

        return message;
    }

    internal static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;

    /// <summary>Finds lines in a growing byte buffer; lines over the limit are skipped without buffering.</summary>
    internal struct LineSplitter : IDisposable
    {
        private const int ChunkSize = 64 * 1024;
        private readonly int _maxLineBytes;
        private byte[] _buffer;
        private int _start;
        private int _end;
        private int _scanned;
        private long _lineNumber;
        private bool _skipping;
        private bool _bomChecked;

        public LineSplitter(int maxLineBytes)
        {
            _maxLineBytes = maxLineBytes;
            _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
            _lineNumber = 1;
        }

        public bool Stopped { get; private set; }

        /// <summary>The error of the line a <see cref="TryTakeLine"/> problem is about, with its code.</summary>
        public readonly JsonLineError ErrorOf(long lineNumber, string problem) => new(lineNumber, null, null, problem)
        {
            IsMalformed = true,
            Code = Stopped ? JsonLineErrorCode.BinaryInput : JsonLineErrorCode.LineTooLong,
            Arguments = Stopped ? [] : [_maxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        };

        public Span<byte> FreeSpace() => FreeMemory().Span;

        public Memory<byte> FreeMemory()
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _scanned -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _end).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            return _buffer.AsMemory(_end);
        }

        public void Advance(int read)
        {
            _end += read;
            if (!_bomChecked && _end - _start >= 3)
            {
                _bomChecked = true;
                if (_buffer.AsSpan(_start, 3).SequenceEqual((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    _start += 3;
                    _scanned = Math.Max(_scanned, _start);
                }
            }
        }

        public bool TryTakeLine(bool endOfInput, out ReadOnlyMemory<byte> line, out long lineNumber, out string? problem)
        {
            line = default;
            problem = null;
            while (!Stopped)
            {
                lineNumber = _lineNumber;

                // Only the bytes not yet looked at are scanned, so a long line costs linear time.
                ReadOnlySpan<byte> fresh = _buffer.AsSpan(_scanned, _end - _scanned);
                int hit = fresh.IndexOfAny((byte)'\n', (byte)0);
                if (hit >= 0 && fresh[hit] == 0)
                {
                    Stopped = true;
                    problem = "the input contains a NUL byte: it is a binary file, not UTF-8 JSON Lines; reading stopped";
                    return true;
                }

                int newline = hit < 0 ? -1 : _scanned + hit;
                _scanned = hit < 0 ? _end : newline;
                int length = (newline < 0 ? _end : newline) - _start;
                if (length > _maxLineBytes && !_skipping)
                {
                    _skipping = true;
                    problem = $"the line is longer than {_maxLineBytes} bytes and was skipped";
                    Discard(newline);
                    return true;
                }

                if (newline < 0 && !(endOfInput && length > 0))
                {
                    if (_skipping)
                    {
                        Discard(newline);
                    }

                    return false;
                }

                // A last line without a newline is taken as it is (a truncated record fails to parse there).
                int lineStart = _start;
                int lineEnd = newline < 0 ? _end : newline;
                _start = newline < 0 ? _end : newline + 1;
                _scanned = _start;
                _lineNumber++;
                if (_skipping)
                {
                    _skipping = false;
                    continue;
                }

                line = _buffer.AsMemory(lineStart, lineEnd - lineStart);
                return true;
            }

            lineNumber = _lineNumber;
            return false;
        }

        // Drops the buffered part of an over-long line; the rest of it is skipped as it arrives.
        private void Discard(int newline)
        {
            if (newline < 0)
            {
                _start = _end;
                _scanned = _end;
            }
        }

        public readonly void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}

/// <summary>
/// Turns one non-blank line (without its line ending) into an item; <paramref name="first"/> when it is the first item
/// of the file (no line and no problem came before it). It may be called on several threads at once, so it must not
/// keep state: whatever depends on the lines before it is done by the caller, in order, on the items.
/// </summary>
internal delegate TItem LineParser<TItem>(ReadOnlySpan<byte> line, long lineNumber, bool first);

/// <summary>Limits for <see cref="JsonLinesReader"/>.</summary>
public sealed record JsonLinesOptions
{
    /// <summary>The default limits: lines up to 16 MiB.</summary>
    public static JsonLinesOptions Default { get; } = new();

    /// <summary>The longest line accepted, in bytes (default 16 MiB); longer lines are reported and skipped.</summary>
    public int MaxLineBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// How many threads parse lines at once (default: <see cref="Environment.ProcessorCount"/>; 1 parses each line on the
    /// reading thread). Above 1, lines are still read one after another, copied into batches of up to
    /// <see cref="ParallelBatchLines"/> lines, parsed in parallel while the reader's caller works through the batch
    /// before, and handed out in file order: the items, their order and their errors (with line numbers) are exactly
    /// those of sequential reading. At most three batches are held at a time, so memory stays bounded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "The degree of parallelism must be at least 1.");
    } = Environment.ProcessorCount;

    /// <summary>The most lines in one parallel batch (default 256); a batch also closes at 4 MiB of text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int ParallelBatchLines
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(ParallelBatchLines), value, "A batch holds at least one line.");
    } = 256;
}

/// <summary>Where and why a line of a JSON Lines file could not be read.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Path">The JSON path inside the line's value (e.g. <c>$.members[2].nationalCode</c>), when known.</param>
/// <param name="Column">The 1-based byte column in the line, when known.</param>
/// <param name="Message">What is wrong.</param>
public sealed record JsonLineError(long Line, string? Path, long? Column, string Message)
{
    /// <summary>
    /// When the record deserialised but broke the model's invariants (<see cref="ModelValidationException"/>):
    /// every violation, each with its path inside the record (e.g. <c>members[2].leftOn</c>); otherwise empty.
    /// <see cref="Message"/> lists them too.
    /// </summary>
    public IReadOnlyList<ModelViolation> Violations { get; init; } = [];

    /// <summary>What kind of error it is; <see cref="JsonLineErrorCode.Unspecified"/> when only the English <see cref="Message"/> says.</summary>
    public JsonLineErrorCode Code { get; init; }

    /// <summary>The values the message names, as <see cref="Code"/> documents them (culture-invariant text); empty when none.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>
    /// True when the error is in the content of a registry's header line (it deserialised badly): <see cref="Message"/>
    /// then begins <c>invalid registry header: </c>, and <see cref="Code"/> says what is wrong in it.
    /// </summary>
    public bool InHeader { get; init; }

    /// <summary>
    /// What is wrong, in Persian, from <see cref="Code"/>, <see cref="Arguments"/> and <see cref="Violations"/> (each
    /// violation's path and <see cref="ModelViolation.MessageFa"/>): numbers in Persian digits, what the file holds quoted
    /// «…», JSON paths, property and type names isolated left-to-right (U+2066 … U+2069). Without a code, the English
    /// <see cref="Message"/>, isolated. Line, path and column are not part of it. Rendered on each read.
    /// </summary>
    public string MessageFa => JsonLineErrorText.Persian(this);

    /// <summary>
    /// True when the line is damaged rather than merely invalid: it is not one well-formed JSON value (truncated,
    /// not JSON, nested deeper than the limit), it is binary or longer than <see cref="JsonLinesOptions.MaxLineBytes"/>,
    /// or it is not the kind of value the file holds at that place (e.g. an array where a record belongs); errors
    /// about a registry file as a whole (empty; the header's count not matching the lines) are malformed too.
    /// False for a well-formed record that breaks the model's rules (a wrong check digit, an unknown county, a
    /// value of the wrong type or out of range). A file with malformed lines is damaged, not just dirty: the
    /// <c>coop</c> tool refuses it with exit code 2, while lines that are only invalid are reported and skipped.
    /// </summary>
    public bool IsMalformed { get; init; }

    /// <summary>Whether <paramref name="other"/> is the same error: every field equal, <see cref="Arguments"/> and <see cref="Violations"/> item by item.</summary>
    /// <param name="other">The error to compare with.</param>
    /// <returns>True when they are the same error.</returns>
    public bool Equals(JsonLineError? other) =>
        other is not null
        && Line == other.Line && Path == other.Path && Column == other.Column && Message == other.Message
        && Code == other.Code && InHeader == other.InHeader && IsMalformed == other.IsMalformed
        && Arguments.SequenceEqual(other.Arguments) && Violations.SequenceEqual(other.Violations);

    /// <summary>A hash of the fields that <see cref="Equals(JsonLineError?)"/> compares (the lists by their length).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Line, Path, Column, Message, Code, Arguments.Count, Violations.Count);

    /// <summary><c>line 12, $.members[2].nationalCode, column 40: message</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}")
        + (Path is null ? string.Empty : ", " + Path)
        + (Column is { } c ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", column {c}") : string.Empty)
        + ": " + Message;
}

/// <summary>One line of a JSON Lines file: a record, or the error that kept it from loading.</summary>
/// <typeparam name="T">The record type.</typeparam>
public readonly struct JsonLine<T>
{
    private JsonLine(long line, T? value, JsonLineError? error)
    {
        Line = line;
        Value = value;
        Error = error;
    }

    /// <summary>The 1-based line number.</summary>
    public long Line { get; }

    /// <summary>The record, when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error, when not <see cref="IsSuccess"/>.</summary>
    public JsonLineError? Error { get; }

    /// <summary>Whether the line loaded.</summary>
    public bool IsSuccess => Error is null;

    internal static JsonLine<T> Success(long line, T value) => new(line, value, null);

    internal static JsonLine<T> Failure(JsonLineError error) => new(error.Line, default, error);
}
