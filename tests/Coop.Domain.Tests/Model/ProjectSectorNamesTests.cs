using Coop.Domain.Model;

namespace Coop.Domain.Tests.Model;

public class ProjectSectorNamesTests
{
    [Fact]
    public void Every_sector_has_a_distinct_Persian_name_and_other_is_not_the_charts_others_bucket()
    {
        string[] names = [.. Enum.GetValues<ProjectSector>().Select(ProjectSectorNames.Persian)];
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain("سایر", names);
        Assert.Equal("سایر بخش‌ها", ProjectSectorNames.Persian(ProjectSector.Other));
    }

    [Fact]
    public void Every_sector_key_reads_back_to_its_sector()
    {
        foreach (ProjectSector sector in Enum.GetValues<ProjectSector>())
        {
            Assert.True(ProjectSectorNames.TryParse(ProjectSectorNames.Key(sector), out ProjectSector read));
            Assert.Equal(sector, read);
        }

        Assert.Equal("knowledge-based", ProjectSectorNames.Key(ProjectSector.KnowledgeBased));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    [InlineData("steel")]
    [InlineData("1")]
    public void Something_that_is_not_a_sector_is_not_read_as_one(string? text)
    {
        Assert.False(ProjectSectorNames.TryParse(text, out _));
    }
}
