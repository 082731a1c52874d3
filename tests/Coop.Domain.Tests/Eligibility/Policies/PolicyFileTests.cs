using System.Text;
using Coop.Domain.Eligibility.Expressions;
using Coop.Domain.Eligibility.Policies;
using static Coop.Domain.Tests.Eligibility.Policies.PolicyTestData;

namespace Coop.Domain.Tests.Eligibility.Policies;

public sealed class PolicyFileTests
{
    [Fact]
    public void A_valid_file_with_comments_and_trailing_commas_reads_into_the_model()
    {
        Policy policy = Policy();
        Assert.Equal("test-credit", policy.Id);
        Assert.Equal(1, policy.Version);
        Assert.Equal("Test", policy.Title.En);
        Assert.Equal(Date(1403, 1, 1), policy.EffectiveFrom);
        Assert.Equal(Date(1404, 12, 29), policy.EffectiveTo);
        Assert.Equal(["members", "amount", "assembly", "debt"], policy.Rules.Select(r => r.Id));
        PolicyParameter minimum = policy.Parameters[0];
        Assert.True(minimum.IsKeyed);
        Assert.Equal(["coop-sector-law-art-54-sabtilia"], minimum.Sources);
        Assert.Equal(FactValue.Integer(20), minimum.Values[1].ByKey!["housing"]);
        Assert.Equal("circular 12", minimum.Values[1].Reference);
        PolicyParameter maximum = policy.Parameters[1];
        Assert.Equal(FactValue.Money(1_000_000_000m), maximum.Values[0].Value);
        Assert.True(maximum.Values[1].IsEnd);
        Assert.Equal(RuleSeverity.Warning, policy.Rules[2].Severity);
        Assert.Equal("cooperative.active", policy.Rules[2].When);
        Assert.Equal(2m, policy.Scoring[1].Weight);
        Assert.Same(OutcomeMapping.Default, policy.Outcomes);
    }

    [Fact]
    public void Every_error_is_collected_with_its_path_line_and_column()
    {
        const string json = """
            {
              "id": "x", "version": 1,
              "title": { "fa": "ا" },
              "effectiveFrom": "1404/12/30",
              "parameters": [
                { "name": "m", "type": "integer", "values": [ { "from": "1404/02/01", "value": 3 }, { "from": "1404/01/01", "value": 4 } ] }
              ],
              "rules": [
                { "id": "a", "code": "A", "severity": "blocking", "check": "x >= (1", "message": { "fa": "f", "en": "{oops}" } },
                { "id": "a", "code": "B", "severity": "fatal", "check": "true", "message": { "fa": "f", "en": "e" } },
              ]
            }
            """;
        IReadOnlyList<PolicyError> errors = Errors(json);
        Assert.Equal(
            ["$.title", "$.effectiveFrom", "$.parameters[0].values[1].from", "$.rules[0].check", "$.rules[0].message.en", "$.rules[1].id", "$.rules[1].severity"],
            errors.Select(e => e.JsonPath));
        Assert.All(errors, e => Assert.Equal("test.json", e.File));
        Assert.Contains("'en'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("1404/12/30", errors[1].Message, StringComparison.Ordinal);
        Assert.Equal((4, 20), (errors[1].Line, errors[1].Column));
        Assert.Contains("out of order", errors[2].Message, StringComparison.Ordinal);
        Assert.Equal(9, errors[3].Line);
        Assert.Equal(8, errors[3].Column); // inside the expression "x >= (1": the end, where ')' was expected
        Assert.Contains("{oops}", errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("already used by $.rules[0]", errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("fatal", errors[6].Message, StringComparison.Ordinal);
        Assert.Equal("test.json: $.effectiveFrom (line 4, column 20): " + errors[1].Message, errors[1].ToString());
    }

    [Fact]
    public void Missing_required_fields_are_all_reported()
    {
        IReadOnlyList<PolicyError> errors = Errors("""{ "rules": [ { "id": "r" } ] }""");
        string all = string.Join("\n", errors);
        foreach (string name in new[] { "'id'", "'version'", "'title'", "'effectiveFrom'", "'code'", "'severity'", "'check'", "'message'" })
        {
            Assert.Contains(name, all, StringComparison.Ordinal);
        }

        Assert.Contains(errors, e => e.JsonPath == "$.rules[0]" && e.Message.Contains("'check'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_property_is_rejected_naming_it()
    {
        PolicyError error = Assert.Single(Errors(Valid.Replace("\"check\": \"application", "\"chek\": \"application", StringComparison.Ordinal)));
        Assert.Equal("$.rules[1].chek", error.JsonPath);
        Assert.Equal("unknown property 'chek' — did you mean 'check'?", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void An_unknown_property_far_from_every_known_one_lists_the_properties_of_its_object()
    {
        IReadOnlyList<PolicyError> errors = Errors(Valid.Replace("\"check\": \"application", "\"test\": \"application", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
        Assert.Equal(("$.rules[1]", "missing required property 'check'"), (errors[1].JsonPath, errors[1].Message));
        PolicyError error = errors[0];
        Assert.Equal("$.rules[1].test", error.JsonPath);
        Assert.StartsWith("unknown property 'test'; expected one of: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("check, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("severity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_top_level_property_suggests_the_top_level_one()
    {
        PolicyError error = Assert.Single(Errors(Valid.Replace("\"version\": 1", "\"version\": 1, \"efectiveFrom\": \"1404/01/01\"", StringComparison.Ordinal)));
        Assert.Equal("$.efectiveFrom", error.JsonPath);
        Assert.Equal("unknown property 'efectiveFrom' — did you mean 'effectiveFrom'?", error.Message);
    }

    [Fact]
    public void A_property_given_twice_is_an_error_at_the_second_not_a_silent_choice()
    {
        PolicyError error = Assert.Single(Errors(Valid.Replace("\"version\": 1,", "\"version\": 1, \"version\": 2,", StringComparison.Ordinal)));
        Assert.Equal("$.version", error.JsonPath);
        Assert.StartsWith("the property 'version' appears more than once in the same object", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_value_of_the_wrong_JSON_type_names_the_expected_type()
    {
        PolicyError error = Assert.Single(Errors(Valid.Replace("\"version\": 1", "\"version\": \"1\"", StringComparison.Ordinal)));
        Assert.Equal("$.version", error.JsonPath);
        Assert.Equal("wrong type: expected a whole number, not a string", error.Message);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n", "empty")]
    [InlineData("{\"id\": \"x\", \"ver", "malformed JSON")]
    [InlineData("[1, 2]", "wrong type")]
    [InlineData("null", "null")]
    [InlineData("{ not json }", "malformed JSON")]
    public void Empty_truncated_and_non_object_documents_give_one_clear_error(string json, string expected)
    {
        PolicyError error = Assert.Single(Errors(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_reported_as_not_text()
    {
        PolicyReadResult result = PolicyFile.Read([0x7B, 0x00, 0xFF, 0xFE], "x.bin");
        Assert.Contains("not UTF-8 text", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_parsing()
    {
        byte[] big = Encoding.UTF8.GetBytes("{\"id\":\"" + new string('a', PolicyFile.MaxBytes) + "\"}");
        PolicyError error = Assert.Single(PolicyFile.Read(big).Errors);
        Assert.Contains("4 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_clear_error_not_a_crash()
    {
        string deep = "{\"parameters\":[{\"values\":[{\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}]}";
        PolicyError error = Assert.Single(Errors(deep));
        Assert.Contains("deeper than 64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Valid)];
        Assert.True(PolicyFile.Read(bytes).Success);
    }

    [Theory]
    [InlineData("\"value\": \"1 billion rial\"", "\"value\": 1000000000", "with a unit")]
    [InlineData("\"value\": \"1 billion rial\"", "\"value\": \"lots\"", "not an amount of money")]
    [InlineData("\"value\": { \"consumer\": 7, \"housing\": 15 }", "\"value\": 7", "keyed parameter")]
    [InlineData("\"value\": { \"consumer\": 7, \"housing\": 15 }", "\"value\": { \"consumer\": 7.5 }", "whole number")]
    [InlineData("{ \"from\": \"1403/01/01\", \"value\": \"1 billion rial\" }", "{ \"from\": \"1403/01/01\" }", "'value'")]
    [InlineData("\"type\": \"money\"", "\"type\": \"currency\"", "unknown type 'currency'")]
    [InlineData("{ \"name\": \"maximumAmount\"", "{ \"name\": \"minimumMembers\"", "already declared")]
    [InlineData("{parameter:maximumAmount}.\" }", "{parameter:nothing}.\" }", "no parameter 'nothing'")]
    [InlineData("{parameter:maximumAmount}.\" }", "{parameter:minimumMembers}.\" }", "is keyed")]
    [InlineData("\"observed\": \"application.amount\",", "", "no 'observed' expression")]
    [InlineData("\"effectiveTo\": \"1404/12/29\"", "\"effectiveTo\": \"1402/12/29\"", "before it starts")]
    public void Each_kind_of_content_error_is_reported(string from, string to, string expected)
    {
        string json = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);
        IReadOnlyList<PolicyError> errors = Errors(json);
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_throws_a_load_exception_listing_every_error()
    {
        var e = Assert.Throws<PolicyLoadException>(() => PolicyFile.Parse("""{ "id": "x" }""", "p.json"));
        Assert.True(e.Errors.Count >= 3);
        Assert.Contains("p.json: $", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_missing_file_is_an_error_naming_the_file()
    {
        PolicyError error = Assert.Single(PolicyFile.ReadFile("/nonexistent/policy.json").Errors);
        Assert.Equal("/nonexistent/policy.json", error.File);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outcome_mapping_can_be_given_as_data()
    {
        string json = Valid.TrimEnd().TrimEnd('}') + """
              "outcomes": [ { "severity": "info", "status": "failed", "outcome": "needsReview" }, { "severity": "blocking", "status": "failed", "outcome": "ineligible" } ],
            }
            """;
        Policy policy = Policy(json);
        Assert.Equal(
            [new OutcomeRule(RuleSeverity.Info, RuleStatus.Failed, PolicyOutcome.NeedsReview), new OutcomeRule(RuleSeverity.Blocking, RuleStatus.Failed, PolicyOutcome.Ineligible)],
            policy.Outcomes.Rules);
    }

    [Theory]
    [InlineData("[]", "$.outcomes", "the outcome table is empty, so every applicant would be eligible")]
    [InlineData("[ { \"severity\": \"info\", \"status\": \"failed\", \"outcome\": \"needsReview\" } ]", "$.outcomes", "no row maps a failed blocking rule")]
    [InlineData("[ { \"severity\": \"warning\", \"status\": \"passed\", \"outcome\": \"eligible\" }, { \"severity\": \"blocking\", \"status\": \"failed\", \"outcome\": \"ineligible\" } ]", "$.outcomes[0].outcome", "a row cannot map to eligible")]
    public void An_outcome_table_that_lets_a_failed_blocking_rule_end_eligible_is_refused_saying_why(string table, string path, string says)
    {
        string json = Valid.TrimEnd().TrimEnd('}') + $$"""
              "outcomes": {{table}},
            }
            """;

        PolicyReadResult read = PolicyFile.Read(json);

        Assert.Null(read.Policy);
        PolicyError error = Assert.Single(read.Errors);
        Assert.Equal(path, error.JsonPath);
        Assert.StartsWith(says, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"members\"", "\"id\": \"mem\u200Bbers\"", "$.rules[0].id", "U+200B")]
    [InlineData("\"code\": \"AMOUNT\"", "\"code\": \"AMO\u202EUNT\"", "$.rules[1].code", "U+202E")]
    [InlineData("\"name\": \"maximumAmount\"", "\"name\": \"maximum\u200DAmount\"", "$.parameters[1].name", "U+200D")]
    [InlineData("\"id\": \"big\"", "\"id\": \"big\u2066\"", "$.scoring[0].id", "U+2066")]
    [InlineData("\"id\": \"test-credit\"", "\"id\": \"test-credit\u200E\"", "$.id", "U+200E")]
    [InlineData("\"id\": \"debt\"", "\"id\": \"بدهي\"", "$.rules[3].id", "Arabic letter ي (U+064A): write the Persian ی (U+06CC)")]
    [InlineData("\"code\": \"DEBT\"", "\"code\": \"كد\"", "$.rules[3].code", "Arabic letter ك (U+0643): write the Persian ک (U+06A9)")]
    public void An_identifier_with_an_invisible_bidi_or_look_alike_character_is_refused_naming_it(string find, string replace, string path, string says)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);

        // (A renamed parameter also leaves its uses undeclared: those are further errors.)
        PolicyError error = Assert.Single(Errors(Valid.Replace(find, replace, StringComparison.Ordinal)), e => e.JsonPath == path);

        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rule_ids_that_render_the_same_cannot_coexist()
    {
        string json = Valid.Replace("\"id\": \"debt\"", "\"id\": \"بدهی\"", StringComparison.Ordinal)
            .Replace("\"id\": \"assembly\"", "\"id\": \"بدهي\"", StringComparison.Ordinal);

        PolicyError error = Assert.Single(Errors(json));

        Assert.Equal("$.rules[2].id", error.JsonPath);
    }

    [Fact]
    public void A_gregorian_effective_from_says_it_is_gregorian_and_names_the_solar_hijri_day()
    {
        PolicyError error = Assert.Single(Errors(Valid.Replace("\"effectiveFrom\": \"1403/01/01\"", "\"effectiveFrom\": \"2024/03/20\"", StringComparison.Ordinal)));

        Assert.Equal("$.effectiveFrom", error.JsonPath);
        Assert.Contains("the year 2024 is Gregorian", error.Message, StringComparison.Ordinal);
        Assert.Contains("write 1403/01/01 for 2024-03-20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_more_rules_than_the_limit_is_refused_at_load_saying_the_limit()
    {
        string rule = "{ \"id\": \"r{0}\", \"code\": \"R{0}\", \"severity\": \"info\", \"check\": \"true\", \"message\": { \"fa\": \"x\", \"en\": \"x\" } },";
        string many = string.Concat(Enumerable.Range(0, PolicyFile.MaxItems + 1).Select(i => rule.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        string atLimit = string.Concat(Enumerable.Range(0, PolicyFile.MaxItems - 4).Select(i => rule.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));

        PolicyError error = Assert.Single(Errors(Valid.Replace("\"rules\": [", "\"rules\": [" + many, StringComparison.Ordinal)));
        Policy fits = Policy(Valid.Replace("\"rules\": [", "\"rules\": [" + atLimit, StringComparison.Ordinal));

        Assert.Equal("$.rules", error.JsonPath);
        Assert.Contains("1,005 items; a policy may have at most 1,000", error.Message, StringComparison.Ordinal);
        Assert.Equal(PolicyFile.MaxItems, fits.Rules.Count);
    }
}
