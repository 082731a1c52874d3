using Coop.Domain.Tests.Eligibility.Scenarios;

namespace Coop.Domain.Tests.Cli;

public sealed class TestCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Passing_suites_exit_0_with_one_line_per_case_coverage_and_the_summary_last()
    {
        var (code, output, error) = CliTestHost.Run("test", ScenarioFixtures.Path("good"));
        Assert.Equal(0, code);
        Assert.Empty(error);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal("PASS " + ScenarioFixtures.Path("good/nested/versions.scenario.json") + " › version 2 needs four members", lines[0]);
        Assert.Equal(10, lines.Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)));
        Assert.Contains("Coverage: all rules covered (6 of 6 rules seen failing)", lines);
        Assert.Contains("Never seen passing: kit-fixture v2 minimum-members (MIN_MEMBERS)", lines);
        Assert.Equal("10 passed, 0 failed", lines[^1]);
        Assert.EndsWith("10 passed, 0 failed" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_case_exits_1_with_its_reasons_indented_and_uncovered_rules_listed()
    {
        string file = ScenarioFixtures.Path("failing/failing.scenario.json");
        var (code, output, _) = CliTestHost.Run("test", file);
        Assert.Equal(1, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal("PASS " + file + " › passes", lines[0]);
        Assert.Equal("FAIL " + file + " › misses everything", lines[1]);
        Assert.Equal("    expected outcome eligible but it was ineligible (COOP_INACTIVE failed)", lines[2]);
        Assert.Equal("    expected COOP_INACTIVE to pass but it failed: The cooperative is not active.", lines[4]);
        Assert.Contains("Coverage: 1 of 4 rules seen failing; uncovered (no case saw them fail):", lines);
        Assert.Contains("    kit-fixture v1 board-term (BOARD_TERM): passed in 2 case(s)", lines);
        Assert.Equal("1 passed, 1 failed", lines[^1]);
    }

    [Fact]
    public void Lang_fa_shows_the_Persian_rule_messages()
    {
        var (code, output, _) = CliTestHost.Run("test", "--lang", "fa", ScenarioFixtures.Path("failing"));
        Assert.Equal(1, code);
        Assert.Contains("    انتظار می‌رفت \u2066COOP_INACTIVE\u2069 پذیرفته شود، ولی رد شد: تعاونی فعال نیست.", CliTestHost.Lines(output));
    }

    [Fact]
    public void Coverage_option_prints_every_rule_with_its_counts()
    {
        var (_, output, _) = CliTestHost.Run("test", "--coverage", ScenarioFixtures.Path("good/passing.scenario.json"));
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains("    kit-fixture v1 active (COOP_INACTIVE): failed 1, passed 6", lines);
        Assert.Equal("7 passed, 0 failed", lines[^1]);
    }

    [Fact]
    public void A_bad_scenario_exits_2_naming_the_file_and_other_files_still_run()
    {
        string typo = ScenarioFixtures.Path("bad/typo.scenario.json");
        var (code, output, error) = CliTestHost.Run("test", typo, ScenarioFixtures.Path("failing"));
        Assert.Equal(2, code);
        Assert.StartsWith("ERROR " + typo + ": case 'typo': $.cases[0].expect.fails[0] (line 7, column ", error, StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", CliTestHost.Lines(output)[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"policy\": ")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    [InlineData("{ \"policy\": 1, \"cases\": \"x\" }")]
    public void Unreadable_or_malformed_input_exits_2_naming_the_file_without_a_stack_trace(string content)
    {
        string path = Write("bad.scenario.json", content);
        var (code, output, error) = CliTestHost.Run("test", path);
        Assert.Equal(2, code);
        Assert.StartsWith("ERROR " + path + ": $", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void A_device_that_never_ends_exits_2_at_the_size_limit()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "no /dev/zero on Windows");

        var (code, output, error) = CliTestHost.Run("test", "/dev/zero");

        Assert.Equal(2, code);
        Assert.Contains("ERROR /dev/zero: $: the file is larger than the limit of 4194304 bytes (4 MiB)", error, StringComparison.Ordinal);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Theory]
    [InlineData]
    [InlineData("--lang", "de", "seeds/scenarios")]
    [InlineData("--no-such-option", "seeds/scenarios")]
    public void A_usage_error_exits_2_and_still_ends_with_the_count(params string[] args)
    {
        var (code, output, error) = CliTestHost.Run(["test", .. args]);

        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, error);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Theory]
    [InlineData("--lang", "fa")]
    [InlineData("--coverage", "--lang", "fa")]
    public void A_usage_error_under_lang_fa_ends_with_the_Persian_count(params string[] args)
    {
        var (code, output, error) = CliTestHost.Run(["test", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("coop: خطای کاربرد: ", error, StringComparison.Ordinal);
        Assert.Equal("۰ موفق، ۰ ناموفق", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void An_oversized_scenario_file_exits_2_naming_the_limit()
    {
        string path = Write("huge.scenario.json", "{ \"policy\": \"" + new string('x', 5 * 1024 * 1024) + "\" }");

        var (code, output, error) = CliTestHost.Run("test", path);

        Assert.Equal(2, code);
        Assert.StartsWith("ERROR " + path + ": $", error, StringComparison.Ordinal);
        Assert.Contains("the limit is 4194304 bytes (4 MiB)", error, StringComparison.Ordinal);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void A_bad_policy_file_exits_2_naming_the_policy_file()
    {
        string policy = Write("policy.json", "{ \"id\": \"x\" }");
        string scenario = Write("s.scenario.json", "{ \"policy\": \"policy.json\", \"asOf\": \"1404/01/01\", \"cases\": [] }");
        var (code, _, error) = CliTestHost.Run("test", scenario);
        Assert.Equal(2, code);
        Assert.Contains("ERROR " + policy + ": $", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_exits_2_naming_it()
    {
        string path = Path.Combine(_dir, "nope");
        var (code, output, error) = CliTestHost.Run("test", path);
        Assert.Equal(2, code);
        Assert.Equal("ERROR " + path + ": $: no such file or folder", CliTestHost.Lines(error)[0]);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void No_path_or_an_unknown_language_is_a_usage_error()
    {
        Assert.Equal(2, CliTestHost.Run("test").Code);
        Assert.Equal(2, CliTestHost.Run("test", "--lang", "de", ScenarioFixtures.Path("good")).Code);
    }

    // The passing fixture, with only its first and second cases, made to stand in the temporary folder.
    private string Suite(string name, Func<string, string> change)
    {
        string fixtures = ScenarioFixtures.Path("good");
        string text = File.ReadAllText(Path.Combine(fixtures, "passing.scenario.json"))
            .Replace("\"../policy.json\"", "\"" + Path.GetFullPath(Path.Combine(fixtures, "../policy.json")).Replace("\\", "/", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)
            .Replace("\"../bases/coop.json\"", "\"" + Path.GetFullPath(Path.Combine(fixtures, "../bases/coop.json")).Replace("\\", "/", StringComparison.Ordinal) + "\"", StringComparison.Ordinal)
            .Replace("\"$schema\": \"../../../../../../seeds/scenarios/scenario.schema.json\",", string.Empty, StringComparison.Ordinal);
        return Write(name, change(text));
    }

    [Theory]
    [InlineData("\"asOf\": \"1404/06/15\"", "\"asOf\": \"2025/09/06\"", "write 1404/06/15 for 2025-09-06")]
    [InlineData("\"effectiveFrom\": \"1404/03/01\"", "\"effectiveFrom\": \"2025/05/22\"", "write 1404/03/01 for 2025-05-22")]
    public void A_gregorian_as_of_or_patch_date_is_refused_with_exit_2(string find, string replace, string says)
    {
        string file = Suite("gregorian.scenario.json", t =>
        {
            Assert.Contains(find, t, StringComparison.Ordinal);
            return t.Replace(find, replace, StringComparison.Ordinal);
        });

        var (code, output, error) = CliTestHost.Run("test", file);

        Assert.Equal(2, code);
        Assert.Contains("the year 2025 is Gregorian", error + output, StringComparison.Ordinal);
        Assert.Contains(says, error + output, StringComparison.Ordinal);
        Assert.Equal("0 passed, 0 failed", CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void Persian_digits_in_a_patch_date_read_as_the_same_day()
    {
        string ascii = Suite("ascii.scenario.json", t => t);
        string persian = Suite("persian.scenario.json", t => t.Replace("\"effectiveFrom\": \"1404/03/01\"", "\"effectiveFrom\": \"۱۴۰۴/۰۳/۰۱\"", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(ascii), File.ReadAllText(persian));

        var (asciiCode, asciiOutput, _) = CliTestHost.Run("test", ascii);
        var (code, output, error) = CliTestHost.Run("test", persian);

        Assert.Equal((0, 0), (asciiCode, code));
        Assert.DoesNotContain("buffer", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(CliTestHost.Lines(asciiOutput)[^1], CliTestHost.Lines(output)[^1]);
    }

    [Fact]
    public void A_symbolic_link_loop_in_a_scenario_folder_runs_each_suite_once()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links to folders need privileges on Windows");
        string folder = Path.Combine(_dir, "suites");
        Directory.CreateDirectory(folder);
        File.Move(Suite("one.scenario.json", t => t), Path.Combine(folder, "one.scenario.json"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "again"), folder);

        var (once, onceOutput, _) = CliTestHost.Run("test", Path.Combine(folder, "one.scenario.json"));
        var (code, output, _) = CliTestHost.Run("test", folder, Path.Combine(_dir, "again"));

        Assert.Equal((0, 0), (once, code));
        Assert.Equal(CliTestHost.Lines(onceOutput)[^1], CliTestHost.Lines(output)[^1]);
    }
}
