using System.Text.Json;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

public sealed class WhatifCommandTests
{
    private static (int Code, string Output, string Error) Whatif(params string[] extra) =>
        CliTestHost.Run([
            "whatif", "--current", BatchFixtures.File("test-facility-1404.json"), "--draft", BatchFixtures.File("test-facility-draft.json"),
            "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15", .. extra]);

    [Fact]
    public void The_table_lists_transitions_and_flips_with_the_rules_that_changed()
    {
        var (code, output, error) = Whatif();

        Assert.Equal(0, code);
        Assert.Contains("Current test-facility v2 vs draft test-facility v3", output, StringComparison.Ordinal);
        Assert.Contains("Transitions", output, StringComparison.Ordinal);
        Assert.Matches(@"eligible\s+ineligible\s+\d+", output);
        Assert.Contains("amount-per-job passed→failed: The amount per job is", output, StringComparison.Ordinal);
        Assert.Contains("board-term failed (warning→blocking)", output, StringComparison.Ordinal);
        Assert.StartsWith("Total: 60 compared from 196 cooperatives", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
        Assert.Contains("skipped:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Persian_output_translates_outcomes_and_messages()
    {
        var (code, output, _) = Whatif("--lang", "fa");

        Assert.Equal(0, code);
        Assert.Contains("گذارها", output, StringComparison.Ordinal);
        Assert.Contains("نیازمند بررسی", output, StringComparison.Ordinal);
        Assert.Contains("دوره‌ی هیئت‌مدیره معتبر نیست.", output, StringComparison.Ordinal);
        Assert.StartsWith("جمع: ۶۰ مورد", CliTestHost.Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_counts_add_up_and_flips_carry_changes()
    {
        var (code, output, _) = Whatif("--format", "json");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement root = doc.RootElement;
        int compared = root.GetProperty("compared").GetInt32();
        Assert.Equal(compared, root.GetProperty("transitions").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
        int changed = root.GetProperty("transitions").EnumerateArray().Where(t => t.GetProperty("from").GetString() != t.GetProperty("to").GetString()).Sum(t => t.GetProperty("count").GetInt32());
        Assert.Equal(changed, root.GetProperty("flips").GetArrayLength());
        Assert.All(root.GetProperty("flips").EnumerateArray(), f => Assert.True(f.GetProperty("changes").GetArrayLength() > 0));
    }

    [Fact]
    public void Csv_has_one_row_per_flip()
    {
        var (code, output, _) = Whatif("--format", "csv");
        var (_, json, _) = Whatif("--format", "json");

        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.StartsWith("id,line,cooperative,county", CliTestHost.Lines(output)[0], StringComparison.Ordinal);
        Assert.Equal(doc.RootElement.GetProperty("flips").GetArrayLength() + 1, CliTestHost.Lines(output).Length);
    }

    [Fact]
    public void The_same_policy_as_draft_flips_no_one()
    {
        string policy = BatchFixtures.File("test-facility-1404.json");
        var (code, output, _) = CliTestHost.Run("whatif", "--current", policy, "--draft", policy, "--registry", BatchFixtures.Registry, "--as-of", "1404/06/15");

        Assert.Equal(0, code);
        Assert.Contains("No outcome changes.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_runs_print_the_same_output()
    {
        Assert.Equal(Whatif("--format", "json").Output, Whatif("--format", "json", "--parallel", "3").Output);
    }
}
