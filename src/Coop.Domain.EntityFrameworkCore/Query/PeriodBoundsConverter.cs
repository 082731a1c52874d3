using Coop.Domain.Calendar;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Query;

/// <summary>
/// How a <see cref="ReportingPeriod"/> query parameter reaches the database when a query asks
/// <c>period.Contains(row.Date)</c>: one text of 20 characters, the Gregorian first day then the last day, each
/// <c>yyyy-MM-dd</c> (<c>2025-09-232025-12-21</c> for پاییز 1404). The translated SQL takes the two dates out
/// with <c>substr</c>, so the query stays one cached, parameterised statement whatever the period.
/// </summary>
internal sealed class PeriodBoundsConverter : ValueConverter<ReportingPeriod, string>
{
    public const int DateLength = 10;

    public static PeriodBoundsConverter Instance { get; } = new();

    public PeriodBoundsConverter()
        : base(period => Write(period), text => Read(text), new ConverterMappingHints(size: 2 * DateLength, unicode: false))
    {
    }

    private static string Write(ReportingPeriod period) =>
        Iso(period.Start.ToDateOnly()) + Iso(period.End.ToDateOnly());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // The text is only ever sent, never read from a column; reading it back is here for completeness (and tests).
    private static ReportingPeriod Read(string text) =>
        ReportingPeriod.Custom(
            SolarHijriDate.FromDateOnly(DateOnly.ParseExact(text.AsSpan(0, DateLength), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            SolarHijriDate.FromDateOnly(DateOnly.ParseExact(text.AsSpan(DateLength, DateLength), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
