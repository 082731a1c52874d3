using System.Text;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

/// <summary>Every unreadable, malformed or oversized input to evaluate and whatif ends with exit 2 naming the file.</summary>
public sealed class EvaluationBadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coop-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> BadPolicies => new()
    {
        { "missing", "does not exist" },
        { "empty", "empty" },
        { "truncated", "end of data" },
        { "not-json", "malformed JSON" },
        { "binary", "binary" },
        { "deep", "nests deeper than 64 levels" },
        { "wrong-types", "wrong type: expected a whole number" },
        { "oversized", "limit" },
        { "endless", "larger than the limit of 4194304 bytes (4 MiB)" },
        { "folder", "this is a folder, not a file" },
        { "does-not-compile", "fact schema" },
    };

    public static TheoryData<string, string> BadRegistries => new()
    {
        { "missing", "cannot read" },
        { "empty", "empty" },
        { "binary", "not a coop registry" },
        { "not-json", "not a coop registry" },
        { "array", "not a coop registry" },
        { "folder", "folder" },
        { "truncated", "damaged" },
        { "deep-line", "damaged" },
        { "oversized-line", "damaged" },
        { "array-line", "damaged" },
        { "count-mismatch", "damaged" },
        { "all-invalid", "none of its 200 records are valid" },
    };

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Policy(string kind)
    {
        string good = File.ReadAllText(BatchFixtures.File("test-facility-1404.json"));
        return kind switch
        {
            "missing" => Path.Combine(_folder, "no-such-policy.json"),
            "empty" => Write("empty.json", []),
            "truncated" => Write("truncated.json", Encoding.UTF8.GetBytes(good[..(good.Length / 2)])),
            "not-json" => Write("not-json.json", Encoding.UTF8.GetBytes("this is not JSON")),
            "binary" => Write("binary.json", [0x7B, 0x00, 0xFF, 0xFE, 0x00, 0x01]),
            "deep" => Write("deep.json", Encoding.UTF8.GetBytes(good.Replace("\"value\": \"20 billion rial\"", "\"value\": " + new string('[', 100) + new string(']', 100), StringComparison.Ordinal))),
            "wrong-types" => Write("wrong-types.json", Encoding.UTF8.GetBytes(good.Replace("\"version\": 2", "\"version\": \"two\"", StringComparison.Ordinal))),
            "oversized" => Write("oversized.json", Encoding.UTF8.GetBytes("{\"id\":\"" + new string('x', 5 * 1024 * 1024) + "\"}")),
            // A device reports size 0 and never ends: the read itself must stop at the limit.
            "endless" => OperatingSystem.IsWindows() ? Skip("no /dev/zero on Windows") : "/dev/zero",
            "folder" => _folder,
            "does-not-compile" => Write("no-compile.json", Encoding.UTF8.GetBytes(good.Replace("cooperative.active", "cooperative.activ", StringComparison.Ordinal))),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static string Skip(string reason)
    {
        Assert.Skip(reason);
        return string.Empty;
    }

    private string Registry(string kind)
    {
        string good = File.ReadAllText(BatchFixtures.Registry);
        string[] lines = good.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string Lines(params IEnumerable<string> these) => string.Join('\n', these) + "\n";
        return kind switch
        {
        "missing" => Path.Combine(_folder, "no-such-registry.jsonl"),
        "empty" => Write("empty.jsonl", []),
        "binary" => Write("binary.jsonl", [0x00, 0x01, 0x02, 0xFF, 0x0A]),
        "not-json" => Write("not-json.jsonl", Encoding.UTF8.GetBytes("hello\nworld\n")),
        "array" => Write("array.jsonl", Encoding.UTF8.GetBytes("[1,2,3]\n")),
        "folder" => _folder,

        // The header promises 200 records and 200 follow, but the last is cut in the middle.
        "truncated" => Write("truncated.jsonl", Encoding.UTF8.GetBytes(good.TrimEnd('\n')[..^40])),
        "deep-line" => Write("deep-line.jsonl", Encoding.UTF8.GetBytes(Lines([.. lines[..50], "{\"name\":" + new string('[', 100) + new string(']', 100) + "}", .. lines[51..]]))),
        "oversized-line" => Write("oversized-line.jsonl", Encoding.UTF8.GetBytes(Lines([.. lines[..50], "{\"name\":\"" + new string('x', 17 * 1024 * 1024) + "\"}", .. lines[51..]]))),
        "array-line" => Write("array-line.jsonl", Encoding.UTF8.GetBytes(Lines([.. lines[..50], "[1,2,3]", .. lines[51..]]))),

        // Cut at a line boundary: every line parses, only the header's count shows records are missing.
        "count-mismatch" => Write("count-mismatch.jsonl", Encoding.UTF8.GetBytes(Lines(lines[..150]))),

        // Well-formed JSON throughout, but not one record is valid: nothing to evaluate, which is not a success.
        "all-invalid" => Write("all-invalid.jsonl", Encoding.UTF8.GetBytes(Lines([lines[0], .. lines[1..].Select(l => l.Replace("\"name\":\"", "\"name\":5,\"was\":\"", StringComparison.Ordinal))]))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void Evaluate_rejects_a_bad_policy_naming_the_file(string kind, string says)
    {
        string policy = Policy(kind);

        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(policy, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void Whatif_rejects_a_bad_draft_naming_the_file(string kind, string says)
    {
        string policy = Policy(kind);

        var (code, output, error) = CliTestHost.Run("whatif", "--current", BatchFixtures.File("test-facility-1404.json"), "--draft", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--draft " + policy, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadPolicies))]
    public void Whatif_rejects_a_bad_current_policy_naming_the_file(string kind, string says)
    {
        string policy = Policy(kind);

        var (code, output, error) = CliTestHost.Run("whatif", "--current", policy, "--draft", BatchFixtures.File("test-facility-1404.json"), "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--current " + policy, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadRegistries))]
    public void Evaluate_rejects_a_bad_registry_naming_the_file(string kind, string says)
    {
        string registry = Registry(kind);

        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), "--registry", registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--registry " + registry, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadRegistries))]
    public void Whatif_rejects_a_bad_registry_naming_the_file(string kind, string says)
    {
        string registry = Registry(kind);
        string policy = BatchFixtures.File("test-facility-1404.json");

        var (code, output, error) = CliTestHost.Run("whatif", "--current", policy, "--draft", policy, "--registry", registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--registry " + registry, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registry_with_a_truncated_last_line_is_refused_naming_the_line()
    {
        string text = File.ReadAllText(BatchFixtures.Registry);
        string registry = Write("cut.jsonl", Encoding.UTF8.GetBytes(text[..(text.Length - 300)]));

        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), "--registry", registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(error.Split('\n'), l => l.Contains("cut.jsonl:201: damaged:", StringComparison.Ordinal));
        Assert.Contains("it is truncated", line, StringComparison.Ordinal);
        Assert.Contains("--registry " + registry + ": the file is damaged (1 malformed line", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_records_in_a_well_formed_registry_are_skipped_and_the_run_succeeds()
    {
        // The sample registry holds four well-formed records that break the model's rules (a check digit, a county, …).
        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(0, code);
        Assert.NotEqual(string.Empty, output);
        Assert.Equal(4, error.Split('\n').Count(l => l.Contains(": skipped:", StringComparison.Ordinal)));
        Assert.DoesNotContain("damaged", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "1404/13/01", "--as-of")]
    [InlineData("--as-of", "1402/01/01", "in force")]
    [InlineData("--budget", "lots", "--budget")]
    [InlineData("--budget", "-5 rial", "negative")]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--lang", "de", "--lang")]
    [InlineData("--budget", "99999999999999999999999999999 rial", "--budget: '99999999999999999999999999999 rial' is too large for Money")]
    [InlineData("--budget", "500 billion", "--budget: '500 billion' has no currency unit at the end")]
    [InlineData("--budget", "5x billion rial", "--budget: '5x billion rial' is not an amount of money: '5x' is not a number. Write a number")]
    [InlineData("--parallel", "0", "--parallel")]
    [InlineData("--parallel", "abc", "--parallel 'abc': give a whole number.")]
    [InlineData("--parallel", "99999999999", "--parallel '99999999999': the number is out of range.")]
    public void Bad_options_exit_2_saying_which(string option, string value, string says)
    {
        string[] asOf = option == "--as-of" ? [] : ["--as-of", "1404/06/15"];
        string[] args = ["evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), "--registry", BatchFixtures.Registry, .. asOf, option, value];

        var (code, _, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(says, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_version_given_twice_is_not_a_set_and_the_message_is_plain()
    {
        string policy = BatchFixtures.File("test-facility-1404.json");
        var (code, _, error) = CliTestHost.Run("evaluate", "--policy", policy, policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Contains("not versions of one policy: ", error, StringComparison.Ordinal);
        Assert.Contains("twice", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_files_of_different_policies_are_not_a_set()
    {
        var (code, _, error) = CliTestHost.Run(
            "evaluate", "--policy", BatchFixtures.File("test-facility-1404.json"), BatchFixtures.File("test-cooperative.json"),
            "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(2, code);
        Assert.Contains("not versions of one policy", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var (code, _, _) = CliTestHost.Run("evaluate", "--registry", BatchFixtures.Registry);

        Assert.Equal(2, code);
    }
}
