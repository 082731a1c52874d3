using System.Globalization;
using Coop.Domain.Text;

namespace Coop.Domain.Calendar;

/// <summary>
/// Text forms of <see cref="ReportingPeriod"/>: the canonical machine form, the Persian display form, and
/// a parser for what people type.
/// </summary>
/// <remarks>
/// <para>Canonical forms (Latin digits, what <see cref="ReportingPeriod.ToString()"/> writes):</para>
/// <list type="table">
/// <item><term>year</term><description><c>1404</c>; a fiscal year starting in another month adds <c>@MM</c>: <c>1404@07</c> is 1404/07/01–1405/06/31.</description></item>
/// <item><term>half</term><description><c>1404-H1</c>, <c>1404-H2</c>; <c>1404@07-H2</c>.</description></item>
/// <item><term>season</term><description><c>1404-Q1</c> (بهار) … <c>1404-Q4</c> (زمستان); <c>1404@07-Q1</c> is Mehr–Azar 1404.</description></item>
/// <item><term>month</term><description><c>1404-08</c>.</description></item>
/// <item><term>day</term><description><c>1404/08/25</c>.</description></item>
/// <item><term>custom</term><description><c>1404/08/25..1404/09/10</c>, both ends included.</description></item>
/// </list>
/// <para>
/// Display forms (Persian, Persian digits): <c>سال ۱۴۰۴</c>, <c>نیمه اول ۱۴۰۴</c>, <c>پاییز ۱۴۰۴</c>,
/// <c>آبان ۱۴۰۴</c>, <c>۲۵ آبان ۱۴۰۴</c>, <c>۱۴۰۴/۰۸/۲۵ تا ۱۴۰۴/۰۹/۱۰</c>; for a fiscal year starting in
/// another month: <c>سال مالی ۱۴۰۴ (از مهر)</c>, <c>نیمه دوم سال مالی ۱۴۰۴ (از مهر)</c>,
/// <c>فصل اول سال مالی ۱۴۰۴ (از مهر)</c>.
/// </para>
/// <para>
/// <see cref="Parse"/> accepts every canonical and display form, after normalising digits (Latin, Persian
/// ۰–۹, Arabic-Indic ٠–٩) and ي/ك with <see cref="PersianText.Normalize"/>, and also: <c>/</c> or <c>-</c>
/// between the numbers (<c>1404/08</c>, <c>1404-08-25</c>, <c>1404/Q3</c>, <c>1404 Q3</c>, lower case
/// <c>q</c>/<c>h</c>), one-digit months and days, season names (بهار، تابستان، پاییز/پائیز، زمستان;
/// spring, summer, autumn or fall, winter) and month names in Persian or transliterated (فروردین …
/// اسفند, Farvardin … Esfand, any letter case) before the year, and ranges written with <c>..</c>,
/// <c>-</c>, <c>تا</c> or <c>to</c> between two dates, optionally preceded by <c>از</c>. Season names
/// always name calendar seasons (a Farvardin year), whatever fiscal start is given; the fiscal start
/// applies to years, halves and numbered seasons that do not state their own.
/// </para>
/// <para>
/// <b>Round trip.</b> <c>Parse(p.ToString()) == p</c> for every period with the default fiscal start,
/// and with <c>p.FiscalStartMonth</c> as the fiscal start. A period of a fiscal year starting after
/// Farvardin writes its start (<c>@MM</c>), so it reads back the same whatever default is given; a plain
/// <c>1404</c> or <c>1404-Q3</c> means the reader's default, and <c>1404@01</c> pins Farvardin.
/// </para>
/// </remarks>
public static class PeriodText
{
    internal static readonly string[] SeasonNamesPersian = ["بهار", "تابستان", "پاییز", "زمستان"];

    private static readonly string[] s_ordinals = ["اول", "دوم", "سوم", "چهارم"];

    /// <summary>Parses a period written by a person; never throws for bad text.</summary>
    /// <param name="text">The text in any of the forms described on <see cref="PeriodText"/>; surrounding white space is ignored.</param>
    /// <param name="fiscalStartMonth">
    /// The month fiscal years start in, 1–12 (default 1), for a year, half or numbered season whose text
    /// does not state one (<c>@MM</c> or <c>(از مهر)</c>). Days, months, season names and ranges ignore it.
    /// </param>
    /// <returns>
    /// The period, or an error with the 0-based position in <paramref name="text"/> of the offending part
    /// and the reason: e.g. <c>1404-Q5</c> fails at 6 with "A season is numbered Q1 to Q4 …", and
    /// <c>1404/07/31</c> at 8 with "1404/07/31: day 31 does not exist in Mehr (7), which has 30 days."
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalStartMonth"/> is not 1–12 (a programming error, not bad input).</exception>
    public static ParseResult<ReportingPeriod> Parse(string? text, int fiscalStartMonth = 1)
    {
        ReportingPeriod.CheckFiscalStartMonth(fiscalStartMonth, nameof(fiscalStartMonth));
        return new PeriodParser(PersianText.Normalize(text), fiscalStartMonth).Parse();
    }

    /// <summary>Parses a month given as a number (1–12, <c>07</c>, <c>۷</c>) or a name (<c>مهر</c>, <c>Mehr</c>, any case).</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <returns>The month, or an error saying what was expected.</returns>
    public static ParseResult<SolarHijriMonth> ParseMonthOfYear(string? text) => new PeriodParser(PersianText.Normalize(text), 1).ParseMonthOfYear();

    /// <summary>The canonical machine form with Latin digits; see the table on <see cref="PeriodText"/>.</summary>
    /// <param name="period">The period.</param>
    public static string Format(ReportingPeriod period)
    {
        Span<char> buffer = stackalloc char[MaxCanonicalLength];
        TryFormat(period, buffer, out int length);
        return new string(buffer[..length]);
    }

    /// <summary>The longest canonical form: a custom range, <c>1404/08/25..1404/09/10</c>.</summary>
    internal const int MaxCanonicalLength = 22;

    /// <summary>Writes the canonical form of <see cref="Format"/> into a span; allocates nothing.</summary>
    /// <returns>Whether <paramref name="destination"/> was long enough (when not, <paramref name="written"/> is 0).</returns>
    internal static bool TryFormat(ReportingPeriod period, Span<char> destination, out int written)
    {
        SolarHijriDate start = period.Start;
        bool fiscal = period.FiscalStartMonth != 1;

        // Written by hand, as the range below: an interpolated TryWrite boxed its numbers in unoptimised code.
        var w = new Writer(destination);
        switch (period.Unit)
        {
            case PeriodUnit.Day:
                if (!start.TryFormat(destination, out written))
                {
                    written = 0;
                    return false;
                }

                return true;
            case PeriodUnit.Month:
                w.Number(start.Year, "D4");
                w.Char('-');
                w.Number(start.Month, "D2");
                break;
            case PeriodUnit.Season or PeriodUnit.HalfYear or PeriodUnit.Year:
                w.Number(period.LabelYear, "D4");
                if (fiscal)
                {
                    w.Char('@');
                    w.Number(period.FiscalStartMonth, "D2");
                }

                if (period.Unit != PeriodUnit.Year)
                {
                    w.Char('-');
                    w.Char(period.Unit == PeriodUnit.Season ? 'Q' : 'H');
                    w.Number(period.Index, default);
                }

                break;
            default:
                return TryFormatRange(start, period.End, destination, out written);
        }

        written = w.Ok ? w.Position : 0;
        return w.Ok;
    }

    /// <summary>Writes numbers and characters into a span, left to right, until one does not fit.</summary>
    private ref struct Writer(Span<char> destination)
    {
        private readonly Span<char> _destination = destination;

        public int Position { get; private set; }

        public bool Ok { get; private set; } = true;

        public void Number(int value, ReadOnlySpan<char> format)
        {
            if (Ok)
            {
                Ok = value.TryFormat(_destination[Position..], out int n, format, CultureInfo.InvariantCulture);
                Position += n;
            }
        }

        public void Char(char c)
        {
            if (Ok && Position < _destination.Length)
            {
                _destination[Position++] = c;
            }
            else
            {
                Ok = false;
            }
        }
    }

    private static bool TryFormatRange(SolarHijriDate start, SolarHijriDate end, Span<char> destination, out int written)
    {
        // Written by hand: an interpolated TryWrite boxes the dates.
        written = 0;
        if (destination.Length < MaxCanonicalLength)
        {
            return false;
        }

        start.TryFormat(destination, out _);
        destination[10] = destination[11] = '.';
        end.TryFormat(destination[12..], out _);
        written = MaxCanonicalLength;
        return true;
    }

    /// <summary>The Persian display form with Persian digits, e.g. <c>پاییز ۱۴۰۴</c>; see <see cref="PeriodText"/>.</summary>
    /// <param name="period">The period.</param>
    public static string FormatDisplay(ReportingPeriod period)
    {
        SolarHijriDate start = period.Start;
        bool calendarYear = period.FiscalStartMonth == 1;
        string year = Invariant($"{period.LabelYear:D4}");
        string fiscalYear = calendarYear ? year : $"سال مالی {year} (از {SolarHijriMonthNames.Persian(period.FiscalStartMonth)})";
        string text = period.Unit switch
        {
            PeriodUnit.Day => Invariant($"{start.Day} {SolarHijriMonthNames.Persian(start.Month)} {start.Year:D4}"),
            PeriodUnit.Month => Invariant($"{SolarHijriMonthNames.Persian(start.Month)} {start.Year:D4}"),
            PeriodUnit.Season when calendarYear => $"{SeasonNamesPersian[period.Index - 1]} {year}",
            PeriodUnit.Season => $"فصل {s_ordinals[period.Index - 1]} {fiscalYear}",
            PeriodUnit.HalfYear => $"نیمه {s_ordinals[period.Index - 1]} {fiscalYear}",
            PeriodUnit.Year => calendarYear ? $"سال {year}" : fiscalYear,
            _ => $"{start} تا {period.End}",
        };
        return PersianText.ToPersianDigits(text);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
