using System.Text.Json;
using System.Text.Json.Serialization;
using System.Globalization;
using Coop.Domain.Calendar;
using Coop.Domain.Text;
using System.Runtime.CompilerServices;

namespace Coop.Domain.Serialization;

/// <summary>
/// Reads and writes a <see cref="SolarHijriDate"/> as a JSON string in the canonical form
/// <c>"1404/08/25"</c> (also as a property name, for dictionaries keyed by date).
/// </summary>
/// <remarks>
/// Reading accepts exactly <c>yyyy/MM/dd</c> or <c>yyyy-MM-dd</c>, straight from the UTF-8 bytes without
/// allocating when the digits are ASCII (Persian and Arabic-Indic digits are read too); a year from 1700 is
/// Gregorian and refused, naming the Solar Hijri day; anything else — a number, a non-existent day such as 1404/07/31 —
/// is a <see cref="JsonException"/> whose message says what was wrong (System.Text.Json adds the JSON
/// path and line).
/// </remarks>
public sealed class SolarHijriDateJsonConverter : JsonConverter<SolarHijriDate>
{
    private static readonly string[] s_unspecified = [nameof(ParseErrorCode.Unspecified)];

    /// <inheritdoc />
    public override SolarHijriDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw CodedJson.Create($"A Solar Hijri date must be a string such as \"1404/08/25\", not {reader.TokenType}.", JsonLineErrorCode.DateNotString, reader.TokenType.ToString());
        }

        return ReadDate(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SolarHijriDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[10];
        value.WriteCanonical(buffer);
        writer.WriteStringValue(buffer);
    }

    /// <inheritdoc />
    public override SolarHijriDate ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadDate(ref reader);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, SolarHijriDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[10];
        value.WriteCanonical(buffer);
        writer.WritePropertyName(buffer);
    }

    private static SolarHijriDate ReadDate(ref Utf8JsonReader reader)
    {
        string? error = null;
        string[]? why = null;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryReadCanonical(reader.ValueSpan, out SolarHijriDate date, out error, out why))
        {
            return date;
        }

        // Escaped, or written with Persian or Arabic-Indic digits: read it as ASCII after normalising the digits.
        string text = reader.GetString() ?? string.Empty;
        string normalized = Coop.Domain.Text.PersianText.Normalize(text);
        Span<byte> utf8 = stackalloc byte[10];
        if (normalized.Length == 10
            && System.Text.Ascii.FromUtf16(normalized, utf8, out int written) == System.Buffers.OperationStatus.Done
            && written == 10
            && TryReadCanonical(utf8, out date, out error, out why))
        {
            return date;
        }

        throw CodedJson.Create(
            error ?? $"\"{text}\" is not a Solar Hijri date in the form yyyy/MM/dd.",
            JsonLineErrorCode.InvalidDate,
            [text, .. (error is null || why is null ? s_unspecified : why)]);
    }

    /// <summary>Reads <c>yyyy/MM/dd</c> or <c>yyyy-MM-dd</c> from ASCII bytes.</summary>
    internal static bool TryReadCanonical(ReadOnlySpan<byte> s, out SolarHijriDate date, out string? error) =>
        TryReadCanonical(s, out date, out error, out _);

    /// <summary>
    /// Reads <c>yyyy/MM/dd</c> or <c>yyyy-MM-dd</c> from ASCII bytes; when the form is right but the day is not,
    /// <paramref name="why"/> is the <see cref="Coop.Domain.Text.ParseErrorCode"/> name of the reason followed by its
    /// arguments (built only then).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryReadCanonical(ReadOnlySpan<byte> s, out SolarHijriDate date, out string? error, out string[]? why)
    {
        date = default;
        error = null;
        why = null;
        if (s.Length != 10 || (s[4] != '/' && s[4] != '-') || s[7] != s[4])
        {
            return false;
        }

        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            int digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + digit;
            }
            else if (i < 7)
            {
                month = (month * 10) + digit;
            }
            else
            {
                day = (day * 10) + digit;
            }
        }

        // Read as Solar Hijri, 2025/03/21 is a day six centuries ahead that can flip an outcome: refuse it, naming the day meant.
        if (CalendarConversion.GregorianYearProblem(year, month, day) is { } gregorian)
        {
            error = gregorian + ".";
            CalendarConversionResult converted = CalendarConversion.Convert(
                string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), DateInputCalendar.Gregorian);
            why = [nameof(ParseErrorCode.GregorianYear), Invariant(year), converted.IsSuccess ? converted.SolarHijri.ToString() : string.Empty];
            return false;
        }

        if (SolarHijriDate.TryCreate(year, month, day, out date))
        {
            return true;
        }

        error = $"{year:D4}/{month:D2}/{day:D2} is not a date of the Solar Hijri calendar"
            + (month is >= 1 and <= 12 && year is >= SolarHijriCalendar.MinYear and <= SolarHijriCalendar.MaxYear
                ? $": {SolarHijriMonthNames.Latin(month)} {year} has {SolarHijriCalendar.GetDaysInMonth(year, month)} days."
                : ".");
        why = year is < SolarHijriCalendar.MinYear or > SolarHijriCalendar.MaxYear
            ? [nameof(ParseErrorCode.YearOutOfRange), Invariant(year), Invariant(SolarHijriCalendar.MinYear), Invariant(SolarHijriCalendar.MaxYear)]
            : month is < 1 or > 12
                ? [nameof(ParseErrorCode.MonthOutOfRange), Invariant(month)]
                : [nameof(ParseErrorCode.DayNotInMonth), Invariant(year), Invariant(month), Invariant(day), Invariant(SolarHijriCalendar.GetDaysInMonth(year, month))];
        return false;
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
