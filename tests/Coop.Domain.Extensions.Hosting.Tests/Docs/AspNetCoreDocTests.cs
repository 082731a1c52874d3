using System.Text.Json;
using System.Text.RegularExpressions;

namespace Coop.Domain.Extensions.Hosting.Tests.Docs;

// docs/aspnet-core.md shows code that CI compiles: each of its C# blocks must appear verbatim in the sample's Program.cs.
public sealed partial class AspNetCoreDocTests
{
    private static readonly string s_root = FindRoot();
    private static readonly string s_doc = File.ReadAllText(Path.Combine(s_root, "docs", "aspnet-core.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_csharp_block_of_the_page_is_code_of_the_compiled_sample()
    {
        string program = File.ReadAllText(Path.Combine(s_root, "samples", "Coop.Domain.AspNetSample", "Program.cs")).ReplaceLineEndings("\n");
        string[] blocks = [.. CSharpBlock().Matches(s_doc).Select(m => m.Groups[1].Value)];

        Assert.True(blocks.Length >= 7, $"only {blocks.Length} C# blocks found");
        Assert.All(blocks, block => Assert.Contains(block, program, StringComparison.Ordinal));
        // And the other way round: every marked region of the sample is shown.
        Assert.Equal(SampleRegion().Count(program), blocks.Length);
    }

    [Fact]
    public void Every_key_of_the_page_s_configuration_example_is_a_setting()
    {
        string json = JsonBlock().Match(s_doc).Groups[1].Value;
        using JsonDocument document = JsonDocument.Parse(json);
        string[] settings = [.. typeof(CoopDomainSettings).GetProperties().Select(p => p.Name)];
        string[] keys = [.. document.RootElement.GetProperty("CoopDomain").EnumerateObject().Select(p => p.Name)];

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains(key, settings));
        Assert.All(settings, setting => Assert.Contains("| `" + setting + "` |", s_doc, StringComparison.Ordinal));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coop.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Coop.Domain.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"```json\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex(@"^// doc: \w+$", RegexOptions.Multiline)]
    private static partial Regex SampleRegion();
}
