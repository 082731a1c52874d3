using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coop-validate-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_valid_policy_over_another_schema_exits_0_with_syntax_only()
    {
        var (code, output, error) = CliTestHost.Run("validate", "--syntax-only", RepoFiles.Path("seeds/policies/example-policy.json"));
        Assert.Equal(0, code);
        Assert.Contains("valid (example-credit version 1, 6 rules, 3 parameters; syntax only)", output, StringComparison.Ordinal);
        OnlyWarnings(error);
    }

    [Theory]
    [InlineData("seeds/policies/smart-system-profile.json", "smart-system-profile version 1, 9 rules, 2 parameters")]
    [InlineData("seeds/policies/cdb-employment-facility.json", "cdb-employment-facility version 1, 18 rules, 9 parameters")]
    [InlineData("seeds/policies/statutory-compliance.json", "statutory-compliance version 1, 41 rules, 35 parameters")]
    public void The_shipped_policies_compile_against_the_standard_fact_schema_by_default_with_no_warning(string file, string summary)
    {
        var (code, output, error) = CliTestHost.Run("validate", RepoFiles.Path(file));
        Assert.Equal(0, code);
        Assert.Contains("valid (" + summary + "; compiled against the standard fact schema)", output, StringComparison.Ordinal);
        // Every rule and parameter value of a shipped policy names register ids: nothing to warn about.
        Assert.Empty(CliTestHost.Lines(error));
    }

    [Fact]
    public void The_rural_reference_policy_warns_only_about_its_deliberate_gap_before_the_cheque_law()
    {
        var (code, output, error) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/rural-nomadic-employment.json"));
        Assert.Equal(0, code);
        Assert.Contains("valid (rural-nomadic-employment version 1, 7 rules, 6 parameters; compiled against the standard fact schema)", output, StringComparison.Ordinal);
        string line = Assert.Single(CliTestHost.Lines(error));
        Assert.EndsWith("$.parameters[2]: warning: $maxReturnedCheques has no value from 1396/10/18 to 1397/08/12: rules that use it are incomplete on those days", line, StringComparison.Ordinal);
    }

    // The example names no source register ids: each rule and parameter is a warning.
    private static void OnlyWarnings(string error) =>
        Assert.All(CliTestHost.Lines(error), l => Assert.Contains(": warning: ", l, StringComparison.Ordinal));

    [Fact]
    public void By_default_fields_unknown_to_the_standard_schema_are_errors_with_path_line_and_column_and_a_hint()
    {
        // The example policy as if written against the test project's own schema (cooperative.lastAssembly).
        string path = Write("other-schema.json", File.ReadAllText(RepoFiles.Path("seeds/policies/example-policy.json"))
            .Replace("cooperative.lastOrdinaryAssembly", "cooperative.lastAssembly", StringComparison.Ordinal));
        var (code, _, error) = CliTestHost.Run("validate", path);
        Assert.Equal(2, code);
        string[] lines = CliTestHost.Lines(error);
        Assert.StartsWith(path + ": $.rules[4].check (line 94, column 13): unknown field cooperative.lastAssembly", lines[0], StringComparison.Ordinal);
        Assert.Contains("use --syntax-only", lines[^2], StringComparison.Ordinal);
        Assert.Equal("2 error(s) in 1 file(s).", lines[^1]);
        Assert.Equal(0, CliTestHost.Run("validate", "--syntax-only", path).Code);
    }

    [Fact]
    public void A_misspelt_standard_field_is_reported_inside_the_expression_with_a_suggestion()
    {
        string path = Write("typo.json", """
            { "id": "x", "version": 1, "title": { "fa": "a", "en": "a" }, "effectiveFrom": "1404/01/01",
              "rules": [ { "id": "r", "code": "C", "severity": "blocking",
                "check": "cooperative.memberCont >= 7", "message": { "fa": "f", "en": "e" } } ] }
            """);
        var (code, _, error) = CliTestHost.Run("validate", path);
        Assert.Equal(2, code);
        Assert.StartsWith(path + ": $.rules[0].check (line 3, column 1", error, StringComparison.Ordinal);
        Assert.Contains("unknown field cooperative.memberCont", error, StringComparison.Ordinal);
        Assert.Contains("memberCount", error, StringComparison.Ordinal);
        Assert.Equal(0, CliTestHost.Run("validate", "--syntax-only", path).Code);
    }

    [Fact]
    public void Errors_of_every_file_are_listed_with_path_line_and_column_and_exit_2()
    {
        string a = Write("a.json", """
            { "id": "x", "version": 1, "title": { "fa": "a", "en": "a" }, "effectiveFrom": "1404/12/30",
              "rules": [ { "id": "r", "code": "C", "severity": "blocking", "check": "x >= (1", "message": { "fa": "f", "en": "e" } } ] }
            """);
        string b = Write("b.json", "{ \"id\": \"x\", \"chek\": 1 }");
        var (code, _, error) = CliTestHost.Run("validate", a, b);
        Assert.Equal(2, code);
        string[] lines = CliTestHost.Lines(error);
        Assert.Contains(a + ": $.effectiveFrom (line 1, column 80): invalid date '1404/12/30': ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(a + ": $.rules[0].check (line 2, column 8): expected ')'", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(b + ": $.chek (line 1, column ", lines[2], StringComparison.Ordinal);
        Assert.Equal("3 error(s) in 2 file(s).", lines[^1]);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "empty" },
        { "truncated", "end of data" },
        { "not-json", "malformed JSON" },
        { "binary", "binary" },
        { "deep", "nests deeper than 64 levels" },
        { "wrong-types", "wrong type: expected a whole number" },
        { "oversized", "the limit is 4194304 bytes (4 MiB)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Unreadable_or_malformed_input_exits_2_naming_the_file_and_what_is_wrong(string kind, string says)
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/policies/example-policy.json"));
        string content = kind switch
        {
            "empty" => string.Empty,
            "truncated" => good[..(good.Length / 2)],
            "not-json" => "this is not JSON",
            "binary" => "\u0000\u0001binary",
            "deep" => "{ \"id\": \"x\", \"parameters\": [ { \"name\": \"p\", \"values\": [ { \"from\": \"1404/01/01\", \"value\": "
                + new string('[', 100) + new string(']', 100) + " } ] } ] }",
            "wrong-types" => "{ \"id\": \"x\", \"version\": \"two\" }",
            "oversized" => "{ \"id\": \"" + new string('x', 5 * 1024 * 1024) + "\" }",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        string path = Write(kind + ".json", content);

        var (code, output, error) = CliTestHost.Run("validate", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith(path + ": $", error, StringComparison.Ordinal);
        Assert.Contains(says, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_never_ends_exits_2_at_the_size_limit_instead_of_reading_forever()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "no /dev/zero on Windows");

        var (code, output, error) = CliTestHost.Run("validate", "/dev/zero");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("/dev/zero: $: the file is larger than the limit of 4194304 bytes (4 MiB)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_exits_2_saying_it_is_a_folder()
    {
        var (code, _, error) = CliTestHost.Run("validate", _dir);
        Assert.Equal(2, code);
        Assert.Contains(_dir + ": $: this is a folder, not a file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shape_error_is_listed_with_the_other_errors_of_the_file()
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/policies/example-policy.json"));
        string bad = good.Replace("\"version\": 1,", "\"version\": \"one\", \"bogus\": 1, \"efectiveTo\": \"1405/01/01\",", StringComparison.Ordinal);
        int first = bad.IndexOf("\"severity\": \"blocking\"", StringComparison.Ordinal);
        int second = bad.IndexOf("\"severity\": \"blocking\"", first + 1, StringComparison.Ordinal);
        bad = bad[..first] + "\"severity\": 5" + bad[(first + "\"severity\": \"blocking\"".Length)..second] + "\"severity\": \"fatal\"" + bad[(second + "\"severity\": \"blocking\"".Length)..];
        string path = Write("shape.json", bad);

        var (code, output, error) = CliTestHost.Run("validate", "--syntax-only", path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string[] lines = CliTestHost.Lines(error);
        Assert.Contains(lines, l => l.StartsWith(path + ": $.version (line ", StringComparison.Ordinal) && l.EndsWith("wrong type: expected a whole number, not a string", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ": $.bogus (line ", StringComparison.Ordinal) && l.Contains("unknown property 'bogus'; expected one of: $schema, id, version", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ": $.efectiveTo (line ", StringComparison.Ordinal) && l.EndsWith("unknown property 'efectiveTo' — did you mean 'effectiveTo'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ": $.rules[", StringComparison.Ordinal) && l.EndsWith("wrong type: expected a string, not 5", StringComparison.Ordinal));

        // With the shape wrong, the other errors (the 'fatal' severity) wait: a reader of a misshapen file could
        // report errors that are not there.
        Assert.DoesNotContain(lines, l => l.Contains("fatal", StringComparison.Ordinal));
        Assert.Equal("4 error(s) in 1 file(s).", lines[^1]);
    }

    [Fact]
    public void Unknown_properties_of_rules_are_listed_with_every_other_error_of_the_file()
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/policies/example-policy.json"));
        int first = good.IndexOf("\"severity\": \"blocking\"", StringComparison.Ordinal);
        int second = good.IndexOf("\"severity\": \"blocking\"", first + 1, StringComparison.Ordinal);
        string bad = good[..first] + "\"severty\": \"blocking\"" + good[(first + "\"severity\": \"blocking\"".Length)..second]
            + "\"severity\": \"fatal\", \"note\": 1" + good[(second + "\"severity\": \"blocking\"".Length)..];
        string path = Write("rule-typos.json", bad);

        var (code, _, error) = CliTestHost.Run("validate", "--syntax-only", path);

        Assert.Equal(2, code);
        string[] lines = CliTestHost.Lines(error);
        Assert.Contains(lines, l => l.StartsWith(path + ": $.rules[0].severty (line ", StringComparison.Ordinal) && l.EndsWith("unknown property 'severty' — did you mean 'severity'?", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ": $.rules[1].note (line ", StringComparison.Ordinal) && l.Contains("unknown property 'note'; expected one of: id, code, severity", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(path + ": $.rules[1].severity (line ", StringComparison.Ordinal) && l.Contains("unknown value 'fatal'", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("missing required property 'severity'", StringComparison.Ordinal));
        Assert.Equal("3 error(s) in 1 file(s).", lines[^1]);
    }

    [Fact]
    public void A_parameter_without_a_value_at_the_policys_start_is_a_warning_and_the_file_stays_valid()
    {
        string good = File.ReadAllText(RepoFiles.Path("seeds/policies/cdb-employment-facility.json"));
        string path = Write("gap.json", good.Replace("{ \"from\": \"1403/01/01\", \"value\": 4 }", "{ \"from\": \"1404/01/01\", \"value\": 4 }", StringComparison.Ordinal));
        Assert.NotEqual(good, File.ReadAllText(path));

        var (code, output, error) = CliTestHost.Run("validate", path);

        Assert.Equal(0, code);
        Assert.StartsWith(path + ": valid", output, StringComparison.Ordinal);
        Assert.Equal(path + ": $.parameters[0]: warning: $profileStatementYears has no value from 1403/01/01 to 1403/12/30: rules that use it are incomplete on those days", CliTestHost.Lines(error)[0]);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        string path = Path.Combine(_dir, "nope.json");
        var (code, _, error) = CliTestHost.Run("validate", path);
        Assert.Equal(2, code);
        Assert.Contains(path + ": $: the file does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unverified_lists_each_unverified_parameter_with_its_dated_values_source_and_rules()
    {
        var (code, output, _) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/example-policy.json"), "--syntax-only", "--unverified");
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Contains(lines, l => l.EndsWith(": unverified parameter $minimumMembers (integer, members) — Minimum number of members by cooperative kind", StringComparison.Ordinal));
        Assert.Contains("    from 1403/01/01: { consumer: 7, housing: 15, producer: 7 } — no source: an assumption", lines);
        Assert.Contains("    from 1404/01/01: { consumer: 7, housing: 20, producer: 7 } (example circular 1404-12) — no source: an assumption", lines);
        Assert.Contains("    source: Illustrative; compare the Cooperative Sector Law, art. 5", lines);
        Assert.Contains("    used by: minimum-members (MIN_MEMBERS)", lines);
        Assert.Contains("    from 1404/01/01: 50,000,000,000 rial — no source: an assumption", lines);
        Assert.Equal(3, lines.Count(l => l.Contains(": unverified parameter $", StringComparison.Ordinal)));
        Assert.Equal("3 unverified parameter(s): source each value (or replace it) before relying on the decisions; failures resting on them are reported as resting on an assumption.", lines[^1]);
    }

    [Fact]
    public void Unverified_lists_what_to_confirm_in_the_facility_policy_with_the_assumption_entries_each_value_rests_on()
    {
        var (code, output, _) = CliTestHost.Run("validate", "--unverified", RepoFiles.Path("seeds/policies/cdb-employment-facility.json"));
        Assert.Equal(0, code);
        string[] lines = CliTestHost.Lines(output);
        Assert.Equal(8, lines.Count(l => l.Contains(": unverified parameter $", StringComparison.Ordinal)));
        // The Cheque Law's zero is sourced: it is not listed; its extension to board members is an assumption.
        Assert.Contains(lines, l => l.Contains("unverified parameter $maxBoardMembersWithReturnedCheques", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("unverified parameter $maxReturnedCheques", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.StartsWith("    from ", StringComparison.Ordinal)), l => Assert.Contains(" — assumption: ", l, StringComparison.Ordinal));
        // One dated amount per job: the invented 1404 figure is gone.
        Assert.Contains("    from 1403/01/01: 8,000,000,000 rial — assumption: assumption-max-amount-per-job", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("    from 1404/01/01", StringComparison.Ordinal));
        Assert.Contains("    used by: amount-per-job (AMOUNT_PER_JOB)", lines);
        Assert.Contains("    used by: profile-fresh (PROFILE_STALE)", lines);
        Assert.Contains("    used by: loss-of-half-capital (LOSS_OF_HALF_CAPITAL)", lines);
    }

    [Fact]
    public void Without_arguments_it_is_a_usage_error()
    {
        Assert.Equal(2, CliTestHost.Run("validate").Code);
    }

    [Theory]
    [InlineData("cooperative.kind = 'employment-generatin'", "'employment-generatin' is not a value of cooperative.kind, so it would never match: did you mean 'employment-generating'?")]
    [InlineData("cooperative.kind in ['housing', 'consumr']", "'consumr' is not a value of cooperative.kind, so it would never match: did you mean 'consumer'?")]
    [InlineData("'actve' != cooperative.status", "'actve' is not a value of cooperative.status, so it would never match: did you mean 'active'?")]
    [InlineData("application.sector not in ['tourism', 'agriculture', 'minning']", "did you mean 'mining'?")]
    public void A_typo_in_an_enum_value_is_refused_at_load_with_a_suggestion(string condition, string says)
    {
        string good = File.ReadAllText(Eligibility.Batch.BatchFixtures.File("test-facility-1404.json"));
        string policy = Write("typo.json", good.Replace("cooperative.active", "cooperative.active and " + condition, StringComparison.Ordinal));

        var (code, output, error) = CliTestHost.Run("validate", policy);

        Assert.Equal(2, code);
        Assert.Contains(says, output + error, StringComparison.Ordinal);
    }
}
