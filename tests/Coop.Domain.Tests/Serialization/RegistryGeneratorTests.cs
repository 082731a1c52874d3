using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;

namespace Coop.Domain.Tests.Serialization;

public class RegistryGeneratorTests
{
    private static (byte[] Bytes, GeneratedRegistry Summary) Generate(int count, int seed, double invalidShare = 0.02)
    {
        using var stream = new MemoryStream();
        GeneratedRegistry summary = RegistryGenerator.Write(stream, new RegistryGeneratorOptions { Count = count, Seed = seed, InvalidShare = invalidShare });
        return (stream.ToArray(), summary);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        Assert.Equal(Generate(60, 7).Bytes, Generate(60, 7).Bytes);
    }

    [Fact]
    public void A_different_seed_gives_different_output()
    {
        Assert.NotEqual(Generate(60, 7).Bytes, Generate(60, 8).Bytes);
    }

    [Fact]
    public void The_generated_file_loads_with_exactly_the_intentional_errors_on_their_lines()
    {
        (byte[] bytes, GeneratedRegistry summary) = Generate(400, 1404, 0.05);
        RegistryLoadResult result = RegistryReader.Load(new MemoryStream(bytes));

        Assert.Equal(20, summary.IntentionalErrors.Count);
        Assert.NotNull(result.Header);
        Assert.Equal(400, result.Header.Count);
        Assert.Equal(380, result.Cooperatives.Count);
        Assert.Equal(summary.IntentionalErrors.Select(e => e.Line), result.Errors.Select(e => e.Line));
        Assert.Equal(401, result.LinesRead);
        Assert.Equal(
            ["bad-national-code", "transfer-more-than-held", "unbalanced-statement", "unknown-county"],
            summary.IntentionalErrors.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_kind_of_intentional_error_is_reported_for_what_it_is()
    {
        (byte[] bytes, GeneratedRegistry summary) = Generate(200, 3, 0.05);
        var errors = RegistryReader.Load(new MemoryStream(bytes)).Errors.ToDictionary(e => e.Line);
        foreach (IntentionalError planted in summary.IntentionalErrors)
        {
            JsonLineError error = errors[planted.Line];
            string expected = planted.Kind switch
            {
                "transfer-more-than-held" => "cannot transfer",
                "bad-national-code" => "NationalCode",
                "unbalanced-statement" => "equity",
                _ => "02-KIASAR",
            };
            Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void With_no_invalid_share_every_line_loads_and_matches_the_in_memory_sequence()
    {
        (byte[] bytes, GeneratedRegistry summary) = Generate(50, 11, 0);
        RegistryLoadResult result = RegistryReader.Load(new MemoryStream(bytes));

        Assert.Empty(summary.IntentionalErrors);
        Assert.True(result.IsClean);
        Assert.Equal(
            RegistryGenerator.Cooperatives(50, 11).Select(c => c.Name),
            result.Cooperatives.Select(c => c.Name));
    }

    [Fact]
    public void Generated_cooperatives_are_varied_and_realistic()
    {
        Cooperative[] all = RegistryGenerator.Cooperatives(500, 5).ToArray();
        var asOf = new SolarHijriDate(1404, 8, 25);

        Assert.All(all, c => Assert.StartsWith("02-", c.CountyCode, StringComparison.Ordinal));
        Assert.Contains(all, c => c.CountyCode == "02-JUYBAR");
        Assert.True(all.Select(c => c.Kind).Distinct().Count() >= 10);
        Assert.Contains(all, c => c.FactsAt(asOf).MemberCount < 7);
        Assert.True(all.Count(c => c.FactsAt(asOf).MemberCount >= 7) > 400);
        Assert.Contains(all, c => c.FactsAt(asOf).BoardTermValid);
        Assert.Contains(all, c => !c.FactsAt(asOf).BoardTermValid);
        Assert.Contains(all, c => c.FactsAt(asOf).LastOrdinaryAssemblyOnTime == true);
        Assert.Contains(all, c => c.FactsAt(asOf).LastOrdinaryAssemblyOnTime == false);
        Assert.Contains(all, c => c.ShareLedger.Entries.Any(e => e.Kind == ShareEntryKind.Transfer));
        Assert.Contains(all, c => c.ShareLedger.Entries.Any(e => e.Kind == ShareEntryKind.Redemption));
        Assert.Contains(all, c => c.ShareLedger.Entries.Any(e => e.Kind == ShareEntryKind.Payment));
        Assert.Contains(all, c => c.FacilityApplications.Any(a => a.OverdueDebt > Money.Zero));
        Assert.Contains(all, c => c.FacilityApplications.Any(a => a.UnclearedReturnedCheques > 0));
        Assert.Contains(all, c => c.FinancialStatements.Any(s => s.SubmittedToSystemOn is null));
        Assert.Contains(all, c => c.SmartSystemProfile.LastUpdatedOn is null);
        Assert.True(all.Select(c => c.FacilityApplications.Select(a => a.Sector)).SelectMany(s => s).Distinct().Count() >= 6);
        Assert.All(all, c => Assert.StartsWith("تعاونی ", c.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1386, 2, 1)]
    [InlineData(1399, 12, 30)]
    [InlineData(1410, 7, 1)]
    public void Other_as_of_dates_generate_valid_cooperatives_dated_no_later(int y, int m, int d)
    {
        var asOf = new SolarHijriDate(y, m, d);
        Cooperative[] all = RegistryGenerator.Cooperatives(150, y, asOf).ToArray();
        Assert.Equal(150, all.Length);
        Assert.All(all, c => Assert.True(c.RegisteredOn <= asOf));
        Assert.All(all, c => Assert.All(c.ShareLedger.Entries, e => Assert.True(e.Date <= asOf)));
        Assert.All(all, c => Assert.All(c.Assemblies, a => Assert.True(a.HeldOn <= asOf)));
    }

    [Fact]
    public void Bad_options_are_rejected_at_the_door()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RegistryGenerator.Write(new MemoryStream(), new RegistryGeneratorOptions { Count = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegistryGenerator.Write(new MemoryStream(), new RegistryGeneratorOptions { InvalidShare = 1.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegistryGenerator.Write(new MemoryStream(), new RegistryGeneratorOptions { InvalidShare = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegistryGenerator.Cooperatives(-1, 0));
    }

    [Fact]
    public void The_header_names_the_command_that_made_the_file()
    {
        string first = Encoding.UTF8.GetString(Generate(3, 9).Bytes).Split('\n')[0];
        Assert.Equal(
            "{\"format\":\"coop-registry\",\"version\":1,\"generated\":\"1404/08/25\",\"source\":\"coop generate --count 3 --seed 9 --invalid-share 0.02\",\"count\":3}",
            first);
    }
}
