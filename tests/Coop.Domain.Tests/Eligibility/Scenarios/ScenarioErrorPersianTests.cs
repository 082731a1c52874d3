using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Facts;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Text;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class ScenarioErrorPersianTests
{
    // An argument the sentence names: as written (isolated) or, for numbers and dates, in Persian digits.
    private static void AssertShown(string argument, string text) =>
        Assert.True(
            text.Contains(argument, StringComparison.Ordinal) || text.Contains(PersianText.ToPersianDigits(argument.Replace('.', '\u066B')), StringComparison.Ordinal),
            $"'{argument}' is not in: {text}");

    private static readonly PolicyError PolicyProblem =
        new PolicyError("p.json", "$.version", 1, 30, "the version must be 1 or more, not 0") { Code = PolicyErrorCode.InvalidVersion, Arguments = ["0"] };

    private static readonly PolicyError VersionsProblem =
        new PolicyError(null, "$", null, null, "Versions 1 and 2 of 'p' overlap on 1404/06/01.") { Code = PolicyErrorCode.VersionsOverlap, Arguments = ["p", "1", "2", "1404/06/01", "1404/12/29"] };

    // For each code: realistic arguments, and those of them the Persian must show (the others are tokens it translates).
    private static readonly Dictionary<ScenarioErrorCode, (string[] Arguments, string[] Shown)> Examples = new()
    {
        [ScenarioErrorCode.Policy] = ([], []),
        [ScenarioErrorCode.MalformedJson] = ([], []),
        [ScenarioErrorCode.EmptyPath] = ([], []),
        [ScenarioErrorCode.NoScenarioFiles] = ([".scenario.json"], [".scenario.json"]),
        [ScenarioErrorCode.PathNotFound] = ([], []),
        [ScenarioErrorCode.PathUnreadable] = (["Access to the path is denied."], ["Access to the path is denied."]),
        [ScenarioErrorCode.NotAFile] = (["policy"], []),
        [ScenarioErrorCode.FileNotFound] = ([], []),
        [ScenarioErrorCode.FileUnreadable] = (["Access to the path is denied."], ["Access to the path is denied."]),
        [ScenarioErrorCode.FileTooLarge] = (["4194304", "5000000"], ["4194304", "5000000"]),
        [ScenarioErrorCode.EmptyFile] = (["scenario"], []),
        [ScenarioErrorCode.NotText] = (["cooperative"], []),
        [ScenarioErrorCode.NotAnObject] = (["scenario", "array"], []),
        [ScenarioErrorCode.Unreadable] = (["The node has a parent."], ["The node has a parent."]),
        [ScenarioErrorCode.UnknownProperty] = (["titel", "title"], ["titel", "title"]),
        [ScenarioErrorCode.WrongType] = (["date", "number"], []),
        [ScenarioErrorCode.MissingProperty] = (["cases"], ["cases"]),
        [ScenarioErrorCode.NoCases] = ([], []),
        [ScenarioErrorCode.PolicyAndPolicyId] = ([], []),
        [ScenarioErrorCode.EmptyPolicyList] = ([], []),
        [ScenarioErrorCode.PolicyIsFolder] = (["policies"], ["policies"]),
        [ScenarioErrorCode.PolicyFileNotFound] = (["p/policy.json"], ["p/policy.json"]),
        [ScenarioErrorCode.UnknownPolicyId] = (["nope", "cdb-employment-facility", "smart-system-profile"], ["nope", "cdb-employment-facility", "smart-system-profile"]),
        [ScenarioErrorCode.PolicyVersionsConflict] = ([], []),
        [ScenarioErrorCode.BaseCooperativeNotFound] = (["bases/coop.json"], ["bases/coop.json"]),
        [ScenarioErrorCode.BaseCooperativeInvalid] = (["inline"], []),
        [ScenarioErrorCode.BaseApplicationInvalid] = ([], []),
        [ScenarioErrorCode.PatchedValueInvalid] = (["cooperative", "$.members[0].joinedOn"], ["$.members[0].joinedOn"]),
        [ScenarioErrorCode.BlankCaseName] = ([], []),
        [ScenarioErrorCode.DuplicateCaseName] = (["first", "0"], ["first", "0"]),
        [ScenarioErrorCode.NoAsOf] = ([], []),
        [ScenarioErrorCode.PolicyNotInForce] =
            (["p", "1390/01/01", "1", "1400/01/01", "1404/12/29", "2", "1405/01/01", ""], ["p", "1390/01/01", "1400/01/01", "1404/12/29", "1405/01/01"]),
        [ScenarioErrorCode.NullCooperative] = ([], []),
        [ScenarioErrorCode.NoCooperative] = ([], []),
        [ScenarioErrorCode.PatchNullNotTrue] = ([], []),
        [ScenarioErrorCode.PatchMixedOperations] = (["x, y"], ["x, y"]),
        [ScenarioErrorCode.PatchTargetNotArray] = (["$append", "object"], ["$append"]),
        [ScenarioErrorCode.PatchNotObject] = (["array"], []),
        [ScenarioErrorCode.RemoveNotArray] = (["string"], []),
        [ScenarioErrorCode.AppendNotArray] = (["number"], []),
        [ScenarioErrorCode.IndexOutOfRange] = (["3", "2"], ["3", "2"]),
        [ScenarioErrorCode.NullElementPatch] = ([], []),
        [ScenarioErrorCode.DuplicateIndex] = (["2"], ["2"]),
        [ScenarioErrorCode.UnknownOutcome] = (["good"], ["good"]),
        [ScenarioErrorCode.EmptyScoreRange] = ([], []),
        [ScenarioErrorCode.ReversedScoreRange] = (["9", "2.5"], ["9", "2.5"]),
        [ScenarioErrorCode.ExpectsNothing] = ([], []),
        [ScenarioErrorCode.UnknownRule] = (["p", "NOPE", "MIN_MEMBERS", "BOARD_TERM"], ["p", "NOPE", "MIN_MEMBERS", "BOARD_TERM"]),
        [ScenarioErrorCode.RuleListedTwice] = (["MIN_MEMBERS", "passes"], ["MIN_MEMBERS", "passes"]),
        [ScenarioErrorCode.InvalidDate] = (["1404/13/01"], ["1404/13/01"]),
    };

    public static TheoryData<ScenarioErrorCode> Codes() => [.. Enum.GetValues<ScenarioErrorCode>().Where(c => c != ScenarioErrorCode.Unspecified)];

    private static ScenarioError Example(ScenarioErrorCode code)
    {
        (string[] arguments, _) = Examples[code];
        var error = new ScenarioError("a.scenario.json", "first", "$.cases[0]", 3, 5, "english") { Code = code, Arguments = arguments };
        return code switch
        {
            ScenarioErrorCode.Policy or ScenarioErrorCode.MalformedJson => error with { PolicyError = PolicyProblem },
            ScenarioErrorCode.PolicyVersionsConflict => error with { PolicyError = VersionsProblem },
            ScenarioErrorCode.InvalidDate => error with { DateError = CalendarConversion.ReadSolarHijriDay("1404/13/01").Error },
            _ => error,
        };
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_said_in_Persian_with_its_arguments_and_Latin_only_inside_isolates(ScenarioErrorCode code)
    {
        Assert.True(Examples.ContainsKey(code), $"no example for {code}");
        ScenarioError error = Example(code);

        AssertPersianOutsideIsolates(error.MessageFa);
        AssertPersianOutsideIsolates(error.ToPersianString());
        Assert.DoesNotContain("english", error.MessageFa, StringComparison.Ordinal);
        Assert.All(Examples[code].Shown, argument => AssertShown(argument, error.MessageFa));
    }

    [Fact]
    public void A_wrapped_policy_error_is_said_by_its_own_Persian()
    {
        ScenarioError error = ScenarioError.FromPolicyError(PolicyProblem);

        Assert.Equal(ScenarioErrorCode.Policy, error.Code);
        Assert.Same(PolicyProblem, error.PolicyError);
        Assert.Equal("نسخه باید ۱ یا بیشتر باشد، نه ۰", error.MessageFa);
        Assert.Equal("\u2066p.json\u2069: \u2066$.version\u2069 (سطر ۱، ستون ۳۰): نسخه باید ۱ یا بیشتر باشد، نه ۰", error.ToPersianString());
        Assert.Equal(PolicyProblem.Message, error.Message);
    }

    [Fact]
    public void An_invalid_date_is_said_with_the_date_parsers_Persian_reason()
    {
        ScenarioError error = Example(ScenarioErrorCode.InvalidDate);

        Assert.StartsWith("تاریخ «\u20661404/13/01\u2069» نادرست است: ", error.MessageFa, StringComparison.Ordinal);
        Assert.EndsWith(error.DateError!.Value.MessageFa, error.MessageFa, StringComparison.Ordinal);
    }

    [Fact]
    public void The_place_names_the_case_and_says_line_and_column_in_Persian_digits()
    {
        ScenarioError error = new ScenarioError("a.scenario.json", "first", "$.cases[1].name", 12, 7, "the case name is blank").With(ScenarioErrorCode.BlankCaseName);

        Assert.Equal("\u2066a.scenario.json\u2069: مورد «\u2066first\u2069»: \u2066$.cases[1].name\u2069 (سطر ۱۲، ستون ۷): نام مورد خالی است", error.ToPersianString());
        Assert.Equal("a.scenario.json: case 'first': $.cases[1].name (line 12, column 7): the case name is blank", error.ToString());
    }

    [Fact]
    public void Errors_compare_their_arguments_by_content()
    {
        var a = new ScenarioError("f", null, "$", null, null, "m") { Code = ScenarioErrorCode.DuplicateIndex, Arguments = ["2"] };
        var b = new ScenarioError("f", null, "$", null, null, "m") { Code = ScenarioErrorCode.DuplicateIndex, Arguments = new List<string> { "2" } };
        var c = a with { Arguments = ["3"] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, a with { Code = ScenarioErrorCode.IndexOutOfRange });
    }

    [Fact]
    public void A_broken_scenario_file_gives_every_error_a_code_and_Persian_and_keeps_its_English()
    {
        ScenarioReadResult result = ScenarioFixtures.Read("""
            {
              "policy": "policy.json", "asOf": "1404/13/25", "titel": "x",
              "base": { "cooperative": "bases/coop.json", "application": 5 },
              "cases": [
                { "name": "", "expect": {} },
                { "name": "a", "asOf": "2025/01/01", "cooperative": 3,
                  "expect": { "outcome": "good", "fails": ["NOPE", 4], "passes": ["MIN_MEMBERS", "MIN_MEMBERS"], "score": { "min": 9, "max": 2, "avg": 1 } } },
                { "name": "a", "expect": { "score": {} } },
                { "name": "b", "asOf": "1390/01/01", "cooperative": { "members": { "$append": 5, "x": 1 } }, "expect": { "outcome": "eligible" } },
                { "name": "c", "cooperative": { "members": { "$remove": [9, 9] } }, "expect": { "outcome": "eligible" } },
                { "name": "d", "cooperative": { "name": 5 }, "expect": { "outcome": "eligible" } },
                { "name": "e", "cooperative": null, "expect": { "outcome": "eligible" } },
                { "expect": { "outcome": "eligible" } },
                5
              ]
            }
            """);

        Assert.Null(result.Suite);
        Assert.True(result.Errors.Count >= 15, string.Join("\n", result.Errors));
        Assert.All(result.Errors, e =>
        {
            Assert.NotEqual(ScenarioErrorCode.Unspecified, e.Code);
            AssertPersianOutsideIsolates(e.ToPersianString());
        });
        ScenarioError unknown = Assert.Single(result.Errors, e => e.Code == ScenarioErrorCode.UnknownRule);
        Assert.Equal(["kit-fixture", "NOPE", "COOP_INACTIVE", "MIN_MEMBERS", "BOARD_TERM", "AMOUNT_TOO_HIGH"], unknown.Arguments);
        Assert.StartsWith("the policy 'kit-fixture' has no rule with the code or id 'NOPE'", unknown.Message, StringComparison.Ordinal);
        ScenarioError patched = Assert.Single(result.Errors, e => e.Code == ScenarioErrorCode.PatchedValueInvalid);
        Assert.StartsWith("the patched cooperative is invalid at $.name: ", patched.Message, StringComparison.Ordinal);
        Assert.StartsWith("تعاونی پس از وصله نامعتبر است در \u2066$.name\u2069: ", patched.MessageFa, StringComparison.Ordinal);
        Assert.NotNull(patched.ValueError);
        Assert.EndsWith(patched.ValueError.MessageFa, patched.MessageFa, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_scenario_file_carries_the_policy_readers_JSON_error()
    {
        ScenarioError error = ScenarioFixtures.SingleError(ScenarioFixtures.Read("""{ "policy": "policy.json", """));

        Assert.Equal(ScenarioErrorCode.MalformedJson, error.Code);
        Assert.Equal(PolicyErrorCode.MalformedJson, error.PolicyError!.Code);
        Assert.Equal(error.PolicyError.MessageFa, error.MessageFa);
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
    }

    private static Policy Version(string id, int version, SolarHijriDate from, SolarHijriDate? to) => PolicyBuilder.Create(id, version)
        .Title("ت", "t").Effective(from, to).Rule("r", r => r.Code("R").Check("cooperative.active").Message("ف", "e")).Build();

    public static TheoryData<string> Conflicts() => ["different-ids", "duplicate-version", "open-ended", "overlap"];

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void Every_policy_version_conflict_is_said_in_Persian_by_the_policys_own_conflict_error(string kind)
    {
        SolarHijriDate y1403 = new(1403, 1, 1), y1404 = new(1404, 1, 1), end1403 = new(1403, 12, 30);
        Policy[] versions = kind switch
        {
            "different-ids" => [Version("p", 1, y1403, end1403), Version("q", 2, y1404, null)],
            "duplicate-version" => [Version("p", 1, y1403, end1403), Version("p", 1, y1404, null)],
            "open-ended" => [Version("p", 1, y1403, null), Version("p", 2, y1404, null)],
            _ => [Version("p", 1, y1403, new SolarHijriDate(1404, 6, 1)), Version("p", 2, y1404, null)],
        };
        PolicyError conflict = Policy.VersionConflict(versions)!;
        var error = new ScenarioError("a.scenario.json", null, "$.policy", 2, 13, "english") { Code = ScenarioErrorCode.PolicyVersionsConflict, PolicyError = conflict };

        Assert.Equal("فایل‌های سیاست نسخه‌های یک سیاست نیستند: " + conflict.MessageFa, error.MessageFa);
        AssertPersianOutsideIsolates(error.MessageFa);
    }

    [Fact]
    public void A_policy_version_conflict_no_coded_error_explains_keeps_its_English_reason_isolated()
    {
        var error = new ScenarioError("a.scenario.json", null, "$.policy", 2, 13, "english") { Code = ScenarioErrorCode.PolicyVersionsConflict, Arguments = ["Some reason."] };

        Assert.Equal("فایل‌های سیاست نسخه‌های یک سیاست نیستند: \u2066Some reason.\u2069", error.MessageFa);
    }

    [Fact]
    public void Two_files_of_one_policy_version_are_a_conflict_said_in_Persian_from_its_code()
    {
        ScenarioReadResult result = ScenarioFixtures.Read("""{ "policy": ["policy.json", "policy.json"], "asOf": "1404/06/15", "base": { "cooperative": "bases/coop.json" }, "cases": [{ "name": "x", "expect": { "outcome": "eligible" } }] }""");

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal("the policy files do not form one policy's versions: The policy 'kit-fixture' has version 1 twice. (Parameter 'versions')", error.Message);
        Assert.Empty(error.Arguments);
        Assert.Equal(PolicyErrorCode.DuplicateVersion, error.PolicyError!.Code);
        Assert.Equal(["kit-fixture", "1", ""], error.PolicyError.Arguments);
        Assert.Equal("فایل‌های سیاست نسخه‌های یک سیاست نیستند: نسخهٔ ۱ سیاست \u2066kit-fixture\u2069 دو بار تعریف شده است؛ به هر نسخه شمارهٔ خودش را بدهید", error.MessageFa);
    }

    [Fact]
    public void A_date_no_version_covers_is_said_in_the_words_of_PolicyNotInForceException()
    {
        ScenarioReadResult result = ScenarioFixtures.Read("""{ "policy": "policy.json", "asOf": "1300/06/15", "base": { "cooperative": "bases/coop.json" }, "cases": [{ "name": "x", "expect": { "outcome": "eligible" } }] }""");

        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(ScenarioErrorCode.PolicyNotInForce, error.Code);
        var set = new PolicySet<EligibilityFacts>([new CompiledPolicy<EligibilityFacts>(PolicyFile.ReadFile(ScenarioFixtures.Path("policy.json")).Policy!, CoopFactSchema.Instance)]);
        PolicyNotInForceException thrown = Assert.Throws<PolicyNotInForceException>(() => set.Select(new SolarHijriDate(1300, 6, 15)));
        Assert.Equal(thrown.Message, error.Message);
        Assert.Equal(thrown.MessageFa, error.MessageFa);
    }

    [Theory]
    [InlineData("3", "«\u20663\u2069» اندیسی از آرایهٔ پایه نیست، که ۲ عنصر دارد (اندیس‌های ۰ تا ۱)")]
    [InlineData("object", "شیء اندیسی از آرایهٔ پایه نیست، که ۲ عنصر دارد (اندیس‌های ۰ تا ۱)")]
    public void An_index_out_of_range_names_the_item_and_the_indexes_there_are(string item, string persian)
    {
        var error = new ScenarioError(null, null, "$.p.$remove[0]", null, null, "english") { Code = ScenarioErrorCode.IndexOutOfRange, Arguments = [item, "2"] };

        Assert.Equal(persian, error.MessageFa);
    }

    [Fact]
    public void Missing_paths_and_empty_folders_are_said_in_Persian()
    {
        string dir = Directory.CreateTempSubdirectory("coop-scenario-fa").FullName;
        try
        {
            var errors = new List<ScenarioError>();
            ScenarioRunner.FindFiles([dir, Path.Combine(dir, "missing"), string.Empty], errors);

            Assert.Equal([ScenarioErrorCode.NoScenarioFiles, ScenarioErrorCode.PathNotFound, ScenarioErrorCode.EmptyPath], errors.Select(e => e.Code));
            Assert.Equal("در این پوشه هیچ فایل \u2066*.scenario.json\u2069 نیست", errors[0].MessageFa);
            Assert.Equal("the folder has no *.scenario.json files", errors[0].Message);
            Assert.Equal("چنین فایل یا پوشه‌ای نیست", errors[1].MessageFa);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    public static TheoryData<UnmetExpectationCode> UnmetCodes() => [.. Enum.GetValues<UnmetExpectationCode>().Where(c => c != UnmetExpectationCode.Unspecified)];

    private static readonly Dictionary<UnmetExpectationCode, (string[] Arguments, string[] Shown)> UnmetExamples = new()
    {
        [UnmetExpectationCode.Outcome] = (["eligible", "ineligible", "COOP_INACTIVE", "failed", "BOARD_TERM", "incomplete"], ["COOP_INACTIVE", "BOARD_TERM"]),
        [UnmetExpectationCode.Status] = (["MIN_MEMBERS", "failed", "passed"], ["MIN_MEMBERS"]),
        [UnmetExpectationCode.NoSuchRule] = (["NOPE", "assumption", "2", "kit-fixture", "1404/06/15"], ["NOPE", "2", "kit-fixture", "1404/06/15"]),
        [UnmetExpectationCode.NotFailedOnAssumption] = (["MIN_MEMBERS", "not-applicable"], ["MIN_MEMBERS"]),
        [UnmetExpectationCode.FailedOnSources] = (["MIN_MEMBERS"], ["MIN_MEMBERS"]),
        [UnmetExpectationCode.Score] = (["5", "7.5", "10"], ["5", "7.5", "10"]),
    };

    [Theory]
    [MemberData(nameof(UnmetCodes))]
    public void Every_unmet_expectation_is_said_in_Persian_with_its_arguments(UnmetExpectationCode code)
    {
        Assert.True(UnmetExamples.ContainsKey(code), $"no example for {code}");
        var unmet = new UnmetExpectation("english", new PolicyText("پیام قاعده.", "The rule's message.")) { Code = code, Arguments = UnmetExamples[code].Arguments };

        AssertPersianOutsideIsolates(unmet.TextFa);
        Assert.All(UnmetExamples[code].Shown, argument => AssertShown(argument, unmet.TextFa));
        Assert.Equal(unmet.TextFa + ": پیام قاعده.", unmet.Describe(persian: true));
        Assert.Equal("english: The rule's message.", unmet.Describe());
    }

    [Fact]
    public void Unmet_expectations_of_a_run_carry_codes_and_read_in_Persian()
    {
        ScenarioRunResult result = new ScenarioRunner().Run([ScenarioFixtures.Path("failing/failing.scenario.json")]);
        IReadOnlyList<UnmetExpectation> unmet = result.Cases[1].Unmet;

        Assert.Equal(
            [UnmetExpectationCode.Outcome, UnmetExpectationCode.Status, UnmetExpectationCode.Status, UnmetExpectationCode.Status, UnmetExpectationCode.Status, UnmetExpectationCode.Score],
            unmet.Select(u => u.Code));
        Assert.Equal("پیامد «واجد شرایط» انتظار می‌رفت ولی «فاقد شرایط» شد (\u2066COOP_INACTIVE\u2069 ردشده)", unmet[0].TextFa);
        Assert.Equal("امتیازی دست‌کم ۲۰ انتظار می‌رفت ولی امتیاز ۱۰ شد", unmet[5].TextFa);
        Assert.All(unmet, u => AssertPersianOutsideIsolates(u.Describe(persian: true)));
    }

    [Fact]
    public void The_policy_testing_doc_names_every_scenario_error_and_unmet_expectation_code()
    {
        string doc = File.ReadAllText(Coop.Domain.Tests.Eligibility.Policies.RepoFiles.Path("docs/policy-testing.md"));

        Assert.All(
            Enum.GetNames<ScenarioErrorCode>().Where(n => n != nameof(ScenarioErrorCode.Unspecified)).Concat(
                Enum.GetNames<UnmetExpectationCode>().Where(n => n != nameof(UnmetExpectationCode.Unspecified))),
            name => Assert.Contains("`" + name + "`", doc, StringComparison.Ordinal));
    }
}
