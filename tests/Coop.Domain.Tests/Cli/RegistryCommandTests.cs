using System.Text;
using Coop.Domain.Tests.Serialization;

namespace Coop.Domain.Tests.Cli;

public sealed class RegistryCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-registry-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Fact]
    public void Generate_writes_a_file_that_check_reports_with_every_intentional_error_and_exit_1()
    {
        string file = PathOf("r.jsonl");
        var (code, output, error) = CliTestHost.Run("generate", "--count", "100", "--seed", "5", "--out", file, "--invalid-share", "0.03");
        Assert.Equal(0, code);
        Assert.Contains("100 cooperatives, 3 invalid on purpose", output, StringComparison.Ordinal);
        Assert.Equal(3, CliTestHost.Lines(error).Length);

        (code, output, _) = CliTestHost.Run("registry", "check", file);
        Assert.Equal(1, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains(lines, l => l.EndsWith("101 lines, 97 cooperatives loaded, 3 errors", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":35: $.shareLedger.entries[", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":68: $.members[", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(file + ":101: $.", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_of_a_clean_registry_exits_0()
    {
        string file = PathOf("clean.jsonl");
        Assert.Equal(0, CliTestHost.Run("generate", "--count", "20", "--out", file, "--invalid-share", "0").Code);
        var (code, output, _) = CliTestHost.Run("registry", "check", file);
        Assert.Equal(0, code);
        Assert.Contains("20 cooperatives loaded, 0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_missing_file_or_a_file_that_is_not_a_registry_exits_2()
    {
        var (code, _, error) = CliTestHost.Run("registry", "check", PathOf("nope.jsonl"));
        Assert.Equal(2, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);

        string binary = PathOf("bin.jsonl");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0A]);
        (code, string output, _) = CliTestHost.Run("registry", "check", binary);
        Assert.Equal(2, code);
        Assert.Contains(binary + ":1: $: the input contains a NUL byte", output, StringComparison.Ordinal);

        string empty = PathOf("empty.jsonl");
        File.WriteAllText(empty, string.Empty);
        (code, output, _) = CliTestHost.Run("registry", "check", empty);
        Assert.Equal(2, code);
        Assert.Contains(empty + ":1: $: the file is empty", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_damaged_registry_lists_the_lines_and_exits_2()
    {
        string sample = Path.Combine(RegistryReaderTests.RepositoryRoot(), "seeds", "registry", "sample-registry.jsonl");
        string text = File.ReadAllText(sample, Encoding.UTF8);
        string file = PathOf("cut.jsonl");
        File.WriteAllText(file, text[..(text.Length - 300)]);

        var (code, output, _) = CliTestHost.Run("registry", "check", file);

        Assert.Equal(2, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains(lines, l => l.StartsWith(file + ":201: ", StringComparison.Ordinal) && l.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == file + ": damaged: 1 of the errors are malformed lines, not just invalid records");
    }

    [Fact]
    public void Model_violations_are_printed_one_per_line_with_their_paths()
    {
        string sample = Path.Combine(RegistryReaderTests.RepositoryRoot(), "seeds", "registry", "sample-registry.jsonl");
        string[] lines = File.ReadAllLines(sample, Encoding.UTF8);
        string file = PathOf("v.jsonl");
        string bad = lines[1].Replace("\"fiscalYearStartMonth\":1,", "\"fiscalYearStartMonth\":0,", StringComparison.Ordinal)
            .Replace("\"countyCode\":\"02-", "\"countyCode\":\"99-", StringComparison.Ordinal);
        string header = lines[0].Replace(",\"count\":200", string.Empty, StringComparison.Ordinal); // two records follow, not 200
        File.WriteAllLines(file, [header, bad, lines[2]]);

        var (code, output, _) = CliTestHost.Run("registry", "check", file);
        Assert.Equal(1, code);
        Assert.DoesNotContain("damaged", output, StringComparison.Ordinal);
        Assert.Contains(file + ":2: $.countyCode: ", output, StringComparison.Ordinal);
        Assert.Contains(file + ":2: $.fiscalYearStartMonth: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_refuses_to_overwrite_without_force()
    {
        string file = PathOf("x.jsonl");
        File.WriteAllText(file, "keep");
        var (code, _, error) = CliTestHost.Run("generate", "--count", "2", "--out", file);
        Assert.Equal(2, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(file));

        Assert.Equal(0, CliTestHost.Run("generate", "--count", "2", "--out", file, "--force").Code);
        Assert.StartsWith("{\"format\":\"coop-registry\"", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_to_standard_output_is_deterministic()
    {
        var first = CliTestHost.Run("generate", "--count", "3", "--seed", "9", "--out", "-");
        var second = CliTestHost.Run("generate", "--count", "3", "--seed", "9", "--out", "-");
        Assert.Equal(0, first.Code);
        Assert.Equal(4, CliTestHost.Lines(first.Output).Length);
        Assert.Equal(first.Output, second.Output);
    }

    [Theory]
    [InlineData("--count", "abc", "--count 'abc': give a whole number.")]
    [InlineData("--seed", "1.5", "--seed '1.5': give a whole number.")]
    [InlineData("--seed", "99999999999", "--seed '99999999999': the number is out of range.")]
    [InlineData("--seed", "-99999999999", "--seed '-99999999999': the number is out of range.")]
    [InlineData("--seed", "1-2", "--seed '1-2': give a whole number.")]
    public void Generate_says_in_words_what_is_wrong_with_a_number(string option, string value, string says)
    {
        string[] args = option == "--count" ? ["generate", "--count", value, "--out", "-"] : ["generate", "--count", "2", option, value, "--out", "-"];
        var (code, _, error) = CliTestHost.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_reads_a_count_in_Persian_digits()
    {
        var (code, output, _) = CliTestHost.Run("generate", "--count", "۳", "--seed", "9", "--out", "-");
        Assert.Equal(0, code);
        Assert.Equal(CliTestHost.Run("generate", "--count", "3", "--seed", "9", "--out", "-").Output, output);
    }

    [Theory]
    [InlineData("--count", "-1", "--out", "-")]
    [InlineData("--count", "x", "--out", "-")]
    [InlineData("--count", "5")]
    [InlineData("--count", "5", "--out", "-", "--invalid-share", "2")]
    [InlineData("--count", "5", "--out", "-", "--invalid-share", "0,5")]
    [InlineData("--count", "5", "--out", "-", "--invalid-share", "-0.1")]
    [InlineData("--count", "5", "--out", "-", "--as-of", "1404/13/01")]
    public void Generate_exits_2_on_bad_arguments(params string[] args)
    {
        Assert.Equal(2, CliTestHost.Run(["generate", .. args]).Code);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("۰٫۵")]
    public void Generate_reads_the_invalid_share_with_a_decimal_point_in_any_culture(string share)
    {
        var (code, _, error) = CliTestHost.Run("generate", "--count", "4", "--out", "-", "--invalid-share", share);
        Assert.Equal(0, code);
        Assert.Equal(2, CliTestHost.Lines(error).Length);
    }

    [Fact]
    public void Generate_accepts_an_as_of_date_for_the_header()
    {
        var (code, output, _) = CliTestHost.Run("generate", "--count", "1", "--out", "-", "--as-of", "1403/12/29");
        Assert.Equal(0, code);
        Assert.Contains("\"generated\":\"1403/12/29\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_verbs_have_help()
    {
        Assert.Contains("--invalid-share", CliTestHost.Run("generate", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("file:line: path: message", CliTestHost.Run("registry", "check", "--help").Output, StringComparison.Ordinal);
    }
}
