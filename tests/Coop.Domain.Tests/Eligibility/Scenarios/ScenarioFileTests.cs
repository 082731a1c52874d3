using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Scenarios;
using Coop.Domain.Model;
using static Coop.Domain.Tests.Eligibility.Scenarios.ScenarioFixtures;

namespace Coop.Domain.Tests.Eligibility.Scenarios;

public sealed class ScenarioFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-scenario-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = System.IO.Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Json(string path) => System.Text.Json.JsonSerializer.Serialize(path);

    [Fact]
    public void The_passing_fixture_reads_into_cases_with_the_patches_applied()
    {
        ScenarioReadResult result = ScenarioFile.ReadFile(Path("good/passing.scenario.json"));
        Assert.Empty(result.Errors);
        ScenarioSuite suite = result.Suite!;
        Assert.Equal("Kit fixture: passing cases", suite.Title);
        Assert.Equal("kit-fixture", suite.Policy.Id);
        Assert.Equal([System.IO.Path.GetFullPath(Path("policy.json"))], suite.PolicyFiles);
        Assert.Equal(7, suite.Cases.Count);

        ScenarioCase baseCase = suite["the base cooperative is eligible"];
        Assert.Equal(new SolarHijriDate(1404, 6, 15), baseCase.AsOf);
        Assert.Equal("تعاونی تولیدی اشتغال‌زا چالوس", baseCase.Cooperative.Name);
        Assert.Equal(Money.FromRials(10_000_000_000), baseCase.Application!.AmountRequested);
        Assert.Equal(PolicyOutcome.Eligible, baseCase.Expect.Outcome);
        Assert.Equal(["COOP_INACTIVE", "MIN_MEMBERS", "board-term", "amount-ceiling"], baseCase.Expect.Passes);
        Assert.Equal(10m, baseCase.Expect.ScoreMin);
        Assert.Equal(10m, baseCase.Expect.ScoreMax);

        Assert.Equal(baseCase.Cooperative.StatusHistory.Length + 1, suite["an inactive cooperative is ineligible"].Cooperative.StatusHistory.Length);
        Assert.Equal(new SolarHijriDate(1404, 5, 1), suite["a board term cut short needs review"].Cooperative.BoardTerms[2].EndsOn);
        Assert.Equal(new SolarHijriDate(1405, 12, 1), suite["a later as-of date after the board term ends"].AsOf);
        Assert.Equal(Money.FromRials(30_000_000_000), suite["too large an amount needs review: the ceiling names no source"].Application!.AmountRequested);
        Assert.Null(suite["without an application the amount rule does not apply"].Application);
        Assert.Equal(new SolarHijriDate(1404, 1, 10), suite["a member who left leaves too few members"].Cooperative.Members[0].LeftOn);
        Assert.Equal(3, suite["a member who left leaves too few members"].CreateFacts().Derived.MemberCount + 1);
    }

    [Fact]
    public void An_unknown_case_name_is_a_KeyNotFoundException()
    {
        ScenarioSuite suite = ScenarioFile.ReadFile(Path("good/passing.scenario.json")).Suite!;
        Assert.Throws<KeyNotFoundException>(() => suite["nope"]);
    }

    [Fact]
    public void A_policy_array_makes_a_policy_set_of_versions()
    {
        ScenarioSuite suite = ScenarioFile.ReadFile(Path("good/nested/versions.scenario.json")).Suite!;
        Assert.Equal([1, 2], suite.Policy.Versions.Select(v => v.Policy.Version));
    }

    [Theory]
    [InlineData("", "the file is empty; expected a JSON scenario object")]
    [InlineData(" \r\n\t ", "the file is empty")]
    [InlineData("\u0000\u0001\u0002", "the file is not UTF-8 text (it looks binary)")]
    [InlineData("{ \"policy\": ", "malformed JSON")]
    [InlineData("hello", "malformed JSON")]
    [InlineData("[1, 2]", "expected a JSON scenario object, found an array")]
    [InlineData("null", "expected a JSON scenario object, found null")]
    [InlineData("{ \"a\": 1, \"a\": 2 }", "the property 'a' appears more than once")]
    public void Unusable_text_is_one_error_at_the_root(string content, string message)
    {
        ScenarioError error = SingleError(ScenarioFile.Read(content, "x.scenario.json"));
        Assert.Equal("x.scenario.json", error.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_one_error()
    {
        ScenarioError error = SingleError(ScenarioFile.Read([0x7B, 0xFF, 0xFE, 0x7D], "x.scenario.json"));
        Assert.Contains("not UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_one_error_naming_the_limit()
    {
        string json = new string('[', 100) + new string(']', 100);
        ScenarioError error = SingleError(ScenarioFile.Read(json, "x.scenario.json"));
        Assert.Contains("deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_given_twice_is_an_error_naming_it()
    {
        ScenarioError error = SingleError(ScenarioFile.Read(System.Text.Encoding.UTF8.GetBytes("{ \"policy\": \"a.json\", \"policy\": \"b.json\", \"cases\": [] }"), "x"));
        Assert.StartsWith("the property 'policy' appears more than once in the same object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_file_is_refused_without_being_parsed()
    {
        string path = System.IO.Path.Combine(_dir, "big.scenario.json");
        using (FileStream stream = File.Create(path))
        {
            stream.SetLength(ScenarioFile.MaxBytes + 1);
        }

        ScenarioError error = SingleError(ScenarioFile.ReadFile(path));
        Assert.Equal(path, error.File);
        Assert.Contains("the limit is 4194304 bytes (4 MiB)", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit is 4194304", SingleError(ScenarioFile.Read(new byte[ScenarioFile.MaxBytes + 1], "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_an_error_naming_it()
    {
        string missing = System.IO.Path.Combine(_dir, "nope.scenario.json");
        Assert.Equal("the file does not exist", SingleError(ScenarioFile.ReadFile(missing)).Message);
        Assert.Contains("this is a folder", SingleError(ScenarioFile.ReadFile(_dir)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"cases\": {}", "$.cases", "wrong type: expected an array, found an object")]
    [InlineData("\"asOf\": 14040615, \"cases\": []", "$.asOf", "wrong type: expected a Solar Hijri date such as \"1404/06/15\", found a number")]
    [InlineData("\"title\": 1, \"cases\": []", "$.title", "wrong type: expected a string, found a number")]
    [InlineData("\"policy\": 5, \"cases\": []", "$.policy", "wrong type: expected a string (a policy file) or an array of policy files, found a number")]
    [InlineData("\"base\": [], \"cases\": []", "$.base", "wrong type: expected an object, found an array")]
    [InlineData("\"base\": { \"cooperative\": true }, \"cases\": []", "$.base.cooperative", "wrong type: expected a string (a cooperative file) or an object (a cooperative), found a boolean")]
    [InlineData("\"base\": { \"application\": \"x\" }, \"cases\": []", "$.base.application", "wrong type: expected an object (a facility application) or null, found a string")]
    [InlineData("\"cases\": [ 1 ]", "$.cases[0]", "wrong type: expected an object (a case), found a number")]
    [InlineData("\"cases\": [ { \"name\": 1, \"expect\": { \"outcome\": \"eligible\" } } ]", "$.cases[0].name", "wrong type: expected a string, found a number")]
    public void Wrong_types_are_errors_at_their_path(string body, string path, string message)
    {
        ScenarioReadResult result = Read(body.Contains("\"policy\"", StringComparison.Ordinal) ? "{" + body + "}" : "{ \"policy\": \"policy.json\", " + body + " }");
        Assert.Null(result.Suite);
        Assert.Contains(result.Errors, e => e.JsonPath == path && e.Message == message);
    }

    [Theory]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"fails\": \"MIN_MEMBERS\" } }", "$.cases[0].expect.fails", "wrong type: expected an array, found a string")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"fails\": [ 1 ] } }", "$.cases[0].expect.fails[0]", "wrong type: expected a rule code or id, found a number")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"score\": { \"min\": \"10\" } } }", "$.cases[0].expect.score.min", "wrong type: expected a number, found a string")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"score\": 10 } }", "$.cases[0].expect.score", "wrong type: expected an object such as { \"min\": 10, \"max\": 20 }, found a number")]
    [InlineData("{ \"name\": \"c\", \"expect\": [] }", "$.cases[0].expect", "wrong type: expected an object, found an array")]
    [InlineData("{ \"name\": \"c\", \"cooperative\": [], \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].cooperative", "wrong type: expected an object (a merge patch over base.cooperative), found an array")]
    [InlineData("{ \"name\": \"c\", \"cooperative\": null, \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].cooperative", "the cooperative cannot be null; give a merge patch object, or leave the property out to use the base")]
    [InlineData("{ \"name\": \"c\", \"application\": 5, \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].application", "wrong type: expected an object (a merge patch over base.application) or null (no application), found a number")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"outcome\": \"fine\" } }", "$.cases[0].expect.outcome", "unknown outcome 'fine'; expected eligible, ineligible, incomplete or needs-review")]
    [InlineData("{ \"name\": \"c\", \"asOf\": \"1404/13/01\", \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].asOf", "invalid date '1404/13/01': ")]
    [InlineData("{ \"name\": \"c\", \"expect\": { } }", "$.cases[0].expect", "the case expects nothing; give an outcome, rules that fail or pass, or a score range")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"score\": { } } }", "$.cases[0].expect.score", "give 'min', 'max' or both (inclusive)")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"score\": { \"min\": 5.5, \"max\": 1 } } }", "$.cases[0].expect.score", "the score range is reversed: min 5.5 is above max 1")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"fails\": [\"MIN_MEMBERS\"], \"passes\": [\"MIN_MEMBERS\"] } }", "$.cases[0].expect.passes[0]", "'MIN_MEMBERS' is already listed in 'fails'")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"fails\": [\"MIN_MEMBRS\"] } }", "$.cases[0].expect.fails[0]", "the policy 'kit-fixture' has no rule with the code or id 'MIN_MEMBRS' (its codes: COOP_INACTIVE, MIN_MEMBERS, BOARD_TERM, AMOUNT_TOO_HIGH)")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\", \"fail\": [] } }", "$.cases[0].expect.fail", "unknown property 'fail' in 'expect' — did you mean 'fails'?")]
    [InlineData("{ \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\", \"rules\": [] } }", "$.cases[0].expect.rules", "unknown property 'rules' in 'expect'; expected one of: outcome, fails, passes, incomplete, notApplicable, restsOnAssumption, score")]
    [InlineData("{ \"name\": \"c\", \"expected\": { }, \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].expected", "unknown property 'expected' in a case — did you mean 'expect'?")]
    [InlineData("{ \"name\": \"c\", \"given\": { }, \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].given", "unknown property 'given' in a case; expected one of: name, asOf, cooperative, application, expect")]
    [InlineData("{ \"name\": \"c\" }", "$.cases[0]", "missing required property 'expect' (what the policy must conclude)")]
    [InlineData("{ \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0]", "missing required property 'name' (unique in the file)")]
    [InlineData("{ \"name\": \" \", \"expect\": { \"outcome\": \"eligible\" } }", "$.cases[0].name", "the case name is blank")]
    public void Bad_cases_are_errors_at_their_path(string caseJson, string path, string message)
    {
        ScenarioReadResult result = ReadCases(caseJson);
        Assert.Null(result.Suite);
        ScenarioError error = Assert.Single(result.Errors);
        Assert.Equal(path, error.JsonPath);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal("inline.scenario.json", error.File);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Errors_carry_the_case_name_line_and_column()
    {
        ScenarioReadResult result = ReadFileText("""
            {
              "policy": "policy.json", "asOf": "1404/06/15", "base": { "cooperative": "bases/coop.json" },
              "cases": [
                { "name": "first", "expect": { "fails": ["NOPE"] } },
                { "name": "first", "expect": { "outcome": "eligible" } },
              ],
            }
            """);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(
            new ScenarioError("inline.scenario.json", "first", "$.cases[0].expect.fails[0]", 4, 46, result.Errors[0].Message)
            {
                Code = ScenarioErrorCode.UnknownRule,
                Arguments = ["kit-fixture", "NOPE", "COOP_INACTIVE", "MIN_MEMBERS", "BOARD_TERM", "AMOUNT_TOO_HIGH"],
            },
            result.Errors[0]);
        Assert.Equal(
            new ScenarioError("inline.scenario.json", "first", "$.cases[1].name", 5, 15, "the case name 'first' is already used by $.cases[0]; names must be unique in the file")
            {
                Code = ScenarioErrorCode.DuplicateCaseName,
                Arguments = ["first", "0"],
            },
            result.Errors[1]);
        Assert.StartsWith("inline.scenario.json: case 'first': $.cases[1].name (line 5, column 15): the case name 'first'", result.Errors[1].ToString(), StringComparison.Ordinal);
    }

    private static ScenarioReadResult ReadFileText(string json) => Read(json);

    [Fact]
    public void Unknown_top_level_and_base_properties_are_errors()
    {
        ScenarioReadResult result = Read("""{ "policy": "policy.json", "polcy": 1, "base": { "coop": {} }, "cases": [] }""");
        Assert.Contains(result.Errors, e => e.JsonPath == "$.polcy" && e.Message.StartsWith("unknown property 'polcy' in the top level", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.JsonPath == "$.base.coop" && e.Message.StartsWith("unknown property 'coop' in 'base'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.JsonPath == "$.cases" && e.Message == "the file has no cases; add at least one");
    }

    [Fact]
    public void Missing_policy_and_cases_are_errors()
    {
        ScenarioReadResult result = Read("{ }");
        Assert.Equal(
            ["missing required property 'policy' (the policy file, relative to this file, or an array of files, one per version) or 'policyId' (the id of a shipped or provided policy)", "missing required property 'cases' (an array of cases)"],
            result.Errors.Select(e => e.Message));
        Assert.Contains("the policy array is empty", Read("""{ "policy": [], "cases": [] }""").Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_policy_file_is_an_error_naming_it()
    {
        ScenarioReadResult result = Read("""{ "policy": "nope.json", "cases": [ { "name": "c", "expect": { "outcome": "eligible" } } ] }""");
        ScenarioError error = result.Errors[0];
        Assert.Equal("$.policy", error.JsonPath);
        Assert.Contains("the policy file '", error.Message, StringComparison.Ordinal);
        Assert.Contains("nope.json' does not exist (paths are relative to the scenario file)", error.Message, StringComparison.Ordinal);
        Assert.Contains("is a folder", Read("""{ "policy": "bases", "cases": [] }""").Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_of_the_policy_file_name_the_policy_file()
    {
        string malformed = Write("malformed.json", "{ \"id\": ");
        string wrongField = Write("wrong-field.json", File.ReadAllText(Path("policy.json")).Replace("cooperative.active", "cooperative.actve", StringComparison.Ordinal));
        ScenarioError first = Read("{ \"policy\": " + Json(malformed) + ", \"cases\": [] }").Errors[0];
        Assert.Equal(malformed, first.File);
        Assert.Contains("malformed JSON", first.Message, StringComparison.Ordinal);

        ScenarioError second = Read("{ \"policy\": " + Json(wrongField) + ", \"cases\": [] }").Errors[0];
        Assert.Equal(wrongField, second.File);
        Assert.Equal("$.rules[0].check", second.JsonPath);
        Assert.Contains("actve", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_files_that_are_not_versions_of_one_policy_are_an_error()
    {
        string other = Write("other.json", File.ReadAllText(Path("policy.json")).Replace("\"kit-fixture\"", "\"other\"", StringComparison.Ordinal));
        ScenarioReadResult result = Read("{ \"policy\": [\"policy.json\", " + Json(other) + "], \"cases\": [] }");
        Assert.Contains(result.Errors, e => e.JsonPath == "$.policy" && e.Message.StartsWith("the policy files do not form one policy's versions: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_as_of_date_no_version_covers_is_an_error()
    {
        ScenarioError error = SingleError(ReadCases("""{ "name": "late", "asOf": "1406/01/01", "expect": { "outcome": "eligible" } }"""));
        Assert.Equal("$.cases[0].asOf", error.JsonPath);
        Assert.Equal("late", error.Case);
        Assert.Contains("is in force on 1406/01/01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_without_any_as_of_date_is_an_error()
    {
        ScenarioReadResult result = Read("""
            { "policy": "policy.json", "base": { "cooperative": "bases/coop.json" }, "cases": [ { "name": "c", "expect": { "outcome": "eligible" } } ] }
            """);
        Assert.Equal("no as-of date: give 'asOf' in the case or at the top of the file", SingleError(result).Message);
    }

    [Fact]
    public void An_impossible_file_as_of_date_is_one_error_not_one_per_case()
    {
        ScenarioReadResult result = Read("""
            { "policy": "policy.json", "asOf": "1404/07/31", "base": { "cooperative": "bases/coop.json" },
              "cases": [ { "name": "a", "expect": { "outcome": "eligible" } }, { "name": "b", "expect": { "outcome": "eligible" } } ] }
            """);
        ScenarioError error = SingleError(result);
        Assert.Equal("$.asOf", error.JsonPath);
        Assert.Contains("day 31 does not exist in Mehr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_invalid_base_cooperative_files_are_errors_naming_them()
    {
        string invalid = Write("invalid.json", File.ReadAllText(Path("bases/coop.json")).Replace("\"registeredOn\": \"1381/11/14\"", "\"registeredOn\": \"1381/13/14\"", StringComparison.Ordinal));
        string empty = Write("empty.json", "");
        ScenarioError missing = SingleError(Read("{ \"policy\": \"policy.json\", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": \"nope.json\" }, \"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }"));
        Assert.Equal("$.base.cooperative", missing.JsonPath);
        Assert.Contains("nope.json' does not exist", missing.Message, StringComparison.Ordinal);

        ScenarioError bad = SingleError(Read("{ \"policy\": \"policy.json\", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": " + Json(invalid) + " }, \"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }"));
        Assert.Equal(invalid, bad.File);
        Assert.Equal("$.registeredOn", bad.JsonPath);
        Assert.NotNull(bad.Line);

        ScenarioError blank = SingleError(Read("{ \"policy\": \"policy.json\", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": " + Json(empty) + " }, \"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }"));
        Assert.Equal(empty, blank.File);
        Assert.Equal("the file is empty; expected a JSON cooperative object", blank.Message);
    }

    [Fact]
    public void An_inline_base_cooperative_is_validated_where_it_stands()
    {
        string coop = File.ReadAllText(Path("bases/coop.json"));
        ScenarioReadResult good = Read("{ \"policy\": \"policy.json\", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": " + coop + " }, \"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }");
        Assert.Empty(good.Errors);
        Assert.Equal("تعاونی تولیدی اشتغال‌زا چالوس", good.Suite!.Cases[0].Cooperative.Name);

        ScenarioError bad = SingleError(Read("{ \"policy\": \"policy.json\", \"asOf\": \"1404/06/15\", \"base\": { \"cooperative\": { \"name\": \"x\" } }, \"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }"));
        Assert.Equal("$.base.cooperative", bad.JsonPath);
        Assert.StartsWith("the base cooperative is invalid: ", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_application_that_is_not_a_valid_application_is_an_error()
    {
        ScenarioReadResult result = Read("""
            { "policy": "policy.json", "asOf": "1404/06/15", "base": { "cooperative": "bases/coop.json", "application": { "programme": "p" } },
              "cases": [ { "name": "c", "expect": { "outcome": "eligible" } } ] }
            """);
        ScenarioError error = SingleError(result);
        Assert.Equal("$.base.application", error.JsonPath);
        Assert.StartsWith("the base application is invalid: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patched_cooperative_that_breaks_the_model_is_an_error_naming_the_case_and_the_violation()
    {
        ScenarioError error = SingleError(ReadCases("""
            { "name": "leaves with shares", "cooperative": { "members": { "$patch": { "0": { "leftOn": "1404/01/10" } } } }, "expect": { "outcome": "eligible" } }
            """));
        Assert.Equal("leaves with shares", error.Case);
        Assert.Equal("$.cases[0].cooperative", error.JsonPath);
        Assert.Contains("the patched cooperative is invalid: the model is invalid: members[0].leftOn: Member 1 left on 1404/01/10 but still holds 35 shares", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_patched_value_of_the_wrong_type_is_an_error_with_its_path_in_the_model()
    {
        ScenarioError error = SingleError(ReadCases("""{ "name": "c", "cooperative": { "name": 5 }, "expect": { "outcome": "eligible" } }"""));
        Assert.StartsWith("the patched cooperative is invalid at $.name: ", error.Message, StringComparison.Ordinal);
        ScenarioError app = SingleError(ReadCases("""{ "name": "c", "application": { "sector": "nope" }, "expect": { "outcome": "eligible" } }"""));
        Assert.Equal("$.cases[0].application", app.JsonPath);
        Assert.StartsWith("the patched application is invalid at $.sector: ", app.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misused_array_operation_is_an_error_at_its_path()
    {
        ScenarioError error = SingleError(ReadCases("""{ "name": "c", "cooperative": { "members": { "$remove": [9] } }, "expect": { "outcome": "eligible" } }"""));
        Assert.Equal("$.cases[0].cooperative.members.$remove[0]", error.JsonPath);
        Assert.Equal("c", error.Case);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Without_a_base_cooperative_a_case_must_give_one()
    {
        ScenarioError error = SingleError(Read("""{ "policy": "policy.json", "asOf": "1404/06/15", "cases": [ { "name": "c", "expect": { "outcome": "eligible" } } ] }"""));
        Assert.Equal("no cooperative: give base.cooperative (a file or an object) or a full cooperative in the case", error.Message);
    }

    [Fact]
    public void A_case_may_add_an_application_when_the_base_has_none_and_remove_it_with_null()
    {
        ScenarioReadResult result = Read("""
            { "policy": "policy.json", "asOf": "1404/06/15", "base": { "cooperative": "bases/coop.json" },
              "cases": [
                { "name": "none", "expect": { "outcome": "eligible" } },
                { "name": "given", "application": { "programme": "p", "appliedOn": "1404/06/01", "amountRequested": 5, "jobsCommitted": 1, "sector": "industry",
                                                    "collateral": "none", "collateralValue": 0, "overdueDebt": 0, "unclearedReturnedCheques": 0 },
                  "expect": { "outcome": "eligible" } },
              ] }
            """);
        Assert.Empty(result.Errors);
        Assert.Null(result.Suite!["none"].Application);
        Assert.Equal(Money.FromRials(5), result.Suite["given"].Application!.AmountRequested);
    }

    [Theory]
    [InlineData("needs-review", PolicyOutcome.NeedsReview)]
    [InlineData("needsReview", PolicyOutcome.NeedsReview)]
    [InlineData("incomplete", PolicyOutcome.Incomplete)]
    [InlineData("ineligible", PolicyOutcome.Ineligible)]
    public void Outcomes_are_read_by_their_kebab_case_names(string name, PolicyOutcome outcome)
    {
        ScenarioReadResult result = ReadCases("{ \"name\": \"c\", \"expect\": { \"outcome\": \"" + name + "\" } }");
        Assert.Equal(outcome, result.Suite!.Cases[0].Expect.Outcome);
    }

    [Fact]
    public void The_typo_fixture_names_the_unknown_code_with_its_line()
    {
        ScenarioError error = SingleError(ScenarioFile.ReadFile(Path("bad/typo.scenario.json")));
        Assert.Equal(7, error.Line);
        Assert.Equal("typo", error.Case);
        Assert.Contains("no rule with the code or id 'MIN_MEMBRS'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        byte[] json = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes("{" + Header + "\"cases\": [ { \"name\": \"c\", \"expect\": { \"outcome\": \"eligible\" } } ] }")];
        Assert.True(ScenarioFile.Read(json, "x", Dir).Success);
    }
}
