using System.Text;
using System.Text.Json;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Eligibility.Sources;

public sealed class SourceRegisterTests
{
    private static readonly string SchemaPath = RepoFiles.Path("seeds/sources/sources.schema.json");

    internal const string Good = """
        // comments and trailing commas are allowed
        { "sources": [
          { "id": "coop-sector-law-art-54", "title": { "fa": "ماده ۵۴", "en": "Art. 54" }, "article": "Art. 54(2)",
            "quote": "کاهش تعداد اعضاء از حد نصاب مقرر", "where": { "publisher": "eliya.ir", "url": "https://eliya.ir/x", "page": "p" },
            "read": "2026-12-05", "standing": "secondary", "note": { "en": "a rewrite" } },
          { "id": "art44-art-12", "title": { "fa": "ماده ۱۲", "en": "Art. 12" }, "quote": "نیم درصد",
            "where": { "publisher": "dastour.ir" }, "read": "2026-12-04", "standing": "official" },
          { "id": "assumed-ceiling", "title": { "fa": "فرض", "en": "Assumption" },
            "where": { "publisher": "Coop.Domain" }, "read": "2026-12-05", "standing": "assumption", },
        ] }
        """;

    [Fact]
    public void A_register_reads_every_field_into_the_model()
    {
        SourceRegister register = SourceRegister.Parse(Good, "good.json");

        Assert.Equal(3, register.Count);
        Assert.Equal(["coop-sector-law-art-54", "art44-art-12", "assumed-ceiling"], register.Sources.Select(s => s.Id));
        Source s = register["coop-sector-law-art-54"];
        Assert.Equal(new PolicyText("ماده ۵۴", "Art. 54"), s.Title);
        Assert.Equal("Art. 54(2)", s.Article);
        Assert.Equal("کاهش تعداد اعضاء از حد نصاب مقرر", s.Quote);
        Assert.Equal(new SourceLocation("eliya.ir", "https://eliya.ir/x", "p"), s.Where);
        Assert.Equal(new DateOnly(2026, 12, 5), s.Read);
        Assert.Equal(SourceStanding.Secondary, s.Standing);
        Assert.Equal(new SourceNote("a rewrite", null), s.Note);
        Assert.Null(register["assumed-ceiling"].Quote);
        Assert.True(register.Contains("art44-art-12"));
        Assert.False(register.TryGet("nope", out _));
        Assert.Throws<KeyNotFoundException>(() => register["nope"]);
    }

    [Fact]
    public void Standings_are_ordered_from_the_strongest_to_the_weakest()
    {
        Assert.True(SourceStanding.Official < SourceStanding.Secondary);
        Assert.True(SourceStanding.Secondary < SourceStanding.Practice);
        Assert.True(SourceStanding.Practice < SourceStanding.Assumption);
    }

    [Fact]
    public void Every_error_of_a_register_is_listed_with_its_path_line_and_column()
    {
        const string json = """
            { "sources": [
              { "id": "a-1", "title": { "fa": "ا" }, "quote": "q", "where": { "publisher": "p", "url": "ftp://x" }, "read": "2026-13-01", "standing": "oficial" },
              { "id": "Bad_Id", "title": { "fa": "ا", "en": "b" }, "where": { "publisher": "p" }, "read": "2026-12-05", "standing": "secondary" },
              { "id": "a-1", "title": { "fa": "ا", "en": "b" }, "quote": " ", "read": "2026-12-05", "standing": "practice", "note": {} }
            ] }
            """;

        SourceRegisterReadResult result = SourceRegister.Read(json, "r.json");

        Assert.False(result.Success);
        string[] errors = [.. result.Errors.Select(e => e.ToString())];
        Assert.Contains("r.json: $.sources[0].title (line 2, column 27): missing required property 'en'", errors);
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[0].standing (line 2, column", StringComparison.Ordinal) && e.EndsWith("unknown standing 'oficial' — did you mean 'official'?; expected official, secondary, practice or assumption", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[0].where.url (line 2,", StringComparison.Ordinal) && e.EndsWith("'ftp://x' is not an absolute http or https address", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[0].read", StringComparison.Ordinal) && e.Contains("'2026-13-01' is not a day written yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[1].id (line 3,", StringComparison.Ordinal) && e.Contains("'Bad_Id' is not kebab-case", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[1] (line 3,", StringComparison.Ordinal) && e.EndsWith("missing property 'quote': a source that stands as secondary quotes the passage read (only an assumption may have none)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[2].id (line 4,", StringComparison.Ordinal) && e.EndsWith("the id 'a-1' is already used by $.sources[0]; every source needs its own id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[2].quote", StringComparison.Ordinal) && e.EndsWith("'quote' must not be empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[2] (line 4,", StringComparison.Ordinal) && e.Contains("missing required property 'where'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("r.json: $.sources[2].note", StringComparison.Ordinal) && e.Contains("the note is empty", StringComparison.Ordinal));
        Assert.Equal(10, errors.Length);
    }

    [Fact]
    public void Unknown_properties_are_listed_with_a_suggestion()
    {
        string json = Good.Replace("\"standing\": \"official\"", "\"standing\": \"official\", \"qoute\": \"x\"", StringComparison.Ordinal)
            .Replace("\"page\": \"p\"", "\"page\": \"p\", \"site\": 1", StringComparison.Ordinal);

        PolicyError[] errors = [.. SourceRegister.Read(json, "r.json").Errors];

        Assert.Equal(2, errors.Length);
        Assert.Equal("$.sources[0].where.site", errors[0].JsonPath);
        Assert.Equal("$.sources[1].qoute", errors[1].JsonPath);
        Assert.Contains("did you mean 'quote'?", errors[1].Message, StringComparison.Ordinal);
        Assert.NotNull(errors[1].Line);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("{ \"sources\": [ { \"id\": ", "malformed JSON")]
    [InlineData("null", "the document is null")]
    [InlineData("{ }", "missing required property 'sources'")]
    [InlineData("{ \"sources\": [ null ] }", "a source must be an object, not null")]
    [InlineData("{ \"sources\": 3 }", "wrong type: expected an array")]
    [InlineData("{ \"sources\": [], \"sources\": [] }", "appears more than once")]
    public void Bad_input_is_one_clear_error_never_an_exception(string json, string expected)
    {
        SourceRegisterReadResult result = SourceRegister.Read(json, "r.json");
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        SourceRegisterException e = Assert.Throws<SourceRegisterException>(() => result.GetRegisterOrThrow());
        Assert.Equal(result.Errors, e.Errors);
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        SourceRegisterReadResult result = SourceRegister.Read([0x7B, 0x00, 0xFF, 0x7D], "r.bin");
        Assert.Contains("not UTF-8 text", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_and_a_file_read_asynchronously_and_a_missing_file_is_an_error()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Good));
        SourceRegister fromStream = await SourceRegister.LoadAsync(stream, "s.json", TestContext.Current.CancellationToken);
        Assert.Equal(3, fromStream.Count);

        string path = Path.Combine(Path.GetTempPath(), "coop-sources-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(path, Good, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal(3, (await SourceRegister.LoadFileAsync(path, TestContext.Current.CancellationToken)).Count);
            Assert.Equal(3, SourceRegister.ReadFile(path).Register!.Count);
        }
        finally
        {
            File.Delete(path);
        }

        SourceRegisterReadResult missing = await SourceRegister.ReadFileAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(path + ": $: the file does not exist", Assert.Single(missing.Errors).ToString());
        await Assert.ThrowsAsync<SourceRegisterException>(() => SourceRegister.LoadFileAsync(path, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_without_reading_it_all()
    {
        using var stream = new EndlessStream();
        SourceRegisterReadResult result = await SourceRegister.ReadAsync(stream, "big.json", TestContext.Current.CancellationToken);
        Assert.Contains("larger than the limit", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registers_combine_and_refuse_a_duplicate_id()
    {
        SourceRegister register = SourceRegister.Parse(Good);
        SourceRegister other = SourceRegister.Parse("""{ "sources": [ { "id": "x", "title": { "fa": "x", "en": "x" }, "where": { "publisher": "p" }, "read": "2026-12-05", "standing": "assumption" } ] }""");

        Assert.Equal(4, register.Combine(other).Count);
        Assert.Throws<ArgumentException>(() => register.Combine(register));
        Assert.Throws<ArgumentException>(() => new Source("Not Kebab", new PolicyText("a", "b"), new SourceLocation("p"), default, SourceStanding.Official, "q"));
        Assert.Throws<ArgumentException>(() => new Source("a", new PolicyText("a", "b"), new SourceLocation("p"), default, SourceStanding.Official));
        Assert.Throws<ArgumentException>(() => new Source("a", new PolicyText("a", "b"), new SourceLocation("p"), default, (SourceStanding)9, "q"));
        Assert.False(Source.IsValidId("a-b\n"));
        Assert.True(Source.IsValidId("coop-sector-law-art-54-6-aftabir"));
    }

    [Fact]
    public void The_shipped_register_is_embedded_and_reads()
    {
        SourceRegister shipped = SourceRegister.Shipped;
        SourceRegister file = SourceRegister.ReadFile(RepoFiles.Path("seeds/sources/sources.json")).GetRegisterOrThrow();
        Assert.NotEmpty(shipped.Sources);
        Assert.Equal(file.Sources.Select(s => s.Id), shipped.Sources.Select(s => s.Id));
        Assert.All(shipped.Sources, s => Assert.True(s.Quote is not null || s.Standing == SourceStanding.Assumption, s.Id));
    }

    // Set COOP_UPDATE_SOURCES_SCHEMA=1 to rewrite the committed schema after changing the file format.
    [Fact]
    public void The_committed_JSON_schema_matches_a_fresh_export()
    {
        string fresh = SourceRegister.ExportJsonSchema();
        if (Environment.GetEnvironmentVariable("COOP_UPDATE_SOURCES_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, fresh);
        }

        Assert.True(
            File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == fresh,
            "seeds/sources/sources.schema.json is stale: run the tests with COOP_UPDATE_SOURCES_SCHEMA=1 and commit the result.");
    }

    [Fact]
    public void The_shipped_register_is_valid_against_the_schema_and_the_schema_catches_a_bad_standing_and_id()
    {
        using JsonDocument schema = JsonDocument.Parse(SourceRegister.ExportJsonSchema());
        using JsonDocument shipped = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("seeds/sources/sources.json")));
        Assert.Empty(SchemaCheck.Validate(schema.RootElement, shipped.RootElement));

        var lenient = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using JsonDocument bad = JsonDocument.Parse(Good.Replace("\"secondary\"", "\"rumour\"", StringComparison.Ordinal).Replace("\"art44-art-12\"", "\"Art44\"", StringComparison.Ordinal), lenient);
        List<string> problems = SchemaCheck.Validate(schema.RootElement, bad.RootElement);
        Assert.Contains(problems, p => p.StartsWith("$.sources[0].standing: 'rumour' is not one of", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("$.sources[1].id: 'Art44' does not match", StringComparison.Ordinal));
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
