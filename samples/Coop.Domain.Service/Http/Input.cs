using System.Globalization;
using System.Text.Json;
using Coop.Domain.Calendar;
using Coop.Domain.Model.Identifiers;
using Coop.Domain.Text;

namespace Coop.Domain.Service.Http;

/// <summary>
/// Reads route and query values with the library's own parsers, so a bad value gets the library's reason (and column)
/// under the field's name. Each method returns null when the value is good, else the error.
/// </summary>
internal static class Input
{
    /// <summary>
    /// A date as <c>coop convert</c> reads it: Solar Hijri (<c>1404/08/25</c>, <c>۱۴۰۴/۰۸/۲۵</c>, <c>25 آبان 1404</c>) when
    /// the year is below 1700, else Gregorian (<c>2025-11-16</c>), which is converted: a client may send either.
    /// </summary>
    public static FieldError? Date(string field, string? text, out SolarHijriDate date)
    {
        CalendarConversionResult result = CalendarConversion.Convert(text ?? string.Empty);
        date = result.IsSuccess ? result.SolarHijri : default;
        return result.Error is { } error ? new FieldError(field, error.Message) { Column = error.Position + 1 } : null;
    }

    /// <summary>A Solar Hijri year (Persian digits accepted).</summary>
    public static FieldError? Year(string field, string? text, out int year)
    {
        string digits = PersianText.Normalize(text).Trim();
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= SolarHijriCalendar.MinYear and <= SolarHijriCalendar.MaxYear)
        {
            return null;
        }

        return new FieldError(field, string.Create(CultureInfo.InvariantCulture,
            $"'{text}' is not a Solar Hijri year: give a whole number from {SolarHijriCalendar.MinYear} to {SolarHijriCalendar.MaxYear}, e.g. 1404."));
    }

    /// <summary>A cooperative's national ID (11 digits with its check digit).</summary>
    public static FieldError? NationalId(string field, string? text, out LegalEntityId id) =>
        LegalEntityId.TryParse(text, out id, out IdentifierError error) ? null : new FieldError(field, error.Message);

    /// <summary>The month fiscal years start in: 1–12 or a month name (<c>مهر</c>, <c>Mehr</c>); 1 when absent.</summary>
    public static FieldError? FiscalStart(string field, string? text, out int month)
    {
        month = 1;
        if (text is null)
        {
            return null;
        }

        ParseResult<SolarHijriMonth> parsed = PeriodText.ParseMonthOfYear(text);
        if (!parsed.TryGetValue(out SolarHijriMonth m))
        {
            return new FieldError(field, parsed.Error!.Value.Message) { Column = parsed.Error.Value.Position + 1 };
        }

        month = (int)m;
        return null;
    }

    /// <summary>A reporting period (<c>1404-Q3</c>, <c>1404-08</c>, <c>پاییز ۱۴۰۴</c>, …) whose years start in <paramref name="fiscalStart"/>.</summary>
    public static FieldError? Period(string field, string? text, int fiscalStart, out ReportingPeriod period)
    {
        ParseResult<ReportingPeriod> parsed = PeriodText.Parse(text, fiscalStart);
        return parsed.TryGetValue(out period) ? null : new FieldError(field, parsed.Error!.Value.Message) { Column = parsed.Error.Value.Position + 1 };
    }

    /// <summary>
    /// A name of one of the library's enums in its JSON form (<c>status-changes</c>, <c>half-year</c>; for flags,
    /// names joined by commas), read by the enum's own converter so the accepted names and the message are the library's.
    /// </summary>
    public static FieldError? Name<TEnum>(string field, string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        try
        {
            value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(text ?? string.Empty));
            return null;
        }
        catch (JsonException e)
        {
            value = default;
            return new FieldError(field, JsonMessage(e));
        }
    }

    /// <summary>
    /// A System.Text.Json message without the " Path: … | LineNumber: … | BytePositionInLine: …" it appends: the field,
    /// line and column are reported on their own.
    /// </summary>
    public static string JsonMessage(JsonException exception)
    {
        string message = exception.Message;
        foreach (string suffix in (ReadOnlySpan<string>)[" Path:", " LineNumber:"])
        {
            int cut = message.IndexOf(suffix, StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
        }

        return message;
    }
}
