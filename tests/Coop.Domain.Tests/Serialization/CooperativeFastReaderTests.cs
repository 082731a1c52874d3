using System.Text;
using System.Text.Json;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Model;

namespace Coop.Domain.Tests.Serialization;

public class CooperativeFastReaderTests
{
    private static readonly string Good = JsonSerializer.Serialize(Samples.Juybar().Build(), CoopJsonContext.Default.Cooperative);

    private static string Json(Cooperative c) => JsonSerializer.Serialize(c, CoopJsonContext.Default.Cooperative);

    private static Cooperative? Fast(string line) => CooperativeFastReader.TryRead(Encoding.UTF8.GetBytes(line));

    [Fact]
    public void Generated_cooperatives_read_to_the_same_objects_as_through_the_serializer()
    {
        int read = 0;
        foreach (Cooperative generated in RegistryGenerator.Cooperatives(300, 7))
        {
            string line = Json(generated);
            Cooperative? fast = Fast(line);
            Assert.NotNull(fast);
            Assert.Equal(Json(JsonSerializer.Deserialize(line, CoopJsonContext.Default.Cooperative)!), Json(fast));
            read++;
        }

        Assert.Equal(300, read);
    }

    [Fact]
    public void The_sample_cooperative_reads_the_same_with_whitespace_and_comments()
    {
        string spaced = Good.Replace(",\"", ", /* note */ \"", StringComparison.Ordinal).Replace(":", " : ", StringComparison.Ordinal);
        Assert.Equal(Good, Json(Fast(spaced)!));
    }

    [Theory]
    [InlineData("\"kind\":\"natural\"", "\"kind\":\"Natural\"", "a name in another spelling")]
    [InlineData("\"name\":", "\"na\\u006De\":", "an escaped property name")]
    [InlineData("\"countyCode\":", "\"extra\":1,\"countyCode\":", "an unknown property")]
    [InlineData("\"countyCode\":", "\"countyCode\":\"02-JUYBAR\",\"countyCode\":", "a repeated property")]
    [InlineData("\"fiscalYearStartMonth\":1,", "", "a missing property")]
    [InlineData("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":\"1\"", "a number written as a string")]
    [InlineData("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":1.0", "a fraction")]
    [InlineData("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":13", "a value the model refuses")]
    public void A_line_the_fast_path_cannot_vouch_for_is_left_to_the_serializer(string find, string replace, string what)
    {
        Assert.Contains(find, Good, StringComparison.Ordinal);
        string line = ReplaceFirst(Good, find, replace);
        Assert.True(Fast(line) is null, what);
    }

    [Fact]
    public void Persian_digits_in_a_date_are_left_to_the_serializer_which_still_reads_them()
    {
        string registeredOn = JsonDocument.Parse(Good).RootElement.GetProperty("registeredOn").GetString()!;
        string persian = string.Concat(registeredOn.Select(ch => char.IsAsciiDigit(ch) ? (char)('۰' + (ch - '0')) : ch));
        string line = Good.Replace($"\"registeredOn\":\"{registeredOn}\"", $"\"registeredOn\":\"{persian}\"", StringComparison.Ordinal);
        Assert.NotEqual(Good, line);
        Assert.Null(Fast(line));
        RegistryRecord record = Assert.Single(RegistryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            "{\"format\":\"coop-registry\",\"version\":1}\n" + line + "\n"))), r => r.Cooperative is not null);
        Assert.Equal(Good, Json(record.Cooperative!));
    }

    [Fact]
    public void Trailing_content_after_the_object_is_left_to_the_serializer() =>
        Assert.Null(Fast(Good + " {}"));

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
