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
    public void A_valid_policy_exits_0()
    {
        var (code, output, error) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/example-policy.json"));
        Assert.Equal(0, code);
        Assert.Contains("valid (example-credit version 1, 6 rules, 3 parameters)", output, StringComparison.Ordinal);
        Assert.Empty(error);
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

    [Theory]
    [InlineData("")]
    [InlineData("{ \"id\": ")]
    [InlineData("\u0000\u0001binary")]
    public void Unreadable_input_exits_2_naming_the_file_without_a_stack_trace(string content)
    {
        string path = Write("bad.json", content);
        var (code, _, error) = CliTestHost.Run("validate", path);
        Assert.Equal(2, code);
        Assert.StartsWith(path + ": $", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
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
    public void Unverified_lists_each_unverified_parameter_with_dates_and_source()
    {
        var (code, output, _) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/example-policy.json"), "--unverified");
        Assert.Equal(0, code);
        Assert.Contains("unverified parameter $minimumMembers: values from 1403/01/01, 1404/01/01; source: Illustrative", output, StringComparison.Ordinal);
        Assert.Equal(3, CliTestHost.Lines(output).Count(l => l.Contains("unverified parameter", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_arguments_it_is_a_usage_error()
    {
        Assert.Equal(2, CliTestHost.Run("validate").Code);
    }
}
