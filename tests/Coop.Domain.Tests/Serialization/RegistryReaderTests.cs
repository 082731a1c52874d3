using System.Text;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Serialization;
using Coop.Domain.Tests.Model;

namespace Coop.Domain.Tests.Serialization;

public class RegistryReaderTests
{
    private const string Header = "{\"format\":\"coop-registry\",\"version\":1,\"generated\":\"1404/08/25\"}";

    private static readonly string Good = JsonSerializer.Serialize(Samples.Juybar().Build(), CoopJsonContext.Default.Cooperative);

    // The good record as another cooperative (its own national ID and registration number): a registry lists each once.
    private static string Another(int n)
    {
        Cooperative c = Samples.Juybar().Build();
        string other = Good
            .Replace($"\"nationalId\":\"{c.NationalId}\"", $"\"nationalId\":\"{Samples.LegalId(100 + n)}\"", StringComparison.Ordinal)
            .Replace($"\"registrationNumber\":\"{c.RegistrationNumber}\"", $"\"registrationNumber\":\"{c.RegistrationNumber}{n}\"", StringComparison.Ordinal);
        Assert.NotEqual(Good, other);
        return other;
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static RegistryLoadResult Load(string text) => RegistryReader.Load(Utf8(text));

    [Fact]
    public void Writer_output_reads_back_with_the_header_and_every_cooperative()
    {
        Cooperative c = Samples.Juybar().Build();
        using var stream = new MemoryStream();
        using (var writer = new RegistryWriter(stream, RegistryHeader.Create(new SolarHijriDate(1404, 8, 25), "test", 2)))
        {
            writer.Write(c);
            writer.Write(JsonSerializer.Deserialize(Another(1), CoopJsonContext.Default.Cooperative)!);
            Assert.Equal(2, writer.Count);
        }

        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(3, text.Count(ch => ch == '\n'));
        Assert.Contains("تعاونی تولیدی کشاورزان", text, StringComparison.Ordinal);

        RegistryLoadResult result = RegistryReader.Load(new MemoryStream(stream.ToArray()));
        Assert.True(result.IsClean);
        Assert.Equal(RegistryHeader.Create(new SolarHijriDate(1404, 8, 25), "test", 2), result.Header);
        Assert.Equal(2, result.Cooperatives.Count);
        Assert.Equal(3, result.LinesRead);
        Assert.Equal(Good, JsonSerializer.Serialize(result.Cooperatives[0], CoopJsonContext.Default.Cooperative));
    }

    [Fact]
    public void Good_plus_bad_equals_the_non_blank_lines_and_good_records_still_load()
    {
        string bad = Good.Replace("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":13", StringComparison.Ordinal);
        RegistryLoadResult result = Load($"{Header}\n{Good}\n\n{bad}\n[1]\n{Another(1)}\n{Good[..40]}");

        Assert.Equal(6, result.LinesRead);
        Assert.Equal(2, result.Cooperatives.Count);
        Assert.Equal([4L, 5L, 7L], result.Errors.Select(e => e.Line));
        Assert.Equal(result.LinesRead, 1 + result.Cooperatives.Count + result.Errors.Count);
    }

    [Fact]
    public void A_model_violation_lists_every_violation_in_the_message_and_the_list()
    {
        string bad = Good
            .Replace("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":13", StringComparison.Ordinal)
            .Replace("\"countyCode\":\"02-JUYBAR\"", "\"countyCode\":\"02-ATLANTIS\"", StringComparison.Ordinal);
        JsonLineError error = Assert.Single(Load($"{Header}\n{bad}\n").Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains(error.Violations, v => v.Path == "countyCode");
        Assert.Contains(error.Violations, v => v.Path == "fiscalYearStartMonth");
        Assert.All(error.Violations, v => Assert.Contains(v.Message, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_ledger_violation_has_its_path_from_the_cooperative()
    {
        string bad = Good.Replace("\"shares\":30,", "\"shares\":3000,", StringComparison.Ordinal);
        JsonLineError error = Assert.Single(Load($"{Header}\n{bad}\n").Errors);
        ModelViolation v = Assert.Single(error.Violations);
        Assert.StartsWith("shareLedger.entries[", v.Path, StringComparison.Ordinal);
        Assert.Contains("cannot transfer 3000 shares", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_inside_the_ledger_has_the_full_json_path()
    {
        string bad = Good.Replace("\"date\":\"1399/01/20\"", "\"date\":\"1399/13/20\"", StringComparison.Ordinal);
        JsonLineError error = Assert.Single(Load($"{Header}\n{bad}\n").Errors);
        Assert.Matches(@"^\$\.shareLedger\.entries\[\d+\]\.date$", error.Path);
    }

    [Theory]
    [InlineData("\"members\":[", "\"members\":\"x\",\"unused\":[", "$.members", "wrong type: expected an array")]
    [InlineData("\"name\":\"", "\"name\":5,\"unused\":\"", "$.name", "wrong type: this value is not of the JSON type the field holds")]
    [InlineData("\"kind\":\"employment-generating\"", "\"kind\":\"employment\"", "$.kind", "'employment' is not a name of CooperativeKind: expected one of employment-generating, housing, consumer")]
    [InlineData("\"countyCode\":", "\"countyCod\":1,\"countyCode\":", "$.countyCod", "unknown property 'countyCod' (not a field of Cooperative; docs/registry-format.md lists the fields)")]
    [InlineData("\"countyCode\":", "\" could not be mapped\":1,\"countyCode\":", "$[' could not be mapped']", "unknown property ' could not be mapped' (not a field of Cooperative")]
    public void A_wrong_type_or_unknown_field_is_said_in_the_files_terms_not_dotnet_types(string find, string replace, string path, string message)
    {
        int at = Good.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        string bad = Good[..at] + replace + Good[(at + find.Length)..];
        JsonLineError error = Assert.Single(Load($"{Header}\n{bad}\n").Errors);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Coop.Domain.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_at_a_line_boundary_is_caught_by_the_header_count()
    {
        const string promising = "{\"format\":\"coop-registry\",\"version\":1,\"generated\":\"1404/08/25\",\"count\":3}";
        RegistryRecord[] records = RegistryReader.Read(Utf8($"{promising}\n{Good}\n{Another(1)}\n")).ToArray();
        RegistryRecord last = records[^1];

        Assert.False(last.IsLine);
        Assert.Equal(4, last.Line);
        Assert.Contains("promises 3 cooperatives but 2 lines follow", last.Error!.Message, StringComparison.Ordinal);
        RegistryLoadResult result = Load($"{promising}\n{Good}\n{Another(1)}\n");
        Assert.Equal(3, result.LinesRead);
        Assert.Single(result.Errors);
        Assert.True(Load($"{promising}\n{Good}\n{Another(1)}\n{Another(2)}\n").IsClean);
    }

    [Fact]
    public void Reading_holds_no_record_once_the_caller_moves_on()
    {
        using var stream = new MemoryStream();
        RegistryGenerator.Write(stream, new RegistryGeneratorOptions { Count = 300, Seed = 2, InvalidShare = 0 });
        WeakReference[] seen = Track(new MemoryStream(stream.ToArray()));

        // A thread-pool thread that parsed the last batch may still be leaving its work item (its stack holding the
        // batch for a moment) when the enumeration ends: collect again after a pause, up to a second in all. A record
        // the reader really kept stays reachable however long one waits.
        for (int attempt = 0; attempt < 20; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (seen.Count(w => w.IsAlive) < 30)
            {
                break;
            }

            Thread.Sleep(50);
        }

        Assert.Equal(300, seen.Length);
        Assert.True(seen.Count(w => w.IsAlive) < 30, $"{seen.Count(w => w.IsAlive)} of 300 records are still reachable");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference[] Track(Stream stream) =>
        RegistryReader.Read(stream).Where(r => r.Cooperative is not null).Select(r => new WeakReference(r.Cooperative)).ToArray();

    [Fact]
    public void Disposing_the_writer_twice_is_harmless()
    {
        var writer = new RegistryWriter(new MemoryStream(), RegistryHeader.Create(new SolarHijriDate(1404, 1, 1)));
        writer.Dispose();
        writer.Dispose();
        Assert.Equal(0, writer.Count);
    }

    [Fact]
    public void An_empty_file_is_one_error_on_line_1()
    {
        RegistryLoadResult result = Load(string.Empty);
        JsonLineError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Header);
        Assert.Equal(0, result.LinesRead);
    }

    [Fact]
    public void A_missing_header_is_an_error_of_line_1_and_the_rest_still_load()
    {
        RegistryLoadResult result = Load($"{Good}\n{Another(1)}\n");
        JsonLineError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("missing header", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Cooperatives);
        Assert.False(result.IsClean);
    }

    [Theory]
    [InlineData("{\"format\":\"csv\",\"version\":1,\"generated\":\"1404/08/25\"}", "not a coop registry")]
    [InlineData("{\"format\":\"coop-registry\",\"version\":2,\"generated\":\"1404/08/25\"}", "unsupported registry version 2")]
    [InlineData("{\"format\":\"coop-registry\",\"version\":1}", "invalid registry header")]
    [InlineData("{\"format\":\"coop-registry\",\"version\":1,\"generated\":\"1404/13/01\"}", "invalid registry header")]
    [InlineData("[\"coop-registry\"]", "missing header")]
    [InlineData("{\"format\":", "invalid registry header")]
    public void An_invalid_header_says_what_is_wrong(string header, string expected)
    {
        RegistryLoadResult result = Load($"{header}\n{Good}\n");
        JsonLineError error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Single(result.Cooperatives);
    }

    [Fact]
    public void Unknown_header_properties_are_ignored_for_later_versions()
    {
        RegistryLoadResult result = Load("{\"format\":\"coop-registry\",\"version\":1,\"generated\":\"1404/08/25\",\"province\":\"02\"}\n" + Good);
        Assert.True(result.IsClean);
    }

    [Fact]
    public void A_second_header_later_in_the_file_is_an_error_of_its_line()
    {
        JsonLineError error = Assert.Single(Load($"{Header}\n{Good}\n{Header}\n").Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("only as the first line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_line_is_named_as_truncated()
    {
        JsonLineError error = Assert.Single(Load($"{Header}\n{Good}\n{Good[..(Good.Length / 2)]}").Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "array")]
    [InlineData("42", "number")]
    [InlineData("\"text\"", "string")]
    [InlineData("null", "null")]
    public void A_non_object_line_is_an_error_naming_what_it_is(string line, string what)
    {
        JsonLineError error = Assert.Single(Load($"{Header}\n{line}\n{Good}\n").Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains($"JSON {what}, not a cooperative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_reported_once()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x0A, 0x00];
        RegistryLoadResult result = RegistryReader.Load(new MemoryStream(bytes));
        JsonLineError error = Assert.Single(result.Errors);
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Header);
    }

    [Fact]
    public async Task The_async_reader_gives_the_same_result()
    {
        string text = $"{Header}\n{Good}\n[1]\n{Another(1)}\n";
        RegistryLoadResult sync = Load(text);
        RegistryLoadResult async = await RegistryReader.LoadAsync(Utf8(text), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(sync.Header, async.Header);
        Assert.Equal(sync.Errors, async.Errors);
        Assert.Equal(sync.Cooperatives.Count, async.Cooperatives.Count);
        Assert.Equal(sync.LinesRead, async.LinesRead);
    }

    [Fact]
    public void Reading_streams_one_record_per_line_in_order()
    {
        RegistryRecord[] records = RegistryReader.Read(Utf8($"{Header}\n{Good}\n[1]\n")).ToArray();
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Line));
        Assert.NotNull(records[0].Header);
        Assert.NotNull(records[1].Cooperative);
        Assert.False(records[2].IsSuccess);
    }

    [Fact]
    public void The_writer_rejects_a_foreign_header_and_raw_lines_with_breaks()
    {
        Assert.Throws<ArgumentException>(() => new RegistryWriter(new MemoryStream(), new RegistryHeader("csv", 1, new SolarHijriDate(1404, 1, 1))));
        using var writer = new RegistryWriter(new MemoryStream(), RegistryHeader.Create(new SolarHijriDate(1404, 1, 1)));
        Assert.Throws<ArgumentException>(() => writer.WriteRaw("{}\n{}"));
    }

    [Fact]
    public void Invalid_records_leave_a_registry_dirty_but_not_damaged()
    {
        string badCounty = Good.Replace("\"countyCode\":\"02-", "\"countyCode\":\"99-", StringComparison.Ordinal);
        string badMonth = Good.Replace("\"fiscalYearStartMonth\":1", "\"fiscalYearStartMonth\":13", StringComparison.Ordinal);
        RegistryLoadResult result = Load($"{Header}\n{Good}\n{badCounty}\n{badMonth}\n");

        Assert.Equal(2, result.Errors.Count);
        Assert.False(result.IsClean);
        Assert.False(result.IsDamaged);
        Assert.All(result.Errors, e => Assert.False(e.IsMalformed));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("array")]
    [InlineData("second-header")]
    [InlineData("count")]
    [InlineData("no-header")]
    [InlineData("empty")]
    public void A_malformed_line_or_a_count_mismatch_marks_the_registry_damaged(string kind)
    {
        string promising = Header.TrimEnd('}') + ",\"count\":2}";
        string text = kind switch
        {
            "truncated" => $"{Header}\n{Good}\n{Good[..(Good.Length / 2)]}",
            "array" => $"{Header}\n[1]\n{Good}\n",
            "second-header" => $"{Header}\n{Good}\n{Header}\n",
            "count" => $"{promising}\n{Good}\n",
            "no-header" => $"{Good}\n",
            "empty" => string.Empty,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        RegistryLoadResult result = Load(text);

        Assert.True(result.IsDamaged);
        Assert.Contains(result.Errors, e => e.IsMalformed);
    }

    [Fact]
    public void The_sample_registry_in_seeds_loads_with_its_four_intentional_errors()
    {
        string path = Path.Combine(RepositoryRoot(), "seeds", "registry", "sample-registry.jsonl");
        RegistryLoadResult result = RegistryReader.LoadFile(path);

        Assert.NotNull(result.Header);
        Assert.Equal(200, result.Header.Count);
        Assert.Equal(196, result.Cooperatives.Count);
        Assert.Equal([51L, 101L, 151L, 201L], result.Errors.Select(e => e.Line));
        Assert.Equal(201, result.LinesRead);
    }

    [Fact]
    public void The_sample_registry_is_exactly_what_its_documented_command_generates()
    {
        string path = Path.Combine(RepositoryRoot(), "seeds", "registry", "sample-registry.jsonl");
        using var stream = new MemoryStream();
        RegistryGenerator.Write(stream, new RegistryGeneratorOptions { Count = 200, Seed = 1404, InvalidShare = 0.02 });
        Assert.Equal(File.ReadAllBytes(path), stream.ToArray());
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Coop.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Coop.Domain.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void A_cooperative_listed_again_by_national_id_or_registration_number_is_reported_and_the_first_line_wins()
    {
        Cooperative c = Samples.Juybar().Build();
        string sameNationalId = Another(1).Replace($"\"nationalId\":\"{Samples.LegalId(101)}\"", $"\"nationalId\":\"{c.NationalId}\"", StringComparison.Ordinal);
        string sameRegistration = Another(2).Replace($"\"registrationNumber\":\"{c.RegistrationNumber}2\"", $"\"registrationNumber\":\"{c.RegistrationNumber}\"", StringComparison.Ordinal);
        RegistryLoadResult result = Load($"{Header}\n{Good}\n{Good}\n{sameNationalId}\n{sameRegistration}\n{Another(3)}\n");

        Assert.Equal(2, result.Cooperatives.Count);
        Assert.Equal([3L, 4L, 5L], result.Errors.Select(e => e.Line));
        Assert.All(result.Errors, e => Assert.False(e.IsMalformed));
        Assert.Equal(["$.nationalId", "$.nationalId", "$.registrationNumber"], result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Contains("is already on line 2; this line is skipped (the first line wins)", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_application_listed_twice_in_one_cooperative_is_a_violation_naming_both()
    {
        int start = Good.IndexOf("\"facilityApplications\":[", StringComparison.Ordinal) + "\"facilityApplications\":[".Length;
        int end = Good.IndexOf('}', start) + 1;
        Assert.True(start > 30 && end > start, "the sample has an application");
        string application = Good[start..end];
        string twice = Good[..end] + "," + application + Good[end..];

        JsonLineError error = Assert.Single(Load($"{Header}\n{twice}\n").Errors);

        Assert.Contains(error.Violations, v => v.Path.EndsWith("facilityApplications[1]", StringComparison.Ordinal) && v.Message.Contains("facilityApplications[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"registeredOn\":\"1398/03/15\"", "\"registeredOn\":\"2025/03/21\"", "$.registeredOn", "write 1404/01/01 for 2025-03-21")]
    [InlineData("\"registeredOn\":\"1398/03/15\"", "\"registeredOn\":\"2025-02-30\"", "$.registeredOn", "2025-02-30 is not a Gregorian date either")]
    public void A_clearly_gregorian_date_is_refused_naming_the_solar_hijri_day(string find, string replace, string path, string says)
    {
        Assert.Contains(find, Good, StringComparison.Ordinal);
        JsonLineError error = Assert.Single(Load($"{Header}\n{Good.Replace(find, replace, StringComparison.Ordinal)}\n").Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gregorian_generated_date_in_the_header_is_refused_naming_the_solar_hijri_day()
    {
        RegistryLoadResult result = Load($"{Header.Replace("1404/08/25", "2025/11/16", StringComparison.Ordinal)}\n{Good}\n");

        JsonLineError error = result.Errors[0];
        Assert.Equal((1L, "$.generated"), (error.Line, error.Path));
        Assert.True(error.IsMalformed);
        Assert.Contains("write 1404/08/25 for 2025-11-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_with_persian_digits_reads_as_the_same_day()
    {
        string persian = Good.Replace("\"registeredOn\":\"1398/03/15\"", "\"registeredOn\":\"۱۳۹۸/۰۳/۱۵\"", StringComparison.Ordinal);
        Assert.NotEqual(Good, persian);

        Cooperative read = Assert.Single(Load($"{Header}\n{persian}\n").Cooperatives);

        Assert.Equal(new SolarHijriDate(1398, 3, 15), read.RegisteredOn);
    }

    [Fact]
    public void A_property_given_twice_in_a_line_is_refused()
    {
        string twice = "{\"name\":\"first\"," + Good[1..];

        JsonLineError error = Assert.Single(Load($"{Header}\n{twice}\n").Errors);

        Assert.Equal(2, error.Line);
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u0000", "U+0000")]
    [InlineData("\\n", "U+000A")]
    [InlineData("\\t", "U+0009")]
    [InlineData("\\u001F", "U+001F")]
    [InlineData("\\u0085", "U+0085")]
    public void A_control_character_in_a_text_value_is_refused_with_its_line(string escape, string named)
    {
        string bad = Good.Replace("\"name\":\"", "\"name\":\"a" + escape, StringComparison.Ordinal);

        RegistryLoadResult result = Load($"{Header}\n{Good}\n{bad}\n");

        JsonLineError error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.False(error.IsMalformed);
        Assert.Contains($"control character {named}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_backslash_before_a_letter_is_text_not_a_control_character()
    {
        string fine = Good.Replace("\"name\":\"", "\"name\":\"a\\\\n", StringComparison.Ordinal);

        Cooperative read = Assert.Single(Load($"{Header}\n{fine}\n").Cooperatives);

        Assert.StartsWith("a\\n", read.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1256_or_other_non_utf8_line_says_it_is_not_utf8_with_its_line_and_column()
    {
        // "تعاونی" in Windows-1256: CA C3 C7 E6 E4 ED.
        byte[] legacy = [.. Encoding.UTF8.GetBytes(Header + "\n{\"name\":\""), 0xCA, 0xC3, 0xC7, 0xE6, 0xE4, 0xED, (byte)'"', (byte)'}', (byte)'\n'];

        RegistryLoadResult result = RegistryReader.Load(new MemoryStream(legacy));

        JsonLineError error = Assert.Single(result.Errors);
        Assert.Equal((2L, 10L), (error.Line, error.Column));
        Assert.True(error.IsMalformed);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1256", error.Message, StringComparison.Ordinal);
    }
}
