using System.Text.RegularExpressions;
using Coop.Domain.Tests.Eligibility.Policies;

namespace Coop.Domain.Tests.Docs;

/// <summary>The C# blocks of the cookbook and of the policies doc are the code CookbookTests compiles and runs, line for line.</summary>
public sealed partial class DocSnippetTests
{
    private static readonly string TestSource = File.ReadAllText(RepoFiles.Path("tests/Coop.Domain.Tests/Docs/CookbookTests.cs"));

    [GeneratedRegex("^```csharp\\n(.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    private static string[] Blocks(string doc) =>
        [.. CSharpBlock().Matches(File.ReadAllText(RepoFiles.Path(doc)).ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Every_csharp_block_of_the_cookbook_is_compiled_by_the_cookbook_tests()
    {
        string[] blocks = Blocks("docs/cookbook.md");
        Assert.Equal(4, blocks.Length);
        Assert.All(blocks, AppearsInTests);
    }

    [Fact]
    public void The_first_csharp_block_of_the_policies_doc_is_compiled_by_the_cookbook_tests()
    {
        AppearsInTests(Blocks("docs/policies.md")[0]);
    }

    [Fact]
    public void A_changed_line_is_caught()
    {
        string block = Blocks("docs/cookbook.md")[0].Replace("391130", "391131", StringComparison.Ordinal);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AppearsInTests(block));
    }

    // The block's using lines are among the test file's; its other lines (indentation aside) appear in the test file in the
    // same order with nothing between them.
    private static void AppearsInTests(string block)
    {
        string[] lines = [.. block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        string[] usings = [.. lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';'))];
        string[] code = [.. lines.Where(l => !usings.Contains(l))];
        string[] source = [.. TestSource.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
        Assert.All(usings, u => Assert.Contains(u, source));
        Assert.NotEmpty(code);
        bool found = Enumerable.Range(0, source.Length - code.Length + 1).Any(i => source.AsSpan(i, code.Length).SequenceEqual(code));
        Assert.True(found, "This block of the doc is not in CookbookTests.cs line for line:\n" + string.Join("\n", code));
    }
}
