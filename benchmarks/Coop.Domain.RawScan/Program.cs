using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// The floor for reading a registry: every line of a JSON Lines file split from a 1 MiB buffer and every token of it read
// with Utf8JsonReader (the options the registry reader uses), nothing converted or kept. Prints the lines, tokens and
// elapsed seconds; `RawScan FILE`, or `RawScan FILE --seconds` for the seconds alone (for scripts).
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Coop.Domain.RawScan FILE [--seconds]");
    return 2;
}

var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
var clock = Stopwatch.StartNew();
long lines = 0;
long tokens = 0;
byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
int start = 0;
int end = 0;
using (FileStream file = new(args[0], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
{
    while (true)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }

        int read = file.Read(buffer, end, buffer.Length - end);
        end += read;
        while (true)
        {
            int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0 && !(read == 0 && end > start))
            {
                break;
            }

            int length = newline < 0 ? end - start : newline;
            tokens += Scan(buffer.AsSpan(start, length), options);
            lines++;
            start += newline < 0 ? length : length + 1;
        }

        if (read == 0)
        {
            break;
        }
    }
}

clock.Stop();
string seconds = clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
Console.WriteLine(args.Length == 2 && args[1] == "--seconds"
    ? seconds
    : string.Create(CultureInfo.InvariantCulture, $"{lines} lines, {tokens} tokens, {seconds} s"));
return 0;

static long Scan(ReadOnlySpan<byte> line, JsonReaderOptions options)
{
    var reader = new Utf8JsonReader(line, options);
    long count = 0;
    while (reader.Read())
    {
        count++;
    }

    return count;
}
