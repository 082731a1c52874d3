using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Cli;

/// <summary>Every verb that takes a policy takes the id of a policy shipped in the package, so the installed tool needs no repository files.</summary>
public sealed class ShippedPolicyIdTests
{
    private static readonly string Registry = RepoFiles.Path("seeds/registry/sample-registry.jsonl");

    [Fact]
    public void Evaluate_with_a_shipped_id_prints_what_the_shipped_file_prints()
    {
        var byId = CliTestHost.Run("evaluate", "--policy", "cdb-employment-facility", "--registry", Registry, "--as-of", "1404/08/25", "--format", "csv");
        var byFile = CliTestHost.Run("evaluate", "--policy", RepoFiles.Path("seeds/policies/cdb-employment-facility.json"), "--registry", Registry, "--as-of", "1404/08/25", "--format", "csv");
        Assert.Equal(0, byId.Code);
        Assert.Equal(byFile.Output, byId.Output);
    }

    [Fact]
    public void Validate_and_sources_accept_a_shipped_id()
    {
        var (code, output, _) = CliTestHost.Run("validate", "statutory-compliance");
        Assert.Equal(0, code);
        Assert.Contains("statutory-compliance: valid (statutory-compliance version 1, 41 rules", output, StringComparison.Ordinal);

        var sources = CliTestHost.Run("sources", "smart-system-profile");
        Assert.Equal(0, sources.Code);
        Assert.Contains("smart-system-profile", sources.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatif_takes_shipped_ids_for_both_policies()
    {
        var (code, output, error) = CliTestHost.Run("whatif", "--current", "cdb-employment-facility", "--draft", "cdb-employment-facility", "--registry", Registry, "--as-of", "1404/08/25");
        Assert.True(code == 0, error);
        Assert.Contains("0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_neither_a_file_nor_a_shipped_id_exits_2_listing_the_shipped_ids()
    {
        var (code, _, error) = CliTestHost.Run("validate", "cdb-employment");
        Assert.Equal(2, code);
        Assert.StartsWith("cdb-employment: $: the file does not exist", error, StringComparison.Ordinal);
        Assert.Contains(" (nor is it the id of a policy shipped in the package: cdb-employment-facility, rural-nomadic-employment, smart-system-profile, statutory-compliance)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_policy_of_the_docs_is_valid_against_the_standard_fact_schema()
    {
        var (code, output, error) = CliTestHost.Run("validate", RepoFiles.Path("seeds/policies/example-policy.json"));
        Assert.True(code == 0, error);
        Assert.Contains("valid (example-credit version 1, 6 rules, 3 parameters; compiled against the standard fact schema)", output, StringComparison.Ordinal);
    }
}
