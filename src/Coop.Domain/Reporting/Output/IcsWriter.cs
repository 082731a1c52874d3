using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coop.Domain.Text;
using NodaTime;

namespace Coop.Domain.Reporting.Output;

/// <summary>
/// Writes all-day events as an iCalendar file (RFC 5545, <c>.ics</c>) that calendar programs import:
/// Google Calendar, Outlook, Thunderbird, phones.
/// </summary>
/// <remarks>
/// <para>
/// Each event is a <c>VEVENT</c> with <c>DTSTART;VALUE=DATE</c> on its Gregorian day and <c>DTEND</c> the
/// day after (RFC 5545 makes DTEND exclusive), a <c>SUMMARY</c> holding the title and the SH date, a
/// <c>UID</c> derived from the event's key (so re-importing updates instead of duplicating), and a
/// <c>DTSTAMP</c> read once from the clock passed in.
/// </para>
/// <para>
/// Lines end in CRLF. Text values escape <c>\ ; ,</c> and line breaks. Content lines longer than 75 octets
/// of UTF-8 are folded (CRLF and a space) between characters, never inside a multi-byte character. The
/// text is UTF-8: when writing to a <see cref="TextWriter"/>, give it a UTF-8 encoding or the folding
/// limit, counted in UTF-8 octets, no longer holds for the bytes written.
/// </para>
/// </remarks>
public static class IcsWriter
{
    /// <summary>The <c>PRODID</c> written in every calendar.</summary>
    public const string ProductId = "-//Coop.Domain//Coop.Domain Reporting//FA";

    private const int MaxOctets = 75;

    /// <summary>The iCalendar text of the events.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="clock">The clock that gives <c>DTSTAMP</c>, e.g. <see cref="SystemClock.Instance"/>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <returns>The calendar text with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, an event or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID (same key, or same date and title without a key), or an option is invalid.</exception>
    public static string ToIcs(IEnumerable<IcsEvent> events, IClock clock, IcsOptions? options = null)
        => OutputText.Capture(writer => Write(events, writer, clock, options));

    /// <summary>Writes the calendar as UTF-8 (no byte-order mark) to a stream, leaving the stream open.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="clock">The clock that gives <c>DTSTAMP</c>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID, or an option is invalid.</exception>
    public static void Write(IEnumerable<IcsEvent> events, Stream stream, IClock clock, IcsOptions? options = null)
        => OutputText.ToStream(stream, nameof(stream), writer => Write(events, writer, clock, options));

    /// <summary>The iCalendar text of the events, <c>DTSTAMP</c> from .NET's time provider.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="timeProvider">Gives <c>DTSTAMP</c>, e.g. <see cref="TimeProvider.System"/>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <returns>The calendar text with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID, or an option is invalid.</exception>
    public static string ToIcs(IEnumerable<IcsEvent> events, TimeProvider timeProvider, IcsOptions? options = null) =>
        ToIcs(events, Clock(timeProvider), options);

    /// <summary>Writes the calendar as UTF-8 (no byte-order mark) to a stream with asynchronous I/O only (no synchronous
    /// write or flush, as ASP.NET Core's response body requires), leaving the stream open. The text is composed in memory first.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="clock">The clock that gives <c>DTSTAMP</c>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID, or an option is invalid.</exception>
    public static Task WriteAsync(IEnumerable<IcsEvent> events, Stream stream, IClock clock, IcsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(clock);
        return OutputText.ToStreamAsync(stream, nameof(stream), writer => Write(events, writer, clock, options), cancellationToken);
    }

    /// <summary>As <see cref="WriteAsync(IEnumerable{IcsEvent}, Stream, IClock, IcsOptions?, CancellationToken)"/>, <c>DTSTAMP</c> from .NET's time provider.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="timeProvider">Gives <c>DTSTAMP</c>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the bytes are written and the stream flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID, or an option is invalid.</exception>
    public static Task WriteAsync(IEnumerable<IcsEvent> events, Stream stream, TimeProvider timeProvider, IcsOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(events, stream, Clock(timeProvider), options, cancellationToken);

    private static Calendar.TimeProviderClock Clock(TimeProvider timeProvider) =>
        new Calendar.TimeProviderClock(timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)));

    /// <summary>Writes the calendar to a text writer (which should encode UTF-8); the writer is not closed.</summary>
    /// <param name="events">The events, written in this order; may be empty.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="clock">The clock that gives <c>DTSTAMP</c>.</param>
    /// <param name="options">How to write; <see cref="IcsOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">Two events have the same UID, or an option is invalid.</exception>
    public static void Write(IEnumerable<IcsEvent> events, TextWriter writer, IClock clock, IcsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= IcsOptions.Default;
        options.Validate();

        IcsEvent[] all = [.. events];
        var uids = new string[all.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < all.Length; i++)
        {
            if (all[i] is null)
            {
                throw new ArgumentNullException(nameof(events), $"Event {i} is null.");
            }

            uids[i] = Uid(all[i], options.UidDomain);
            if (!seen.TryAdd(uids[i], i))
            {
                throw new ArgumentException(
                    $"Events {seen[uids[i]]} and {i} would have the same UID ({all[i].Key ?? $"{all[i].Date} {all[i].Title}"}); give each a distinct key.",
                    nameof(events));
            }
        }

        string stamp = clock.GetCurrentInstant().InUtc().ToDateTimeUtc().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        Line(writer, "BEGIN:VCALENDAR");
        Line(writer, "VERSION:2.0");
        Line(writer, "PRODID:" + ProductId);
        Line(writer, "CALSCALE:GREGORIAN");
        Line(writer, "METHOD:PUBLISH");
        if (options.CalendarName.Length > 0)
        {
            Line(writer, "X-WR-CALNAME:" + EscapeText(options.CalendarName));
        }

        for (int i = 0; i < all.Length; i++)
        {
            IcsEvent item = all[i];
            DateOnly day = item.Date.ToDateOnly();
            Line(writer, "BEGIN:VEVENT");
            Line(writer, "UID:" + uids[i]);
            Line(writer, "DTSTAMP:" + stamp);
            Line(writer, "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(writer, "DTEND;VALUE=DATE:" + day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(writer, "SUMMARY:" + EscapeText(Summary(item, options)));
            if (item.Description.Length > 0)
            {
                Line(writer, "DESCRIPTION:" + EscapeText(item.Description));
            }

            if (item.Status != IcsEventStatus.None)
            {
                Line(writer, "STATUS:" + item.Status.ToString().ToUpperInvariant());
            }

            if (item.Categories.Count > 0)
            {
                Line(writer, "CATEGORIES:" + string.Join(",", item.Categories.Select(EscapeText)));
            }

            // A deadline is a reminder, not a meeting: it should not show the day as busy.
            Line(writer, "TRANSP:TRANSPARENT");
            Line(writer, "END:VEVENT");
        }

        Line(writer, "END:VCALENDAR");
    }

    /// <summary>The summary of an event: its title and, unless turned off, <c> — </c> and the SH date.</summary>
    internal static string Summary(IcsEvent item, IcsOptions options)
    {
        if (!options.DateInSummary)
        {
            return item.Title;
        }

        string date = item.Date.ToString();
        return item.Title + " — " + (options.PersianDigits ? PersianText.ToPersianDigits(date) : date);
    }

    /// <summary>The UID: 32 hex digits of SHA-256 over the key (or date and title), then <c>@domain</c>.</summary>
    internal static string Uid(IcsEvent item, string domain)
    {
        string source = item.Key is null ? "date:" + item.Date + "\n" + item.Title : "key:" + item.Key;
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return Convert.ToHexStringLower(hash, 0, 16) + "@" + domain;
    }

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as <c>\n</c>.</summary>
    internal static string EscapeText(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\\':
                case ';':
                case ',':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("\\n");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes one content line folded at 75 octets of UTF-8 (RFC 5545 §3.1): a continuation line starts
    /// with one space, which counts toward its 75. A fold never falls inside a character.
    /// </summary>
    internal static void Line(TextWriter writer, string line)
    {
        int octets = 0;
        Span<char> buffer = stackalloc char[2];
        foreach (Rune rune in line.EnumerateRunes())
        {
            int length = rune.Utf8SequenceLength;
            if (octets + length > MaxOctets)
            {
                writer.Write("\r\n ");
                octets = 1;
            }

            int chars = rune.EncodeToUtf16(buffer);
            writer.Write(buffer[..chars]);
            octets += length;
        }

        writer.Write("\r\n");
    }
}
