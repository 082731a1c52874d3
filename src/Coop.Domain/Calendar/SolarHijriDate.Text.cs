using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <content>Text forms: parsing what people type and formatting what people expect. See docs/date-text.md.</content>
public readonly partial struct SolarHijriDate : ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<SolarHijriDate>
{
    /// <summary>The longest text any format writes: <c>en-long</c> of a day 10–31 of Ordibehesht, <c>25 Ordibehesht 1404</c>.</summary>
    private const int MaxFormattedLength = 19;

    private enum TextFormat
    {
        Canonical,
        Dashed,
        PersianDigits,
        PersianLong,
        EnglishLong,
    }

    /// <summary>
    /// Reads a date as people type it and returns the date or a precise error; never throws.
    /// </summary>
    /// <param name="text">
    /// The text. Accepted: <c>1404/08/25</c>, <c>1404-08-25</c>, <c>1404/8/25</c>; Latin, Persian (۰–۹) or
    /// Arabic-Indic (٠–٩) digits; a Persian month name or its transliteration with the day first
    /// (<c>25 آبان 1404</c>, <c>۲۵ آبان‌ماه ۱۴۰۴</c>, <c>25 aban 1404</c>), the year first (<c>1404 Aban 25</c>)
    /// or the month first (<c>Aban 25, 1404</c>); surrounding white space, ZWNJ and direction marks. The year
    /// must have four digits (two-digit years are rejected, never guessed).
    /// </param>
    /// <returns>
    /// A successful result with the date, or an unsuccessful one whose <see cref="ParseResult{T}.Error"/> says what
    /// is wrong (e.g. <c>1404/07/31: day 31 does not exist in Mehr (7), which has 30 days</c>) and gives, as
    /// <see cref="ParseError.Position"/>, the 0-based index in <paramref name="text"/> of the offending part (digits are
    /// normalised without moving any character). A successful parse allocates nothing.
    /// </returns>
    public static ParseResult<SolarHijriDate> ParseDetailed(ReadOnlySpan<char> text)
    {
        if (!DateText.TryRead(text, out DateParts parts, out DateTextError error))
        {
            return ParseResult.Failure<SolarHijriDate>(new ParseError(
                error.Position, error.Message, text.Trim().IsEmpty ? ParseErrorCode.Empty : ParseErrorCode.Syntax,
                text.Trim().IsEmpty ? [] : [text[Math.Min(error.Position, text.Length)..].Trim().ToString()]));
        }

        return FromParts(parts);
    }

    /// <summary>Reads a date as <see cref="ParseDetailed(ReadOnlySpan{char})"/> does, throwing on bad input.</summary>
    /// <param name="text">The text; see <see cref="ParseDetailed(ReadOnlySpan{char})"/> for the accepted forms.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a valid date; the message says what and where.</exception>
    public static SolarHijriDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseDetailed(text.AsSpan()).Value;
    }

    /// <summary>Reads a date as <see cref="ParseDetailed(ReadOnlySpan{char})"/> does, throwing on bad input.</summary>
    /// <param name="text">The text; see <see cref="ParseDetailed(ReadOnlySpan{char})"/> for the accepted forms.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not a valid date; the message says what and where.</exception>
    public static SolarHijriDate Parse(ReadOnlySpan<char> text) => ParseDetailed(text).Value;

    /// <summary>Reads a date as <see cref="ParseDetailed(ReadOnlySpan{char})"/> does, without saying why it failed.</summary>
    /// <param name="text">The text; null is not a date.</param>
    /// <param name="date">The date when the method returns <see langword="true"/>; otherwise <see cref="MinValue"/>.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SolarHijriDate date) =>
        TryParse(text.AsSpan(), out date);

    /// <summary>Reads a date as <see cref="ParseDetailed(ReadOnlySpan{char})"/> does, without saying why it failed.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when the method returns <see langword="true"/>; otherwise <see cref="MinValue"/>.</param>
    /// <returns>Whether the text is a valid date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SolarHijriDate date) => ParseDetailed(text).TryGetValue(out date);

    // The provider-taking members exist for generic code (IParsable, string interpolation); they are
    // explicit so that callers of the public ones are not asked for a culture that would be ignored.
    static SolarHijriDate IParsable<SolarHijriDate>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SolarHijriDate>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SolarHijriDate result) =>
        TryParse(s, out result);

    static SolarHijriDate ISpanParsable<SolarHijriDate>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<SolarHijriDate>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SolarHijriDate result) =>
        TryParse(s, out result);

    /// <summary>Formats the date in one of the standard formats, whatever the current culture.</summary>
    /// <param name="format">
    /// <c>null</c>, <c>""</c> or <c>"d"</c>: <c>1404/08/25</c> (canonical); <c>"d-"</c>: <c>1404-08-25</c>;
    /// <c>"fa"</c>: <c>۱۴۰۴/۰۸/۲۵</c>; <c>"fa-long"</c>: <c>۲۵ آبان ۱۴۰۴</c>; <c>"en-long"</c>: <c>25 Aban 1404</c>.
    /// Years always have four digits. Every format parses back to the same date.
    /// </param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        bool written = TryFormat(buffer, out int length, format);
        Debug.Assert(written, "MaxFormattedLength is the longest form.");
        return new string(buffer[..length]);
    }

    /// <summary>Writes the date in one of the formats of <see cref="ToString(string?)"/>; allocates nothing.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the canonical <c>yyyy/MM/dd</c>.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default)
    {
        TextFormat kind = ParseFormat(format);
        var (year, month, day) = this;
        charsWritten = 0;
        switch (kind)
        {
            case TextFormat.Canonical or TextFormat.Dashed or TextFormat.PersianDigits:
                if (destination.Length < 10)
                {
                    return false;
                }

                WriteCanonical(destination);
                if (kind == TextFormat.Dashed)
                {
                    destination[4] = destination[7] = '-';
                }
                else if (kind == TextFormat.PersianDigits)
                {
                    ToPersianDigits(destination[..10]);
                }

                charsWritten = 10;
                return true;

            default:
                bool persian = kind == TextFormat.PersianLong;
                string name = persian ? SolarHijriMonthNames.Persian(month) : SolarHijriMonthNames.Latin(month);
                int dayDigits = day < 10 ? 1 : 2;
                int length = dayDigits + 1 + name.Length + 1 + 4;
                if (destination.Length < length)
                {
                    return false;
                }

                int at = 0;
                if (dayDigits == 2)
                {
                    destination[at++] = (char)('0' + (day / 10));
                }

                destination[at++] = (char)('0' + (day % 10));
                destination[at++] = ' ';
                name.CopyTo(destination[at..]);
                at += name.Length;
                destination[at++] = ' ';
                destination[at++] = (char)('0' + (year / 1000));
                destination[at++] = (char)('0' + (year / 100 % 10));
                destination[at++] = (char)('0' + (year / 10 % 10));
                destination[at++] = (char)('0' + (year % 10));
                if (persian)
                {
                    ToPersianDigits(destination[..at]);
                }

                charsWritten = at;
                return true;
        }
    }

    /// <summary>Writes the date as UTF-8 in one of the formats of <see cref="ToString(string?)"/>; allocates nothing.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the canonical <c>yyyy/MM/dd</c>.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
        Utf8Text.TryFormat(this, utf8Destination, out bytesWritten, format);

    /// <summary>Writes the date as UTF-8; <paramref name="provider"/> is ignored because every format is culture-invariant.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">A format of <see cref="ToString(string?)"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(utf8Destination, out bytesWritten, format);

    /// <summary>Formats the date; <paramref name="formatProvider"/> is ignored because every format is culture-invariant.</summary>
    /// <param name="format">A format of <see cref="ToString(string?)"/>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(format);

    /// <summary>Writes the date; <paramref name="provider"/> is ignored because every format is culture-invariant.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">A format of <see cref="ToString(string?)"/>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten, format);

    /// <summary>Checks parts read from text against the calendar; errors point at the offending part.</summary>
    internal static ParseResult<SolarHijriDate> FromParts(DateParts parts)
    {
        var (year, month, day) = (parts.Year, parts.Month, parts.Day);
        if (year is < SolarHijriCalendar.MinYear or > SolarHijriCalendar.MaxYear)
        {
            return ParseResult.Failure<SolarHijriDate>(new ParseError(
                parts.YearAt,
                string.Create(CultureInfo.InvariantCulture, $"year {year} is outside the supported range {SolarHijriCalendar.MinYear}–{SolarHijriCalendar.MaxYear}"),
                ParseErrorCode.YearOutOfRange,
                Invariant(year),
                Invariant(SolarHijriCalendar.MinYear),
                Invariant(SolarHijriCalendar.MaxYear)));
        }

        if (month is < 1 or > 12)
        {
            return ParseResult.Failure<SolarHijriDate>(new ParseError(
                parts.MonthAt, string.Create(CultureInfo.InvariantCulture, $"month {month} is not in 1–12"), ParseErrorCode.MonthOutOfRange, Invariant(month)));
        }

        if (day == 0 || day > SolarHijriCalendar.DaysInMonthUnchecked(year, month))
        {
            return ParseResult.Failure<SolarHijriDate>(new ParseError(
                parts.DayAt,
                DescribeMissingDay(year, month, day),
                ParseErrorCode.DayNotInMonth,
                Invariant(year),
                Invariant(month),
                Invariant(day),
                Invariant(SolarHijriCalendar.DaysInMonthUnchecked(year, month))));
        }

        return ParseResult.Success(new SolarHijriDate(Pack(year, month, day), true));
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TextFormat ParseFormat(ReadOnlySpan<char> format) => format switch
    {
        "" or "d" => TextFormat.Canonical,
        "d-" => TextFormat.Dashed,
        "fa" => TextFormat.PersianDigits,
        "fa-long" => TextFormat.PersianLong,
        "en-long" => TextFormat.EnglishLong,
        _ => throw new FormatException(
            $"'{format}' is not a SolarHijriDate format; use d (1404/08/25), d- (1404-08-25), fa (۱۴۰۴/۰۸/۲۵), fa-long (۲۵ آبان ۱۴۰۴) or en-long (25 Aban 1404)."),
    };

    private static void ToPersianDigits(Span<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                text[i] = (char)('\u06F0' + (text[i] - '0'));
            }
        }
    }
}
