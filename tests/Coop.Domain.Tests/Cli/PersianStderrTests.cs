using Coop.Domain.Tests.Eligibility.Policies;
using static Coop.Domain.Tests.Text.PersianAssert;

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
    public void Validate_in_Persian_says_shape_errors_of_a_policy_in_Persian()
    {
        string dir = Directory.CreateTempSubdirectory("coop-validate-shape-fa").FullName;
        try
        {
            string bad = Path.Combine(dir, "shape.json");
            File.WriteAllText(bad, """{ "id": "p", "version": "x", "title": { "fa": "ت", "en": "t" }, "effectiveFrom": "1403/01/01", "rules": 5, "tittle": 1 }""");

            var (code, _, error) = CliTestHost.Run("validate", bad, "--lang", "fa");

            Assert.Equal(2, code);
            Assert.Contains($"{Lri}$.version{Pdi} (سطر ۱، ستون ۲۵): نوع نادرست: عدد صحیح انتظار می‌رفت، نه رشته", error, StringComparison.Ordinal);
            Assert.Contains($"نوع نادرست: آرایه انتظار می‌رفت، نه {Lri}5{Pdi}", error, StringComparison.Ordinal);
            Assert.Contains($"ویژگی ناشناختهٔ {Lri}tittle{Pdi}؛ منظورتان {Lri}title{Pdi} بود؟", error, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(error));

            var (_, _, english) = CliTestHost.Run("validate", bad);
            Assert.Contains($"{bad}: $.version (line 1, column 25): wrong type: expected a whole number, not a string", english, StringComparison.Ordinal);
            Assert.Contains($"{bad}: $.tittle (line 1, column 118): unknown property 'tittle' — did you mean 'title'?", english, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Validate_in_Persian_says_the_errors_of_a_broken_source_register_in_Persian()
    {
        string dir = Directory.CreateTempSubdirectory("coop-validate-register-fa").FullName;
        try
        {
            string register = Path.Combine(dir, "sources.json");
            File.WriteAllText(register, """{ "sources": [ { "id": "Bad_Id", "title": { "fa": "ت", "en": "t" }, "where": { "publisher": "p" }, "read": "2026-12-05", "standing": "oficial" } ] }""");
            string policy = Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/policies/example-policy.json");

            var (code, _, error) = CliTestHost.Run("validate", policy, "--register", register, "--lang", "fa");

            Assert.Equal(2, code);
            Assert.Contains($"«{Lri}Bad_Id{Pdi}» شناسهٔ منبع نیست", error, StringComparison.Ordinal);
            Assert.Contains($"جایگاه ناشناختهٔ «{Lri}oficial{Pdi}» (منظورتان {Lri}official{Pdi} بود؟)", error, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(error));

            var (_, _, missing) = CliTestHost.Run("validate", policy, "--register", Path.Combine(dir, "none.json"), "--lang", "fa");
            Assert.Contains("این فایل وجود ندارد", missing, StringComparison.Ordinal);

            var (_, _, english) = CliTestHost.Run("validate", policy, "--register", register);
            Assert.Contains("unknown standing 'oficial' — did you mean 'official'?; expected official, secondary, practice or assumption", english, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Validate_in_Persian_says_a_parameter_gap_in_Persian_with_Persian_dates()
    {
        string dir = Directory.CreateTempSubdirectory("coop-validate-gap-fa").FullName;
        try
        {
            string gappy = Path.Combine(dir, "gappy.json");
            File.WriteAllText(gappy, """
                { "id": "gappy", "version": 1, "title": { "fa": "ت", "en": "t" }, "effectiveFrom": "1403/01/01",
                  "parameters": [ { "name": "late", "type": "integer", "values": [ { "from": "1403/06/01", "value": 5 } ] } ],
                  "rules": [ { "id": "r", "code": "R", "severity": "blocking", "check": "cooperative.memberCount >= $late", "message": { "fa": "ف", "en": "e" } } ] }
                """);

            var (code, _, warnings) = CliTestHost.Run("validate", gappy, "--lang", "fa");

            Assert.Equal(0, code);
            Assert.Contains($"{Lri}$.parameters[0]{Pdi}: هشدار: {Lri}$late{Pdi} از ۱۴۰۳/۰۱/۰۱ تا ۱۴۰۳/۰۵/۳۱ مقداری ندارد", warnings, StringComparison.Ordinal);
            Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(warnings));

            var (_, _, english) = CliTestHost.Run("validate", gappy);
            Assert.Contains($"{gappy}: $.parameters[0]: warning: $late has no value from 1403/01/01 to 1403/05/31: rules that use it are incomplete on those days", english, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_in_Persian_says_why_policy_files_are_not_versions_of_one_policy_in_Persian()
    {
        string dir = Directory.CreateTempSubdirectory("coop-evaluate-overlap-fa").FullName;
        try
        {
            string[] files = [Path.Combine(dir, "a.json"), Path.Combine(dir, "b.json")];
            for (int v = 1; v <= 2; v++)
            {
                File.WriteAllText(files[v - 1], "{ \"id\": \"p\", \"version\": " + v + ", \"title\": { \"fa\": \"ت\", \"en\": \"t\" }, \"effectiveFrom\": \"" + (v == 1 ? "1403" : "1404")
                    + "/01/01\", \"rules\": [ { \"id\": \"r\", \"code\": \"R\", \"severity\": \"blocking\", \"check\": \"cooperative.active\", \"message\": { \"fa\": \"ف\", \"en\": \"e\" } } ] }");
            }

            string registry = Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/registry/sample-registry.jsonl");
            var (code, _, error) = CliTestHost.Run("evaluate", "--policy", files[0], "--policy", files[1], "--registry", registry, "--as-of", "1404/06/01", "--lang", "fa");

            Assert.Equal(2, code);
            Assert.Contains($"این فایل‌ها نسخه‌های یک سیاست نیستند: نسخهٔ ۱ سیاست {Lri}p{Pdi} پایان ندارد، پس با نسخهٔ ۲ از ۱۴۰۴/۰۱/۰۱ هم‌پوشانی دارد", error, StringComparison.Ordinal);
            Assert.DoesNotContain("open-ended", error, StringComparison.Ordinal);

            var (_, _, english) = CliTestHost.Run("evaluate", "--policy", files[0], "--policy", files[1], "--registry", registry, "--as-of", "1404/06/01");
            Assert.Contains("the files are not versions of one policy: Version 1 of 'p' is open-ended, so it overlaps version 2 from 1404/01/01.", english, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_in_Persian_says_no_version_is_in_force_in_Persian()
    {
        string registry = Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/registry/sample-registry.jsonl");

        var (code, _, error) = CliTestHost.Run("evaluate", "--policy", "cdb-employment-facility", "--registry", registry, "--as-of", "1300/06/01", "--lang", "fa");

        Assert.Equal(2, code);
        Assert.Contains($"هیچ نسخه‌ای از سیاست {Lri}cdb-employment-facility{Pdi} در ۱۳۰۰/۰۶/۰۱ نافذ نیست (نسخه‌ها: نسخهٔ ۱ از ۱۴۰۳/۰۱/۰۱ تا پایانِ باز)", error, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(error));
    }

    [Fact]
    public void Test_in_Persian_says_the_errors_of_a_scenarios_broken_policy_from_their_codes()
    {
        string dir = Directory.CreateTempSubdirectory("coop-test-policy-fa").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "shape.json"), """{ "id": "p", "version": "x", "title": { "fa": "ت", "en": "t" }, "effectiveFrom": "1403/01/01", "rules": [] }""");
            string cooperative = Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("seeds/scenarios/bases/facility-employment-coop.json").Replace("\\", "/", StringComparison.Ordinal);
            File.WriteAllText(
                Path.Combine(dir, "bad.scenario.json"),
                "{ \"title\": \"t\", \"policy\": \"shape.json\", \"asOf\": \"1404/08/25\", \"base\": { \"cooperative\": \"" + cooperative + "\" }, " +
                "\"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }");

            var (code, _, error) = CliTestHost.Run("test", dir, "--lang", "fa");

            Assert.Equal(2, code);
            Assert.Contains($"{Lri}$.version{Pdi} (سطر ۱، ستون ۲۵): نوع نادرست: عدد صحیح انتظار می‌رفت، نه رشته", error, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong type", error, StringComparison.Ordinal);

            var (_, _, english) = CliTestHost.Run("test", dir);
            Assert.Contains("shape.json: $.version (line 1, column 25): wrong type: expected a whole number, not a string", english, StringComparison.Ordinal);
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
            Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(error + output));

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
        Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(output));
    }

    private static void AssertNoLatinOutsideIsolates(string text) =>
        Assert.DoesNotContain(OutsideIsolates(text), c => char.IsAsciiLetter(c) || char.IsAsciiDigit(c));

    private static string NoRegistry() => Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N") + ".jsonl");

    [Fact]
    public void A_fiscal_start_of_13_is_refused_in_Persian_and_stays_English_by_default()
    {
        var (code, output, error) = CliTestHost.Run("report", "--registry", NoRegistry(), "--fiscal-start", "13", "--lang", "fa");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"{Lri}--fiscal-start{Pdi}: ماه ۱۳ وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ شماره می‌خورند", error.TrimEnd());
        AssertNoLatinOutsideIsolates(error);

        var (_, _, english) = CliTestHost.Run("report", "--registry", NoRegistry(), "--fiscal-start", "13");
        Assert.Equal("--fiscal-start: Month 13 does not exist; months are numbered 1 to 12 (01 = Farvardin … 12 = Esfand). (column 1)", english.TrimEnd());
    }

    [Theory]
    [InlineData("1404-Q9")]
    [InlineData("1404@07-08")]
    [InlineData("foo 1404")]
    [InlineData("1404-Q3 x")]
    [InlineData("1404-Q1..1404-Q2")]
    [InlineData("1404!")]
    [InlineData("9999")]
    [InlineData("از 1404/08/25")]
    [InlineData("1404/09/01..1404/08/01")]
    public void A_bad_report_period_is_refused_wholly_in_Persian(string period)
    {
        var (code, _, error) = CliTestHost.Run("report", "--registry", NoRegistry(), "--from", period, "--lang", "fa");

        Assert.Equal(2, code);
        Assert.StartsWith($"{Lri}--from{Pdi} «", error, StringComparison.Ordinal);
        AssertNoLatinOutsideIsolates(error);
        Assert.Contains(error, c => c is >= '\u0600' and <= '\u06FF');
    }

    [Fact]
    public void A_season_out_of_range_is_said_in_Persian_with_what_was_typed_isolated()
    {
        var (_, _, error) = CliTestHost.Run("report", "--registry", NoRegistry(), "--from", "1404-Q9", "--lang", "fa");

        Assert.Equal(
            $"{Lri}--from{Pdi} «{Lri}1404-Q9{Pdi}»: فصل‌ها از {Lri}Q1{Pdi} تا {Lri}Q4{Pdi} شماره می‌خورند (بهار، تابستان، پاییز، زمستان)، نه «{Lri}Q9{Pdi}»",
            error.TrimEnd());
    }

    [Theory]
    [InlineData("x", "«\u2066x\u2069» عدد نیست؛")]
    [InlineData("-5 rial", "مبلغ منفی است (\u2212۵ ریال)؛ باید صفر یا بیشتر باشد")]
    [InlineData("500 billion", "مبلغ با یکای پول پایان می‌یابد: ریال یا تومان")]
    [InlineData("1.5 rial", "مبلغ باید عددی درست از ریال باشد")]
    [InlineData("", "متن خالی است")]
    public void A_bad_budget_is_said_wholly_in_Persian_from_its_code(string budget, string expected)
    {
        var (code, output, error) = CliTestHost.Run(
            "evaluate", "--policy", Coop.Domain.Tests.Eligibility.Batch.BatchFixtures.File("test-facility-1404.json"),
            "--registry", Coop.Domain.Tests.Eligibility.Batch.BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet", "--budget", budget, "--lang", "fa");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"{Lri}--budget{Pdi} «", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        AssertNoLatinOutsideIsolates(error);
    }

    [Fact]
    public void A_bad_budget_stays_English_by_default()
    {
        var (code, _, error) = CliTestHost.Run(
            "evaluate", "--policy", Coop.Domain.Tests.Eligibility.Batch.BatchFixtures.File("test-facility-1404.json"),
            "--registry", Coop.Domain.Tests.Eligibility.Batch.BatchFixtures.Registry, "--as-of", "1404/06/15", "--quiet", "--budget", "-5 rial");

        Assert.Equal(2, code);
        Assert.Equal("--budget: '-5 rial' is negative; a budget is zero or more", error.TrimEnd());
    }

    [Fact]
    public void Validate_unverified_lists_in_Persian_with_Persian_digits_and_dates_and_ids_isolated()
    {
        var (code, output, _) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/example-policy.json"), "--syntax-only", "--unverified", "--lang", "fa");

        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.All(lines, AssertNoLatinOutsideIsolates);
        Assert.Contains(lines, l => l.EndsWith($": پارامتر تأییدنشدهٔ {Lri}$minimumMembers{Pdi} (عدد صحیح، {Lri}members{Pdi}) — حداقل تعداد اعضا بر حسب نوع تعاونی", StringComparison.Ordinal));
        Assert.Contains($"    از ۱۴۰۳/۰۱/۰۱: {{ {Lri}consumer{Pdi}: ۷، {Lri}housing{Pdi}: ۱۵، {Lri}producer{Pdi}: ۷ }} — بدون منبع: یک فرض", lines);
        Assert.Contains($"    به کار رفته در: {Lri}minimum-members{Pdi} ({Lri}MIN_MEMBERS{Pdi})", lines);
        Assert.Contains("    از ۱۴۰۴/۰۱/۰۱: ۵۰٬۰۰۰٬۰۰۰٬۰۰۰ ریال — بدون منبع: یک فرض", lines);
        Assert.Equal(3, lines.Count(l => l.Contains(": پارامتر تأییدنشدهٔ ", StringComparison.Ordinal)));
        Assert.StartsWith("۳ پارامتر تأییدنشده: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_unverified_in_Persian_names_the_standing_of_each_sourced_value()
    {
        var (code, output, _) = CliTestHost.Run("validate", "--unverified", RepoFiles.Path("seeds/policies/cdb-employment-facility.json"), "--lang", "fa");

        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.All(lines, AssertNoLatinOutsideIsolates);
        Assert.Contains($"    از ۱۴۰۳/۰۱/۰۱: ۸٬۰۰۰٬۰۰۰٬۰۰۰ ریال — فرض: {Lri}assumption-max-amount-per-job{Pdi}", lines);
        Assert.Equal(8, lines.Count(l => l.Contains(": پارامتر تأییدنشدهٔ ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2025-02-30", "نامعتبر: فوریه ۲۰۲۵ ۲۸ روز دارد؛ روز ۳۰ فوریه ۲۰۲۵ وجود ندارد")]
    [InlineData("2025-13-01", "نامعتبر: ماه ۱۳ وجود ندارد؛ ماه‌ها از ۱ تا ۱۲ شماره می‌خورند")]
    [InlineData("2025-02-00", "نامعتبر: روزهای ماه از ۱ شماره می‌خورند")]
    public void A_Gregorian_date_that_does_not_exist_is_refused_wholly_in_Persian(string date, string expected)
    {
        var (code, output, error) = CliTestHost.Run("convert", date, "--lang", "fa");

        Assert.Equal(2, code);
        Assert.Contains(expected, output + error, StringComparison.Ordinal);
        AssertNoLatinOutsideIsolates(output + error);
    }

    public static TheoryData<string> RegistryVerbs() => ["report", "evaluate", "registry"];

    private static string[] ReadRegistry(string verb, string path, params string[] more) => verb switch
    {
        "registry" => ["registry", "check", path, .. more],
        "evaluate" => ["evaluate", "--registry", path, "--policy", "cdb-employment-facility", .. more],
        _ => ["report", "--registry", path, "--by", "year", .. more],
    };

    [Theory]
    [MemberData(nameof(RegistryVerbs))]
    public void A_missing_registry_file_is_said_in_Persian_without_the_system_s_English(string verb)
    {
        string path = NoRegistry();
        string where = verb == "registry" ? path : "--registry " + path;

        var (code, output, error) = CliTestHost.Run(ReadRegistry(verb, path, "--lang", "fa"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"{Lri}{where}{Pdi}: این فایل وجود ندارد.", error.TrimEnd());
        AssertNoLatinOutsideIsolates(error);
        Assert.DoesNotContain("Could not find", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RegistryVerbs))]
    public void A_folder_given_as_the_registry_is_said_in_Persian_to_be_a_folder(string verb)
    {
        string folder = Directory.CreateTempSubdirectory("coop-registry-folder-").FullName;
        try
        {
            string where = verb == "registry" ? folder : "--registry " + folder;

            var (code, output, error) = CliTestHost.Run(ReadRegistry(verb, folder, "--lang", "fa"));
            var (englishCode, _, english) = CliTestHost.Run(ReadRegistry(verb, folder));

            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Equal($"{Lri}{where}{Pdi}: پوشه است، نه فایل ثبت.", error.TrimEnd());
            AssertNoLatinOutsideIsolates(error);
            Assert.Equal(2, englishCode);
            Assert.Equal($"{where}: is a folder, not a registry file.", english.TrimEnd());
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public void A_chart_in_a_missing_folder_is_said_in_Persian_and_stays_English_by_default()
    {
        string registry = RepoFiles.Path("seeds/registry/sample-registry.jsonl");
        string chart = Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N"), "c.svg");
        var (code, _, error) = CliTestHost.Run("report", "--registry", registry, "--by", "year", "--chart", chart, "--quiet", "--lang", "fa");
        var (englishCode, _, english) = CliTestHost.Run("report", "--registry", registry, "--by", "year", "--chart", chart, "--quiet");

        Assert.NotEqual(0, code);
        Assert.Contains($"{Lri}--chart {chart}{Pdi}: نوشته نمی‌شود: پوشه‌ای از این مسیر وجود ندارد.", error, StringComparison.Ordinal);
        AssertNoLatinOutsideIsolates(error);
        Assert.Equal(code, englishCode);
        Assert.Contains($"--chart {chart}: cannot write: Could not find a part of the path", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_holiday_table_is_said_in_Persian_line_by_line()
    {
        string table = Path.Combine(Path.GetTempPath(), "coop-holidays-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(table, "solar_hijri_date\tkind\tname_fa\tname_en\n1404/07/31\tfoo\tنام\tName\n");
        try
        {
            var (code, _, error) = CliTestHost.Run("holidays", "1404", "--holidays", table, "--lang", "fa");
            var (_, _, english) = CliTestHost.Run("holidays", "1404", "--holidays", table);

            Assert.NotEqual(0, code);
            Assert.Contains($"  سطر ۲، ستون {Lri}kind{Pdi}: نوعِ «{Lri}foo{Pdi}» هیچ‌یک از {Lri}solar{Pdi}، {Lri}lunar{Pdi} یا {Lri}adhoc{Pdi} نیست", error, StringComparison.Ordinal);
            Assert.Contains("مهر ۳۰ روز دارد", error, StringComparison.Ordinal);
            AssertNoLatinOutsideIsolates(error);
            Assert.Contains("line 2, column kind: kind 'foo' is not solar, lunar or adhoc", english, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(table);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("whatif")]
    public void A_file_that_is_not_a_registry_is_said_in_Persian_by_evaluate_and_whatif(string verb)
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-not-registry-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(path, "{\"hello\":1}\n");
        try
        {
            string[] args = verb == "evaluate"
                ? ["evaluate", "--registry", path, "--policy", "cdb-employment-facility", "--quiet"]
                : ["whatif", "--registry", path, "--current", "cdb-employment-facility", "--draft", RepoFiles.Path("seeds/drafts/cdb-employment-facility.draft.json"), "--quiet"];

            var (code, _, error) = CliTestHost.Run([.. args, "--lang", "fa"]);
            var (_, _, english) = CliTestHost.Run(args);

            Assert.Equal(2, code);
            Assert.StartsWith($"{Lri}--registry {path}{Pdi}: فایل ثبت نیست (سطر ۱): سرآیند نیست: ", error, StringComparison.Ordinal);
            AssertNoLatinOutsideIsolates(error);
            Assert.StartsWith($"--registry {path}: not a coop registry (line 1): missing header: ", english, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
