using Coop.Domain.Tests.Eligibility.Batch;
using Coop.Domain.Tests.Model;
using static Coop.Domain.Tests.Text.PersianAssert;

namespace Coop.Domain.Tests.Cli;

// Issue 19: a registry's skipped lines are said in Persian under --lang fa (not English in a Persian frame), and
// exactly as before in English.
public sealed class PersianRegistryErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coop-fa-lines-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string RegistryWithTwoBadLines()
    {
        // The header and the sample's good cooperatives (lines 2–30; its deliberately broken lines come later).
        string[] lines = File.ReadAllLines(BatchFixtures.Registry)[..30];
        lines[0] = System.Text.RegularExpressions.Regex.Replace(lines[0], ",\"count\":\\d+", string.Empty);
        lines[1] = lines[1].Replace("\"nationalId\":\"10000245545\"", "\"nationalId\":\"10000245546\"", StringComparison.Ordinal);
        lines[2] = System.Text.RegularExpressions.Regex.Replace(lines[2], "\"countyCode\":\"[^\"]*\"", "\"countyCode\":\"99-NOWHERE\"");
        string path = Path.Combine(_folder, "two-bad.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Skipped_lines_are_fully_Persian_under_lang_fa()
    {
        string path = RegistryWithTwoBadLines();
        var (_, _, error) = CliTestHost.Run("report", "--registry", path, "--by", "year", "--quiet", "--lang", "fa");
        string[] skipped = [.. CliTestHost.Lines(error).Where(l => l.Contains("کنار گذاشته شد", StringComparison.Ordinal))];
        Assert.Equal(2, skipped.Length);
        Assert.Contains("رقم کنترل شناسهٔ ملی نمی‌خواند", skipped[0], StringComparison.Ordinal);
        Assert.Contains("کد شهرستان \u206699-NOWHERE\u2069 شناخته نیست", skipped[1], StringComparison.Ordinal);
        Assert.All(skipped, l => Assert.DoesNotMatch("[A-Za-z0-9]", OutsideIsolates(l)));
    }

    [Fact]
    public void Skipped_lines_stay_English_by_default()
    {
        string path = RegistryWithTwoBadLines();
        var (_, _, error) = CliTestHost.Run("report", "--registry", path, "--by", "year", "--quiet");
        Assert.Contains($"{path}:2: skipped: $.nationalId", error, StringComparison.Ordinal);
        Assert.Contains("'99-NOWHERE' is not a known county code (e.g. 02-JUYBAR).", error, StringComparison.Ordinal);
        Assert.DoesNotContain("کنار گذاشته شد", error, StringComparison.Ordinal);
    }
}
