using System.Text.RegularExpressions;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

/// <summary>Crafted inputs that once ended in exit 70 (a bug, by the README's contract) now end in exit 2 with a message.</summary>
public sealed partial class NoInternalErrorOnInputTests : IDisposable
{
    private static readonly string s_policy = BatchFixtures.File("test-facility-1404.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("coop-no70-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex("\"amountRequested\":\\d+")]
    private static partial Regex AmountRequested();

    [GeneratedRegex("\"points\": *(10|5)\\b")]
    private static partial Regex Points();

    // Lines 2–30 of the sample, each application asking for 9 × 10^18 rials: any two overflow a Money sum.
    private string HugeRequests()
    {
        string[] sample = File.ReadAllLines(BatchFixtures.Registry);
        string path = Path.Combine(_folder, "huge.jsonl");
        File.WriteAllLines(path, [
            sample[0].Replace(",\"count\":200", string.Empty, StringComparison.Ordinal),
            .. sample[1..30].Select(l => AmountRequested().Replace(l, "\"amountRequested\":9000000000000000000"))]);
        return path;
    }

    public static TheoryData<string, string> Crafted => new()
    {
        { "evaluate-sum", "the amounts requested (group total) sum beyond the range of Money" },
        { "evaluate-budget-sum", "facilityApplications[0].amountRequested: the amounts requested" },
        { "report-sum", "sum beyond the range of Money" },
        { "scoring", "can take the score beyond the range of a decimal" },
        { "generate-empty-out", "--out '': give a file path." },
    };

    [Theory]
    [MemberData(nameof(Crafted))]
    public void A_crafted_input_gets_exit_2_and_a_message_not_an_internal_error(string kind, string says)
    {
        string[] args = kind switch
        {
            "evaluate-sum" => ["evaluate", "--policy", s_policy, "--registry", HugeRequests(), "--as-of", "1404/06/15", "--quiet"],
            "evaluate-budget-sum" => ["evaluate", "--policy", s_policy, "--registry", HugeRequests(), "--as-of", "1404/06/15", "--budget", "1 billion rial", "--quiet"],
            "report-sum" => ["report", "--registry", HugeRequests(), "--measure", "credits"],
            "scoring" => ["evaluate", "--policy", OverflowingScore(), "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet"],
            _ => ["generate", "--count", "2", "--out", ""],
        };

        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.DoesNotContain("unexpected error", error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("report")]
    public void The_sum_error_is_said_in_Persian_under_lang_fa(string verb)
    {
        string[] args = verb == "evaluate"
            ? ["evaluate", "--policy", s_policy, "--registry", HugeRequests(), "--as-of", "1404/06/15", "--quiet", "--lang", "fa"]
            : ["report", "--registry", HugeRequests(), "--measure", "credits", "--quiet", "--lang", "fa"];

        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("جمع مبلغ‌های درخواستی", error, StringComparison.Ordinal);
        Assert.Contains("۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷ ریال", error, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z0-9]", Regex.Replace(error, "\u2066[^\u2069]*\u2069", string.Empty));
        if (verb == "evaluate")
        {
            Assert.Matches(@"سطر [۰-۹]+: \u2066facilityApplications\[\d\]\.amountRequested\u2069: ", error);
        }
    }

    [Fact]
    public void The_sum_error_names_the_line_and_field()
    {
        var (_, _, error) = CliTestHost.Run("evaluate", "--policy", s_policy, "--registry", HugeRequests(), "--as-of", "1404/06/15", "--quiet");

        Assert.Matches(@"huge\.jsonl: line \d+: facilityApplications\[\d\]\.amountRequested: ", error);
    }

    private string OverflowingScore()
    {
        string text = Points().Replace(File.ReadAllText(s_policy), "\"points\": 50000000000000000000000000000");
        Assert.Equal(2, Regex.Count(text, "50000000000000000000000000000"));
        string path = Path.Combine(_folder, "score.json");
        File.WriteAllText(path, text);
        return path;
    }
}
