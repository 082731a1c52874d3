using Coop.Domain.Calendar;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Coop.Domain.EntityFrameworkCore.Storage;

/// <summary>
/// Stores a <see cref="ReportingPeriod"/> as its canonical text (<see cref="PeriodText.Format"/>): <c>1404-Q3</c>,
/// <c>1404-08</c>, <c>1404-H1</c>, <c>1404</c>, <c>1404@07</c> and <c>1404@07-Q1</c> for a fiscal year starting in
/// Mehr, <c>1404/08/25</c> for a day, <c>1404/08/25..1404/09/10</c> for a custom range. The text keeps the
/// unit and the fiscal start, so every period reads back equal to what was written.
/// </summary>
/// <remarks>
/// <para>
/// The column answers equality (<c>WHERE period = '1404-Q3'</c>) and grouping; it does not order periods
/// chronologically (<c>1404</c> sorts before <c>1404-08</c>). To filter by days, store the dates the period
/// concerns in <see cref="SolarHijriDate"/> columns and use <c>period.Contains(row.Date)</c>, which is
/// translated to a range on the date column.
/// </para>
/// <para>The longest text is a custom range, 22 characters (<see cref="MaxLength"/>).</para>
/// <para>Text that does not parse raises <see cref="StoredValueException"/> naming the text and the parser's reason.</para>
/// </remarks>
public sealed class ReportingPeriodConverter : ValueConverter<ReportingPeriod, string>
{
    /// <summary>The longest canonical text: a custom range <c>yyyy/MM/dd..yyyy/MM/dd</c>.</summary>
    public const int MaxLength = 22;

    /// <summary>The one instance; the converter holds no state.</summary>
    public static ReportingPeriodConverter Instance { get; } = new();

    /// <summary>Creates the converter.</summary>
    public ReportingPeriodConverter()
        : base(period => PeriodText.Format(period), stored => FromStore(stored), new ConverterMappingHints(size: MaxLength, unicode: false))
    {
    }

    /// <summary>The period of a stored canonical text.</summary>
    /// <param name="stored">The text the database gave.</param>
    /// <returns>The period.</returns>
    /// <exception cref="StoredValueException">The text is not a period.</exception>
    public static ReportingPeriod FromStore(string stored)
    {
        var parsed = PeriodText.Parse(stored);
        return parsed.TryGetValue(out ReportingPeriod period)
            ? period
            : throw new StoredValueException(stored, typeof(ReportingPeriod), parsed.Error.ToString()!);
    }
}
