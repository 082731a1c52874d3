using System.Text.RegularExpressions;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

/// <summary>A registry cannot cheat the decision: duplicates, Gregorian dates and hidden text are refused through the CLI.</summary>
public sealed partial class RegistryIntegrityTests : IDisposable
{
    private static readonly string s_policy = BatchFixtures.File("test-facility-1404.json");

    private readonly string _folder = Directory.CreateTempSubdirectory("coop-integrity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The sample registry's header (without its count) and its cooperatives on lines 2–30, the first changed by edit.
    private string Registry(string name, int copies, Func<string, string>? edit = null)
    {
        string[] sample = File.ReadAllLines(BatchFixtures.Registry);
        var lines = new List<string> { HeaderWithoutCount().Replace(sample[0], string.Empty) };
        for (int copy = 0; copy < copies; copy++)
        {
            lines.AddRange(sample[1..30]);
        }

        lines[1] = edit?.Invoke(lines[1]) ?? lines[1];

        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    [GeneratedRegex(",\"count\":\\d+")]
    private static partial Regex HeaderWithoutCount();

    [Fact]
    public void Cooperatives_listed_three_times_are_evaluated_and_funded_once_and_each_repeat_is_named_by_line()
    {
        string[] args = ["--policy", s_policy, "--as-of", "1404/06/15", "--budget", "10000 billion rial", "--quiet"];
        var (onceCode, once, _) = CliTestHost.Run(["evaluate", "--registry", Registry("once.jsonl", 1), .. args]);
        var (thriceCode, thrice, thriceError) = CliTestHost.Run(["evaluate", "--registry", Registry("thrice.jsonl", 3), .. args]);

        Assert.Equal((0, 0), (onceCode, thriceCode));
        string onceTotal = CliTestHost.Lines(once)[^1];
        string thriceTotal = CliTestHost.Lines(thrice)[^1];
        Assert.Contains("Total: 9 decisions from 29 cooperatives", onceTotal, StringComparison.Ordinal);
        Assert.Equal(onceTotal.Replace("0 bad registry lines", "58 bad registry lines", StringComparison.Ordinal), thriceTotal);
        Assert.Contains("thrice.jsonl:31: skipped: $.nationalId: duplicate cooperative: national ID", thriceError, StringComparison.Ordinal);
        Assert.Contains("is already on line 2; this line is skipped (the first line wins)", thriceError, StringComparison.Ordinal);
        Assert.Equal(58, Regex.Count(thriceError, "duplicate cooperative"));
    }

    [Fact]
    public void Registry_check_lists_every_duplicate_by_line_and_exits_1()
    {
        var (code, output, _) = CliTestHost.Run("registry", "check", Registry("twice.jsonl", 2));

        Assert.Equal(1, code);
        Assert.Contains("29 cooperatives loaded, 29 errors", output, StringComparison.Ordinal);
        Assert.Contains("twice.jsonl:59: $.nationalId: duplicate cooperative", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gregorian_registration_date_is_refused_by_line_naming_the_solar_hijri_day()
    {
        string path = Registry("gregorian.jsonl", 1, l => Regex.Replace(l, "\"registeredOn\":\"[^\"]+\"", "\"registeredOn\":\"2025/03/21\""));

        var (code, output, _) = CliTestHost.Run("registry", "check", path);

        Assert.Equal(1, code);
        Assert.Contains("gregorian.jsonl:2: $.registeredOn: the year 2025 is Gregorian", output, StringComparison.Ordinal);
        Assert.Contains("write 1404/01/01 for 2025-03-21", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_in_a_name_never_reaches_csv_output()
    {
        string path = Registry("nul.jsonl", 1, l => l.Replace("\"name\":\"", "\"name\":\"\\u0000", StringComparison.Ordinal));

        var (code, output, error) = CliTestHost.Run("evaluate", "--policy", s_policy, "--registry", path, "--as-of", "1404/06/15", "--format", "csv", "--quiet");

        Assert.Equal(0, code);
        Assert.DoesNotContain('\0', output);
        Assert.Contains("nul.jsonl:2: skipped:", error, StringComparison.Ordinal);
        Assert.Contains("control character U+0000", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of '2025/11/16': the year 2025 is Gregorian", "write 1404/08/25 for 2025-11-16", "compliance", "--cooperative", "10000245545", "--fiscal-year", "1403", "--as-of", "2025/11/16")]
    [InlineData("--as-of '2025-11-16': the year 2025 is Gregorian", "write 1404/08/25 for 2025-11-16", "evaluate", "--policy", "POLICY", "--as-of", "2025-11-16")]
    [InlineData("--from '2025': The year 2025 is Gregorian", "Solar Hijri 1404 begins in March 2025", "report", "--from", "2025")]
    [InlineData("--to '2025-Q1': The year 2025 is Gregorian", "Solar Hijri 1404 begins in March 2025", "report", "--to", "2025-Q1")]
    [InlineData("--fiscal-year '2025': The year 2025 is Gregorian", "Solar Hijri 1404 begins in March 2025", "compliance", "--cooperative", "10000245545", "--fiscal-year", "2025", "--as-of", "1404/08/25")]
    public void Every_verbs_date_options_refuse_a_gregorian_year_naming_the_solar_hijri_day(string starts, string says, string verb, params string[] rest)
    {
        string[] args = [verb, "--registry", BatchFixtures.Registry, .. rest.Select(a => a == "POLICY" ? s_policy : a)];

        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(starts, error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays", "2025")]
    [InlineData("generate", "--count", "1", "--out", "-", "--as-of", "2025/11/16")]
    public void Date_arguments_without_a_registry_refuse_a_gregorian_year_too(params string[] args)
    {
        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("is Gregorian", error, StringComparison.Ordinal);
    }
}
