using System.Globalization;
using Coop.Domain.Text;
using NodaTime;

namespace Coop.Domain.Calendar;

/// <summary>
/// A reporting period of the Solar Hijri calendar: a day, a month, a season (quarter), a half-year, a
/// (fiscal) year, or a custom inclusive range of days.
/// </summary>
/// <remarks>
/// <para>
/// An immutable value: a <see cref="Unit"/>, the first and last day (<see cref="Start"/>, <see cref="End"/>,
/// both inclusive) and, for seasons, halves and years, the month the fiscal year starts in
/// (<see cref="FiscalStartMonth"/>, 1 = Farvardin by default). <c>default(ReportingPeriod)</c> is the day
/// 0001/01/01.
/// </para>
/// <para>
/// <b>Fiscal years.</b> A fiscal year starting in month <c>m</c> runs from the first day of month <c>m</c>
/// for twelve months and is <b>labelled by the Solar Hijri year it starts in</b>: the fiscal year 1404
/// starting in Mehr is 1404/07/01–1405/06/31. Its halves and seasons are counted from its start (season 1
/// of that year is Mehr–Azar 1404, season 3 is Farvardin–Khordad 1405). Months and days do not depend on
/// the fiscal year: their <see cref="FiscalStartMonth"/> is always 1.
/// </para>
/// <para>
/// <b>Equality</b> compares the unit, the dates and the fiscal start month. Season 1 of the fiscal year
/// 1404 starting in Mehr and season 3 (پاییز) of the calendar year 1404 cover the same days but are
/// different values with different labels; compare <see cref="Start"/> and <see cref="End"/> to ask
/// whether two periods cover the same days.
/// <b>Ordering</b> is chronological by <see cref="Start"/>, then by <see cref="End"/> (the shorter
/// first), then by <see cref="Unit"/> and <see cref="FiscalStartMonth"/>, so it is a total order
/// consistent with equality.
/// </para>
/// <para>
/// <b>Text.</b> <see cref="ToString()"/> gives the canonical machine form (<c>1404</c>, <c>1404-H1</c>,
/// <c>1404-Q3</c>, <c>1404-08</c>, <c>1404/08/25</c>, <c>1404/08/25..1404/09/10</c>, and
/// <c>1404@07</c>, <c>1404@07-Q1</c> for a fiscal year starting in Mehr) and
/// <see cref="ToDisplayString"/> the Persian display form (<c>پاییز ۱۴۰۴</c>); <see cref="PeriodText"/>
/// parses both.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Coop.Domain.Serialization.ReportingPeriodJsonConverter))]
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable,
    ISpanFormattable, IUtf8SpanFormattable, ISpanParsable<ReportingPeriod>
{
    // A month index is year * 12 + month - 1: consecutive months have consecutive indices.
    private const long MinMonthIndex = SolarHijriCalendar.MinYear * 12L;
    private const long MaxMonthIndex = (SolarHijriCalendar.MaxYear * 12L) + 11;

    private readonly SolarHijriDate _start;
    private readonly SolarHijriDate _end;
    private readonly PeriodUnit _unit;

    // FiscalStartMonth - 1, so that default(ReportingPeriod) belongs to a Farvardin year.
    private readonly byte _fiscalOffset;

    private ReportingPeriod(PeriodUnit unit, SolarHijriDate start, SolarHijriDate end, int fiscalStartMonth)
    {
        _unit = unit;
        _start = start;
        _end = end;
        _fiscalOffset = (byte)(fiscalStartMonth - 1);
    }

    /// <summary>The kind of period.</summary>
    public PeriodUnit Unit => _unit;

    /// <summary>The first day of the period (inclusive).</summary>
    public SolarHijriDate Start => _start;

    /// <summary>The last day of the period (inclusive).</summary>
    public SolarHijriDate End => _end;

    /// <summary>
    /// The month (1 = Farvardin … 12 = Esfand) in which the fiscal year of a <see cref="PeriodUnit.Year"/>,
    /// <see cref="PeriodUnit.HalfYear"/> or <see cref="PeriodUnit.Season"/> starts; always 1 for days,
    /// months and custom ranges, which do not depend on a fiscal year.
    /// </summary>
    public int FiscalStartMonth => _fiscalOffset + 1;

    /// <summary>The number of days in the period, <see cref="End"/> and <see cref="Start"/> included (at least 1).</summary>
    public int LengthInDays => (_end - _start) + 1;

    /// <summary>
    /// The year written in the period's label: for a year, half or season the Solar Hijri year its fiscal
    /// year starts in (1404 for 1405/01/01–1405/03/31 as season 3 of the fiscal year starting in Mehr 1404);
    /// for a month or a day its calendar year; for a custom range the year of <see cref="Start"/>.
    /// </summary>
    public int LabelYear => (_unit is PeriodUnit.Year or PeriodUnit.HalfYear or PeriodUnit.Season) && _start.Month < FiscalStartMonth
        ? _start.Year - 1
        : _start.Year;

    /// <summary>
    /// The number of the period within its (fiscal) year: 1–2 for a half, 1–4 for a season, the month
    /// 1–12 for a month, the day of the year 1–366 for a day; 1 for a year and 0 for a custom range.
    /// </summary>
    public int Index => _unit switch
    {
        PeriodUnit.Day => _start.DayOfYear,
        PeriodUnit.Month => _start.Month,
        PeriodUnit.Season or PeriodUnit.HalfYear => ((_start.Month - FiscalStartMonth + 12) % 12 / MonthsIn(_unit)) + 1,
        PeriodUnit.Year => 1,
        _ => 0,
    };

    /// <summary>The period of one day.</summary>
    /// <param name="date">The day.</param>
    public static ReportingPeriod Day(SolarHijriDate date) => new(PeriodUnit.Day, date, date, 1);

    /// <summary>The calendar month <paramref name="year"/>/<paramref name="month"/>, e.g. <c>Month(1404, 8)</c> = Aban 1404.</summary>
    /// <param name="year">The Solar Hijri year, 1–9377.</param>
    /// <param name="month">The month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        SolarHijriCalendar.CheckYear(year);
        SolarHijriCalendar.CheckMonth(month);
        return FromMonthIndex(PeriodUnit.Month, ((long)year * 12) + month - 1, 1, nameof(month));
    }

    /// <summary>
    /// Season (quarter) <paramref name="season"/> of the fiscal year <paramref name="year"/>: with the
    /// default fiscal start, 1 = بهار (Farvardin–Khordad), 2 = تابستان, 3 = پاییز, 4 = زمستان (Dey–Esfand).
    /// </summary>
    /// <param name="year">The fiscal year's label: the Solar Hijri year it starts in.</param>
    /// <param name="season">The season within the fiscal year, 1–4.</param>
    /// <param name="fiscalStartMonth">The month the fiscal year starts in, 1–12; default 1 (Farvardin).</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A number is out of range, or the season lies (partly) outside the supported years 1–9377.
    /// </exception>
    public static ReportingPeriod Season(int year, int season, int fiscalStartMonth = 1)
    {
        if (season is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(season), season, string.Create(CultureInfo.InvariantCulture, $"A season is numbered 1 to 4; found {season}."));
        }

        return FromFiscalPart(PeriodUnit.Season, year, season, fiscalStartMonth, nameof(year));
    }

    /// <summary>Half <paramref name="half"/> of the fiscal year <paramref name="year"/>: 1 = its first six months, 2 = its last six.</summary>
    /// <param name="year">The fiscal year's label: the Solar Hijri year it starts in.</param>
    /// <param name="half">1 or 2.</param>
    /// <param name="fiscalStartMonth">The month the fiscal year starts in, 1–12; default 1 (Farvardin).</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A number is out of range, or the half lies (partly) outside the supported years 1–9377.
    /// </exception>
    public static ReportingPeriod HalfYear(int year, int half, int fiscalStartMonth = 1)
    {
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, string.Create(CultureInfo.InvariantCulture, $"A half-year is numbered 1 or 2; found {half}."));
        }

        return FromFiscalPart(PeriodUnit.HalfYear, year, half, fiscalStartMonth, nameof(year));
    }

    /// <summary>The calendar year <paramref name="year"/>, 1 Farvardin to the last day of Esfand.</summary>
    /// <param name="year">The Solar Hijri year, 1–9377.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod Year(int year) => FiscalYear(year, 1);

    /// <summary>
    /// The fiscal year labelled <paramref name="year"/> that starts on the first day of
    /// <paramref name="startMonth"/> of that year and lasts twelve months: <c>FiscalYear(1404, 7)</c> is
    /// 1404/07/01–1405/06/31.
    /// </summary>
    /// <param name="year">The Solar Hijri year the fiscal year starts in.</param>
    /// <param name="startMonth">The first month, 1–12; 1 gives the calendar year.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A number is out of range, or the fiscal year ends after the supported range (year 9377 with a start after Farvardin).
    /// </exception>
    public static ReportingPeriod FiscalYear(int year, int startMonth)
    {
        CheckFiscalStartMonth(startMonth, nameof(startMonth));
        return FromFiscalPart(PeriodUnit.Year, year, 1, startMonth, nameof(year));
    }

    /// <summary>The custom range from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; may equal <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ReportingPeriod Custom(SolarHijriDate start, SolarHijriDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The range ends ({end}) before it starts ({start}).", nameof(end));
        }

        return new ReportingPeriod(PeriodUnit.Custom, start, end, 1);
    }

    /// <summary>
    /// The period of <paramref name="unit"/> that contains <paramref name="date"/>: for 1404/08/25 the day
    /// itself, Aban 1404, پاییز 1404 (season 3), the first half of 1404, or the year 1404; with a fiscal
    /// year starting in Mehr, season 1, half 1 and the fiscal year 1404.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="unit">Any unit but <see cref="PeriodUnit.Custom"/>.</param>
    /// <param name="fiscalStartMonth">The month fiscal years start in, 1–12; default 1. Ignored for days and months.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <see cref="PeriodUnit.Custom"/> (a custom range is not determined by a date).</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="unit"/> is not a defined value, <paramref name="fiscalStartMonth"/> is not 1–12, or the
    /// period would reach outside the supported years 1–9377 (e.g. the fiscal year containing 0001/01/01 when it starts in Mehr).
    /// </exception>
    public static ReportingPeriod Containing(SolarHijriDate date, PeriodUnit unit, int fiscalStartMonth = 1)
    {
        CheckFiscalStartMonth(fiscalStartMonth, nameof(fiscalStartMonth));
        long monthIndex = ((long)date.Year * 12) + date.Month - 1;
        switch (unit)
        {
            case PeriodUnit.Day:
                return Day(date);
            case PeriodUnit.Month:
                return FromMonthIndex(PeriodUnit.Month, monthIndex, 1, nameof(date));
            case PeriodUnit.Season or PeriodUnit.HalfYear or PeriodUnit.Year:
                int size = MonthsIn(unit);
                long sinceAnchor = monthIndex - (fiscalStartMonth - 1); // ≥ 1: the anchor is a month of year 0 or earlier
                long start = monthIndex - (sinceAnchor % size);
                return FromMonthIndex(unit, start, fiscalStartMonth, nameof(date));
            case PeriodUnit.Custom:
                throw new ArgumentException("A custom range is not determined by a date; choose Day, Month, Season, HalfYear or Year.", nameof(unit));
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }
    }

    /// <summary>Parses the canonical or display text of a period; throws on bad input. See <see cref="PeriodText.Parse"/> for the forms.</summary>
    /// <param name="text">The text, e.g. <c>1404-Q3</c>, <c>پاییز ۱۴۰۴</c>, <c>Aban 1404</c>.</param>
    /// <param name="fiscalStartMonth">The fiscal start month for years, halves and numbered seasons that do not state one; 1–12, default 1.</param>
    /// <exception cref="FormatException">The text is not a period; the message says where and why.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalStartMonth"/> is not 1–12.</exception>
    public static ReportingPeriod Parse(string? text, int fiscalStartMonth = 1) => PeriodText.Parse(text, fiscalStartMonth).Value;

    /// <summary>Parses a period without throwing on bad input; see <see cref="PeriodText.Parse"/> for the forms and the error.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period on success; otherwise <c>default</c>.</param>
    /// <returns>Whether the text was a valid period.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period) => PeriodText.Parse(text).TryGetValue(out period);

    /// <summary>Parses a period without throwing on bad input, with a default fiscal start; see <see cref="PeriodText.Parse"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fiscalStartMonth">The fiscal start month for years, halves and numbered seasons that do not state one; 1–12.</param>
    /// <param name="period">The period on success; otherwise <c>default</c>.</param>
    /// <returns>Whether the text was a valid period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalStartMonth"/> is not 1–12.</exception>
    public static bool TryParse(string? text, int fiscalStartMonth, out ReportingPeriod period) =>
        PeriodText.Parse(text, fiscalStartMonth).TryGetValue(out period);

    // The provider-taking members serve generic code (minimal-API route and query binding: /periods/{period} binds
    // 1404-Q3); the forms are culture-invariant, so the provider is ignored, and fiscal years start in Farvardin unless
    // the text says otherwise (1404@07-Q1).
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<ReportingPeriod>.TryParse([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) =>
        TryParse(s, out result);

    static ReportingPeriod ISpanParsable<ReportingPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    static bool ISpanParsable<ReportingPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) =>
        TryParse(s.ToString(), out result);

    /// <summary>Whether <paramref name="date"/> lies in the period (ends included).</summary>
    /// <param name="date">The date.</param>
    public bool Contains(SolarHijriDate date) => _start <= date && date <= _end;

    /// <summary>Whether every day of <paramref name="other"/> lies in this period.</summary>
    /// <param name="other">The other period.</param>
    public bool Contains(ReportingPeriod other) => _start <= other._start && other._end <= _end;

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    public bool Overlaps(ReportingPeriod other) => _start <= other._end && other._start <= _end;

    /// <summary>
    /// The days the two periods share, as a <see cref="PeriodUnit.Custom"/> range, or <see langword="null"/>
    /// when they share none. Intersecting a period with itself gives a custom range of the same days.
    /// </summary>
    /// <param name="other">The other period.</param>
    public ReportingPeriod? Intersect(ReportingPeriod other)
    {
        if (!Overlaps(other))
        {
            return null;
        }

        SolarHijriDate start = _start > other._start ? _start : other._start;
        SolarHijriDate end = _end < other._end ? _end : other._end;
        return new ReportingPeriod(PeriodUnit.Custom, start, end, 1);
    }

    /// <summary>The following period of the same unit and fiscal start; a custom range moves by its length. Same as <c>Offset(1)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public ReportingPeriod Next() => Offset(1);

    /// <summary>The preceding period of the same unit and fiscal start; a custom range moves by its length. Same as <c>Offset(-1)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public ReportingPeriod Previous() => Offset(-1);

    /// <summary>
    /// The period <paramref name="n"/> periods later (earlier when negative): <paramref name="n"/> days,
    /// months, seasons (3 months), halves (6 months) or years (12 months, keeping the fiscal start). A
    /// custom range moves by <paramref name="n"/> times its length, so <c>Next()</c> is the adjacent range
    /// of the same length.
    /// </summary>
    /// <param name="n">The number of periods to move.</param>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range (years 1–9377).</exception>
    public ReportingPeriod Offset(int n)
    {
        if (n == 0)
        {
            return this;
        }

        if (_unit is PeriodUnit.Day or PeriodUnit.Custom)
        {
            long shift = (long)n * (_unit == PeriodUnit.Day ? 1 : LengthInDays);
            long first = _start.DayNumber + shift;
            long last = _end.DayNumber + shift;
            if (first < SolarHijriDate.MinValue.DayNumber || last > SolarHijriDate.MaxValue.DayNumber)
            {
                throw new ArgumentOutOfRangeException(nameof(n), n, string.Create(CultureInfo.InvariantCulture, $"{this} moved by {n} periods is outside the supported range 0001/01/01–9377/12/30."));
            }

            return new ReportingPeriod(_unit, SolarHijriDate.FromDayNumber((int)first), SolarHijriDate.FromDayNumber((int)last), 1);
        }

        long startIndex = ((long)_start.Year * 12) + _start.Month - 1 + ((long)n * MonthsIn(_unit));
        return FromMonthIndex(_unit, startIndex, FiscalStartMonth, nameof(n));
    }

    /// <summary>
    /// The periods of the finer <paramref name="unit"/> that make up this period, in order, without gaps or
    /// overlaps: a year gives 2 halves, 4 seasons, 12 months or its days; a half gives 2 seasons, 6 months
    /// or its days; a season 3 months or its days; a month its days. Halves and seasons keep this period's
    /// fiscal start. Asking for the period's own unit gives the period itself; a custom range can only be
    /// split into days.
    /// </summary>
    /// <param name="unit">The unit of the parts; not coarser than <see cref="Unit"/>.</param>
    /// <returns>A lazily evaluated sequence; enumerating it allocates nothing per element.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is coarser than this period's unit, or cannot split it (a custom range into months).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public IEnumerable<ReportingPeriod> SubPeriods(PeriodUnit unit)
    {
        if (unit is < PeriodUnit.Day or > PeriodUnit.Custom)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown period unit.");
        }

        if (unit == _unit)
        {
            return [this];
        }

        if (unit == PeriodUnit.Custom || (_unit == PeriodUnit.Custom && unit != PeriodUnit.Day) || unit > _unit)
        {
            throw new ArgumentException(
                _unit == PeriodUnit.Custom
                    ? $"A custom range can only be split into days, not into {unit} periods that may not fit it."
                    : $"A {_unit} period cannot be split into {unit} periods; choose a finer unit.",
                nameof(unit));
        }

        return unit == PeriodUnit.Day ? EnumerateDays() : EnumerateMonthBased(unit);
    }

    /// <summary>The same days as a NodaTime <see cref="DateInterval"/> of ISO dates (both ends inclusive).</summary>
    public DateInterval ToDateInterval() => new(_start.ToLocalDate(), _end.ToLocalDate());

    /// <summary>The canonical machine form, e.g. <c>1404-Q3</c>; see <see cref="PeriodText.Format"/>.</summary>
    public override string ToString() => PeriodText.Format(this);

    /// <summary>The Persian display form with Persian digits, e.g. <c>پاییز ۱۴۰۴</c>; see <see cref="PeriodText.FormatDisplay"/>.</summary>
    public string ToDisplayString() => PeriodText.FormatDisplay(this);

    /// <summary>Formats the period in one of the standard formats, whatever the current culture.</summary>
    /// <param name="format"><c>null</c>, <c>""</c> or <c>"G"</c>: the canonical form of <see cref="ToString()"/> (<c>1404-Q3</c>);
    /// <c>"fa"</c>: the display form of <see cref="ToDisplayString"/> (<c>پاییز ۱۴۰۴</c>). Both parse back.</param>
    /// <returns>The formatted period.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format) => IsDisplayFormat(format) ? ToDisplayString() : ToString();

    /// <summary>Writes the period in one of the formats of <see cref="ToString(string?)"/>; the canonical form allocates nothing.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the canonical form.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default) =>
        IsDisplayFormat(format) ? Utf8Text.TryCopy(ToDisplayString(), destination, out charsWritten) : PeriodText.TryFormat(this, destination, out charsWritten);

    /// <summary>Writes the period as UTF-8 in one of the formats of <see cref="ToString(string?)"/>.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the destination is too short.</param>
    /// <param name="format">The format; empty for the canonical form.</param>
    /// <returns>Whether the destination was long enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a known format.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
        Utf8Text.TryFormat(this, utf8Destination, out bytesWritten, format);

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(format);

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(destination, out charsWritten, format);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormat(utf8Destination, out bytesWritten, format);

    private static bool IsDisplayFormat(ReadOnlySpan<char> format) => format switch
    {
        "" or "G" => false,
        "fa" => true,
        _ => throw new FormatException($"'{format}' is not a ReportingPeriod format; use G (1404-Q3) or fa (پاییز ۱۴۰۴)."),
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) =>
        _start == other._start && _end == other._end && _unit == other._unit && _fiscalOffset == other._fiscalOffset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_start, _end, _unit, _fiscalOffset);

    /// <summary>Compares by <see cref="Start"/>, then <see cref="End"/>, then <see cref="Unit"/>, then <see cref="FiscalStartMonth"/>.</summary>
    /// <param name="other">The other period.</param>
    public int CompareTo(ReportingPeriod other)
    {
        int c = _start.CompareTo(other._start);
        if (c == 0)
        {
            c = _end.CompareTo(other._end);
        }

        if (c == 0)
        {
            c = _unit.CompareTo(other._unit);
        }

        return c != 0 ? c : _fiscalOffset.CompareTo(other._fiscalOffset);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a ReportingPeriod.", nameof(obj)),
    };

    /// <summary>Whether two periods have the same unit, dates and fiscal start.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ in unit, dates or fiscal start.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The number of months in a month-based unit.</summary>
    internal static int MonthsIn(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Month => 1,
        PeriodUnit.Season => 3,
        PeriodUnit.HalfYear => 6,
        _ => 12,
    };

    /// <summary>
    /// The month-based period of <paramref name="unit"/> numbered <paramref name="part"/> (1-based) in the
    /// fiscal year <paramref name="year"/>; <see langword="false"/> when it leaves the supported range.
    /// The caller has checked <paramref name="part"/> and <paramref name="fiscalStartMonth"/>.
    /// </summary>
    internal static bool TryFromFiscalPart(PeriodUnit unit, int year, int part, int fiscalStartMonth, out ReportingPeriod period)
    {
        long startIndex = ((long)year * 12) + fiscalStartMonth - 1 + ((long)(part - 1) * MonthsIn(unit));
        return TryFromMonthIndex(unit, startIndex, fiscalStartMonth, out period);
    }

    internal static void CheckFiscalStartMonth(int month, string paramName)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(paramName, month, string.Create(CultureInfo.InvariantCulture, $"A fiscal year starts in a month 1–12; found {month}."));
        }
    }

    private static ReportingPeriod FromFiscalPart(PeriodUnit unit, int year, int part, int fiscalStartMonth, string paramName)
    {
        CheckFiscalStartMonth(fiscalStartMonth, nameof(fiscalStartMonth));
        if (!TryFromFiscalPart(unit, year, part, fiscalStartMonth, out ReportingPeriod period))
        {
            throw new ArgumentOutOfRangeException(paramName, year, FiscalRangeMessage(unit, year, part, fiscalStartMonth));
        }

        return period;
    }

    internal static string FiscalRangeMessage(PeriodUnit unit, int year, int part, int fiscalStartMonth)
    {
        string? what = unit switch
        {
            PeriodUnit.Season => "Season ",
            PeriodUnit.HalfYear => "Half ",
            _ => null,
        };
        string which = fiscalStartMonth == 1 ? "year" : "fiscal year";
        string starting = fiscalStartMonth == 1 ? string.Empty : " starting in " + SolarHijriMonthNames.Latin(fiscalStartMonth);
        string subject = what is null ? $"The {which}" : string.Create(CultureInfo.InvariantCulture, $"{what}{part} of the {which}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{subject} {year}{starting} reaches outside the supported years {SolarHijriCalendar.MinYear}–{SolarHijriCalendar.MaxYear}.");
    }

    private static ReportingPeriod FromMonthIndex(PeriodUnit unit, long startIndex, int fiscalStartMonth, string paramName)
    {
        if (!TryFromMonthIndex(unit, startIndex, fiscalStartMonth, out ReportingPeriod period))
        {
            throw new ArgumentOutOfRangeException(paramName, null, $"The {unit} period would lie outside the supported range 0001/01/01–9377/12/30.");
        }

        return period;
    }

    private static bool TryFromMonthIndex(PeriodUnit unit, long startIndex, int fiscalStartMonth, out ReportingPeriod period)
    {
        long endIndex = startIndex + MonthsIn(unit) - 1;
        if (startIndex < MinMonthIndex || endIndex > MaxMonthIndex)
        {
            period = default;
            return false;
        }

        int endYear = (int)(endIndex / 12);
        int endMonth = (int)(endIndex % 12) + 1;
        var start = new SolarHijriDate((int)(startIndex / 12), (int)(startIndex % 12) + 1, 1);
        var end = new SolarHijriDate(endYear, endMonth, SolarHijriCalendar.DaysInMonthUnchecked(endYear, endMonth));
        period = new ReportingPeriod(unit, start, end, unit == PeriodUnit.Month ? 1 : fiscalStartMonth);
        return true;
    }

    private IEnumerable<ReportingPeriod> EnumerateDays()
    {
        int last = _end.DayNumber;
        for (int day = _start.DayNumber; day <= last; day++)
        {
            SolarHijriDate date = SolarHijriDate.FromDayNumber(day);
            yield return new ReportingPeriod(PeriodUnit.Day, date, date, 1);
        }
    }

    private IEnumerable<ReportingPeriod> EnumerateMonthBased(PeriodUnit unit)
    {
        int size = MonthsIn(unit);
        long first = ((long)_start.Year * 12) + _start.Month - 1;
        long last = ((long)_end.Year * 12) + _end.Month - 1;
        for (long index = first; index <= last; index += size)
        {
            TryFromMonthIndex(unit, index, FiscalStartMonth, out ReportingPeriod part);
            yield return part;
        }
    }
}
