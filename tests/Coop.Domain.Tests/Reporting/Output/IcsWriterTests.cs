using System.Text;
using Coop.Domain.Calendar;
using Coop.Domain.Reporting.Output;
using CsCheck;
using NodaTime;
using NodaTime.Testing;

namespace Coop.Domain.Tests.Reporting.Output;

public class IcsWriterTests
{
    private static readonly FakeClock s_clock = new(Instant.FromUtc(2026, 11, 28, 2, 30, 15) + Duration.FromMilliseconds(750));

    private static readonly IcsEvent s_assembly = new(
        new SolarHijriDate(1405, 4, 31),
        "مهلت برگزاری مجمع عمومی عادی",
        "تعاونی مصرف کارکنان، سال مالی ۱۴۰۴\nماده ۳۳ قانون بخش تعاونی",
        key: "coop/12345/ordinary-assembly/1404",
        status: IcsEventStatus.Confirmed,
        categories: ["مجمع", "مهلت قانونی"]);

    /// <summary>Physical lines of the file, split on CRLF only (the last, empty piece dropped).</summary>
    private static string[] PhysicalLines(string ics)
    {
        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        string[] lines = ics[..^2].Split("\r\n");
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));
        return lines;
    }

    /// <summary>Content lines after unfolding (RFC 5545 §3.1: remove CRLF followed by one space).</summary>
    private static string[] ContentLines(string ics) =>
        ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal)[..^2].Split("\r\n");

    private static string Value(string[] lines, string name) =>
        lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal))
            .Split(':', 2)[1];

    [Fact]
    public void A_calendar_has_version_product_and_one_event_per_input()
    {
        string ics = IcsWriter.ToIcs([s_assembly, new IcsEvent(new SolarHijriDate(1405, 2, 31), "ارسال صورت‌های مالی به بازرسان")], s_clock);
        string[] lines = ContentLines(ics);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("VERSION:2.0", lines[1]);
        Assert.Equal("PRODID:" + IcsWriter.ProductId, lines[2]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(2, lines.Count(l => l == "END:VEVENT"));
    }

    [Fact]
    public void An_event_is_all_day_on_its_Gregorian_date_and_ends_the_next_day()
    {
        // 1405/04/31 is 2026-07-22.
        string[] lines = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock));
        Assert.Contains("DTSTART;VALUE=DATE:20260722", lines);
        Assert.Contains("DTEND;VALUE=DATE:20260723", lines);

        // 1403/12/30 (leap day) is 2025-03-20; the next day is 1 Farvardin 1404.
        string[] leap = ContentLines(IcsWriter.ToIcs([new IcsEvent(new SolarHijriDate(1403, 12, 30), "x")], s_clock));
        Assert.Contains("DTSTART;VALUE=DATE:20250320", leap);
        Assert.Contains("DTEND;VALUE=DATE:20250321", leap);
    }

    [Fact]
    public void The_summary_carries_the_SH_date_in_Persian_digits_unless_told_otherwise()
    {
        string[] lines = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock));
        Assert.Equal("مهلت برگزاری مجمع عمومی عادی — ۱۴۰۵/۰۴/۳۱", Value(lines, "SUMMARY"));

        string[] latin = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { PersianDigits = false }));
        Assert.Equal("مهلت برگزاری مجمع عمومی عادی — 1405/04/31", Value(latin, "SUMMARY"));

        string[] bare = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { DateInSummary = false }));
        Assert.Equal("مهلت برگزاری مجمع عمومی عادی", Value(bare, "SUMMARY"));
    }

    [Fact]
    public void The_stamp_comes_from_the_clock_in_UTC_to_the_second()
    {
        string[] lines = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock));
        Assert.Equal("20261128T023015Z", Value(lines, "DTSTAMP"));
    }

    [Fact]
    public void Description_status_categories_and_name_are_written_and_escaped()
    {
        string[] lines = ContentLines(IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { CalendarName = "تقویم انطباق; 1404" }));
        Assert.Equal("تعاونی مصرف کارکنان، سال مالی ۱۴۰۴\\nماده ۳۳ قانون بخش تعاونی", Value(lines, "DESCRIPTION"));
        Assert.Equal("CONFIRMED", Value(lines, "STATUS"));
        Assert.Equal("مجمع,مهلت قانونی", Value(lines, "CATEGORIES"));
        Assert.Equal("تقویم انطباق\\; 1404", Value(lines, "X-WR-CALNAME"));
    }

    [Theory]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("a;b,c", "a\\;b\\,c")]
    [InlineData("one\r\ntwo\nthree\rfour", "one\\ntwo\\nthree\\nfour")]
    [InlineData("Tab\tstays", "Tab\tstays")]
    public void Text_values_escape_backslash_semicolon_comma_and_line_breaks(string text, string escaped)
    {
        Assert.Equal(escaped, IcsWriter.EscapeText(text));
    }

    [Fact]
    public void Lines_end_in_CRLF_and_long_Persian_lines_fold_within_75_octets_between_characters()
    {
        string title = string.Concat(Enumerable.Repeat("مهلت ارسال گزارش بازرسان به مجمع عمومی عادی سالانه، ", 4));
        var item = new IcsEvent(new SolarHijriDate(1405, 4, 21), title, string.Concat(Enumerable.Repeat("شرح بلند 😀 ", 20)));
        string ics = IcsWriter.ToIcs([item], s_clock);

        string[] physical = PhysicalLines(ics);
        Assert.All(physical, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        Assert.Contains(physical, l => l.StartsWith(' ')); // it did fold
        Assert.All(physical, l => Assert.False(char.IsLowSurrogate(l.TrimStart(' ').FirstOrDefault()), "a fold split a surrogate pair"));

        // Strict UTF-8 decoding of each physical line proves no fold fell inside a multi-byte sequence.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        byte[] bytes = Encoding.UTF8.GetBytes(ics);
        int start = 0;
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                strict.GetString(bytes, start, i - start);
                start = i + 2;
            }
        }

        string[] lines = ContentLines(ics);
        Assert.Equal(title + " — ۱۴۰۵/۰۴/۲۱", Value(lines, "SUMMARY"));
    }

    [Fact]
    public void Folding_then_unfolding_restores_any_line()
    {
        Gen<string> text = Gen.OneOf(
                Gen.Char["abc ;,\\"].Select(c => c.ToString()),
                Gen.Char['\u0621', '\u06CC'].Select(c => c.ToString()),
                Gen.Const("\u200C"),
                Gen.Const("😀"))
            .Array[0, 300]
            .Select(string.Concat);
        text.Sample(line =>
        {
            using var writer = new StringWriter();
            IcsWriter.Line(writer, "SUMMARY:" + line);
            string written = writer.ToString();
            Assert.All(PhysicalLines(written), l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, 75));
            Assert.Equal("SUMMARY:" + line, written.Replace("\r\n ", string.Empty, StringComparison.Ordinal)[..^2]);
        }, iter: 300);
    }

    [Fact]
    public void The_UID_is_stable_across_exports_and_follows_the_key_not_the_date()
    {
        var moved = new IcsEvent(new SolarHijriDate(1405, 5, 2), s_assembly.Title, key: s_assembly.Key);
        string uid = Value(ContentLines(IcsWriter.ToIcs([s_assembly], s_clock)), "UID");
        Assert.Equal(uid, Value(ContentLines(IcsWriter.ToIcs([s_assembly], new FakeClock(Instant.FromUtc(2030, 1, 1, 0, 0)))), "UID"));
        Assert.Equal(uid, Value(ContentLines(IcsWriter.ToIcs([moved], s_clock)), "UID"));
        Assert.Matches("^[0-9a-f]{32}@coop-domain$", uid);
        Assert.EndsWith("@example.ir", Value(ContentLines(IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { UidDomain = "example.ir" })), "UID"), StringComparison.Ordinal);

        // Without a key the UID follows date and title.
        var a = new IcsEvent(new SolarHijriDate(1405, 1, 1), "x");
        var b = new IcsEvent(new SolarHijriDate(1405, 1, 2), "x");
        Assert.NotEqual(IcsWriter.Uid(a, "d"), IcsWriter.Uid(b, "d"));
        Assert.Equal(IcsWriter.Uid(a, "d"), IcsWriter.Uid(new IcsEvent(new SolarHijriDate(1405, 1, 1), "x", "other text"), "d"));
    }

    [Fact]
    public void Two_events_with_the_same_UID_are_refused()
    {
        var twin = new IcsEvent(new SolarHijriDate(1405, 1, 1), "other", key: s_assembly.Key);
        var ex = Assert.Throws<ArgumentException>(() => IcsWriter.ToIcs([s_assembly, twin], s_clock));
        Assert.Contains("Events 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic_and_the_stream_form_is_UTF8_without_BOM()
    {
        string first = IcsWriter.ToIcs([s_assembly], s_clock);
        Assert.Equal(first, IcsWriter.ToIcs([s_assembly], s_clock));
        using var stream = new MemoryStream();
        IcsWriter.Write([s_assembly], stream, s_clock);
        Assert.Equal(Encoding.UTF8.GetBytes(first), stream.ToArray());
    }

    [Fact]
    public void An_empty_calendar_is_still_a_calendar()
    {
        Assert.Equal(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + IcsWriter.ProductId + "\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n",
            IcsWriter.ToIcs([], s_clock));
    }

    [Fact]
    public void Bad_events_and_options_are_refused_with_the_reason()
    {
        SolarHijriDate day = new(1405, 1, 1);
        Assert.Throws<ArgumentException>(() => new IcsEvent(day, ""));
        Assert.Contains("U+0007", Assert.Throws<ArgumentException>(() => new IcsEvent(day, "a\u0007")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new IcsEvent(day, "a\nb"));
        Assert.Throws<ArgumentException>(() => new IcsEvent(day, "a", key: ""));
        Assert.Throws<ArgumentException>(() => new IcsEvent(day, "a", categories: [""]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IcsEvent(day, "a", status: (IcsEventStatus)7));
        Assert.Throws<ArgumentException>(() => IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { UidDomain = "a b" }));
        Assert.Throws<ArgumentException>(() => IcsWriter.ToIcs([s_assembly], s_clock, new IcsOptions { UidDomain = "" }));
        Assert.Throws<ArgumentNullException>(() => IcsWriter.ToIcs([null!], s_clock));
        Assert.Throws<ArgumentNullException>(() => IcsWriter.ToIcs([s_assembly], (NodaTime.IClock)null!));
    }
}
