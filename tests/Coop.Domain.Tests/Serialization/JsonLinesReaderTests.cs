using System.Text;
using System.Text.Json.Serialization;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

public sealed record LineRecord(string Name, int Members)
{
    public int Members { get; } = Members >= 0 ? Members : throw new ArgumentOutOfRangeException(nameof(Members), Members, "Members cannot be negative.");
}

[JsonSerializable(typeof(LineRecord))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
public sealed partial class LineRecordContext : JsonSerializerContext;

public class JsonLinesReaderTests
{
    private static List<JsonLine<LineRecord>> Read(string text, JsonLinesOptions? options = null) =>
        Read(Encoding.UTF8.GetBytes(text), options);

    private static List<JsonLine<LineRecord>> Read(byte[] bytes, JsonLinesOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return JsonLinesReader.Read(stream, LineRecordContext.Default.LineRecord, options).ToList();
    }

    [Fact]
    public void Good_records_load_and_a_bad_line_is_reported_by_line_path_and_column()
    {
        const string text = "{\"name\":\"a\",\"members\":7}\n{\"name\":\"b\",\"members\":\"many\"}\n{\"name\":\"c\",\"members\":9}\n";
        var items = Read(text);
        Assert.Equal(3, items.Count);
        Assert.Equal(["a", "c"], items.Where(i => i.IsSuccess).Select(i => i.Value!.Name));
        JsonLineError error = items[1].Error!;
        Assert.Equal(2, error.Line);
        Assert.Equal("$.members", error.Path);
        Assert.NotNull(error.Column);
        Assert.StartsWith("line 2, $.members, column ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_line_is_an_error_of_that_line()
    {
        var items = Read("{\"name\":\"a\",\"members\":7}\n{\"name\":\"b\",\"mem");
        Assert.True(items[0].IsSuccess);
        Assert.False(items[1].IsSuccess);
        Assert.Equal(2, items[1].Line);
    }

    [Fact]
    public void Blank_lines_CRLF_and_a_byte_order_mark_are_tolerated_and_line_numbers_stay_true()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"name\":\"a\",\"members\":1}\r\n\r\n   \n{\"name\":\"b\",\"members\":2}\r\n")];
        var items = Read(bytes);
        Assert.Equal([1L, 4L], items.Select(i => i.Line));
        Assert.All(items, i => Assert.True(i.IsSuccess));
    }

    [Fact]
    public void A_validation_exception_from_the_record_becomes_an_error_of_its_line()
    {
        var items = Read("{\"name\":\"a\",\"members\":-1}\n{\"name\":\"b\",\"members\":2}");
        Assert.Contains("cannot be negative", items[0].Error!.Message, StringComparison.Ordinal);
        Assert.True(items[1].IsSuccess);
    }

    [Fact]
    public void An_over_long_line_is_reported_and_skipped_without_losing_the_lines_after_it()
    {
        string longName = new('x', 200_000);
        string text = "{\"name\":\"a\",\"members\":1}\n{\"name\":\"" + longName + "\",\"members\":1}\n{\"name\":\"c\",\"members\":3}\n";
        var items = Read(text, new JsonLinesOptions { MaxLineBytes = 100_000 });
        Assert.Equal(3, items.Count);
        Assert.Equal(2, items[1].Error!.Line);
        Assert.Contains("longer than 100000 bytes", items[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, items[2].Line);
        Assert.Equal("c", items[2].Value!.Name);
    }

    [Fact]
    public void Long_lines_under_the_limit_and_many_lines_across_chunk_boundaries_all_load()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append("{\"name\":\"n").Append(i).Append("\",\"members\":").Append(i % 50).Append("}\n");
        }

        builder.Append("{\"name\":\"").Append('y', 300_000).Append("\",\"members\":1}\n");
        var items = Read(builder.ToString());
        Assert.Equal(20_001, items.Count);
        Assert.All(items, i => Assert.True(i.IsSuccess));
        Assert.Equal(20_001, items[^1].Line);
    }

    [Fact]
    public void A_binary_file_is_reported_once_and_reading_stops()
    {
        var items = Read([0x7B, 0x00, 0x01, 0x02, (byte)'\n', (byte)'{']);
        Assert.Single(items);
        Assert.Contains("binary", items[0].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_non_object_lines_are_errors()
    {
        var items = Read("null\n[1,2]\n42\n");
        Assert.Equal(3, items.Count);
        Assert.All(items, i => Assert.False(i.IsSuccess));
    }

    [Fact]
    public async Task The_async_reader_gives_the_same_items()
    {
        const string text = "{\"name\":\"a\",\"members\":7}\nnot json\n{\"name\":\"c\",\"members\":9}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var items = new List<JsonLine<LineRecord>>();
        await foreach (var item in JsonLinesReader.ReadAsync(stream, LineRecordContext.Default.LineRecord, cancellationToken: TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        Assert.Equal([true, false, true], items.Select(i => i.IsSuccess));
        Assert.Equal(2, items[1].Error!.Line);
    }

    [Theory]
    [InlineData("{\"name\":\"b\",\"members\":\"many\"}", false)] // well-formed, a value of the wrong type
    [InlineData("{\"name\":\"b\",\"members\":-1}", false)] // well-formed, the record's own check fails
    [InlineData("{\"name\":\"b\",\"mem", true)] // truncated
    [InlineData("hello", true)] // not JSON
    [InlineData("{\"name\":\"b\"} {\"name\":\"c\"}", true)] // two values on one line
    [InlineData("null", true)]
    public void A_bad_line_is_malformed_only_when_it_is_not_one_well_formed_value(string line, bool malformed)
    {
        JsonLine<LineRecord> bad = Read("{\"name\":\"a\",\"members\":7}\n" + line + "\n")[1];

        Assert.False(bad.IsSuccess);
        Assert.Equal(malformed, bad.Error!.IsMalformed);
    }

    [Fact]
    public void Lines_nested_deeper_than_the_limit_over_long_or_binary_are_malformed()
    {
        string deep = "{\"name\":" + new string('[', 100) + new string(']', 100) + "}";
        JsonLine<LineRecord>[] lines = [.. Read(deep + "\n" + new string('x', 100) + "\n" + "{\"name\":\"a\",\"members\":1}\n\0", new JsonLinesOptions { MaxLineBytes = 50 })];

        Assert.Equal(3, lines.Count(l => !l.IsSuccess));
        Assert.All(lines.Where(l => !l.IsSuccess), l => Assert.True(l.Error!.IsMalformed));
        Assert.Single(lines, l => l.IsSuccess);
    }
}
