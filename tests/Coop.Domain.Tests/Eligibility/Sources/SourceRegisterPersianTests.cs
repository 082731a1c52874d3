using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Sources;

namespace Coop.Domain.Tests.Eligibility.Sources;

// Every error of the source register carries a code and its arguments, so MessageFa says it in Persian (issue 19).
public sealed class SourceRegisterPersianTests
{
    private const string Broken = """
        { "sources": [
          null,
          { "id": "Bad_Id", "title": { "fa": "ت", "en": "t" }, "article": " ", "quote": "q", "where": { "publisher": "p", "url": "ftp://x" },
            "read": "2026/12/05", "standing": "oficial", "note": {} },
          { "id": "ok-one", "title": { "fa": "ت" }, "where": { "publisher": "p" }, "read": "2026-12-05", "standing": "official" },
          { "id": "ok-one", "standing": "zzz" }
        ] }
        """;

    private static void AssertPersian(PolicyError error)
    {
        string outside = System.Text.RegularExpressions.Regex.Replace(error.MessageFa, "\u2066[^\u2069]*\u2069", string.Empty);
        Assert.DoesNotMatch("[A-Za-z0-9]", outside);
        Assert.Matches("[\u0600-\u06FF]", outside);
    }

    [Fact]
    public void The_register_reader_gives_every_error_its_code_and_arguments()
    {
        IReadOnlyList<PolicyError> errors = SourceRegister.Read(Broken, "r.json").Errors;

        Assert.Equal(
            [
                ("$.sources[0]", PolicyErrorCode.NullItem, "source"),
                ("$.sources[1].id", PolicyErrorCode.InvalidSourceId, "Bad_Id"),
                ("$.sources[1].standing", PolicyErrorCode.UnknownStanding, "oficial|official"),
                ("$.sources[1].article", PolicyErrorCode.EmptyValue, "article"),
                ("$.sources[1].where.url", PolicyErrorCode.InvalidUrl, "ftp://x"),
                ("$.sources[1].read", PolicyErrorCode.InvalidReadDate, "2026/12/05"),
                ("$.sources[1].note", PolicyErrorCode.EmptyNote, string.Empty),
                ("$.sources[2].title", PolicyErrorCode.MissingProperty, "en"),
                ("$.sources[2]", PolicyErrorCode.MissingQuote, "official"),
                ("$.sources[3].id", PolicyErrorCode.DuplicateSourceId, "ok-one|$.sources[2]"),
                ("$.sources[3]", PolicyErrorCode.MissingProperty, "title|text"),
                ("$.sources[3].standing", PolicyErrorCode.UnknownStanding, "zzz|"),
                ("$.sources[3]", PolicyErrorCode.MissingProperty, "where|where"),
                ("$.sources[3]", PolicyErrorCode.MissingProperty, "read"),
            ],
            errors.Select(e => (e.JsonPath, e.Code, string.Join('|', e.Arguments))));
        Assert.All(errors, AssertPersian);
        Assert.Equal("the id 'ok-one' is already used by $.sources[2]; every source needs its own id", errors[9].Message);
        Assert.Equal("شناسهٔ منبع \u2066ok-one\u2069 دو بار آمده است (نیز در \u2066$.sources[2]\u2069)", errors[9].MessageFa);
    }

    [Fact]
    public void A_register_without_sources_and_a_shape_error_are_coded()
    {
        PolicyError missing = Assert.Single(SourceRegister.Read("{}", "r.json").Errors);
        Assert.Equal((PolicyErrorCode.MissingProperty, "sources|sources"), (missing.Code, string.Join('|', missing.Arguments)));

        IReadOnlyList<PolicyError> shape = SourceRegister.Read("""{ "sources": [ { "id": 5, "titel": {} } ], "extra": true }""", "r.json").Errors;
        Assert.Equal(
            [
                ("$.sources[0].id", PolicyErrorCode.WrongType, "string|literal|5"),
                ("$.sources[0].titel", PolicyErrorCode.UnknownProperty, "titel|title"),
                ("$.extra", PolicyErrorCode.UnknownProperty, "extra||$schema|sources"),
            ],
            shape.Select(e => (e.JsonPath, e.Code, string.Join('|', e.Arguments))));
        Assert.All(shape, AssertPersian);
    }

    [Fact]
    public async Task A_register_file_that_cannot_be_read_is_coded()
    {
        string dir = Directory.CreateTempSubdirectory("coop-register-fa").FullName;
        try
        {
            string empty = Path.Combine(dir, "empty.json");
            File.WriteAllText(empty, " ");
            string nothing = Path.Combine(dir, "null.json");
            File.WriteAllText(nothing, "null");
            string binary = Path.Combine(dir, "binary.json");
            File.WriteAllBytes(binary, [0x7B, 0x00, 0xFF]);

            Assert.Equal(PolicyErrorCode.FileNotFound, Assert.Single(SourceRegister.ReadFile(Path.Combine(dir, "no.json")).Errors).Code);
            Assert.Equal(PolicyErrorCode.NotAFile, Assert.Single(SourceRegister.ReadFile(dir).Errors).Code);
            Assert.Equal(PolicyErrorCode.EmptyFile, Assert.Single(SourceRegister.ReadFile(empty).Errors).Code);
            Assert.Equal(PolicyErrorCode.NullDocument, Assert.Single(SourceRegister.ReadFile(nothing).Errors).Code);
            Assert.Equal(PolicyErrorCode.NotText, Assert.Single(SourceRegister.ReadFile(binary).Errors).Code);
            Assert.Equal(PolicyErrorCode.FileNotFound, Assert.Single((await SourceRegister.ReadFileAsync(Path.Combine(dir, "no.json"), TestContext.Current.CancellationToken)).Errors).Code);
            Assert.Equal(PolicyErrorCode.NotAFile, Assert.Single((await SourceRegister.ReadFileAsync(dir, TestContext.Current.CancellationToken)).Errors).Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_register_stream_over_the_limit_is_FileTooLarge_with_the_limit()
    {
        using var stream = new MemoryStream(new byte[SourceRegister.MaxBytes + 1]);

        PolicyError error = Assert.Single((await SourceRegister.ReadAsync(stream, "r.json", TestContext.Current.CancellationToken)).Errors);

        Assert.Equal(PolicyErrorCode.FileTooLarge, error.Code);
        Assert.Equal(SourceRegister.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(error.Arguments));
        Assert.Equal("فایل از سقف بزرگ‌تر است؛ سقف ۴۱۹۴۳۰۴ بایت است (۴ مبی‌بایت)", error.MessageFa);
    }
}
