using System.Diagnostics;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Eligibility.Batch;

namespace Coop.Domain.Tests.Cli;

/// <summary>Nothing the user gave is lost: one rule for every output file, written whole or not at all.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coop-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Copy(string name, string from)
    {
        string path = Path.Combine(_folder, name);
        File.Copy(from, path);
        return path;
    }

    private static string[] Compliance(string registry, params string[] extra) =>
        ["compliance", "--registry", registry, "--cooperative", "10000245545", "--fiscal-year", "1403", "--as-of", "1404/08/25", .. extra];

    private static string[] Report(string registry, params string[] extra) =>
        ["report", "--registry", registry, "--by", "year", "--measure", "registrations", .. extra];

    [Fact]
    public void An_output_that_is_one_of_the_inputs_is_refused_and_the_input_survives()
    {
        string registry = Copy("registry.jsonl", BatchFixtures.Registry);
        byte[] before = File.ReadAllBytes(registry);
        string link = Path.Combine(_folder, "link.jsonl");
        File.CreateSymbolicLink(link, registry);
        string otherSpelling = Path.Combine(_folder, ".", "registry.jsonl");

        foreach (string[] args in new[]
        {
            Report(registry, "--chart", registry, "--force"),
            Report(registry, "--chart", link, "--force"),
            Report(registry, "--chart", otherSpelling, "--force"),
            Report(registry, "--html", registry, "--force"),
            Report(registry, "--html", link, "--force"),
            Compliance(registry, "--ics", registry, "--force"),
        })
        {
            var (code, output, error) = CliTestHost.Run(args);
            Assert.Equal(2, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("is also an input", error, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(registry));
    }

    [Fact]
    public void Every_verb_refuses_an_existing_output_without_force_and_replaces_it_with_force()
    {
        string registry = BatchFixtures.Registry;
        foreach ((string option, string[] args) in new[]
        {
            ("--chart", Report(registry)),
            ("--html", Report(registry)),
            ("--ics", Compliance(registry)),
            ("--out", ["generate", "--count", "3"]),
        })
        {
            string target = Path.Combine(_folder, "existing" + option.TrimStart('-'));
            File.WriteAllText(target, "keep me");

            var (refused, _, error) = CliTestHost.Run([.. args, option, target]);
            Assert.Equal(2, refused);
            Assert.Contains($"{option} {target}: exists; pass --force to overwrite it.", error, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(target));

            var (forced, _, _) = CliTestHost.Run([.. args, option, target, "--force"]);
            Assert.Equal(0, forced);
            Assert.NotEqual("keep me", File.ReadAllText(target));
            Assert.Single(Directory.GetFiles(_folder)); // no temporary file is left beside it
            File.Delete(target);
        }
    }

    [Theory]
    [InlineData("generate", "--out")]
    [InlineData("report", "--chart")]
    [InlineData("report", "--html")]
    [InlineData("compliance", "--ics")]
    public void An_empty_output_path_is_a_usage_error(string verb, string option)
    {
        string[] args = verb switch
        {
            "generate" => ["generate", "--count", "3", "--out", ""],
            "report" => Report(BatchFixtures.Registry, option, ""),
            _ => Compliance(BatchFixtures.Registry, "--ics", ""),
        };

        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{option} '': give a file path.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writer_failing_midway_leaves_the_old_file_whole_and_no_partial_file()
    {
        string target = Path.Combine(_folder, "chart.svg");
        File.WriteAllText(target, "the old chart");

        IOException thrown = Assert.Throws<IOException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write(new byte[4096]);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", thrown.Message);
        Assert.Equal("the old chart", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));

        AtomicFile.WriteText(target, "the new chart");
        Assert.Equal("the new chart", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("registry", "check")]
    [InlineData("report", "--by")]
    [InlineData("evaluate", "--policy")]
    public void A_folder_given_as_the_registry_says_it_is_a_folder(string verb, string next)
    {
        string[] args = verb switch
        {
            "registry" => ["registry", "check", _folder],
            "report" => ["report", "--registry", _folder, next, "year"],
            _ => ["evaluate", "--registry", _folder, next, BatchFixtures.File("test-facility-1404.json"), "--as-of", "1404/06/15"],
        };

        var (code, _, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Contains($"{_folder}: is a folder", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compliance", "--registry", "x")]
    [InlineData("convert", "--from", "julian", "1404/01/01")]
    [InlineData("id", "national")]
    [InlineData("no-such-verb")]
    public void A_usage_error_prints_the_usage_on_standard_error_and_nothing_on_standard_output(params string[] args)
    {
        var (code, output, error) = CliTestHost.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_asked_for_goes_to_standard_output()
    {
        var (code, output, _) = CliTestHost.Run("convert", "--help");

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert", "-")]
    [InlineData("id", "national-code", "-")]
    public void Reading_a_closed_standard_input_ends_instead_of_waiting(params string[] args)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "closing descriptor 0 is shown with /bin/sh on Linux");
        string coop = Path.Combine(AppContext.BaseDirectory, "coop.dll");
        var start = new ProcessStartInfo("/bin/sh", ["-c", "exec dotnet \"$0\" \"$@\" <&-", coop, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start)!;
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!ended)
        {
            process.Kill();
        }

        Assert.True(ended, "coop waited on a closed standard input");
        Assert.Equal(0, process.ExitCode);
    }
}
