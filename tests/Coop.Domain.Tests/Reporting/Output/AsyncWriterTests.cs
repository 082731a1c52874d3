using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.Reporting.Output;

/// <summary>
/// The …Async stream forms of the output writers: the same bytes as the synchronous forms, no synchronous I/O at all
/// (the test stream throws on it, as ASP.NET Core's response body does), the stream flushed and left open, and
/// cancellation honoured before and during the writing.
/// </summary>
public class AsyncWriterTests
{
    private static readonly FakeClock s_clock = new(Instant.FromUtc(2026, 11, 28, 2, 30, 15));

    private static readonly IcsEvent[] s_events =
    [
        new(new SolarHijriDate(1405, 4, 31), "مهلت برگزاری مجمع عمومی عادی", "سال مالی ۱۴۰۴", key: "coop/1/assembly/1404"),
        new(new SolarHijriDate(1405, 1, 15), "Filing", key: "coop/1/filing/1404"),
    ];

    /// <summary>The writers, by name.</summary>
    public static TheoryData<string> Writers => ["csv", "json", "text", "svg", "ics", "ics-time-provider"];

    private static void WriteSync(string kind, Table table, Stream stream)
    {
        switch (kind)
        {
            case "csv": CsvTableWriter.Write(table, stream, new CsvOptions { IncludeByteOrderMark = true }); break;
            case "json": JsonTableWriter.Write(table, stream); break;
            case "text": TextTableWriter.Write(table, stream); break;
            case "svg": SvgChartWriter.Write(Samples.Credits(), stream); break;
            default: IcsWriter.Write(s_events, stream, s_clock); break;
        }
    }

    private static Task WriteAsync(string kind, Table table, Stream stream, CancellationToken cancellationToken) => kind switch
    {
        "csv" => CsvTableWriter.WriteAsync(table, stream, new CsvOptions { IncludeByteOrderMark = true }, cancellationToken),
        "json" => JsonTableWriter.WriteAsync(table, stream, cancellationToken: cancellationToken),
        "text" => TextTableWriter.WriteAsync(table, stream, cancellationToken: cancellationToken),
        "svg" => SvgChartWriter.WriteAsync(Samples.Credits(), stream, cancellationToken: cancellationToken),
        "ics" => IcsWriter.WriteAsync(s_events, stream, s_clock, cancellationToken: cancellationToken),
        _ => IcsWriter.WriteAsync(s_events, stream, new FakeTimeProvider(s_clock.GetCurrentInstant().ToDateTimeOffset()), cancellationToken: cancellationToken),
    };

    /// <summary>A table of about <paramref name="rows"/> rows of Persian text (about 150 bytes a row).</summary>
    private static Table Big(int rows) => new(
        Samples.Disbursements().Columns,
        Enumerable.Range(0, rows).Select(i => Samples.Disbursements().Rows[i % 2]));

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task The_async_form_writes_the_same_bytes_with_no_synchronous_IO(string kind)
    {
        Table table = Samples.Disbursements();
        using var expected = new MemoryStream();
        WriteSync(kind, table, expected);
        await using var stream = new AsyncOnlyStream();

        await WriteAsync(kind, table, stream, TestContext.Current.CancellationToken);

        Assert.Equal(expected.ToArray(), stream.ToArray());
        Assert.True(stream.AsyncWrites >= 1);
        Assert.Equal(1, stream.AsyncFlushes);
        Assert.True(stream.CanWrite, "the stream is left open");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("text")]
    public async Task A_large_table_goes_out_in_several_writes_with_the_same_bytes(string kind)
    {
        Table table = Big(3000);
        using var expected = new MemoryStream();
        WriteSync(kind, table, expected);
        await using var stream = new AsyncOnlyStream();

        await WriteAsync(kind, table, stream, TestContext.Current.CancellationToken);

        Assert.True(expected.Length > 128 * 1024, $"the sample is only {expected.Length} bytes");
        Assert.Equal(expected.ToArray(), stream.ToArray());
        Assert.Equal((int)((expected.Length + (64 * 1024) - 1) / (64 * 1024)), stream.AsyncWrites);
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task A_cancelled_token_writes_nothing(string kind)
    {
        await using var stream = new AsyncOnlyStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WriteAsync(kind, Samples.Disbursements(), stream, new CancellationToken(canceled: true)));
        Assert.Empty(stream.ToArray());
        Assert.Equal(0, stream.AsyncFlushes);
    }

    [Fact]
    public async Task Cancelling_during_the_writing_stops_it_between_chunks()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var stream = new AsyncOnlyStream { OnAsyncWrite = _ => cts.Cancel() };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvTableWriter.WriteAsync(Big(3000), stream, cancellationToken: cts.Token));

        Assert.Equal(1, stream.AsyncWrites);
        Assert.Equal(64 * 1024, stream.ToArray().Length);
        Assert.Equal(0, stream.AsyncFlushes);
    }

    [Fact]
    public async Task Null_arguments_are_refused_before_anything_is_written()
    {
        await using var stream = new AsyncOnlyStream();
        await Assert.ThrowsAsync<ArgumentNullException>("table", () => CsvTableWriter.WriteAsync(null!, stream, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>("stream", () => CsvTableWriter.WriteAsync(Samples.Disbursements(), null!, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>("stream", () => JsonTableWriter.WriteAsync(Samples.Disbursements(), null!, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>("model", () => SvgChartWriter.WriteAsync(null!, stream, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>("clock", () => IcsWriter.WriteAsync(s_events, stream, (IClock)null!, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentNullException>("timeProvider", () => IcsWriter.WriteAsync(s_events, stream, (TimeProvider)null!, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(stream.ToArray());
    }
}
