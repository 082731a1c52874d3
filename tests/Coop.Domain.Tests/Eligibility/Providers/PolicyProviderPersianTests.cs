using Coop.Domain.Eligibility.Policies;
using Coop.Domain.Eligibility.Providers;
using static Coop.Domain.Tests.Eligibility.Providers.ProviderTestData;

namespace Coop.Domain.Tests.Eligibility.Providers;

// The errors of the folder provider and the catalog behind every provider carry a code and arguments (issue 19).
public sealed class PolicyProviderPersianTests
{
    private static void AssertPersian(PolicyError error)
    {
        string outside = System.Text.RegularExpressions.Regex.Replace(error.MessageFa, "\u2066[^\u2069]*\u2069", string.Empty);
        Assert.DoesNotMatch("[A-Za-z0-9]", outside);
    }

    [Fact]
    public void A_missing_path_given_to_the_file_provider_is_FileNotFound()
    {
        string path = Path.Combine(Path.GetTempPath(), "coop-no-such-" + Guid.NewGuid().ToString("N"));

        PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([path]));

        PolicyError error = Assert.Single(e.Errors);
        Assert.Equal((path, "no such policy file or folder", PolicyErrorCode.FileNotFound), (error.File, error.Message, error.Code));
        Assert.Empty(error.Arguments);
        Assert.Equal("این فایل وجود ندارد", error.MessageFa);
    }

    [Fact]
    public void A_version_defined_twice_in_a_folder_is_DuplicateVersion_naming_the_other_file()
    {
        string folder = TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.json"), Json(1));
            File.WriteAllText(Path.Combine(folder, "b.json"), Json(1));

            PolicyLoadException e = Assert.Throws<PolicyLoadException>(() => new FilePolicyProvider([folder]));

            PolicyError error = Assert.Single(e.Errors);
            Assert.Equal(PolicyErrorCode.DuplicateVersion, error.Code);
            Assert.Equal([Id, "1", Path.Combine(folder, "a.json")], error.Arguments);
            Assert.StartsWith($"policy '{Id}' version 1 is defined twice (also in ", error.Message, StringComparison.Ordinal);
            Assert.StartsWith($"نسخهٔ ۱ سیاست \u2066{Id}\u2069 دو بار تعریف شده است (نیز در \u2066", error.MessageFa, StringComparison.Ordinal);
            AssertPersian(error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Overlapping_versions_in_the_catalog_are_VersionsOverlap_with_the_days()
    {
        Policy overlapping = Builder(3).Effective(D(1403, 6, 1), D(1403, 8, 1)).Build();
        var provider = new InMemoryPolicyProvider([Version(1), overlapping]);

        PolicyError error = Assert.Single(Assert.Throws<PolicyLoadException>(() => provider.GetPolicySet(Id)).Errors);

        Assert.Equal(PolicyErrorCode.VersionsOverlap, error.Code);
        Assert.Equal([Id, "1", "3", "1403/06/01", "1403/12/30"], error.Arguments);
        Assert.Equal($"Versions 1 and 3 of '{Id}' overlap on 1403/06/01.", error.Message);
        AssertPersian(error);
    }
}
