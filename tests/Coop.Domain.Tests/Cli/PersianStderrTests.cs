namespace Coop.Domain.Tests.Cli;

// Under --lang fa what coop says on stderr is Persian too (issue 19): usage errors, bad dates, bad identifiers, missing
// files. English stays the default. The forms are pinned here so that a change to them is a deliberate one.
public class PersianStderrTests
{
    private const string Lri = "\u2066";
    private const string Pdi = "\u2069";

    [Fact]
    public void An_impossible_date_is_refused_in_Persian_with_Persian_digits()
    {
        // convert prints one answer line per date it is given («نامعتبر: …» for one it refuses), like its English "invalid: …".
        var (code, output, error) = CliTestHost.Run("convert", "1404/07/31", "--lang", "fa");
        Assert.Equal(2, code);
        Assert.Contains("نامعتبر: مهر ۳۰ روز دارد؛ روز ۳۱ مهر ۱۴۰۴ وجود ندارد", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Mehr", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_date_error_stays_English_by_default()
    {
        var (code, output, error) = CliTestHost.Run("convert", "1404/07/31");
        Assert.Equal(2, code);
        Assert.Contains("invalid: 1404/07/31: day 31 does not exist in Mehr (7), which has 30 days", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_names_the_option_isolated_and_points_to_help_in_Persian()
    {
        var (code, output, error) = CliTestHost.Run("compliance", "--lang", "fa");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"coop: خطای کاربرد: مقدار {Lri}--registry{Pdi}", error, StringComparison.Ordinal);
        Assert.Contains($"راهنما: {Lri}coop compliance --help{Pdi}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_named_in_a_Persian_usage_error()
    {
        var (code, _, error) = CliTestHost.Run("holidays", "1404", "--no-such-option", "--lang", "fa");
        Assert.Equal(2, code);
        Assert.Contains($"{Lri}--no-such-option{Pdi} نه گزینه‌ای از این فرمان است", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_check_digit_is_said_in_Persian()
    {
        var (code, output, error) = CliTestHost.Run("id", "national-code", "0010350828", "--lang", "fa");
        Assert.Equal(1, code);
        Assert.Contains("رقم کنترل کد ملی نمی‌خواند", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_registry_is_said_in_Persian()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var (code, _, error) = CliTestHost.Run("report", "--registry", path, "--by", "year", "--lang", "fa");
        Assert.Equal(2, code);
        Assert.Contains("این فایل وجود ندارد", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("id")]
    [InlineData("period")]
    [InlineData("holidays")]
    [InlineData("validate")]
    [InlineData("generate")]
    [InlineData("sources")]
    [InlineData("schema")]
    [InlineData("report")]
    [InlineData("compliance")]
    [InlineData("test")]
    [InlineData("evaluate")]
    [InlineData("whatif")]
    public void Every_verb_lists_lang_with_its_values_in_help(string verb)
    {
        var (code, output, _) = CliTestHost.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains("--lang <en|fa>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_check_lists_lang_in_help()
    {
        var (_, output, _) = CliTestHost.Run("registry", "check", "--help");
        Assert.Contains("--lang <en|fa>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_is_shown_in_Persian_with_Persian_digits()
    {
        var (code, output, _) = CliTestHost.Run("period", "1404-Q3", "--lang", "fa");
        Assert.Equal(0, code);
        Assert.Contains("نمایش: پاییز ۱۴۰۴", output, StringComparison.Ordinal);
        Assert.Contains("روزها: ۹۰", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_in_Persian_says_warnings_and_errors_in_Persian_with_only_ids_and_paths_in_Latin()
    {
        string dir = Directory.CreateTempSubdirectory("coop-validate-fa").FullName;
        try
        {
            string bad = Path.Combine(dir, "bad.json");
            File.WriteAllText(bad, """{ "id": "p", "version": 0 }""");
            var (code, _, error) = CliTestHost.Run("validate", bad, "--lang", "fa");
            Assert.Equal(2, code);
            Assert.Contains("نسخه باید ۱ یا بیشتر باشد، نه ۰", error, StringComparison.Ordinal);
            Assert.Contains($"ویژگی الزامی {Lri}title{Pdi} نیامده است", error, StringComparison.Ordinal);
            Assert.DoesNotContain("must be", error, StringComparison.Ordinal);

            var (okCode, _, warnings) = CliTestHost.Run("validate", Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/policies/example-policy.json"), "--lang", "fa");
            Assert.Equal(0, okCode);
            Assert.Contains($"هشدار: قاعدهٔ {Lri}active{Pdi} ({Lri}COOP_INACTIVE{Pdi}) به هیچ منبعی استناد نمی‌کند", warnings, StringComparison.Ordinal);
            string outsideIsolates = System.Text.RegularExpressions.Regex.Replace(warnings, "\u2066[^\u2069]*\u2069", string.Empty);
            Assert.DoesNotMatch("[A-Za-z0-9]", outsideIsolates);

            var (_, _, english) = CliTestHost.Run("validate", bad);
            Assert.Contains("the version must be 1 or more, not 0", english, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Test_in_Persian_says_the_errors_of_a_broken_scenario_file_coverage_and_summary_in_Persian_and_English_is_unchanged()
    {
        string dir = Directory.CreateTempSubdirectory("coop-test-fa").FullName;
        try
        {
            string policy = Coop.Domain.Tests.Eligibility.Scenarios.ScenarioFixtures.Path("policy.json").Replace("\\", "/", StringComparison.Ordinal);
            string bad = Path.Combine(dir, "broken.scenario.json");
            File.WriteAllText(bad, $$"""
                {
                  "policy": "{{policy}}", "asOf": "1404/13/01", "titel": "x",
                  "cases": [
                    { "name": "a", "expect": { "outcome": "good", "fails": ["NOPE"] } },
                    { "name": "a", "expect": {} }
                  ]
                }
                """);

            var (code, output, error) = CliTestHost.Run("test", bad, "--lang", "fa");
            Assert.Equal(2, code);
            string[] errors = CliTestHost.Lines(error);
            Assert.True(errors.Length >= 5, error);
            Assert.All(errors, line => Assert.StartsWith("خطا " + Lri + bad + Pdi + ": ", line, StringComparison.Ordinal));
            Assert.Contains(errors, line => line.StartsWith($"خطا {Lri}{bad}{Pdi}: {Lri}$.titel{Pdi} (سطر ۲، ستون ", StringComparison.Ordinal)
                && line.EndsWith($"): ویژگی ناشناختهٔ {Lri}titel{Pdi}؛ منظورتان {Lri}title{Pdi} بود؟", StringComparison.Ordinal));
            Assert.Contains(errors, line => line.Contains($"مورد «{Lri}a{Pdi}»: {Lri}$.cases[0].expect.outcome{Pdi}", StringComparison.Ordinal)
                && line.EndsWith($"پیامد ناشناختهٔ «{Lri}good{Pdi}»؛ یکی از {Lri}eligible{Pdi}، {Lri}ineligible{Pdi}، {Lri}incomplete{Pdi} یا {Lri}needs-review{Pdi} انتظار می‌رفت", StringComparison.Ordinal));
            Assert.Contains(errors, line => line.Contains($"تاریخ «{Lri}1404/13/01{Pdi}» نادرست است: ", StringComparison.Ordinal));
            string[] lines = CliTestHost.Lines(output);
            Assert.Equal(["پوشش: قاعده‌ای در کار نیست (هیچ فایل سناریویی بار نشد)", "۰ موفق، ۰ ناموفق"], lines);
            string outsideIsolates = System.Text.RegularExpressions.Regex.Replace(error + output, "\u2066[^\u2069]*\u2069", string.Empty);
            Assert.DoesNotMatch("[A-Za-z0-9]", outsideIsolates);

            var (englishCode, englishOutput, english) = CliTestHost.Run("test", bad);
            Assert.Equal(2, englishCode);
            Assert.Contains(CliTestHost.Lines(english), line => line.StartsWith($"ERROR {bad}: $.titel (line 2, column ", StringComparison.Ordinal)
                && line.EndsWith("): unknown property 'titel' in the top level — did you mean 'title'?", StringComparison.Ordinal));
            Assert.Contains(CliTestHost.Lines(english), line => line.StartsWith($"ERROR {bad}: case 'a': $.cases[0].expect.outcome (line 4, column ", StringComparison.Ordinal)
                && line.EndsWith("): unknown outcome 'good'; expected eligible, ineligible, incomplete or needs-review", StringComparison.Ordinal));
            Assert.Equal(["Coverage: no rules (no scenario file loaded)", "0 passed, 0 failed"], CliTestHost.Lines(englishOutput));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Test_in_Persian_says_results_unmet_expectations_and_coverage_in_Persian()
    {
        string file = Coop.Domain.Tests.Eligibility.Scenarios.ScenarioFixtures.Path("failing/failing.scenario.json");
        var (code, output, _) = CliTestHost.Run("test", file, "--lang", "fa");
        Assert.Equal(1, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal($"موفق {Lri}{file}{Pdi} › {Lri}passes{Pdi}", lines[0]);
        Assert.Equal($"ناموفق {Lri}{file}{Pdi} › {Lri}misses everything{Pdi}", lines[1]);
        Assert.Equal($"    پیامد «واجد شرایط» انتظار می‌رفت ولی «فاقد شرایط» شد ({Lri}COOP_INACTIVE{Pdi} ردشده)", lines[2]);
        Assert.Contains($"    {Lri}kit-fixture{Pdi} نسخهٔ ۱ {Lri}board-term{Pdi} ({Lri}BOARD_TERM{Pdi}): در ۲ مورد پذیرفته شد", lines);
        Assert.Equal("۱ موفق، ۱ ناموفق", lines[^1]);
        string outsideIsolates = System.Text.RegularExpressions.Regex.Replace(output, "\u2066[^\u2069]*\u2069", string.Empty);
        Assert.DoesNotMatch("[A-Za-z0-9]", outsideIsolates);
    }
}
