using System.Globalization;
using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Model;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Tests.Calendar;
using CsCheck;

namespace Coop.Domain.Tests.Text;

/// <summary>
/// The value types behave as .NET's own in generic code: IParsable/ISpanParsable read what ToString writes,
/// ISpanFormattable/IUtf8SpanFormattable write what ToString writes, whatever the culture and the provider.
/// </summary>
public class ParseFormatInterfaceTests
{
    private static readonly CultureInfo[] s_cultures = [CultureInfo.GetCultureInfo("fa-IR"), CultureInfo.GetCultureInfo("ar-SA"), CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.InvariantCulture];

    [Fact]
    public void Periods_round_trip_through_every_generic_interface()
    {
        PeriodGen.Any.Sample(period => RoundTrips(period, "1404-Q3".Length), iter: 2_000);
    }

    [Fact]
    public void Dates_round_trip_through_every_generic_interface()
    {
        PeriodGen.Date.Sample(date => RoundTrips(date, 10), iter: 2_000);
    }

    [Fact]
    public void Money_round_trips_through_every_generic_interface()
    {
        Gen.Long[-long.MaxValue, long.MaxValue].Sample(rials => RoundTrips(Money.FromRials(rials), 6), iter: 2_000);
    }

    [Fact]
    public void Identifiers_round_trip_through_every_generic_interface()
    {
        RoundTrips(NationalCode.Parse("0010350829"), 10);
        RoundTrips(LegalEntityId.Parse("10320417919"), 11);
        RoundTrips(PostalCode.Parse("1193653471"), 10);
        RoundTrips(RegistrationNumber.Parse("12345"), 5);
        RoundTrips(Sheba.Parse("IR820540102680020817909002"), 26);
    }

    [Fact]
    public void Invalid_text_fails_TryParse_and_Parse_throws_FormatException_through_the_interfaces()
    {
        Assert.False(TryParseVia<ReportingPeriod>("1404-Q5"));
        Assert.False(TryParseVia<SolarHijriDate>("1404/07/31"));
        Assert.False(TryParseVia<NationalCode>("0010350828"));
        Assert.False(TryParseVia<Sheba>("IR000540102680020817909002"));
        Assert.False(TryParseVia<Money>("5 dollars"));
        Assert.Throws<FormatException>(() => ParseVia<ReportingPeriod>("1404-Q5"));
        Assert.Throws<FormatException>(() => ParseVia<NationalCode>("12"));
    }

    [Fact]
    public void Display_formats_are_available_through_IFormattable()
    {
        ReportingPeriod autumn = ReportingPeriod.Season(1404, 3);
        Assert.Equal("1404-Q3", autumn.ToString("G"));
        Assert.Equal("پاییز ۱۴۰۴", $"{autumn:fa}");
        Assert.Equal(autumn, ReportingPeriod.Parse(autumn.ToString("fa")));
        Span<byte> utf8 = stackalloc byte[64];
        Assert.True(autumn.TryFormat(utf8, out int n, "fa"));
        Assert.Equal("پاییز ۱۴۰۴", Encoding.UTF8.GetString(utf8[..n]));
        Assert.Throws<FormatException>(() => autumn.ToString("x"));
        Assert.Throws<FormatException>(() => ((IFormattable)NationalCode.Parse("0010350829")).ToString("x", null));
    }

    [Fact]
    public void Canonical_forms_format_into_spans_without_allocating()
    {
        ReportingPeriod custom = ReportingPeriod.Custom(new SolarHijriDate(1404, 8, 25), new SolarHijriDate(1404, 9, 10));
        ReportingPeriod fiscal = ReportingPeriod.Season(1404, 1, 7);
        SolarHijriDate date = new(1404, 8, 25);
        NationalCode code = NationalCode.Parse("0010350829");
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        // Up to five attempts, each after a warm-up: the runtime may allocate on this thread once in a while (a method
        // tiering up while the whole suite runs), which a single measurement would blame on the format path; an
        // allocation in the format path itself shows in every attempt.
        (long, long, long, long) allocated = default;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            Format(custom, chars, bytes);
            Format(fiscal, chars, bytes);
            Format(date, chars, bytes);
            Format(code, chars, bytes);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Format(custom, chars, bytes);
            long a = GC.GetAllocatedBytesForCurrentThread();
            Format(fiscal, chars, bytes);
            long b = GC.GetAllocatedBytesForCurrentThread();
            Format(date, chars, bytes);
            long c = GC.GetAllocatedBytesForCurrentThread();
            Format(code, chars, bytes);
            allocated = (a - before, b - a, c - b, GC.GetAllocatedBytesForCurrentThread() - c);
            if (allocated == (0, 0, 0, 0))
            {
                break;
            }
        }

        Assert.Equal((0L, 0L, 0L, 0L), allocated);

        Assert.True(custom.TryFormat(chars, out int written));
        Assert.Equal("1404/08/25..1404/09/10", chars[..written].ToString());
        Assert.True(fiscal.TryFormat(chars, out written));
        Assert.Equal("1404@07-Q1", chars[..written].ToString());
    }

    private static void Format<T>(T value, Span<char> chars, Span<byte> bytes)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        value.TryFormat(chars, out _, default, null);
        value.TryFormat(bytes, out _, default, null);
    }

    private static void RoundTrips<T>(T value, int tooShort)
        where T : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<T>
    {
        string text = value.ToString()!;
        foreach (CultureInfo culture in s_cultures)
        {
            Assert.Equal(text, value.ToString(null, culture));
            Assert.Equal(text, string.Create(culture, $"{value}"));
            Assert.Equal(value, T.Parse(text, culture));
            Assert.Equal(value, T.Parse(text.AsSpan(), culture));
            Assert.True(T.TryParse(text, culture, out T? parsed));
            Assert.Equal(value, parsed);
        }

        Span<char> chars = stackalloc char[128];
        Assert.True(value.TryFormat(chars, out int charCount, default, null));
        Assert.Equal(text, chars[..charCount].ToString());
        Span<byte> bytes = stackalloc byte[256];
        Assert.True(value.TryFormat(bytes, out int byteCount, default, null));
        Assert.Equal(text, Encoding.UTF8.GetString(bytes[..byteCount]));
        Assert.False(value.TryFormat(chars[..Math.Min(tooShort, text.Length - 1)], out charCount, default, null));
        Assert.Equal(0, charCount);
        Assert.False(value.TryFormat(bytes[..Math.Min(tooShort, text.Length - 1)], out byteCount, default, null));
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string text)
        where T : IParsable<T> => T.TryParse(text, CultureInfo.InvariantCulture, out _);
}
